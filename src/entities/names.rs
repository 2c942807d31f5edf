//! Proper names: runs of capitalised words, split and labelled PERSON, ORG, LOC, NORP or MISC.
//!
//! A run is cut into parts by what the guidelines keep outside names (determiners, titles,
//! a nationality or country in front of an organisation) and each part is labelled by, in order:
//! the hand-written organisation list, the place list, head words ("… Ministry", "… Air Base"),
//! nationality words, given names, the words around it (titles, "the village of", "said"),
//! and the shape of the word (acronyms). What stays unknown is decided once the whole document
//! has been read (`resolve`): a surname or a name seen elsewhere keeps that label.

use super::classes;
use super::heads::head_label;
use super::lexicon::{hand, is_common_word, is_place, is_plural_demonym};
use super::shape::inner_capital;
use super::words::*;
use super::{Ctx, Pending};
use crate::model::Label;
use crate::segment::TokenKind;
use std::borrow::Cow;

/// The word at `k` is a frequent English word, or an inflected form of one ("Backs", "Claimed").
fn is_ordinary(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.w(k);
    // (`is_common_word(w)` from the token's class bits.)
    ctx.is(k, classes::COMMON_WORD)
        || ["s", "es", "ed", "d", "ing"].iter().any(|suf| w.strip_suffix(suf).is_some_and(|stem| stem.len() >= 3 && is_common_word(stem)))
}

/// Abbreviations that a name follows after their dot: "Dr. Cooper", "St. Thomas".
fn is_name_abbreviation(w: &str) -> bool {
    among(w, &["dr", "mr", "mrs", "ms", "st", "mt", "ft", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "prof", "rev", "maj", "adm", "jr", "sr"])
}

/// Prefixes before a hyphen that stay outside a name ("pro-Russian", "ex-Soviet").
fn is_prefix(w: &str) -> bool {
    among(w, &["pro", "anti", "non", "ex", "post", "pre", "neo", "pan", "mid", "trans", "cross", "all", "half"])
}

pub fn find(ctx: &mut Ctx) {
    if ctx.casing.caseless {
        return super::caseless::find(ctx);
    }
    for si in 0..ctx.doc.sentences.len() {
        let s = ctx.doc.sentences[si];
        let mut i = s.first;
        while i < s.end {
            // Straight to the next capitalised word (`can_start` needs one).
            i = ctx.next_with(i, s.end, classes::CAPITALISED_WORD);
            if i >= s.end {
                break;
            }
            if ctx.taken[i] || !can_start(ctx, i) {
                i += 1;
                continue;
            }
            let j = extend(ctx, i, s.end);
            let start = if article_before(ctx, i) && i - 2 >= s.first { i - 2 } else { i };
            run(ctx, start, j);
            i = j.max(i + 1);
        }
    }
}

pub(crate) fn is_word(ctx: &Ctx, k: usize) -> bool {
    // (`ctx.doc.tokens[k].kind == TokenKind::Word`, false past the end, from the token's bits.)
    ctx.is(k, classes::WORD_TOKEN)
}

/// A free word token starting with a capital (so never the possessive "’s" / "'s", which are
/// word tokens too).
fn cap_word(ctx: &Ctx, k: usize) -> bool {
    ctx.is(k, classes::CAPITALISED_WORD) && !ctx.taken[k]
}

fn can_start(ctx: &Ctx, i: usize) -> bool {
    cap_word(ctx, i) && !in_url(ctx, i)
}

/// Part of a URL, handle, e-mail address or file name ("t.co/ClkQ", "@AZURIX", "Stocks.pdf").
fn in_url(ctx: &Ctx, i: usize) -> bool {
    let toks = &ctx.doc.tokens;
    let glued_before = i > 0 && !toks[i].space_before() && matches!(ctx.t(i - 1), "/" | "@" | "#" | "_" | "=" | "." | "\\");
    let glued_after = i + 2 < toks.len()
        && !toks[i + 1].space_before()
        && matches!(ctx.t(i + 1), "." | "@" | "/" | "_")
        && !toks[i + 2].space_before()
        && toks[i + 2].kind() == TokenKind::Word
        && !ctx.shape(i + 2).first_upper();
    glued_before || glued_after
}

