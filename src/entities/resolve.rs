//! Names still unknown after the names pass take the label the document gives them elsewhere:
//! the same name labelled from a list or a head word, a surname of a full name, or the majority
//! of the contexts the name appears in ("in X", "the village of X", "X said").

use super::groups::{NameKeys, PRESIZED};
use super::{classes, words, Ctx, FastMap, Pending};
use crate::model::Label;
use crate::segment::TokenKind;

/// Labels the pending names from what the rest of the document says about them: the label of
/// the same name elsewhere, a surname of a full name, or the majority of the contexts the name
/// appears in ("in X", "the village of X", "X said"), then the context of this mention.
pub(crate) fn resolve(ctx: &mut Ctx) {
    let pending = std::mem::take(&mut ctx.pending);
    // Nothing to label: the keys below are asked only about pending names.
    if pending.is_empty() {
        return;
    }
    // Every key asked about below, made once into one string (no string per key): each sure
    // mention's and the surname of each full name among them, then each pending name's and the
    // surname of each that may be a full name.
    // (Sized for one key a name: most are one word, without a surname key.)
    let mut keys = NameKeys::with_capacity(ctx.found.len() + pending.len());
    let mut add_key = |first: usize, end: usize| {
        let out = keys.open();
        let start = out.len();
        ctx.push_key(first, end, out, start);
        keys.close()
    };
    // (Key numbers in `u32`: one key a mention or two, mentions fewer than tokens.)
    let mut known_ids: Vec<(u32, Label)> = Vec::new(); // (key, label), in order of the mentions
    let mut surname_ids: Vec<u32> = Vec::new();
    for f in &ctx.found {
        if !f.sure || matches!(f.label, Label::DATE | Label::NUMBER) {
            continue;
        }
        let (first, end) = (f.first as usize, f.end as usize);
        known_ids.push((add_key(first, end) as u32, f.label));
        if f.label == Label::PERSON && end - first >= 2 {
            surname_ids.push(add_key(end - 1, end) as u32);
        }
    }
    let pending_ids: Vec<usize> = pending.iter().map(|p| add_key(p.first, p.end)).collect();
    // Multi-word names the document has not seen are people (the usual case in news); their
    // surnames then count too.
    // Only with some sign of a person around them: "Mozilla Firefox" must not make "Firefox" a surname.
    let may_be_full_name = |p: &Pending| {
        p.end - p.first >= 2 && p.hint == Some(Label::PERSON) && !(p.first..p.end).any(|k| ctx.t(k) == "-") && person_context(ctx, p.first, p.end)
    };
    let pending_surnames: Vec<Option<usize>> =
        pending.iter().map(|p| may_be_full_name(p).then(|| add_key(p.end - 1, p.end))).collect();
    // Maps of `&str` to `u32`, the type of the spellings' table: one copy of the hash table code
    // in WebAssembly. Labels are stored as their index in `Label::ALL`.
    let label_index = |l: Label| Label::ALL.iter().position(|&x| x == l).unwrap_or(0) as u32;
    let mut known: FastMap<&str, u32> = FastMap::with_capacity_and_hasher(known_ids.len().min(PRESIZED), Default::default());
    for &(id, label) in &known_ids {
        known.entry(keys.get(id as usize)).or_insert(label_index(label));
    }
    let mut surnames: FastMap<&str, u32> = FastMap::default();
    for &id in &surname_ids {
        surnames.insert(keys.get(id as usize), 0);
    }
    for (&id, surname) in pending_ids.iter().zip(&pending_surnames) {
        if let Some(s) = *surname {
            if !known.contains_key(keys.get(id)) {
                surnames.insert(keys.get(s), 0);
            }
        }
    }
    // Votes of the contexts, per one-word name: (place, person), indexed by `vote_of`.
    let mut vote_of: FastMap<&str, u32> = FastMap::default();
    let mut votes: Vec<(u32, u32)> = Vec::new();
    for (p, &id) in pending.iter().zip(&pending_ids).filter(|(p, _)| p.end == p.first + 1) {
        let v = *vote_of.entry(keys.get(id)).or_insert_with(|| {
            votes.push((0, 0));
            (votes.len() - 1) as u32
        });
        let v = &mut votes[v as usize];
        match context_vote(ctx, p.first, p.end) {
            Some(Label::LOC) => v.0 += 1,
            Some(Label::PERSON) => v.1 += 1,
            _ => {}
        }
    }
    for (p, &id) in pending.iter().zip(&pending_ids) {
        let k = keys.get(id);
        let single = p.end - p.first == 1;
        let (place, person) = vote_of.get(k).map_or((0, 0), |&v| votes[v as usize]);
        let label = if let Some(&l) = known.get(k) {
            Some(Label::ALL[l as usize])
        } else if !single && listed_with_person(ctx, p.first, p.end) {
            Some(Label::PERSON)
        } else if single && surnames.contains_key(k) {
            Some(Label::PERSON)
        } else if place > person {
            Some(Label::LOC)
        } else if person > place {
            Some(Label::PERSON)
        } else if p.uncertain && single {
            None
        } else {
            p.hint
        };
        if let Some(l) = label {
            ctx.add(p.first, p.end, l, false);
        }
    }
}

