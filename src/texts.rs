//! The `text` of every entity and span in the results, filled in last from their byte offsets.
//!
//! `annotate` runs the entity and claim stages without making these strings (the stages read
//! the document where they need a mention's or a span's text) and fills them in once the
//! tokens and every stage's working state are freed. A long text has hundreds of thousands of
//! them, each a small allocation with its allocator overhead: made during the claim stage they
//! were about a sixth of the peak memory (issue #7); made last they reuse memory already freed.
//! (Natively most are short enough to live inline in their `model::Text`, with no allocation.)
//! The public `entities::recognize` and `claims::extract` still return their texts filled.

use crate::entities::Mention;
use crate::model::{Claim, Entity, Span, Text};

/// The entities of the mentions, each with its text `text[start..end]` (byte offsets), or
/// with an empty one when `fill` is false (`Texts::None` in `annotate_filling`).
pub(crate) fn entities(text: &str, mentions: &[Mention], fill: bool) -> Vec<Entity> {
    let mut out = Vec::new();
    push_entities(&mut out, text, mentions, fill, 0);
    out
}

/// `entities`, appended to `out` with their offsets moved `by` bytes on: a long text's
/// sections write theirs straight into the whole text's list (`sections`), rather than into a
/// list of their own that is then copied (a 10 MB text's entities are ~10 MB).
pub(crate) fn push_entities(out: &mut Vec<Entity>, text: &str, mentions: &[Mention], fill: bool, by: usize) {
    let text_of = |m: &Mention| if fill { piece(text, m.range().start, m.range().end) } else { Text::default() };
    let entity = |m: &Mention| Entity { start: m.range().start + by, end: m.range().end + by, text: text_of(m), label: m.label, group: m.group() };
    out.extend(mentions.iter().map(entity));
}

/// Sets the text of every span of each claim (source, cue, content, figures, unverified marker).
pub(crate) fn fill_claims(text: &str, claims: &mut [Claim]) {
    // One loop per list rather than one over their chain: the chain's state machine branched
    // on which list it was in at every span (an indirect jump, mostly mispredicted).
    for c in claims {
        for list in [&mut c.source[..], &mut c.cue[..], &mut c.content[..], &mut c.figures[..]] {
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
fn piece(text: &str, start: usize, end: usize) -> Text {
    Text::from(text.get(start..end).unwrap_or_default())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::{annotate, Options};

    /// Natively, the result's short strings (names, cue words) need no allocation of their own
    /// (`model::Text`): the result of an article holds thousands of them.
    #[test]
    fn short_texts_are_kept_inline() {
        let text = "“We will not give up,” Zoë Lee, the deputy minister of defence of Ukraine, told reporters in Kyiv 👍🏽 on Monday. \
                    Officials said the talks, which began in Geneva, would resume “as soon as the Ministry of Defence of the United Kingdom agrees to it.”";
        let ann = annotate(text, &Options::default());
        let spans = ann.claims.iter().flat_map(|c| c.source.iter().chain(&c.cue).chain(&c.content));
        let texts: Vec<&crate::Text> = ann
            .entities
            .iter()
            .map(|e| &e.text)
            .chain(spans.map(|s| &s.text))
            .chain(ann.entity_groups.iter().map(|g| &g.canonical))
            .chain(ann.sources.iter().flat_map(|s| [Some(&s.name), s.role.as_ref(), s.affiliation.as_ref()]).flatten())
            .collect();
        let short: Vec<_> = texts.into_iter().filter(|t| t.len() <= 24).collect();
        assert!(short.len() >= 8, "the text gives short strings of every kind: {short:?}");
        assert!(short.iter().all(|t| !t.is_heap_allocated()), "{short:?}");
    }

    /// Natively, a claim's source, cue and content of one span each need no allocation of their
    /// own either (`model::Spans`); a content split around its cue has two.
    #[test]
    fn single_spans_are_kept_inline() {
        let text = "“We will not give up,” Zoë Lee told reporters. Officials said the talks would resume. \
                    “The bridge,” the mayor said, “is closed.”";
        let ann = annotate(text, &Options::default());
        let lists = || ann.claims.iter().flat_map(|c| [&c.source, &c.cue, &c.content]);
        assert!(lists().filter(|l| l.len() == 1).count() >= 6, "{:?}", ann.claims);
        assert!(lists().filter(|l| l.len() == 1).all(|l| !l.spilled()), "{:?}", ann.claims);
        assert!(ann.claims.iter().any(|c| c.content.len() == 2), "a split quotation: {:?}", ann.claims);
    }
}
