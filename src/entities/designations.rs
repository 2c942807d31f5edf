//! Organisations written in lower case: "the ministry of defence", "its defense ministry",
//! "the Russian security council", "the Ukrainian presidential office".
//!
//! Only after a determiner, a possessive or a nationality/country mention, so that a generic
//! "a ministry" or "defence ministries" is left alone.

use super::words::among;
use super::Ctx;
use crate::model::Label;

/// Subject words of a ministry or department ("defence ministry", "ministry of defence").
pub(crate) const PORTFOLIO_LIST: &[&str] = &["agriculture", "communications", "culture", "defence", "defense", "digital", "economic", "economy", "education", "emergencies", "emergency", "energy", "environment", "finance", "foreign", "health", "home", "information", "interior", "justice", "labor", "labour", "state", "trade", "transport", "treasury", "war"];


fn body(w: &str) -> bool {
    among(w, &["ministry", "department", "office", "council", "staff", "district", "committee", "service", "administration", "parliament", "cabinet"])
}

/// Adjectives that make a body a specific one ("security council", "presidential office").
pub(crate) const BODY_MODIFIER_LIST: &[&str] = &["border", "central", "eastern", "federal", "general", "intelligence", "investigative", "migration", "military", "national", "northern", "presidential", "prosecutor", "prosecutor's", "security", "southern", "tax", "western"];


pub fn find(ctx: &mut Ctx) {
    let n = ctx.doc.tokens.len();
    let mut i = 0;
    while i < n {
        // Every designation starts with "ministry" or a listed word (`designation_at`): that
        // test first, on the token's classes, rules out nearly every token (the walk goes
        // straight to the next token with one of these bits: `starts_designation` needs one).
        i = ctx.next_with(i, n, super::classes::PORTFOLIO | super::classes::BODY_MODIFIER | super::classes::ORG_HEAD);
        if i >= n {
            break;
        }
        if ctx.taken[i] || !starts_designation(ctx, i) || !introduces(ctx, i) {
            i += 1;
            continue;
        }
        let start = i;
        if let Some(end) = designation_at(ctx, start) {
            ctx.add(start, end, Label::ORG, true);
            i = end;
        } else {
            i += 1;
        }
    }
}

/// The word at `i` can open `designation_at`'s match: "ministry", or a portfolio or body
/// modifier (its first modifier).
fn starts_designation(ctx: &Ctx, i: usize) -> bool {
    // ("ministry" is a head word: its form is compared only for those.)
    ctx.is(i, super::classes::PORTFOLIO | super::classes::BODY_MODIFIER) || ctx.is(i, super::classes::ORG_HEAD) && ctx.w(i) == "ministry"
}

fn lower_word(ctx: &Ctx, k: usize) -> bool {
    // (A word token, false past the end, not capitalised: from the token's bits.)
    ctx.is(k, super::classes::WORD_TOKEN) && !ctx.is(k, super::classes::CAPITALISED_WORD) && !ctx.taken[k]
}

/// Token `i` may start a designation: something determines it right before.
fn introduces(ctx: &Ctx, i: usize) -> bool {
    if i == 0 || !lower_word(ctx, i) {
        return false;
    }
    let p = i - 1;
    let pw = ctx.w(p);
    matches!(pw, "the" | "its" | "their" | "his" | "her" | "our" | "'s" | "’s")
        || ctx.taken[p] && ctx.found_label_at(p).is_some_and(|l| matches!(l, Label::NORP | Label::LOC | Label::ORG))
}

fn designation_at(ctx: &Ctx, i: usize) -> Option<usize> {
    let w = |k: usize| if lower_word(ctx, k) { ctx.w(k) } else { "" };
    // `portfolio(w(k))` and `body_modifier(w(k))` from the token's classes ("" is on no list).
    let portfolio = |k: usize| lower_word(ctx, k) && ctx.is(k, super::classes::PORTFOLIO);
    let body_modifier = |k: usize| lower_word(ctx, k) && ctx.is(k, super::classes::BODY_MODIFIER);
    // "ministry of (the) defence", "ministry of foreign affairs"
    if w(i) == "ministry" && w(i + 1) == "of" {
        let mut k = i + 2;
        if w(k) == "the" {
            k += 1;
        }
        if portfolio(k) {
            return Some(if w(k + 1) == "affairs" { k + 2 } else { k + 1 });
        }
        return None;
    }
    // "defence ministry", "foreign affairs ministry", "security council", "general staff",
    // "southern military district", "presidential office"
    let mut k = i;
    let mut mods = 0;
    while mods < 3 && (portfolio(k) || body_modifier(k) || w(k) == "affairs" && mods > 0) {
        k += 1;
        mods += 1;
    }
    if mods == 0 || !body(w(k)) {
        return None;
    }
    let head = w(k);
    let first = w(i);
    let ok = match head {
        "ministry" | "department" => (i..k).any(portfolio),
        "staff" => first == "general",
        "district" => (i..k).any(|m| w(m) == "military"),
        "office" => matches!(first, "presidential" | "foreign" | "home" | "prosecutor" | "prosecutor's"),
        "council" => (i..k).any(|m| w(m) == "security"),
        _ => (i..k).any(|m| matches!(w(m), "security" | "intelligence" | "investigative" | "border" | "migration" | "tax")),
    };
    ok.then_some(k + 1)
}
