//! The evaluation adapter: the full pipeline's events reduced to what the gold-standard
//! event files check (`dyad eval events`).

/// Events of `text` (one gold sentence, extracted as a one-sentence article by the full
/// pipeline) reduced to what the gold-standard files check: type and actor / recipient
/// countries (an actor without a country contributes nothing), with the trigger for error
/// listings. Only the sentence's main events count. Negated events are dropped, and hypothetical ones unless PLOVER codes the
/// intent itself (AGREE, CONCEDE, REQUEST, THREATEN). With `dyadic`, a reciprocal event's
/// parties (all in `actor`, as PLOVER codes them) are also its recipients, as in the
/// CAMEO-coded PETR2 file, which codes each dyad both ways (a one-sided event with several
/// actors is not directed at them).
pub fn gsr_predict(text: &str, published: Option<&str>, dyadic: bool) -> Vec<(dyad_events::gsr::PredEvent, String)> {
    use dyad_events::PloverType;
    let mut article = crate::input::from_text(text);
    article.published = published.and_then(|d| crate::input::parse_date(d).ok());
    let (doc, recs) = crate::pipeline::extract_with_events(&article, &crate::Options::default());
    // The gold files code a sentence's main event: keep the events whose trigger sits
    // shallowest in the parse, not those of subordinate clauses ("charging its neighbour
    // with *supporting* dissidents", "imposed sanctions … for its *support* of terrorists").
    let main_depth = doc.events.iter().zip(&recs).filter(|(e, _)| codable(e)).map(|(_, r)| r.depth).min().unwrap_or(0);
    // Country-level codes: an international organisation without a country is "IGO", a
    // non-governmental one "NGO", as CAMEO codes the UN, NATO, Amnesty and their like.
    let code = |id: &String| {
        let a = doc.actors.iter().find(|a| &a.id == id)?;
        a.country.clone().or_else(|| a.sector.as_deref().filter(|s| matches!(*s, "IGO" | "NGO")).map(str::to_string))
    };
    let countries = |ids: &[String]| {
        let mut v: Vec<String> = Vec::new();
        for c in ids.iter().filter_map(code) {
            if !v.contains(&c) {
                v.push(c);
            }
        }
        v
    };
    let mut out: Vec<(dyad_events::gsr::PredEvent, String)> = Vec::new();
    for (e, _) in doc.events.iter().zip(&recs).filter(|(_, r)| r.depth == main_depth) {
        let Some(t) = PloverType::from_label(&e.event_type).filter(|_| codable(e)) else { continue };
        let actor_countries = countries(&e.actor);
        let mut recipient_countries = countries(&e.recipient);
        if dyadic && reciprocal(t) && recipient_countries.is_empty() && actor_countries.len() >= 2 {
            recipient_countries = actor_countries.clone();
        }
        // Country-level coders name the country where a one-sided event happens as its
        // target when the text names no other ("shelling in the east of Gaza"); a visit's
        // place is its host.
        if recipient_countries.is_empty() && (!reciprocal(t) || e.mode.as_deref() == Some("visit")) {
            if let Some(c) = e.location.as_ref().and_then(code) {
                recipient_countries.push(c);
            }
        }
        // A target named only by what it is ("dispersed *demonstrators*"), and the target of a
        // protest that names none, is domestic: the actor's own country, as these coders code
        // the unnamed side of an internal event.
        let generic_target = e.recipient.iter().any(|id| doc.actors.iter().any(|a| &a.id == id && a.is_generic() && a.country.is_none()));
        if recipient_countries.is_empty() && (generic_target || (t == PloverType::Protest && e.recipient.is_empty())) {
            recipient_countries = actor_countries.clone();
        }
        let ev = dyad_events::gsr::PredEvent { event_type: t, actor_countries, recipient_countries };
        if !out.iter().any(|(p, _)| *p == ev) {
            out.push((ev, e.trigger.clone().unwrap_or_default()));
        }
    }
    out
}

/// Types whose events are reciprocal, with every party an actor.
fn reciprocal(t: dyad_events::PloverType) -> bool {
    matches!(t, dyad_events::PloverType::Consult | dyad_events::PloverType::Cooperate)
}

/// The types of the codable events of a whole article (negated events dropped, hypothetical
/// ones unless PLOVER codes the intent itself), in text order except that the first is the
/// main (shallowest) event of the first sentence that has one: what a document-level label
/// (the NGEC synthetic stories' one type per story) is checked against.
pub fn document_event_types(text: &str) -> Vec<dyad_events::PloverType> {
    let article = crate::input::from_text(text);
    let (doc, recs) = crate::pipeline::extract_with_events(&article, &crate::Options::default());
    let mut events: Vec<(&crate::document::Event, u8)> =
        doc.events.iter().zip(&recs).filter(|(e, _)| codable(e)).map(|(e, r)| (e, r.depth)).collect();
    let lead_sentence = events.iter().map(|(e, _)| e.sentence[0]).min();
    events.sort_by_key(|(e, depth)| (e.sentence[0], if Some(e.sentence[0]) == lead_sentence { *depth } else { 0 }));
    events.iter().filter_map(|(e, _)| dyad_events::PloverType::from_label(&e.event_type)).collect()
}

/// Whether the gold files would code the event: not negated, and real unless PLOVER codes
/// the intent itself (AGREE, CONCEDE, REQUEST, THREATEN).
fn codable(e: &crate::document::Event) -> bool {
    use dyad_events::PloverType;
    PloverType::from_label(&e.event_type).is_some_and(|t| {
        let intent = matches!(t, PloverType::Agree | PloverType::Concede | PloverType::Request | PloverType::Threaten);
        !(e.negated || (e.hypothetical && !intent))
    })
}
