//! DATE and NUMBER spans: one left-to-right pass over tokens, a few tokens of look-ahead.
//!
//! Spans keep approximators, determiners and relative words ("more than 600", "last week",
//! "10 1/2 months ago") and never a leading preposition (the rules never start on one).

use super::classes;
use super::words::*;
use super::Ctx;
use crate::model::Label;
use crate::segment::TokenKind;

pub fn find(ctx: &mut Ctx) {
    let n = ctx.doc.tokens.len();
    // The first token at or after some point that can be a DATE's or NUMBER's core (`CORE`),
    // found by a scan that only moves forward: linear over the document.
    let mut next_core = 0;
    for si in 0..ctx.doc.sentences.len() {
        let s = ctx.doc.sentences[si];
        let mut i = s.first;
        while i < s.end {
            // A span opened by a determiner or an approximator ("the", "this", "more than") needs
            // its core within `CORE_REACH` tokens: before that distance from the next core, only
            // a span that needs none can start (`NEEDS_NO_CORE`). The walk goes straight to the
            // next token that opens one, or to where a core is in reach, over the token bits
            // alone (cores are rare: most tokens are passed here, and the rules are not asked).
            if next_core < i {
                next_core = ctx.next_with(i, n, CORE);
            }
            let reach = if next_core < s.end { next_core.saturating_sub(CORE_REACH) } else { s.end };
            if i < reach {
                i = ctx.next_with(i, reach, NEEDS_NO_CORE);
                if i >= reach {
                    continue;
                }
            }
            // (The bits first: they rule out most tokens before the taken flag is read.)
            if ctx.is(i, MAY_START) && !ctx.taken[i] && may_start(ctx, i) {
                if let Some((end, label)) = date_at(ctx, i, s.end).map(|e| (e, Label::DATE)).or_else(|| number_at(ctx, i, s.end)) {
                    ctx.add(i, end, label, true);
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
    }
}

/// Farthest a DATE's or NUMBER's core lies from a first token that is not one: an approximator
/// (up to three words), up to three modifiers and up to two numbers before the core word.
const CORE_REACH: usize = 8;

/// The classes of a first token whose span may hold no core within `CORE_REACH` (`find`).
const NEEDS_NO_CORE: classes::Bits = classes::CURRENCY_SIGN | classes::BARE_DURATION;

/// The classes of a core, a token that every DATE or NUMBER holds at least one of, after its
/// leading approximator and modifiers: a number (`NUMBER_TOKEN`: the token's kind is
/// `TokenKind::Number`), a spelled number, or a time, month, weekday or date word
/// (`date_at_depth` and `number_at` end on one of these or fail).
const CORE: classes::Bits = classes::NUMBER_TOKEN | classes::SPELLED_NUMBERS | classes::TIME_UNIT | classes::MONTH | classes::WEEKDAY | classes::DATE_WORD;

// Class bits stand for the word tests of `words` here (`ctx.is(k, classes::MONTH)` is
// `is_month(ctx.w(k))`). A currency sign is tested on the lowercase form: the listed signs are
// single symbols as tokens ("US$" is the tokens "US" and "$"), the same in either case.

/// The classes one of which every token that `may_start` accepts has.
const MAY_START: classes::Bits = classes::NUMBER_TOKEN | classes::CURRENCY_SIGN | classes::DATE_MODIFIER | classes::SPELLED_NUMBERS
    | classes::TIME_UNIT | classes::MONTH | classes::WEEKDAY | classes::DATE_WORD | classes::APPROXIMATOR_START;

/// A DATE or NUMBER can start at `i` only with one of these words or a number (every rule
/// below opens with an approximator, a modifier, a number or a date word): one cheap test
/// that skips most tokens before the rules look further.
fn may_start(ctx: &Ctx, i: usize) -> bool {
    // Every case below needs one of these bits: one test rules out most tokens.
    if !ctx.is(i, MAY_START) {
        return false;
    }
    // A number token by its class bit (`NUMBER_TOKEN` is the token kind `Number`); the token
    // itself is read only for a currency sign, which is one symbol (a word or quote token never
    // is one). A long text's tokens lie far out of the caches by this pass (issue #7).
    if ctx.is(i, classes::NUMBER_TOKEN) || ctx.is(i, classes::CURRENCY_SIGN) && ctx.doc.tokens[i].kind() == TokenKind::Punct {
        return true;
    }
    ctx.is(i, classes::DATE_MODIFIER | classes::SPELLED_NUMBERS | classes::TIME_UNIT | classes::MONTH | classes::WEEKDAY | classes::DATE_WORD)
        || ctx.is(i, classes::APPROXIMATOR_START) && approximator_len(&[ctx.w(i), ctx.w(i + 1), ctx.w(i + 2)]) > 0
}

fn is_full_month(w: &str) -> bool {
    among(w, &["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])
}

/// False past the last token, like `Ctx::t` and `Ctx::w` give "" there: the rules look one or two
/// tokens ahead, and a text may end right before the number they look for ("… close to").
fn is_num(ctx: &Ctx, k: usize) -> bool {
    ctx.doc.tokens.get(k).is_some_and(|t| t.kind() == TokenKind::Number) && !is_ordinal(ctx.t(k))
}

fn is_ordinal(t: &str) -> bool {
    // The last two bytes in either case (no lowercased copy: this runs at every number token).
    let suffix = match t.as_bytes() {
        [.., a, b] => [a.to_ascii_lowercase(), b.to_ascii_lowercase()],
        _ => return false,
    };
    matches!(&suffix, b"st" | b"nd" | b"rd" | b"th") && t.chars().last().is_some_and(char::is_alphabetic)
}

fn year_like(t: &str) -> bool {
    t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) && matches!(&t[..2], "18" | "19" | "20")
}

fn glued(ctx: &Ctx, k: usize) -> bool {
    !ctx.doc.tokens[k].space_before()
}

/// The number belongs to a name before it ("World War 2", "Leopard 2"): leave it to the names pass.
fn part_of_name(ctx: &Ctx, k: usize) -> bool {
    if k == 0 || ctx.t(k).len() > 3 || ctx.t(k).contains(',') {
        return false;
    }
    let p = k - 1;
    ctx.doc.tokens[p].kind() == TokenKind::Word
        && super::shape::first_upper(ctx.t(p))
        && !ctx.casing.caseless
        && !ctx.is(p, classes::MONTH | classes::WEEKDAY | classes::FUNCTION_WORD)
        && !(ctx.casing.uncertain[p] && ctx.is(p, classes::COMMON_WORD))
}

/// Does a DATE start at `i`? Returns its end.
fn date_at(ctx: &Ctx, i: usize, end: usize) -> Option<usize> {
    date_at_depth(ctx, i, end, 0)
}

/// `depth` bounds the "the night of <date>" recursion to one level.
fn date_at_depth(ctx: &Ctx, i: usize, end: usize, depth: u8) -> Option<usize> {
    let w = |k: usize| if k < end { ctx.w(k) } else { "" };
    // `w(k)` is on the lists `m` (like asking about `w(k)`: nothing past `end`).
    let is = |k: usize, m: classes::Bits| k < end && ctx.is(k, m);
    let free = |k: usize| k < end && !ctx.taken[k];
    if w(i) == "of" {
        return None;
    }
    // Hyphenated durations: "five-week", "30-day", "months-long"; ages are NUMBERs.
    if free(i + 2) && ctx.t(i + 1) == "-" && glued(ctx, i + 1) && glued(ctx, i + 2) {
        let unit = w(i + 2);
        if (is_num(ctx, i) || is(i, classes::SPELLED_NUMBERS)) && is(i + 2, classes::TIME_UNIT) {
            if ctx.t(i + 3) == "-" && w(i + 4) == "old" && i + 4 < end {
                return None;
            }
            return Some(i + 3);
        }
        if is(i, classes::BARE_DURATION) && unit == "long" {
            return Some(i + 3);
        }
    }
    let mut k = i;
    let ap = if is(k, classes::APPROXIMATOR_START) { approximator_len(&[w(k), w(k + 1), w(k + 2)]) } else { 0 };
    if ap > 0 {
        let n = k + ap;
        if !(is_num(ctx, n) || is(n, classes::SPELLED_NUMBERS)) {
            return None;
        }
        k = n;
    }
    let mut strong = false;
    let mut weak_det = false;
    let mut mods = 0;
    while free(k) && mods < 3 && is(k, classes::DATE_MODIFIER) && !(w(k) == "of" && mods == 0) {
        strong |= !matches!(w(k), "the" | "a" | "an" | "of" | "few" | "couple" | "several"); // strong ("the" alone is not: "the day")
        weak_det |= matches!(w(k), "the" | "a" | "an");
        k += 1;
        mods += 1;
    }
    let mut nums = 0;
    while free(k) && nums < 2 && (is_num(ctx, k) && !year_like(ctx.t(k)) || is(k, classes::SPELLED_NUMBERS) && w(k) != "half") {
        k += 1;
        nums += 1;
    }
    if !free(k) {
        return None;
    }
    let core = w(k);
    let cased = |k: usize| ctx.casing.caseless || super::shape::first_upper(ctx.t(k));
    let mut e;
    if is(k, classes::TIME_UNIT) {
        if mods == 1 && nums == 0 && matches!(w(i), "a" | "an") && is(k, classes::BARE_DURATION) {
            return None; // "a months-long siege": the article belongs to the noun
        }
        e = k + 1;
        let singular = !core.ends_with('s') || core == "hours";
        let suffix = is(e, classes::DATE_SUFFIX) && free(e);
        if mods == 0 && nums == 0 && !(is(k, classes::BARE_DURATION) || suffix) {
            return None;
        }
        let inner = if depth == 0 && w(e) == "of" && free(e + 1) { date_at_depth(ctx, e + 1, end, 1) } else { None };
        let of_date = inner.is_some();
        if singular && nums == 0 && !strong && !suffix && !of_date && core != "weekend" {
            // "a week" is a DATE after "for", "in", "within" …; "5,200 convictions a year" is a rate.
            let before = if i > 0 { ctx.w(i - 1) } else { "" };
            let duration_intro = among(before, &["for", "in", "within", "over", "than", "nearly", "almost", "about", "around", "just", "only", "least", "once", "after", "spent", "lasted", "took"]);
            if !(weak_det && duration_intro) {
                return None;
            }
        }
        if ctx.t(e) == "-" && w(e + 1) == "long" && glued(ctx, e) && free(e + 1) {
            e += 2;
        }
        if suffix {
            e += 1;
        } else if let Some(inner) = inner {
            // "the night of this Saturday"
            e = inner;
        }
    } else if is(k, classes::MONTH) && cased(k) && (is_full_month(core) || ctx.t(k + 1) == "." || is_num(ctx, k + 1)) {
        if core == "may" && !(nums > 0 || is_num(ctx, k + 1) || mods > 0) {
            return None;
        }
        e = k + 1;
        if core.len() <= 4 && ctx.t(e) == "." && !ctx.doc.tokens[e].space_before() {
            e += 1; // "Sept."
        }
        if free(e) && is_num(ctx, e) && !year_like(ctx.t(e)) && ctx.t(e).len() <= 2 {
            e += 1;
        }
        if free(e + 1) && ctx.t(e) == "," && year_like(ctx.t(e + 1)) {
            e += 2;
        } else if free(e) && year_like(ctx.t(e)) {
            e += 1;
        }
        e = relative_tail(ctx, e, end);
    } else if is(k, classes::WEEKDAY) && cased(k) && core.len() > 4 {
        e = k + 1;
        if free(e) && matches!(w(e), "morning" | "afternoon" | "evening" | "night") {
            e += 1;
        }
        e = relative_tail(ctx, e, end);
    } else if is(k, classes::DATE_WORD) && nums == 0 {
        e = k + 1;
    } else if year_like(ctx.t(k)) && nums == 0 && !(k > 0 && ctx.is(k - 1, classes::CURRENCY_SIGN)) {
        // Years are DATEs unless they count something ("2000 soldiers").
        if free(k + 1) && ctx.doc.tokens[k + 1].kind() == TokenKind::Word && !super::shape::first_upper(ctx.t(k + 1)) && ctx.w(k + 1).ends_with('s') && !ctx.w(k + 1).ends_with("ss") && !ctx.is(k + 1, classes::FUNCTION_WORD) {
            return None;
        }
        e = k + 1;
    } else if nums > 0 && ctx.t(k - 1).contains(':') || (nums > 0 && matches!(core, "a.m." | "p.m." | "am" | "pm" | "gmt" | "utc")) {
        e = if ctx.t(k - 1).contains(':') && !matches!(core, "a.m." | "p.m." | "am" | "pm" | "gmt" | "utc") { k } else { k + 1 };
    } else {
        return None;
    }
    Some(e)
}

/// "February last year", "Monday this week".
fn relative_tail(ctx: &Ctx, e: usize, end: usize) -> usize {
    if e + 1 < end && !ctx.taken[e] && !ctx.taken[e + 1] && matches!(ctx.w(e), "last" | "this" | "next") && ctx.is(e + 1, classes::TIME_UNIT) {
        e + 2
    } else {
        e
    }
}

/// Does a NUMBER start at `i`? Returns its end.
fn number_at(ctx: &Ctx, i: usize, end: usize) -> Option<(usize, Label)> {
    let w = |k: usize| if k < end { ctx.w(k) } else { "" };
    // `w(k)` is on the lists `m` (like asking about `w(k)`: nothing past `end`).
    let is = |k: usize, m: classes::Bits| k < end && ctx.is(k, m);
    let free = |k: usize| k < end && !ctx.taken[k];
    let mut k = i + if is(i, classes::APPROXIMATOR_START) { approximator_len(&[w(i), w(i + 1), w(i + 2)]) } else { 0 };
    // The approximator's own tokens must be free (written as a range: counting down from `k`
    // underflowed at the start of the text).
    if !(i..k).all(free) {
        return None;
    }
    if free(k) && ctx.is(k, classes::CURRENCY_SIGN) {
        k += 1;
    }
    if !free(k) {
        return None;
    }
    let first = w(k);
    let is_number = is_num(ctx, k) && !part_of_name(ctx, k);
    let spelled = is(k, classes::SPELLED_NUMBERS) && (first != "half" || k > i);
    if !is_number && !spelled {
        return None;
    }
    if first == "one" {
        let before = if k > 0 { ctx.w(k - 1) } else { "" };
        if among(before, &["no", "any", "every", "each", "some", "the", "this", "that", "which", "anyone", "someone"])
            || matches!(w(k + 1), "another" | "day" | "way" | "thing")
        {
            return None;
        }
    }
    k += 1;
    // Age: "48-year-old".
    if free(k + 3) && ctx.t(k) == "-" && w(k + 1) == "year" && ctx.t(k + 2) == "-" && w(k + 3) == "old" && glued(ctx, k) && glued(ctx, k + 1) {
        return Some((k + 4, Label::NUMBER));
    }
    // More number words ("two million", "10 1/2").
    while free(k) && (is(k, classes::SPELLED_NUMBERS) && w(k) != "half" || is_num(ctx, k) && ctx.t(k).contains('/')) {
        k += 1;
    }
    loop {
        if free(k) && is(k, classes::NUMBER_UNIT) && !(w(k) == "m" && ctx.doc.tokens[k].space_before()) {
            k += 1;
        } else if free(k + 1) && matches!(w(k), "sq" | "square" | "cubic") && is(k + 1, classes::NUMBER_UNIT) {
            k += 2;
        } else if free(k + 1) && w(k) == "per" && w(k + 1) == "cent" {
            k += 2;
        } else {
            break;
        }
    }
    Some((k, Label::NUMBER))
}