/// An item of a comma list whose neighbour is a person: "Ryan Hinze, Sheetal Patel, …".
fn listed_with_person(ctx: &Ctx, first: usize, end: usize) -> bool {
    let before_is = first > 1 && matches!(ctx.t(first - 1), "," | "and") && ctx.found_label_at(first - 2) == Some(Label::PERSON);
    let after_is = matches!(ctx.t(end), "," | "and") && ctx.found_label_at(end + 1) == Some(Label::PERSON);
    before_is || after_is
}

/// A person's name by its surroundings: "X said", "said X", "X, the governor", "X, 48,".
fn person_context(ctx: &Ctx, first: usize, end: usize) -> bool {
    let after = ctx.w(end);
    let before = if first > 0 { ctx.w(first - 1) } else { "" };
    // (Word-list tests read the tokens' class bits: `ctx.is(end, SPEECH_VERB)` is `is_speech_verb(after)`.)
    if ctx.is(end, classes::SPEECH_VERB) || first > 0 && ctx.is(first - 1, classes::SPEECH_VERB) || matches!(after, "'s" | "who") {
        return true;
    }
    // "the capital's mayor, Sergei Sobyanin"
    if before == "," && first > 1 && ctx.is(first - 2, classes::TITLE_WORD) {
        return true;
    }
    after == "," && (end + 1..(end + 5).min(ctx.doc.tokens.len())).any(|k| ctx.is(k, classes::TITLE_WORD) || ctx.doc.tokens[k].kind() == TokenKind::Number)
}

/// What the words around one mention say it is.
fn context_vote(ctx: &Ctx, first: usize, end: usize) -> Option<Label> {
    let toks = &ctx.doc.tokens;
    // Context stops at line breaks.
    let line_start = toks[first].newline_before();
    let has_before = first > 0 && !line_start;
    let has_before2 = first > 1 && !line_start && !toks[first - 1].newline_before();
    let has_after = end < toks.len() && !toks[end].newline_before();
    let before = if has_before { ctx.w(first - 1) } else { "" };
    let after = if has_after { ctx.w(end) } else { "" };
    // (Word-list tests read the tokens' class bits; "" is on no list.)
    let ordinary = ctx.is(first, classes::COMMON_WORD);
    if has_before && ctx.is(first - 1, classes::LOCATIVE_PREPOSITION) && !matches!(before, "to" | "via" | "through" | "at") && !ordinary
        || before == "of" && has_before2 && ctx.is(first - 2, classes::SETTLEMENT_NOUN)
    {
        return Some(Label::LOC);
    }
    // Coordinated with a place: "Bakhmut and Soledar", "Kreminna, Lyman".
    if matches!(before, "and" | "or" | ",") && first > 1 {
        // Back over ", and" to the previous list item.
        let prev = if first > 2 && matches!(before, "and" | "or") && ctx.t(first - 2) == "," { first - 3 } else { first - 2 };
        if ctx.found_label_at(prev) == Some(Label::LOC) {
            return Some(Label::LOC);
        }
    }
    if matches!(after, "and" | "or") && ctx.found_label_at(end + 1) == Some(Label::LOC) {
        return Some(Label::LOC);
    }
    // "Lawrence, KS", "Saginaw, Michigan": a town before its state or country.
    if after == "," && (words::is_us_state_code(ctx.t(end + 1)) || ctx.found_label_at(end + 1) == Some(Label::LOC) && !matches!(ctx.w(end + 2), "'s")) {
        return Some(Label::LOC);
    }
    // Apposition: "Siversk, a town farther north".
    if after == "," && matches!(ctx.w(end + 1), "a" | "the") && ctx.is(end + 2, classes::SETTLEMENT_NOUN) {
        return Some(Label::LOC);
    }
    if has_after && ctx.is(end, classes::SPEECH_VERB) {
        return Some(Label::PERSON);
    }
    None
}
