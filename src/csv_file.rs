//! A small RFC 4180 CSV reader for the evaluation and benchmark inputs (quoted fields with
//! commas, doubled quotes and newlines inside).

use std::path::Path;

use anyhow::Context;

/// The records of a CSV file with a header, as column name → value lookups.
pub struct Csv {
    pub header: Vec<String>,
    pub records: Vec<Vec<String>>,
}

impl Csv {
    pub fn read(path: &Path) -> anyhow::Result<Csv> {
        let raw = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        let mut records: Vec<Vec<String>> = Vec::new();
        let (mut field, mut record, mut quoted) = (String::new(), Vec::new(), false);
        let mut chars = raw.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (',', false) => record.push(std::mem::take(&mut field)),
                ('\n', false) => {
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                }
                ('\r', false) => {}
                _ => field.push(c),
            }
        }
        if !field.is_empty() || !record.is_empty() {
            record.push(field);
            records.push(record);
        }
        anyhow::ensure!(!records.is_empty(), "{}: empty CSV", path.display());
        let header = records.remove(0);
        Ok(Csv { header, records })
    }

    /// Index of the column `name`.
    pub fn column(&self, name: &str) -> anyhow::Result<usize> {
        self.header.iter().position(|h| h == name).with_context(|| format!("CSV has no `{name}` column"))
    }
}