/// "al-Sadr", "el-Sisi": a lowercase Arabic article glued before the name.
fn article_before(ctx: &Ctx, i: usize) -> bool {
    i >= 2
        && ctx.t(i - 1) == "-"
        && !ctx.doc.tokens[i - 1].space_before()
        && !ctx.doc.tokens[i].space_before()
        && matches!(ctx.t(i - 2), "al" | "el" | "ad" | "ash" | "as" | "an" | "bin")
        && !ctx.taken[i - 2]
        && !ctx.taken[i - 1]
}

/// Names are short; a longer capitalised run (a shouted or title-case paragraph) is cut, which
/// also bounds the work of splitting it.
const MAX_RUN: usize = 12;

/// Token index just past the run of name words starting at `i`.
fn extend(ctx: &Ctx, i: usize, end: usize) -> usize {
    let mut j = i + 1;
    while j < end && j - i < MAX_RUN {
        let tok = &ctx.doc.tokens[j];
        if ctx.taken[j] {
            break;
        }
        if cap_word(ctx, j) {
            j += 1;
        } else if tok.kind() == TokenKind::Number && tok.space_before() && ctx.t(j).len() <= 3 && !ctx.t(j).contains(',') {
            // "World War 2", "Leopard 2": a short number closes the name.
            j += 1;
            break;
        } else if j + 2 < end && article_before(ctx, j + 2) && cap_word(ctx, j + 2) {
            j += 3;
        } else if is_word(ctx, j) && ctx.is(j, classes::NAME_CONNECTOR) && ctx.t(j) == ctx.w(j) {
            // (`is_name_connector` of the text as written: the list is lowercase)
            // "Ministry of Defence", "Gulf of the …", "Charles de Gaulle"
            let mut k = j + 1;
            if k < end && ctx.t(k) == "the" {
                k += 1;
            }
            if k < end && cap_word(ctx, k) && !(ctx.t(j) == "and" && k > j + 1) {
                j = k;
            } else {
                break;
            }
        } else if matches!(ctx.t(j), "-" | "&") && !tok.space_before() && j + 1 < end && !ctx.doc.tokens[j + 1].space_before() && cap_word(ctx, j + 1) {
            j += 2;
        } else if ctx.t(j) == "." && !tok.space_before() && (ctx.t(j - 1).chars().count() == 1 || is_name_abbreviation(ctx.w(j - 1))) && j + 1 < end && cap_word(ctx, j + 1) {
            // "J. Smith"
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// Lowercase key of tokens first..end, joined as written (space or not). One token's key is
/// its lowercase form, borrowed (most names asked about are one word).
pub(crate) fn key<'d>(ctx: &Ctx<'d, '_>, first: usize, end: usize) -> Cow<'d, str> {
    if end <= first + 1 {
        return Cow::Borrowed(if end > first { ctx.w(first) } else { "" });
    }
    // Sized for a typical name at once (growing from empty reallocated it once or twice).
    let mut k = String::with_capacity(32);
    for i in first..end {
        if i > first && ctx.doc.tokens[i].space_before() {
            k.push(' ');
        }
        k.push_str(ctx.w(i));
    }
    Cow::Owned(k)
}

fn known_word(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.w(k);
    // (`hand().orgs.contains_key(w)` from the token's classes: `HAND_ORG`. The class bits first,
    // in one test: then the lookups.)
    ctx.is(k, classes::PLACE | classes::DEMONYM | classes::HAND_ORG | classes::GIVEN_NAME) || is_plural_demonym(w) || ctx.seen_capitalised(k)
}

/// Company suffixes after the name: "Enron Corp.", "CCNG, Inc.".
fn company_suffix(ctx: &Ctx, b: usize) -> usize {
    let n = ctx.doc.tokens.len();
    let is_suffix = |k: usize| k < n && !ctx.taken[k] && among(ctx.w(k), &["inc", "corp", "ltd", "llc", "plc", "co", "l.p.", "lp", "gmbh", "ag", "sa"]);
    let dot = |k: usize| if k < n && !ctx.taken[k] && ctx.t(k) == "." && !ctx.doc.tokens[k].space_before() { k + 1 } else { k };
    if b > 0 && b < n && matches!(ctx.w(b - 1), "inc" | "corp" | "ltd" | "co") {
        return dot(b);
    }
    if b + 1 < n && ctx.t(b) == "," && is_suffix(b + 1) && !ctx.doc.tokens[b + 1].newline_before() {
        return dot(b + 2);
    }
    b
}

/// Splits a run and labels its parts.
fn run(ctx: &mut Ctx, a: usize, b: usize) {
    let mut a = a;
    let suffixed = company_suffix(ctx, b);
    if suffixed > b {
        let start = (a..b).find(|&k| !ctx.is(k, classes::FUNCTION_WORD)).unwrap_or(a);
        if start < b {
            return ctx.add(start, suffixed, Label::ORG, true);
        }
    }
    // Determiners, and ordinary words capitalised only by position, stay out.
    while a < b {
        let w = ctx.w(a);
        if !is_word(ctx, a) {
            a += 1; // "-" of "Pro-", "." of "Dr."
            continue;
        }
        if ctx.t(a) == "The" && !ctx.casing.uncertain[a] && b - a >= 2 {
            // "told The Associated Press": a capital The mid-sentence belongs to the name.
            break;
        }
        // "A. Noel Kramer": a capital letter with a dot is an initial, not the article.
        let initial = ctx.shape(a).chars() == 1 && ctx.t(a + 1) == "." && a + 2 < b;
        let ordinary = !initial && (ctx.is(a, classes::FUNCTION_WORD)
            || ctx.casing.uncertain[a] && !known_word(ctx, a) && !ctx.is(a, classes::TITLE_WORD)
                && (w.ends_with("ing") || w.ends_with("ly") || is_ordinary(ctx, a) || ctx.seen_lowercase(a)));
        // "New York", "The Hague": the run may start with a known multi-word name (looked up
        // only for an ordinary word, the one case where it matters).
        let starts_name = || {
            (a + 2..=b.min(a + 4)).any(|e| {
                // (`is_place` or a key of the organisation list: one lookup of its classes.)
                classes::has(&key(ctx, a, e), classes::PLACE | classes::HAND_ORG)
            })
        };
        if ordinary && !starts_name() {
            a += 1;
        } else {
            break;
        }
    }
    if a >= b || !is_word(ctx, a) {
        return;
    }
    // Headlines: every word is capitalised, so ordinary words split the run.
    if ctx.casing.headline[a] {
        let mut p = a;
        let mut q = a;
        while q < b {
            // Only words known from the lists or from the article's body survive in a headline.
            if is_word(ctx, q) && (ctx.is(q, classes::FUNCTION_WORD) || is_ordinary(ctx, q) && !known_word(ctx, q)) && !ctx.is(q, classes::TITLE_WORD) {
                if q > p {
                    part(ctx, p, q);
                }
                p = q + 1;
            }
            q += 1;
        }
        if b > p {
            part(ctx, p, b);
        }
        return;
    }
    part(ctx, a, b);
}

/// Labels tokens a..b of a run (already cleared of determiners).
fn part(ctx: &mut Ctx, a: usize, b: usize) {
    if a >= b {
        return;
    }
    // The run's words, on the stack for a run of usual length (`extend` cuts runs at `MAX_RUN`).
    let mut few = [""; 2 * MAX_RUN];
    let many: Vec<&str>;
    let words: &[&str] = if b - a <= few.len() {
        for (w, k) in few.iter_mut().zip(a..b) {
            *w = ctx.w(k);
        }
        &few[..b - a]
    } else {
        many = (a..b).map(|k| ctx.w(k)).collect();
        &many
    };
    let whole = key(ctx, a, b);
    // One word's classes are already read (`ctx.is`): only a longer name's key is looked up,
    // once for all the classes asked below.
    let one = b - a == 1;
    let whole_bits = if one { ctx.bits(a) } else { classes::of(&whole) };
    let whole_is = |m: classes::Bits| whole_bits & m != 0;
    let whole_is_place = whole_is(classes::PLACE);
    let h = hand();
    // 1. Known as a whole. (The organisation list is asked only for a key on it: `HAND_ORG`.)
    if let Some((label, _)) = whole_is(classes::HAND_ORG).then(|| h.orgs.get(&*whole)).flatten() {
        return ctx.add(a, b, *label, true);
    }
    if whole_is_place && !(one && ctx.casing.uncertain[a] && ctx.is(a, classes::COMMON_WORD)) {
        return ctx.add(a, b, Label::LOC, true);
    }
    // 2. Titles stay outside: "Ukrainian President Volodymyr Zelensky", "Kremlin Spokesman",
    //    "Secretary General of the Atlantic Alliance".
    if ctx.is(a, classes::TITLE_WORD) {
        if let Some(of) = (a + 1..b).find(|&k| ctx.t(k) == "of") {
            if (a..of).all(|k| ctx.is(k, classes::TITLE_WORD)) {
                let r = if ctx.t(of + 1) == "the" { of + 2 } else { of + 1 };
                return part(ctx, r, b);
            }
        }
    }
    if let Some(p) = (a..b).rev().find(|&p| ctx.is(p, classes::TITLE_WORD) && is_word(ctx, p)) {
        let p = if ctx.t(p + 1) == "." && p + 2 < b { p + 1 } else { p };
        // After a title, a capitalised word is a name even if it is also a word ("President Bush"),
        // unless it names a kind of body ("General Staff", "General Assembly").
        let rest_ok = p + 1 < b && is_word(ctx, p + 1) && {
            let heady = ctx.is(p + 1, classes::ORG_HEAD | classes::LOC_HEAD | classes::MISC_HEAD);
            let is = |m| ctx.is(p + 1, m);
            is(classes::GIVEN_NAME) || !heady && !is(classes::FUNCTION_WORD) && !is(classes::TITLE_WORD) && (!is(classes::COMMON_WORD) || !ctx.casing.uncertain[p + 1])
        };
        if rest_ok && head_label(&words[p + 1 - a..]).is_none() {
            prefix(ctx, a, p);
            return person_or_name(ctx, p + 1, b);
        }
        if p + 1 == b && b - a > 1 && !ctx.is(b - 1, classes::ORG_HEAD) {
            // A title at the end: "Kremlin Spokesman", "Prime Minister".
            return prefix(ctx, a, p);
        }
        if b - a == 1 {
            return;
        }
    }
    // Saints' names are places here: "St. Thomas", "St Pancras".
    if matches!(words[0], "st" | "mt" | "ft") && b - a >= 2 && head_label(words).is_none() {
        return ctx.add(a, b, Label::LOC, true);
    }
    // Named storms are events: "Hurricane Katrina".
    if matches!(words[0], "hurricane" | "typhoon" | "cyclone" | "storm") && b - a >= 2 {
        return ctx.add(a, b, Label::MISC, true);
    }
    // 3. Hyphenated: "Russia-Ukraine", "Pro-Russian"; but "OVD-Info", "Coca-Cola" stay whole.
    if let Some(hy) = (a..b).find(|&k| ctx.t(k) == "-") {
        let left = key(ctx, a, hy);
        let right = key(ctx, hy + 1, b);
        // (`is_place`, `is_demonym` or a key of the organisation list: one lookup of the classes,
        // then the plural of a demonym.)
        let known = |s: &str| classes::has(s, classes::PLACE | classes::DEMONYM | classes::HAND_ORG) || is_plural_demonym(s);
        if is_prefix(&left) {
            return part(ctx, hy + 1, b);
        }
        if known(&left) && known(&right) || known(&left) && is_common_word(&right) {
            part(ctx, a, hy);
            return part(ctx, hy + 1, b);
        }
    }
    // 4. "Russia and Ukraine": split at "and" unless a head word makes it one name.
    if let Some(and) = (a + 1..b).find(|&k| matches!(ctx.t(k), "and" | "&")) {
        if head_label(words).is_none() {
            part(ctx, a, and);
            return part(ctx, and + 1, b);
        }
    }
    // 5. "of" splits a run unless the word before it is a head ("Ministry of Defence") or the
    //    whole is known: "Anthony Shadid of the Washington Post".
    if let Some(of) = (a + 1..b).find(|&k| matches!(ctx.t(k), "of" | "for" | "on")) {
        let headed = ctx.is(of - 1, classes::ORG_HEAD | classes::LOC_HEAD | classes::MISC_HEAD);
        if !headed {
            part(ctx, a, of);
            let r = if ctx.t(of + 1) == "the" { of + 2 } else { of + 1 };
            return part(ctx, r, b);
        }
    }
    // 6. A nationality or country in front of an organisation or a person:
    //    "Russian Defense Ministry", "UK Ministry of Defence" (but "Russian Army", "Kyiv Post" whole).
    if b - a >= 2 && ctx.t(a + 1) != "-" {
        let lead = words[0];
        let lead_label = if ctx.is(a, classes::DEMONYM) || is_plural_demonym(lead) {
            Some(Label::NORP)
        } else if ctx.is(a, classes::COUNTRY) && !whole_is_place {
            Some(Label::LOC)
        } else {
            // (Asked only for a word on it: `HAND_ORG`.)
            ctx.is(a, classes::HAND_ORG).then(|| h.orgs.get(lead).map(|(l, _)| *l)).flatten()
        };
        if let Some(lead_label) = lead_label {
            let rest = &words[1..];
            let rest_key = key(ctx, a + 1, b);
            let single_head = rest.len() == 1 && ctx.is(a + 1, classes::ORG_HEAD);
            let rest_is_org = head_label(rest) == Some(Label::ORG) || h.orgs.contains_key(&*rest_key);
            let rest_is_person = ctx.is(a + 1, classes::GIVEN_NAME) && rest.len() >= 2;
            let country = lead_label == Label::LOC;
            if !single_head && (rest_is_org || rest_is_person || country || lead_label == Label::NORP && !whole_is_place) {
                ctx.add(a, a + 1, lead_label, true);
                return part(ctx, a + 1, b);
            }
        }
    }
    // "State Department Iraq (hands)": a named body, then a place.
    if b - a >= 3 && is_word(ctx, b - 1) && ctx.is(b - 1, classes::PLACE) && !ctx.is(b - 1, classes::COMMON_WORD) && head_label(&words[..b - 1 - a]).is_some() && head_label(words).is_none() {
        part(ctx, a, b - 1);
        return ctx.add(b - 1, b, Label::LOC, true);
    }
    // 7. Head words.
    if let Some(label) = head_label(words) {
        return ctx.add(a, b, label, true);
    }
    if b - a >= 2 && ctx.doc.tokens[b - 1].kind() == TokenKind::Number {
        return ctx.add(a, b, Label::MISC, true);
    }
    // 8. Nationality words.
    if whole_is(classes::DEMONYM) || is_plural_demonym(&whole) {
        return ctx.add(a, b, Label::NORP, true);
    }
    // "Miramar California": places side by side are separate places.
    if b - a >= 2 && (a..b).all(|k| is_word(ctx, k) && ctx.is(k, classes::PLACE) && !ctx.is(k, classes::COMMON_WORD)) {
        for k in a..b {
            ctx.add(k, k + 1, Label::LOC, true);
        }
        return;
    }
    // 9. A multi-word place in front: "San Rafael Ca", "London St Pancras".
    let words_n = b - a;
    if words_n >= 3 {
        if let Some(e) = (a + 2..b).rev().find(|&e| is_place(&key(ctx, a, e))) {
            ctx.add(a, e, Label::LOC, true);
            return part(ctx, e, b);
        }
    }
    person_or_name(ctx, a, b);
}

/// Tags the known words in front of a title ("Ukrainian", "UK", "Kremlin"), nothing else.
fn prefix(ctx: &mut Ctx, a: usize, p: usize) {
    let h = hand();
    for k in a..p {
        let w = ctx.w(k);
        if ctx.taken[k] || !is_word(ctx, k) {
            continue;
        }
        if let Some((label, _)) = ctx.is(k, classes::HAND_ORG).then(|| h.orgs.get(w)).flatten() {
            ctx.add(k, k + 1, *label, true);
        } else if ctx.is(k, classes::DEMONYM) || is_plural_demonym(w) {
            ctx.add(k, k + 1, Label::NORP, true);
        } else if ctx.is(k, classes::PLACE) && !ctx.is(k, classes::COMMON_WORD) {
            ctx.add(k, k + 1, Label::LOC, true);
        }
    }
}

/// What is left: a person's name, an acronym, or something only the context can tell.
fn person_or_name(ctx: &mut Ctx, a: usize, b: usize) {
    if a >= b {
        return;
    }
    let words = (a..b).filter(|&k| is_word(ctx, k)).count();
    let first = ctx.w(a);
    let t_first = ctx.t(a);
    // "Dr. Dorn": look through the abbreviation's dot.
    let dot = a > 1 && ctx.t(a - 1) == "." && ctx.is(a - 2, classes::TITLE_WORD);
    let before_at = if dot { Some(a - 2) } else { a.checked_sub(1) };
    let before = before_at.map_or("", |k| ctx.w(k));
    // (Shape and list tests below read the tokens' shapes and class bits, not their texts:
    // `ctx.shape(k).all_caps()` is `all_caps(ctx.t(k))`.)
    let before2 = if a > 1 { ctx.w(a - 2) } else { "" };
    let after = ctx.w(b);
    let uncertain = ctx.casing.uncertain[a];
    // `is_given_name(first)`, from the token's classes.
    let given = ctx.is(a, classes::GIVEN_NAME);
    // Context first: it beats the shape of the word.
    let title_before = if dot { ctx.is(a - 2, classes::TITLE_WORD) } else { a > 0 && ctx.is(a - 1, classes::TITLE_WORD) };
    if title_before && (dot || !ctx.taken.get(a.wrapping_sub(1)).copied().unwrap_or(true)) || matches!(before, "mr" | "mrs" | "ms" | "dr" | "mr." | "mrs." | "ms." | "dr.") {
        return ctx.add(a, b, Label::PERSON, true);
    }
    if before == "of" && a > 1 && ctx.is(a - 2, classes::SETTLEMENT_NOUN) || ctx.is(b, classes::PLACE_DESIGNATOR) && !ctx.shape(b).first_upper() && words <= 2 {
        return ctx.add(a, b, Label::LOC, true);
    }
    let acronym = |k: usize| {
        let (t, shape) = (ctx.t(k), ctx.shape(k));
        (shape.all_caps() && shape.chars() <= 6 || inner_capital(t))
            && !ctx.is(k, classes::COMMON_WORD)
            && !ctx.is(k, classes::PLACE)
            && !ctx.is(k, classes::PLAIN_ABBREVIATION)
            && !t.chars().any(|c| c.is_ascii_digit())
    };
    // "Lawrence, KS": a state code after a town and a comma.
    if words == 1 && before == "," && a > 1 && is_us_state_code(t_first) && ctx.shape(a - 2).first_upper() {
        return ctx.add(a, b, Label::LOC, true);
    }
    if words == 1 && acronym(a) && !ctx.casing.headline[a] {
        return ctx.add(a, b, Label::ORG, true);
    }
    if words >= 2 && (a..b).any(|k| is_word(ctx, k) && ctx.shape(k).all_caps() && acronym(k)) {
        // "OVD-Info", "ENA Upstream"
        return ctx.add(a, b, Label::ORG, true);
    }
    // "the ruling Fatah party", "the Coca-Cola corporation", "the Argumenti I Fakti daily".
    // (The list last: the two flags rule out most names first.)
    if !given && !ctx.shape(b).first_upper() && among(after, &["party", "group", "movement", "militia", "company", "corporation", "firm", "agency", "network", "channel", "newspaper", "daily", "weekly", "magazine", "broadcaster", "outlet", "organisation", "organization", "foundation", "bank", "airline", "faction", "brigade", "battalion", "regiment"])
    {
        return ctx.add(a, b, Label::ORG, true);
    }
    // A capitalised body on its own mid-sentence: "Army arrested …", "Parliament voted".
    if words == 1 && !uncertain && among(first, &["army", "navy", "police", "parliament", "congress", "senate", "duma", "rada", "knesset", "bundestag"]) {
        return ctx.add(a, b, Label::ORG, true);
    }
    if words >= 2 && words <= 4 && given {
        // "Lloyd Austin", "Hanna Malyar".
        return ctx.add(a, b, Label::PERSON, true);
    }
    if words == 1 && ctx.shape(a).chars() == 1 {
        return; // a lone capital letter
    }
    if words >= 2 && ctx.is(a, classes::PLACE) && !ctx.is(a, classes::COMMON_WORD) {
        // "Florida Keys", "Nova Scotia Cottage": named after the place they are in.
        return ctx.add(a, b, Label::LOC, false);
    }
    let all_common = (a..b).filter(|&k| is_word(ctx, k)).all(|k| ctx.is(k, classes::COMMON_WORD) || ctx.is(k, classes::FUNCTION_WORD));
    let alone_on_line = ctx.doc.tokens[a].newline_before() && (b >= ctx.doc.tokens.len() || ctx.doc.tokens[b].newline_before() || matches!(ctx.t(b), "," | "-" | "!" | "." ));
    let any_common = (a..b).filter(|&k| is_word(ctx, k)).any(|k| ctx.is(k, classes::COMMON_WORD));
    // In a headline an unknown pair of capitalised words is as likely a phrase ("Putin Ally").
    let headline_unknown = ctx.casing.headline[a] && !given && !(a..b).all(|k| !is_word(ctx, k) || ctx.seen_capitalised(k));
    let hint = if (2..=4).contains(&words) && !all_common && (!any_common || given) && !headline_unknown {
        Some(Label::PERSON)
    } else if words == 1 && given && !(uncertain && ctx.is(a, classes::COMMON_WORD) && !alone_on_line) {
        Some(Label::PERSON)
    } else if words == 1 && before_at.is_some_and(|k| ctx.is(k, classes::LOCATIVE_PREPOSITION)) && !(before == "to" && before2 == "according") {
        Some(Label::LOC)
    } else if words == 1 && (ctx.is(b, classes::SPEECH_VERB) || matches!(after, "'s" | "’s" | "administration" | "family" | "presidency" | "era" | "aides" | "allies")) {
        Some(Label::PERSON)
    } else {
        None
    };
    let sure_given = words == 1 && given && (!ctx.is(a, classes::COMMON_WORD) || alone_on_line);
    ctx.pending.push(Pending { first: a, end: b, hint, uncertain: uncertain && !sure_given });
}
