//! `--format table`: a summary of one document for a person at a terminal.

use std::io::Write;

use dyad_extract::Document;

pub fn write(out: &mut impl Write, doc: &Document) -> std::io::Result<()> {
    let d = &doc.document;
    writeln!(out, "== {} ==", d.title.as_deref().unwrap_or(&d.id[..d.id.len().min(16)]))?;
    if let Some(p) = &d.published {
        writeln!(out, "published {p}")?;
    }
    writeln!(out, "\nACTORS ({})", doc.actors.len())?;
    writeln!(out, "  {:<4} {:<13} {:<32} {:<4} {:<4} {:>3}  titles / aliases", "id", "kind", "name", "ctry", "sect", "n")?;
    for a in &doc.actors {
        let mut extra = a.titles.join("; ");
        if !a.aliases.is_empty() {
            if !extra.is_empty() {
                extra.push_str(" | ");
            }
            extra.push_str("aka ");
            extra.push_str(&a.aliases.join(", "));
        }
        writeln!(
            out,
            "  {:<4} {:<13} {:<32} {:<4} {:<4} {:>3}  {}",
            a.id,
            a.kind.as_str(),
            truncate(&a.name, 32),
            a.country.as_deref().unwrap_or("-"),
            a.sector.as_deref().unwrap_or("-"),
            a.mentions.len(),
            extra
        )?;
    }
    let name = |id: &str| doc.actors.iter().find(|a| a.id == id).map_or(id.to_string(), |a| a.name.clone());
    writeln!(out, "\nQUOTES ({})", doc.quotes.len())?;
    for q in &doc.quotes {
        let who = q.speaker.as_deref().map_or("?".to_string(), name);
        let marks = if q.direct { "\"" } else { "" };
        writeln!(out, "  {:<4} {:<24} {}{}{}", q.id, truncate(&who, 24), marks, truncate(&q.text, 90), marks)?;
    }
    writeln!(out, "\nEVENTS ({})", doc.events.len())?;
    for e in &doc.events {
        let names = |ids: &[String]| ids.iter().map(|i| name(i)).collect::<Vec<_>>().join(" + ");
        let mut flags = String::new();
        if e.negated {
            flags.push_str(" NOT");
        }
        if e.hypothetical {
            flags.push_str(" HYPOTHETICAL");
        }
        writeln!(
            out,
            "  {:<4} {:<9} {:<10} {} -> {}  [{}]{}{}",
            e.id,
            e.event_type,
            e.mode.as_deref().unwrap_or("-"),
            names(&e.actor),
            if e.recipient.is_empty() { "-".to_string() } else { names(&e.recipient) },
            e.trigger.as_deref().unwrap_or(""),
            e.date.as_deref().map(|d| format!(" on {d}")).unwrap_or_default(),
            flags
        )?;
    }
    writeln!(out)
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
