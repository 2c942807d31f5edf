//! Attributions: who (source) says (cue) what (content).
//!
//! FIRST VERSION: reporting verbs after a subject ("X said (that) …", "…, X said."),
//! "according to X", pronoun sources resolved to the nearest preceding person.

use crate::model::{Claim, Entity, EntityGroup, Kind, Label, Span, Stance};
use crate::segment::{Doc, TokenKind};

const CUES: &[&str] = &["said", "says", "told", "claimed", "stated", "added", "noted", "warned", "announced"];
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "He", "She", "They", "It"];

pub fn extract(doc: &Doc, entities: &[Entity], groups: &[EntityGroup]) -> Vec<Claim> {
    let mut claims = Vec::new();
    for s in &doc.sentences {
        for i in s.first..s.end {
            let w = doc.tok(i);
            let is_cue = CUES.contains(&w);
            let according = w.eq_ignore_ascii_case("according") && i + 1 < s.end && doc.tok(i + 1) == "to";
            if !is_cue && !according {
                continue;
            }
            if according {
                // "according to X, content" or "content, according to X."
                let src_end = (i + 2..s.end).find(|&k| matches!(doc.tok(k), "," | ".")).unwrap_or(s.end);
                if src_end == i + 2 {
                    continue;
                }
                let source = span(doc, i + 2, src_end);
                let content = if i == s.first { trim_span(doc, src_end + 1, s.end) } else { trim_span(doc, s.first, i) };
                if let Some(content) = content {
                    claims.push(make(doc, entities, groups, Some(source), span(doc, i, i + 2), content));
                }
                continue;
            }
            // Source: the pronoun or capitalised run right before the cue.
            let mut a = i;
            while a > s.first && doc.tokens[a - 1].kind == TokenKind::Word && starts_upper(doc.tok(a - 1)) {
                a -= 1;
            }
            if a == i && i > s.first && PRONOUNS.contains(&doc.tok(i - 1)) {
                a = i - 1;
            }
            if a == i {
                continue;
            }
            let source = span(doc, a, i);
            let content = if a > s.first && matches!(doc.tok(a - 1), "," | "”" | "\"") {
                trim_span(doc, s.first, a)
            } else {
                trim_span(doc, i + 1, s.end)
            };
            if let Some(content) = content {
                claims.push(make(doc, entities, groups, Some(source), span(doc, i, i + 1), content));
            }
        }
    }
    claims
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn span(doc: &Doc, first: usize, end: usize) -> Span {
    let (s, e) = (doc.tokens[first].start, doc.tokens[end - 1].end);
    Span { start: s, end: e, text: doc.text[s..e].to_string() }
}

/// Content tokens `first..end` without the sentence's final full stop or a dangling comma.
fn trim_span(doc: &Doc, first: usize, mut end: usize) -> Option<Span> {
    while end > first && matches!(doc.tok(end - 1), "." | "," | ":") {
        end -= 1;
    }
    (end > first).then(|| span(doc, first, end))
}

fn make(doc: &Doc, entities: &[Entity], groups: &[EntityGroup], source: Option<Span>, cue: Span, content: Span) -> Claim {
    let source_entity = source.as_ref().and_then(|s| resolve(doc, entities, groups, s));
    let quoted = content.text.chars().filter(|c| crate::segment::is_quote_char(*c)).count();
    let kind = if quoted == 0 {
        Kind::Indirect
    } else if content.text.starts_with(['"', '“']) && content.text.trim_end_matches([',', '.']).ends_with(['"', '”']) {
        Kind::Direct
    } else {
        Kind::Mixed
    };
    Claim {
        source: source.into_iter().collect(),
        cue: vec![cue],
        content: vec![content],
        source_entity,
        source_index: None,
        kind,
        stance: Stance::Neutral,
        unverified: false,
        unverified_by: None,
        anonymous: false,
        parent: None,
        figures: Vec::new(),
    }
}

/// The canonical name of the source: an entity inside the span, or for a pronoun the
/// nearest person mentioned before it.
fn resolve(_doc: &Doc, entities: &[Entity], groups: &[EntityGroup], source: &Span) -> Option<String> {
    // Entities are sorted by position: binary search, then look only nearby.
    let at = entities.partition_point(|e| e.start < source.start);
    if let Some(e) = entities.get(at).filter(|e| e.end <= source.end) {
        return Some(groups[e.group].canonical.clone());
    }
    if PRONOUNS.contains(&source.text.as_str()) {
        let e = entities[..at].iter().rev().take(50).find(|e| e.label == Label::PERSON)?;
        return Some(groups[e.group].canonical.clone());
    }
    None
}
