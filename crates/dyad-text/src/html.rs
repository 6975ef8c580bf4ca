//! Text extraction from HTML.
//!
//! dyad gets articles as saved web pages. We keep the readable text: block elements become line
//! breaks (so paragraphs survive), `script`, `style`, `nav`, `header`, `footer`, `aside`, `form`,
//! `noscript`, `template` and `svg` are dropped with their content, entities are decoded. The
//! result is what every span refers to, and the output document carries it as `document.text`.
//! The scanner is hand-written and forgiving: broken markup degrades to text, never to an error.

const DROPPED: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg", "head", "button", "select", "iframe",
    "menu",
];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "hr",
    "title",
    "figcaption",
    "dd",
    "dt",
    "main",
    "td",
    "th",
];

/// Whether `text` looks like HTML rather than plain text.
pub fn looks_like_html(text: &str) -> bool {
    let head = &text[..text.len().min(2048)].to_ascii_lowercase();
    head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || (head.contains("<p>") && head.contains("</p>"))
}

/// Extracts readable text from HTML. Also returns the `<title>` if present.
pub fn extract_text(html: &str) -> (String, Option<String>) {
    let mut out = String::with_capacity(html.len() / 2);
    let mut title: Option<String> = None;
    let mut in_title = false;
    let mut skip_depth: Vec<String> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_depth.is_empty() {
                push_text(&mut out, rest, in_title, &mut title);
            }
            break;
        };
        if skip_depth.is_empty() {
            push_text(&mut out, &rest[..lt], in_title, &mut title);
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            // A lone "<" is text.
            if skip_depth.is_empty() {
                push_text(&mut out, rest, in_title, &mut title);
            }
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String =
            tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        let self_closing = tag.ends_with('/');
        if DROPPED.contains(&name.as_str()) && name != "head" || (name == "head" && !closing) {
            if !closing && !self_closing {
                if name == "head" {
                    // The head holds the title, which we want; skip everything else by not
                    // emitting text until </head>, except inside <title>.
                    skip_depth.push(name);
                    continue;
                }
                skip_depth.push(name);
            } else if closing {
                if let Some(pos) = skip_depth.iter().rposition(|n| *n == name) {
                    skip_depth.truncate(pos);
                }
            }
            continue;
        }
        if closing && name == "head" {
            if let Some(pos) = skip_depth.iter().rposition(|n| n == "head") {
                skip_depth.truncate(pos);
            }
            continue;
        }
        if name == "title" {
            in_title = !closing;
            if in_title && skip_depth.last().is_some_and(|n| n == "head") {
                // Read the title even inside <head>.
                let end = rest.to_ascii_lowercase().find("</title").unwrap_or(rest.len());
                let t = decode_entities(&rest[..end]);
                let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
                if !t.is_empty() {
                    title = Some(t);
                }
                rest = &rest[end..];
                in_title = false;
            }
            continue;
        }
        if skip_depth.is_empty() && BLOCK.contains(&name.as_str()) && !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
    }
    // Collapse runs of blank lines and trailing spaces.
    let mut clean = String::with_capacity(out.len());
    for line in out.lines() {
        let l = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if l.is_empty() {
            continue;
        }
        if !clean.is_empty() {
            clean.push('\n');
        }
        clean.push_str(&l);
    }
    (clean, title)
}

fn push_text(out: &mut String, raw: &str, in_title: bool, title: &mut Option<String>) {
    let decoded = decode_entities(raw);
    if in_title {
        let t = decoded.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            *title = Some(t);
        }
        return;
    }
    // Newlines inside HTML text are just spaces.
    for c in decoded.chars() {
        out.push(if c == '\n' || c == '\r' || c == '\t' { ' ' } else { c });
    }
}

/// Decodes the common named entities and all numeric ones.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest[..rest.len().min(12)].find(';');
        let decoded = semi.and_then(|k| decode_one(&rest[1..k]).map(|c| (c, k)));
        match decoded {
            Some((c, k)) => {
                out.push(c);
                rest = &rest[k + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_one(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let v = if let Some(hex) = num.strip_prefix(['x', 'X']) { u32::from_str_radix(hex, 16).ok()? } else { num.parse().ok()? };
        return char::from_u32(v).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{00A0}',
        "ldquo" => '\u{201C}',
        "rdquo" => '\u{201D}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "laquo" => '\u{00AB}',
        "raquo" => '\u{00BB}',
        "mdash" => '\u{2014}',
        "ndash" => '\u{2013}',
        "hellip" => '\u{2026}',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "oacute" => 'ó',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "ccedil" => 'ç',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_paragraphs_and_drops_chrome() {
        let html = "<html><head><title>Talks &amp; more</title><style>p{}</style></head><body><nav>Home | World</nav>\
                    <h1>Oslo hosts talks</h1><p>Norway&#8217;s minister met <b>Eide</b>.</p><script>var x = '<p>';</script><p>Second.</p></body></html>";
        let (text, title) = extract_text(html);
        assert_eq!(title.as_deref(), Some("Talks & more"));
        assert_eq!(text, "Oslo hosts talks\nNorway\u{2019}s minister met Eide.\nSecond.");
    }

    #[test]
    fn broken_markup_is_text_not_an_error() {
        let (text, _) = extract_text("<p>a < b and <unclosed");
        assert!(text.starts_with("a "));
        let (text, _) = extract_text("<p>x &bogus; &#xZZ; &#0; y");
        assert_eq!(text, "x &bogus; &#xZZ; &#0; y");
    }
}
