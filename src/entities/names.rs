//! Proper names: runs of capitalised words, split and labelled PERSON, ORG, LOC, NORP or MISC.
//!
//! A run is cut into parts by what the guidelines keep outside names (determiners, titles,
//! a nationality or country in front of an organisation) and each part is labelled by, in order:
//! the hand-written organisation list, the place list, head words ("… Ministry", "… Air Base"),
//! nationality words, given names, the words around it (titles, "the village of", "said"),
//! and the shape of the word (acronyms). What stays unknown is decided once the whole document
//! has been read (`resolve`): a surname or a name seen elsewhere keeps that label.

use super::heads::{head_label, org_head};
use super::lexicon::{hand, is_common_word, is_demonym, is_given_name, is_place, is_title};
use super::shape::{all_caps, first_upper, inner_capital};
use super::words::*;
use super::{Ctx, Pending};
use crate::model::Label;
use crate::segment::TokenKind;

/// Prefixes before a hyphen that stay outside a name ("pro-Russian", "ex-Soviet").
fn is_prefix(w: &str) -> bool {
    matches!(w, "pro" | "anti" | "non" | "ex" | "post" | "pre" | "neo" | "pan" | "mid" | "trans" | "cross" | "all" | "half")
}

pub fn find(ctx: &mut Ctx) {
    if ctx.casing.caseless {
        return caseless(ctx);
    }
    for si in 0..ctx.doc.sentences.len() {
        let s = ctx.doc.sentences[si];
        let mut i = s.first;
        while i < s.end {
            if ctx.taken[i] || !can_start(ctx, i) {
                i += 1;
                continue;
            }
            let j = extend(ctx, i, s.end);
            run(ctx, i, j);
            i = j.max(i + 1);
        }
    }
}

fn is_word(ctx: &Ctx, k: usize) -> bool {
    k < ctx.doc.tokens.len() && ctx.doc.tokens[k].kind == TokenKind::Word
}

fn cap_word(ctx: &Ctx, k: usize) -> bool {
    is_word(ctx, k) && !ctx.taken[k] && first_upper(ctx.t(k)) && ctx.t(k) != "’s" && ctx.t(k) != "'s"
}

fn can_start(ctx: &Ctx, i: usize) -> bool {
    cap_word(ctx, i)
}

