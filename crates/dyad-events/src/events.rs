//! One-call coding of a sentence: triggers, roles, modality and PLOVER recoding.

use crate::{assign_roles, modality, recode_future, Lexicon, Mention, Modality, PloverType, Roles};
use crate::{SentenceView, TriggerMatch};

/// A trigger with its roles, modality and final (recoded) type.
#[derive(Clone, Debug, PartialEq)]
pub struct CodedEvent {
    pub trigger: TriggerMatch,
    /// Type after [`recode_future`] ("will send aid" → AGREE).
    pub event_type: PloverType,
    pub mode: Option<String>,
    pub quad: u8,
    pub score: f32,
    pub roles: Roles,
    pub modality: Modality,
}

impl CodedEvent {
    /// Whether PLOVER would code it: not negated, and either real or a future/offered
    /// event that PLOVER records as intent (AGREE, CONCEDE).
    pub fn codable(&self) -> bool {
        !self.modality.negated
            && (!self.modality.hypothetical || (self.modality.future && matches!(self.event_type, PloverType::Agree | PloverType::Concede)))
    }
}

/// Codes every trigger of the sentence. Events of the same final type whose roles are
/// contained in another's ("offered to mediate": the offer and the mediation are both
/// AGREE) are merged into the first; non-codable events are kept, see
/// [`CodedEvent::codable`].
pub fn code_events(s: &SentenceView, mentions: &[Mention], lex: &Lexicon) -> Vec<CodedEvent> {
    let mut out: Vec<CodedEvent> = Vec::new();
    for trig in lex.find_triggers(s) {
        let m = modality(s, &trig, lex);
        let t = recode_future(trig.event_type, &m);
        let roles = assign_roles(s, &trig, mentions);
        let (mode, quad, score) =
            if t == trig.event_type { (trig.mode.clone(), trig.quad, trig.score) } else { (None, lex.quad(t), lex.score(t, None)) };
        let ev = CodedEvent { trigger: trig, event_type: t, mode, quad, score, roles, modality: m };
        let covered =
            |a: &Roles, b: &Roles| a.actor.iter().all(|x| b.actor.contains(x)) && a.recipient.iter().all(|x| b.recipient.contains(x));
        if let Some(prev) = out.iter_mut().find(|p| {
            p.event_type == ev.event_type && p.codable() == ev.codable() && (covered(&ev.roles, &p.roles) || covered(&p.roles, &ev.roles))
        }) {
            if covered(&prev.roles, &ev.roles) && prev.roles != ev.roles {
                prev.roles = ev.roles;
            }
            continue;
        }
        out.push(ev);
    }
    out
}
