//! Sourcemark: who said what in a news article.
//!
//! `annotate(text, &options)` runs the pipeline, one module per stage:
//! text → [`segment`] (tokens, sentences) → [`entities`] (mentions, document-level groups)
//! → [`claims`] (attributions) → [`sources`] (roll-up) → [`offsets`] (the caller's encoding).
//! A text over 1 MiB goes through it a section at a time, its groups and sources made over the
//! whole text (`sections`).
//! Nothing here knows about WebAssembly: `wasm` (built only for wasm32) converts at the boundary.

mod ascii_words;
pub mod claims;
pub mod entities;
pub mod exchange;
pub mod model;
pub mod offsets;
pub mod report;
mod sections;
pub mod segment;
mod sort;
pub mod sources;
pub mod spellings;
mod texts;
pub mod web_annotation;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use model::*;

/// Annotates one text. Never panics on any input; linear in the text's length.
///
/// Each thread keeps a vocabulary of the spellings it has met (`spellings::vocab`), with what
/// the stages work out from a word's text alone, so that later articles look their words up
/// once: at most 32,768 spellings (about 4 MB when full, then cleared; room for the first
/// 4,096, about 400 KB, is made on the thread's first call). Results never depend on it: a
/// text gets the same annotations on a fresh thread as after any others.
pub fn annotate(text: &str, options: &Options) -> Annotations {
    annotate_filling(text, options, Texts::All)
}

/// Which `text` fields of a result are filled; the others are left empty (offsets, labels and
/// every other field are the same). Each text is one small allocation, a few hundred an
/// article: a caller that reads some texts from the input by their offsets, or not at all,
/// leaves those out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Texts {
    All,
    /// The entities' texts, not the claims' spans' (the exchange format writes a claim's
    /// spans as offsets only).
    Entities,
    /// None: the Node build's result tape slices every text from the caller's own string
    /// (`wasm::result_tape`).
    #[cfg_attr(not(feature = "result-tape"), allow(dead_code))]
    None,
}

/// `annotate`, filling only the `texts` asked for.
pub(crate) fn annotate_filling(text: &str, options: &Options, texts: Texts) -> Annotations {
    // A long text is read a section at a time, so that the stages' working state stays small.
    let sections::StageOutput { mut entities, mut groups, claims, mut sources } = sections::find(text, options, texts, sections::SECTION_BYTES);
    if !options.entities {
        entities.clear();
        groups.clear();
        for s in &mut sources {
            s.entity_group = None;
        }
    } else if let Some(labels) = &options.labels {
        keep_labels(&mut entities, &mut groups, &mut sources, labels);
    }
    let mut ann = Annotations {
        schema_version: SCHEMA_VERSION,
        offsets: OffsetEncoding::Utf8,
        text_length: text.len(),
        entities,
        entity_groups: groups,
        claims,
        sources,
    };
    offsets::reencode(&mut ann, text, options.offsets.unwrap_or(OffsetEncoding::Utf8));
    ann
}

/// Drops entities (and their groups) whose label the caller did not ask for, keeping indices valid.
fn keep_labels(entities: &mut Vec<Entity>, groups: &mut Vec<EntityGroup>, sources: &mut [Source], labels: &[Label]) {
    let group_map: Vec<Option<usize>> = {
        let mut next = 0;
        groups
            .iter()
            .map(|g| labels.contains(&g.label).then(|| { next += 1; next - 1 }))
            .collect()
    };
    let mut entity_map = vec![None; entities.len()];
    let mut kept = Vec::new();
    for (i, mut e) in std::mem::take(entities).into_iter().enumerate() {
        if let Some(g) = group_map.get(e.group).copied().flatten() {
            if labels.contains(&e.label) {
                e.group = g;
                entity_map[i] = Some(kept.len());
                kept.push(e);
            }
        }
    }
    *entities = kept;
    let old = std::mem::take(groups);
    for (i, mut g) in old.into_iter().enumerate() {
        if let Some(new_id) = group_map[i] {
            g.id = new_id;
            g.mentions = g.mentions.iter().filter_map(|&m| entity_map[m]).collect();
            groups.push(g);
        }
    }
    for s in sources {
        s.entity_group = s.entity_group.and_then(|g| group_map.get(g).copied().flatten());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The result without texts is `annotate`'s with each entity's and span's text emptied:
    /// the same offsets, labels, groups, claims and sources (names included), in every
    /// offset encoding, on a text with accents, emoji and CJK.
    #[test]
    fn without_texts_differs_only_in_the_emptied_texts() {
        let text = "Zoë Lee, a spokeswoman for the Ministry of Defence (MoD), said on Monday that 👍🏽 东京 talks \
                    had “failed”. “We will not give up,” she told reporters in Kyiv. Officials claimed, without \
                    evidence, that 3,000 troops had left.";
        for offsets in [OffsetEncoding::Utf8, OffsetEncoding::Utf16, OffsetEncoding::Codepoint] {
            let options = Options { offsets: Some(offsets), ..Options::default() };
            let mut full = annotate(text, &options);
            let bare = annotate_filling(text, &options, Texts::None);
            assert!(!full.entities.is_empty() && !full.claims.is_empty(), "the text has entities and claims");
            assert!(bare.entities.iter().all(|e| e.text.is_empty()));
            let spans = |c: &Claim| c.source.iter().chain(&c.cue).chain(&c.content).chain(&c.figures).chain(&c.unverified_by).map(|s| s.text.len()).sum::<usize>();
            assert!(bare.claims.iter().all(|c| spans(c) == 0));
            for e in &mut full.entities {
                e.text.clear();
            }
            for c in &mut full.claims {
                for s in c.source.iter_mut().chain(&mut c.cue).chain(&mut c.content).chain(&mut c.figures).chain(&mut c.unverified_by) {
                    s.text.clear();
                }
            }
            assert_eq!(full, bare, "{offsets:?}");
        }
    }

    /// `Texts::Entities` fills the entities' texts as `annotate` does and leaves the spans'.
    #[test]
    fn entities_only_fills_the_entities() {
        let text = "“We will not give up,” Zoë Lee told reporters in Kyiv 👍🏽 on Monday.";
        let full = annotate(text, &Options::default());
        let some = annotate_filling(text, &Options::default(), Texts::Entities);
        assert!(!full.entities.is_empty() && !full.claims.is_empty(), "the text has entities and claims");
        assert_eq!(full.entities, some.entities);
        assert!(some.claims.iter().all(|c| c.cue.iter().chain(&c.content).all(|s| s.text.is_empty())));
        assert!(full.claims.iter().all(|c| c.cue.iter().chain(&c.content).all(|s| !s.text.is_empty())));
    }
}
