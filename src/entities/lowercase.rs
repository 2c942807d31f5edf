//! Place names written in lower case ("from chicago", "the kyiv regime"), found only with
//! support from the context, in texts that otherwise use capitals.

use super::groups::NameKeys;
use super::{classes, lexicon, variants, words, Ctx, FastMap};
use crate::model::Label;
use crate::segment::TokenKind;

/// Place names written in lower case ("from chicago", "kyiv regime"): only names that are not
/// ordinary words, and only in texts that otherwise use capitals.
pub(crate) fn places(ctx: &mut Ctx) {
    if ctx.casing.caseless {
        return;
    }
    let n = ctx.doc.tokens.len();
    // The keys of the places tagged so far, in one string (`NameKeys`), and a set of them (a map
    // of the spellings' table type, values unused: one copy of the hash table code in WebAssembly).
    let mut place_keys = NameKeys::with_capacity(ctx.found.len());
    for f in ctx.found.iter().filter(|f| f.label == Label::LOC) {
        let out = place_keys.open();
        let start = out.len();
        ctx.push_key(f.first as usize, f.end as usize, out, start);
        place_keys.close();
    }
    let places: FastMap<&str, u32> = (0..place_keys.len()).map(|i| (place_keys.get(i), 0)).collect();
    let mut key = String::new();
    let mut skel = String::new();
    let mut i = 0;
    while i < n {
        let token = &ctx.doc.tokens[i];
        // Every match below is a listed place starting with this word, a word written in lower
        // case, of three bytes or more. (Both class bits first, in one test: together they rule
        // out nearly every token, and its text is never read.)
        if !ctx.is_all(i, classes::PLACE_START | classes::LOWER_WORD) || ctx.taken[i] || token.end() - token.start < 3 {
            i += 1;
            continue;
        }
        // The context is required anyway: check it before any lookup (most words fail it).
        let before = if i > 0 { ctx.w(i - 1) } else { "" };
        let near_place = i > 0 && ctx.found_label_at(i - 1) == Some(Label::LOC) || (i + 1..(i + 4).min(n)).any(|k| ctx.found_label_at(k) == Some(Label::LOC));
        let supported = i > 0 && ctx.is(i - 1, classes::LOCATIVE_PREPOSITION) && !matches!(before, "via" | "through") || near_place || {
            variants::name_key_into(ctx.w(i), &mut skel);
            places.contains_key(skel.as_str())
        };
        let mut matched = 0;
        for len in (1..=3usize).rev() {
            if !supported || i + len > n || (i..i + len).any(|k| ctx.taken[k] || ctx.doc.tokens[k].kind() != TokenKind::Word || ctx.doc.tokens[k].newline_before() && k > i) {
                continue;
            }
            key.clear();
            for k in i..i + len {
                if k > i {
                    key.push(' ');
                }
                key.push_str(ctx.w(k));
            }
            let short = len == 1 && key.len() < 4;
            // (One word's list tests read its class bits; a longer key is looked up.)
            let place = if len == 1 { ctx.is(i, classes::PLACE) } else { lexicon::is_place(&key) };
            if !short && place && !(len == 1 && ctx.is(i, classes::COMMON_WORD | classes::FUNCTION_WORD)) && lowercase_place_context(ctx, i, i + len, &key, &places, &mut skel) {
                matched = len;
                // "tampa bay", "hudson river": a geographic head right after belongs to the name.
                let next = i + len;
                if next < n && !ctx.taken[next] && words::among(ctx.w(next), &["bay", "river", "lake", "island", "islands", "valley", "county", "beach", "mountains", "sea"]) {
                    matched += 1;
                }
                break;
            }
        }
        if matched > 0 {
            ctx.add(i, i + matched, Label::LOC, false);
            i += matched;
        } else {
            i += 1;
        }
    }
}

/// A lower-case place name needs support: a preposition of place before it, a place next to it
/// ("miramar florida"), or the same name capitalised and tagged as a place elsewhere.
fn lowercase_place_context(ctx: &Ctx, first: usize, end: usize, key: &str, places: &FastMap<&str, u32>, skel: &mut String) -> bool {
    let before = if first > 0 { ctx.w(first - 1) } else { "" };
    if first > 0 && ctx.is(first - 1, classes::LOCATIVE_PREPOSITION) && !matches!(before, "via" | "through") {
        return true;
    }
    if first > 0 && ctx.found_label_at(first - 1) == Some(Label::LOC) || ctx.found_label_at(end) == Some(Label::LOC) {
        return true;
    }
    variants::name_key_into(key, skel);
    places.contains_key(skel.as_str())
}
