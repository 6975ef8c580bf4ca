//! Rows of the store commands (`query`, `alerts`) as an aligned table, JSON or CSV.

use std::io::Write;

use clap::ValueEnum;
use dyad_store::export::csv_field;
use serde_json::Value;

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum OutFormat {
    Table,
    Json,
    Csv,
}

pub type Col = (&'static str, fn(&Value) -> String);

pub fn s(v: &Value, k: &str) -> String {
    match v.get(k) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(x)) => x.clone(),
        Some(x) => x.to_string(),
    }
}

pub fn names(v: &Value, k: &str) -> String {
    v.get(k).and_then(Value::as_array).map_or(String::new(), |xs| xs.iter().map(|x| s(x, "name")).collect::<Vec<_>>().join(" + "))
}

pub fn truncate(x: &str, n: usize) -> String {
    let x = x.replace(['\n', '\r', '\t'], " ");
    if x.chars().count() <= n {
        x
    } else {
        format!("{}…", x.chars().take(n - 1).collect::<String>())
    }
}

pub fn print_rows(out: &mut impl Write, rows: &[Value], cols: &[Col], format: OutFormat) -> anyhow::Result<()> {
    match format {
        OutFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, rows)?;
            writeln!(out)?;
        }
        OutFormat::Csv => {
            writeln!(out, "{}", cols.iter().map(|c| c.0).collect::<Vec<_>>().join(","))?;
            for r in rows {
                writeln!(out, "{}", cols.iter().map(|c| csv_field(&(c.1)(r))).collect::<Vec<_>>().join(","))?;
            }
        }
        OutFormat::Table => {
            let cells: Vec<Vec<String>> = rows.iter().map(|r| cols.iter().map(|c| truncate(&(c.1)(r), 60)).collect()).collect();
            let widths: Vec<usize> = cols
                .iter()
                .enumerate()
                .map(|(i, c)| cells.iter().map(|row| row[i].chars().count()).max().unwrap_or(0).max(c.0.len()))
                .collect();
            let line = |vals: Vec<String>| {
                vals.iter().zip(&widths).map(|(v, w)| format!("{v:<w$}")).collect::<Vec<_>>().join("  ").trim_end().to_string()
            };
            writeln!(out, "{}", line(cols.iter().map(|c| c.0.to_uppercase()).collect()))?;
            for row in cells {
                writeln!(out, "{}", line(row))?;
            }
        }
    }
    Ok(())
}

pub fn to_values<T: serde::Serialize>(xs: &[T]) -> anyhow::Result<Vec<Value>> {
    xs.iter().map(|x| serde_json::to_value(x).map_err(anyhow::Error::from)).collect()
}
