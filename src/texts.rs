//! The `text` of every entity and span in the results, filled in last from their byte offsets.
//!
//! `annotate` runs the entity and claim stages without making these strings (the stages read
//! the document where they need a mention's or a span's text) and fills them in once the
//! tokens and every stage's working state are freed. A long text has hundreds of thousands of
//! them, each a small allocation with its allocator overhead: made during the claim stage they
//! were about a sixth of the peak memory (issue #7); made last they reuse memory already freed.
//! The public `entities::recognize` and `claims::extract` still return their texts filled.

use crate::entities::Mention;
use crate::model::{Claim, Entity, Span};

/// The entities of the mentions, each with its text `text[start..end]` (byte offsets), or
/// with an empty one when `fill` is false (`Texts::None` in `annotate_filling`).
pub(crate) fn entities(text: &str, mentions: &[Mention], fill: bool) -> Vec<Entity> {
    let text_of = |m: &Mention| if fill { piece(text, m.range().start, m.range().end) } else { String::new() };
    let entity = |m: &Mention| Entity { start: m.range().start, end: m.range().end, text: text_of(m), label: m.label, group: m.group() };
    mentions.iter().map(entity).collect()
}

/// Sets the text of every span of each claim (source, cue, content, figures, unverified marker).
pub(crate) fn fill_claims(text: &str, claims: &mut [Claim]) {
    // One loop per list rather than one over their chain: the chain's state machine branched
    // on which list it was in at every span (an indirect jump, mostly mispredicted).
    for c in claims {
        for list in [&mut c.source, &mut c.cue, &mut c.content, &mut c.figures] {
            for s in list {
                fill_span(text, s);
            }
        }
        if let Some(s) = &mut c.unverified_by {
            fill_span(text, s);
        }
    }
}

fn fill_span(text: &str, s: &mut Span) {
    s.text = piece(text, s.start, s.end);
}

/// The offsets come from the stages, at token boundaries: `get` only guards against a bug
/// turning into a panic.
fn piece(text: &str, start: usize, end: usize) -> String {
    text.get(start..end).unwrap_or_default().to_string()
}
