//! Other names of an organisation in one story: acronyms it defines ("the Rapid Support Forces
//! (RSF)"), acronyms spelled out later, and shorter forms of its name.

use super::{Builder, Mention};
use crate::document::ActorKind;

impl Builder<'_> {
    /// Acronyms the text defines: `the Rapid Support Forces (RSF)`, `Association of Southeast
    /// Asian Nations (ASEAN)`; later mentions of the acronym are the organisation.
    pub(super) fn defined_acronyms(&self) -> Vec<(String, usize, bool)> {
        let a = self.a;
        let mut out = Vec::new();
        for (i, d) in self.drafts.iter().enumerate() {
            if !matches!(d.kind, Some(ActorKind::Organization | ActorKind::Group)) {
                continue;
            }
            for m in &d.mentions {
                // "Border Guard Bangladesh (BGB)": a few capitalised words the chunker split
                // off (a state name) may stand between the name and its acronym, when the
                // acronym's letters are the initials of the whole.
                // ("Armed Forces *of the Philippines* (AFP)": or "of" and a state.)
                let gap = (0..=4)
                    .find(|&g| {
                        a.tok(m.tokens.end + g) == "("
                            && (m.tokens.end..m.tokens.end + g).all(|k| {
                                let w = a.tok(k);
                                w.starts_with(char::is_uppercase) || (matches!(w, "of" | "the") && k + 1 < m.tokens.end + g)
                            })
                    })
                    .unwrap_or(0);
                let at = m.tokens.end + gap;
                let (open, acr, close) = (a.tok(at), a.tok(at + 1), a.tok(at + 2));
                let shaped =
                    (2..=8).contains(&acr.chars().count()) && acr.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-');
                let initials: String = (m.tokens.start..at)
                    .map(|k| a.tok(k))
                    .filter(|w| w.starts_with(char::is_uppercase))
                    .filter_map(|w| w.chars().next())
                    .collect();
                let spans = gap == 0 || initials == acr;
                if open == "(" && close == ")" && shaped && spans && !out.iter().any(|(x, _, _): &(String, usize, bool)| x == acr) {
                    out.push((acr.to_string(), i, initials == acr));
                }
            }
        }
        out
    }

    /// "the Iranian Space Agency (ISA)": an acronym the text spells out is that organisation's
    /// wherever it appears, though the gazetteer knows another of the same letters (Israel's
    /// ISA, Agence France-Presse for "Armed Forces of the Philippines (AFP)").
    pub(super) fn claim_spelled_acronyms(&mut self, acronyms: &[(String, usize, bool)]) {
        for (acr, owner, spelled) in acronyms {
            if !spelled {
                continue;
            }
            let written = |m: &Mention| self.a.slice(m.tokens.start, m.tokens.end) == acr.as_str();
            for j in (0..self.drafts.len()).filter(|j| j != owner) {
                // (Most drafts hold no such mention: only those that do are rebuilt.)
                if !self.drafts[j].mentions.iter().any(written) {
                    continue;
                }
                let (taken, kept): (Vec<Mention>, Vec<Mention>) = self.drafts[j].mentions.iter().cloned().partition(written);
                self.drafts[j].mentions = kept;
                self.drafts[*owner].mentions.extend(taken);
            }
        }
    }

    /// `National Army` and `Libyan National Army` are one organisation when the longer name only
    /// adds a demonym or state.
    pub(super) fn merge_org_suffixes(&mut self) {
        let n = self.drafts.len();
        for i in 0..n {
            if self.drafts[i].kind != Some(ActorKind::Organization) || self.drafts[i].mentions.is_empty() {
                continue;
            }
            let short = self.drafts[i].name.clone();
            // `the Front` after `Sudanese Revolutionary Front`: a bare head word is the one
            // organisation of the document it ends.
            let bare_head = !short.contains(' ') && self.lex.org_head(&short).is_some();
            let longer: Vec<usize> = (0..n)
                .filter(|&j| {
                    j != i && matches!(self.drafts[j].kind, Some(ActorKind::Organization | ActorKind::Group)) && {
                        let long = &self.drafts[j].name;
                        // ("Russia's Defense Ministry" is not the Polish Defense Ministry.)
                        let other_country = matches!((&self.drafts[i].country, &self.drafts[j].country), (Some(a), Some(b)) if a != b);
                        !other_country && long.len() > short.len() && long.ends_with(&format!(" {short}")) && {
                            let prefix = long[..long.len() - short.len()].trim();
                            bare_head || self.lex.lookup(prefix).iter().any(|h| self.lex.known[h.known as usize].kind == ActorKind::State)
                        }
                    }
                })
                .collect();
            if let [j] = longer[..] {
                let moved = std::mem::take(&mut self.drafts[i].mentions);
                self.drafts[j].mentions.extend(moved);
                if self.drafts[j].sector.is_none() {
                    self.drafts[j].sector = self.drafts[i].sector.clone();
                }
            }
        }
    }
}