/// Token index just past the run of name words starting at `i`.
fn extend(ctx: &Ctx, i: usize, end: usize) -> usize {
    let mut j = i + 1;
    while j < end {
        let tok = &ctx.doc.tokens[j];
        if ctx.taken[j] {
            break;
        }
        if cap_word(ctx, j) {
            j += 1;
        } else if tok.kind == TokenKind::Number && tok.space_before && ctx.t(j).len() <= 3 && !ctx.t(j).contains(',') {
            // "World War 2", "Leopard 2": a short number closes the name.
            j += 1;
            break;
        } else if is_word(ctx, j) && is_name_connector(ctx.t(j)) {
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
        } else if matches!(ctx.t(j), "-" | "&") && !tok.space_before && j + 1 < end && !ctx.doc.tokens[j + 1].space_before && cap_word(ctx, j + 1) {
            j += 2;
        } else if ctx.t(j) == "." && !tok.space_before && ctx.t(j - 1).chars().count() == 1 && j + 1 < end && cap_word(ctx, j + 1) {
            // "J. Smith"
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// Lowercase key of tokens first..end, joined as written (space or not).
fn key(ctx: &Ctx, first: usize, end: usize) -> String {
    let mut k = String::new();
    for i in first..end {
        if i > first && ctx.doc.tokens[i].space_before {
            k.push(' ');
        }
        k.push_str(ctx.w(i));
    }
    k
}

fn known_word(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.w(k);
    is_place(w) || is_demonym(w) || hand().orgs.contains_key(w) || is_given_name(w) || ctx.seen_capitalised(k)
}

/// Splits a run and labels its parts.
fn run(ctx: &mut Ctx, a: usize, b: usize) {
    let mut a = a;
    // Determiners, and ordinary words capitalised only by position, stay out.
    while a < b {
        let w = ctx.w(a);
        if w == "the" && !ctx.casing.uncertain[a] && b - a >= 2 {
            // "told The Associated Press": a capital The mid-sentence belongs to the name.
            break;
        }
        let ordinary = is_function_word(w) || ctx.casing.uncertain[a] && is_common_word(w) && !known_word(ctx, a) && !is_title(w);
        if ordinary && !hand().orgs.contains_key(key(ctx, a, b).as_str()) {
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
            let w = ctx.w(q);
            if is_word(ctx, q) && (is_function_word(w) || is_common_word(w) && !known_word(ctx, q)) && !is_title(w) {
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
    let words: Vec<&str> = (a..b).map(|k| ctx.w(k)).collect();
    let whole = key(ctx, a, b);
    let h = hand();
    // 1. Known as a whole.
    if let Some((label, _)) = h.orgs.get(whole.as_str()) {
        return ctx.add(a, b, *label, true);
    }
    if is_place(&whole) && !(b - a == 1 && ctx.casing.uncertain[a] && is_common_word(&whole)) {
        return ctx.add(a, b, Label::LOC, true);
    }
    // 2. Titles stay outside: "Ukrainian President Volodymyr Zelensky", "Kremlin Spokesman".
    if let Some(p) = (a..b).rev().find(|&p| is_title(words[p - a])) {
        let rest_ok = p + 1 < b && is_word(ctx, p + 1) && {
            let r = ctx.w(p + 1);
            is_given_name(r) || !is_common_word(r) && !org_head(r)
        };
        if rest_ok && head_label(&words[p + 1 - a..]).is_none() {
            prefix(ctx, a, p);
            return person_or_name(ctx, p + 1, b);
        }
        if p + 1 == b && b - a > 1 && !org_head(words[b - 1 - a]) {
            // A title at the end: "Kremlin Spokesman", "Prime Minister".
            return prefix(ctx, a, p);
        }
        if b - a == 1 {
            return;
        }
    }
    // 3. Hyphenated: "Russia-Ukraine", "Pro-Russian"; but "OVD-Info", "Coca-Cola" stay whole.
    if let Some(hy) = (a..b).find(|&k| ctx.t(k) == "-") {
        let left = key(ctx, a, hy);
        let right = key(ctx, hy + 1, b);
        let known = |s: &str| is_place(s) || is_demonym(s) || h.orgs.contains_key(s);
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
        if head_label(&words).is_none() {
            part(ctx, a, and);
            return part(ctx, and + 1, b);
        }
    }
    // 5. A nationality or country in front of a name: "Russian Defense Ministry", "UK Ministry of Defence".
    if b - a >= 2 && ctx.t(a + 1) != "-" {
        let lead = words[0];
        let lead_label = if is_demonym(lead) {
            Some(Label::NORP)
        } else if is_place(lead) {
            Some(Label::LOC)
        } else {
            h.orgs.get(lead).map(|(l, _)| *l)
        };
        if let Some(lead_label) = lead_label {
            let rest = &words[1..];
            let single_head = rest.len() == 1 && org_head(rest[0]);
            if !single_head && !is_place(&key(ctx, a, b)) && !(rest.len() == 1 && super::heads::loc_head(rest[0])) {
                ctx.add(a, a + 1, lead_label, true);
                return part(ctx, a + 1, b);
            }
        }
    }
    // 6. Head words.
    if let Some(label) = head_label(&words) {
        return ctx.add(a, b, label, true);
    }
    if b - a >= 2 && ctx.doc.tokens[b - 1].kind == TokenKind::Number {
        return ctx.add(a, b, Label::MISC, true);
    }
    // 7. "of" that is not inside a known kind of name splits it ("Putin of Russia").
    if let Some(of) = (a + 1..b).find(|&k| ctx.t(k) == "of" || ctx.t(k) == "for" || ctx.t(k) == "on") {
        part(ctx, a, of);
        let r = if ctx.t(of + 1) == "the" { of + 2 } else { of + 1 };
        return part(ctx, r, b);
    }
    // 8. Nationality words.
    if is_demonym(&whole) {
        return ctx.add(a, b, Label::NORP, true);
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
        if let Some((label, _)) = h.orgs.get(w) {
            ctx.add(k, k + 1, *label, true);
        } else if is_demonym(w) {
            ctx.add(k, k + 1, Label::NORP, true);
        } else if is_place(w) && !is_common_word(w) {
            ctx.add(k, k + 1, Label::LOC, true);
        }
    }
}

/// What is left: a person's name, an acronym, or something only the context can tell.
fn person_or_name(ctx: &mut Ctx, a: usize, b: usize) {
    if a >= b {
        return;
    }
    let n = b - a;
    let first = ctx.w(a);
    let t_first = ctx.t(a);
    let before = if a > 0 { ctx.w(a - 1) } else { "" };
    let before2 = if a > 1 { ctx.w(a - 2) } else { "" };
    let after = ctx.w(b);
    let uncertain = ctx.casing.uncertain[a];
    // Context first: it beats the shape of the word.
    if is_title(before) || matches!(before, "mr" | "mrs" | "ms" | "dr" | "mr." | "mrs." | "ms." | "dr.") {
        return ctx.add(a, b, Label::PERSON, true);
    }
    if before == "of" && is_settlement_noun(before2) || is_place_designator(after) && !first_upper(ctx.t(b)) && n <= 2 {
        return ctx.add(a, b, Label::LOC, true);
    }
    if n == 1 && (all_caps(t_first) && t_first.chars().count() <= 6 || inner_capital(t_first)) {
        return ctx.add(a, b, Label::ORG, true);
    }
    if n <= 4 && is_given_name(first) && !(uncertain && is_common_word(first) && n == 1) {
        // "Lloyd Austin", "Hanna Malyar"; a lone "Phillip" too.
        if n > 1 || !is_place(first) {
            return ctx.add(a, b, Label::PERSON, n > 1 || !uncertain);
        }
    }
    if n == 1 && ctx.t(a).chars().count() == 1 {
        return; // a lone capital letter
    }
    let hint = if n >= 2 && n <= 4 {
        Some(Label::PERSON)
    } else if n == 1 && is_locative_preposition(before) {
        Some(Label::LOC)
    } else if n == 1 && is_speech_verb(after) {
        Some(Label::PERSON)
    } else {
        None
    };
    ctx.pending.push(Pending { first: a, end: b, hint, uncertain });
}

/// No case information: only the lists decide, longest match first.
fn caseless(ctx: &mut Ctx) {
    let h = hand();
    let max = h.org_max_words.max(4);
    for si in 0..ctx.doc.sentences.len() {
        let s = ctx.doc.sentences[si];
        let mut i = s.first;
        'tokens: while i < s.end {
            if ctx.taken[i] || !is_word(ctx, i) || is_function_word(ctx.w(i)) {
                i += 1;
                continue;
            }
            for n in (1..=max.min(s.end - i)).rev() {
                if (i..i + n).any(|k| ctx.taken[k]) || !is_word(ctx, i + n - 1) {
                    continue;
                }
                let k = key(ctx, i, i + n);
                let common = n == 1 && is_common_word(&k);
                let label = if let Some((l, written)) = h.orgs.get(k.as_str()) {
                    // Short acronyms that are also words ("who", "ap") only in capitals.
                    (!common || written.chars().all(|c| !c.is_lowercase()) && all_caps(ctx.t(i))).then_some(*l)
                } else if is_place(&k) && !common {
                    Some(Label::LOC)
                } else if is_demonym(&k) {
                    Some(Label::NORP)
                } else {
                    None
                };
                if let Some(l) = label {
                    ctx.add(i, i + n, l, true);
                    i += n;
                    continue 'tokens;
                }
            }
            // A given name followed by a word that is no ordinary word: a person.
            let w = ctx.w(i);
            if is_given_name(w) && !is_common_word(w) && i + 1 < s.end && is_word(ctx, i + 1) && !ctx.taken[i + 1] {
                let next = ctx.w(i + 1);
                if !is_common_word(next) && !is_function_word(next) {
                    ctx.add(i, i + 2, Label::PERSON, true);
                    i += 2;
                    continue;
                }
            }
            i += 1;
        }
    }
}
