//! Texts without case information (all capitals, or no capitals at all): only the lists decide,
//! longest match first, plus a given name followed by a word that is no ordinary word.

use super::classes;
use super::lexicon::{hand, is_common_word, is_demonym, is_given_name, is_place};
use super::names::{is_word, key};
use super::shape::all_caps;
use super::words::is_function_word;
use super::Ctx;
use crate::model::Label;

/// No case information: only the lists decide, longest match first.
pub(crate) fn find(ctx: &mut Ctx) {
    let h = hand();
    let max = h.org_max_words.max(4);
    for si in 0..ctx.doc.sentences.len() {
        let s = ctx.doc.sentences[si];
        let mut i = s.first;
        'tokens: while i < s.end {
            if ctx.taken[i] || !is_word(ctx, i) || ctx.is(i, classes::FUNCTION_WORD) {
                i += 1;
                continue;
            }
            for n in (1..=max.min(s.end - i)).rev() {
                if (i..i + n).any(|k| ctx.taken[k]) || !is_word(ctx, i + n - 1) {
                    continue;
                }
                let k = key(ctx, i, i + n);
                let common = n == 1 && is_common_word(&k);
                let label = if let Some((l, written)) = h.orgs.get(&*k) {
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
