//! The reported-demand construction: "X said Y *must* withdraw", "Y should pay, X insisted".
//! A reported obligation laid on someone else is a demand (CAMEO 10, PLOVER REQUEST), with
//! the reporter as actor and the obligated subject as recipient. The words are data
//! (`cues.tsv`, kinds `obligation` and `report`).

use crate::lexicon::{CueKind, Flags, Lexicon, TriggerPos};
use crate::roles::Roles;
use crate::tree::Tree;
use crate::triggers::{Lemmas, TriggerMatch};
use crate::{Mention, PloverType, SentenceView};

/// The actor a subject phrase names: the mention at its head, else the first in it.
fn subject_actor(tree: &Tree, mentions: &[Mention], head: usize) -> Option<usize> {
    let own = mentions.iter().find(|m| m.tokens.contains(&head));
    let first = || {
        let mut stack = vec![head];
        let mut best: Option<&Mention> = None;
        while let Some(k) = stack.pop() {
            if let Some(m) = mentions.iter().find(|m| m.tokens.contains(&k)) {
                if best.is_none_or(|b| m.tokens.start < b.tokens.start) {
                    best = Some(m);
                }
            }
            stack.extend(tree.children[k].iter().copied().filter(|&c| tree.base(c) != "acl"));
        }
        best
    };
    own.or_else(first).map(|m| m.actor)
}

fn subject(tree: &Tree, verb: usize) -> Option<usize> {
    tree.children[verb].iter().copied().find(|&k| tree.base(k) == "nsubj")
}

/// Whether the sentence has the words of a reported demand (checked before parsing).
pub(crate) fn may_hold_demand(s: &SentenceView, lm: &Lemmas, lex: &Lexicon) -> bool {
    let has = |kind| (0..s.len()).any(|k| lex.is_cue_word(&lm.lower[k], kind) || lex.is_cue_word(&lm.lemma[k], kind));
    has(CueKind::Obligation) && has(CueKind::Report)
}

/// Reported demands of the sentence, as triggers with their roles already assigned.
pub(crate) fn find_demands(s: &SentenceView, lm: &Lemmas, lex: &Lexicon, mentions: &[Mention]) -> Vec<(TriggerMatch, Roles)> {
    let Some(tree) = Tree::new(s) else { return Vec::new() };
    let mut out = Vec::new();
    for modal in 0..s.len() {
        if tree.base(modal) != "aux" || !lex.is_cue_word(&lm.lower[modal], CueKind::Obligation) {
            continue;
        }
        let Some(verb) = tree.parent[modal] else { continue };
        // "X said (that) Y must …" or "Y must …, X said".
        let reporter = match tree.parent[verb] {
            Some(p) if matches!(tree.base(verb), "ccomp" | "parataxis") && lex.is_cue_word(&lm.lemma[p], CueKind::Report) => Some(p),
            _ => tree.children[verb]
                .iter()
                .copied()
                .find(|&k| matches!(tree.base(k), "parataxis" | "ccomp") && lex.is_cue_word(&lm.lemma[k], CueKind::Report)),
        };
        let Some(report) = reporter else { continue };
        let actor = subject(&tree, report).and_then(|k| subject_actor(&tree, mentions, k));
        let recipient = subject(&tree, verb).and_then(|k| subject_actor(&tree, mentions, k));
        let (Some(actor), Some(recipient)) = (actor, recipient) else { continue };
        if actor == recipient {
            // "We must do more, the minister said": a resolve, not a demand on others.
            continue;
        }
        let row = lex.score_row(PloverType::Request, None);
        let mut matched = vec![report.min(modal), report.max(modal)];
        matched.dedup();
        let trig = TriggerMatch {
            tokens: matched[0]..matched[matched.len() - 1] + 1,
            matched,
            head: report,
            event_type: PloverType::Request,
            mode: None,
            quad: row.map_or(PloverType::Request.quad(), |r| r.quad),
            score: row.map_or(0.0, |r| r.score),
            flags: Flags::REPORTED_DEMAND,
            pos: TriggerPos::Verb,
            entry: usize::MAX,
        };
        out.push((trig, Roles { actor: vec![actor], recipient: vec![recipient], location: None }));
    }
    out
}
