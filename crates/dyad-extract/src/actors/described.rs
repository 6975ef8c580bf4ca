//! Names no list explains, introduced by a noun that says what they are: "Serbian public
//! *broadcaster* RTS", "Kenya's state *broadcaster* KBC", "the militant *group* X".

use std::ops::Range;

use super::{chunks, Builder};

impl Builder<'_> {
    /// The sector and country of a name right after an organisation descriptor
    /// (`org_descriptors.tsv`): the descriptor's sector, and the state named by a demonym or a
    /// possessive before it, across at most three lower-case modifiers ("*Serbian* public
    /// broadcaster"). `None` when no descriptor stands right before the name.
    pub(super) fn described_org(&self, r: &Range<usize>) -> Option<(Option<String>, Option<String>)> {
        let a = self.a;
        let first = a.sentence_tokens(a.sentence_of[r.start] as usize).start;
        let lower = |k: usize| a.tok(k).starts_with(char::is_lowercase);
        let last = r.start.checked_sub(1).filter(|&k| k >= first && lower(k))?;
        let pair = last.checked_sub(1).filter(|&k| k >= first && lower(k)).and_then(|k| {
            let two = format!("{} {}", a.tok(k).to_lowercase(), a.tok(last).to_lowercase());
            self.lex.org_descriptor(&two).map(|s| (k, s))
        });
        let (start, sector) = pair.or_else(|| self.lex.org_descriptor(&a.tok(last).to_lowercase()).map(|s| (last, s)))?;
        let mut k = start;
        while k > first && start - k < 3 && lower(k - 1) && a.tok(k - 1).chars().all(|c| c.is_alphabetic() || c == '-') {
            k -= 1;
        }
        let country = chunks::state_ending_at(a, self.lex, k.saturating_sub(3).max(first), k)
            .or_else(|| chunks::possessor_state(a, self.lex, k))
            .and_then(|(_, known, _)| self.lex.known[known as usize].country.clone());
        Some((sector.map(str::to_string), country))
    }
}
