//! Countries the text leaves implicit: the one state a story names, or its dateline's, for the
//! officials and bodies of government it gives no country.

use super::{groups, ActorRec};
use crate::analysis::Analysis;
use crate::document::ActorKind;
use crate::lexicon::{Lexicon, WordClass};

/// Gives the actors the text leaves without a country the story's one state, else its
/// dateline's (`dateline`), where the rules below allow.
pub(super) fn implicit_countries(a: &Analysis, dateline: Option<&str>, lex: &Lexicon, list: &mut [ActorRec]) {
    // (Neither rule homes an intergovernmental organisation, so who owns what stays the same
    // between them.)
    let owned: Vec<bool> = list.iter().map(|x| owned_by_stateless(a, list, x)).collect();
    // ("Foreign Minister X spoke with his *Qatari* counterpart": a state named only as whom
    // someone faces says the story's officials are of another state, unnamed.)
    let faced_only = |x: &ActorRec| {
        x.kind == ActorKind::State
            && !x.mentions.is_empty()
            && x.mentions.iter().all(|m| lex.word_is(&a.tok(m.tokens.end).to_lowercase(), WordClass::Counterpart))
    };
    if !list.iter().any(faced_only) {
        home_country(list, &owned);
    }
    dateline_home(dateline, lex, list, &owned);
}

/// "President William Ruto", "the Health Ministry", "police" in a story that names one state
/// only, and no place or organisation of another: an office or agent of state the text gives
/// no country belongs to that state. With two states named, whose ministry it is stays open.
fn home_country(list: &mut [ActorRec], owned: &[bool]) {
    let mut states = list.iter().filter(|x| x.kind == ActorKind::State).filter_map(|x| x.country.clone());
    let (Some(home), None) = (states.next(), states.next()) else { return };
    // Nothing else in the story may point abroad either ("WASHINGTON — President Joe Biden said
    // Ukraine …": a place of another country), news agencies aside.
    let abroad = list
        .iter()
        .any(|x| x.kind != ActorKind::Person && x.sector.as_deref() != Some("MED") && x.country.as_ref().is_some_and(|c| *c != home));
    if abroad {
        return;
    }
    for (actor, &owned) in list.iter_mut().zip(owned) {
        if actor.kind == ActorKind::State || actor.kind == ActorKind::Place || actor.country.is_some() || owned {
            continue;
        }
        if actor.sector.as_deref().is_some_and(|s| groups::STATE_SECTORS.contains(&s)) {
            actor.country = Some(home.clone());
        }
    }
}

/// "the IAEA*'s* Board of Governors", "the UN's Office of the High Commissioner", "the Board of
/// Governors of the IAEA": a body an
/// intergovernmental organisation owns is that organisation's, never the story's state ("the
/// Justice Department's Civil Rights Division" is the department's state's).
fn owned_by_stateless(a: &Analysis, list: &[ActorRec], actor: &ActorRec) -> bool {
    let intergovernmental = |x: &ActorRec| x.kind == ActorKind::Organization && x.country.is_none() && x.sector.as_deref() == Some("IGO");
    let stateless_owner = |k: usize| {
        k > 1
            && matches!(a.tok(k - 1), "'s" | "\u{2019}s")
            && list.iter().any(|x| intergovernmental(x) && x.mentions.iter().any(|m| m.tokens.end == k - 1))
    };
    // (Or after it, "of" it: "the Board of Governors *of the* International Atomic Energy Agency".)
    let stateless_of = |end: usize| {
        let at = if a.tok(end + 1).eq_ignore_ascii_case("the") { end + 2 } else { end + 1 };
        a.tok(end) == "of" && list.iter().any(|x| intergovernmental(x) && x.mentions.iter().any(|m| m.tokens.start == at))
    };
    actor.kind == ActorKind::Organization && actor.mentions.iter().any(|m| stateless_owner(m.tokens.start) || stateless_of(m.tokens.end))
}

/// "VILNIUS, Dec 1 (Reuters) - … Prime Minister Inga Ruginiene said": wire copy names its own
/// country's officials without a demonym, so a person or organisation of government (a
/// government, legislative, judicial or police title or head) that the text gives no country
/// belongs to the state of the dateline's place. Not titles that often serve another state or
/// body (`function_words.tsv` class `roving_title`: "ambassador", "spokesman", "former …"), nor
/// soldiers (a story filed from one side often names the other's commanders: "JEDDAH … Army
/// chief Abdel Fattah al-Burhan"), nor groups ("troops", "police"), nor organisations outside
/// government proper (an international court, a military command) or named after a place or
/// another body ("Communist Party of Vietnam …", "OSCE Parliamentary Assembly").
fn dateline_home(home: Option<&str>, lex: &Lexicon, list: &mut [ActorRec], owned: &[bool]) {
    let Some(home) = home else { return };
    let roving = |t: &String| t.split([' ', '-']).any(|w| lex.word_is(&w.to_lowercase(), WordClass::RovingTitle));
    // (A word of the name the gazetteer knows: "Communist Party of *Vietnam* …", "*OSCE*
    // Parliamentary Assembly".)
    let named_after_another = |name: &str| name.split(' ').any(|w| !lex.lookup_surface(w).is_empty());
    for (actor, &owned) in list.iter_mut().zip(owned).filter(|(x, _)| x.country.is_none()) {
        let homed = match actor.kind {
            ActorKind::Person => matches!(actor.sector.as_deref(), Some("GOV" | "LEG" | "JUD" | "COP")) && !actor.titles.iter().any(roving),
            ActorKind::Organization => {
                matches!(actor.sector.as_deref(), Some("GOV" | "COP" | "LEG")) && !named_after_another(&actor.name) && !owned
            }
            _ => false,
        };
        if homed {
            actor.country = Some(home.to_string());
        }
    }
}
