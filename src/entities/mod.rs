//! Named entities: mentions tagged with one of seven labels, grouped into real-world things.
//!
//! FIRST VERSION: a small rule tagger over capitalisation and shape; `groups` merges
//! mentions by surname. To be replaced by the lexicon-backed tagger.

mod groups;

use crate::model::{Entity, EntityGroup, Label};
use crate::segment::{Doc, TokenKind};

const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Tags mentions and groups them.
pub fn recognize(doc: &Doc) -> (Vec<Entity>, Vec<EntityGroup>) {
    let mut entities = tag(doc);
    let groups = groups::group(&mut entities);
    (entities, groups)
}

fn tag(doc: &Doc) -> Vec<Entity> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        let mut i = s.first;
        while i < s.end {
            let t = &doc.tokens[i];
            let w = doc.tok(i);
            if t.kind == TokenKind::Number {
                out.push(mention(doc, i, i + 1, Label::NUMBER));
                i += 1;
                continue;
            }
            if MONTHS.contains(&w) || DAYS.contains(&w) {
                out.push(mention(doc, i, i + 1, Label::DATE));
                i += 1;
                continue;
            }
            if t.kind == TokenKind::Word && w.chars().next().is_some_and(char::is_uppercase) {
                let mut j = i + 1;
                while j < s.end
                    && doc.tokens[j].kind == TokenKind::Word
                    && doc.tok(j).chars().next().is_some_and(char::is_uppercase)
                {
                    j += 1;
                }
                let sentence_initial = i == s.first && j == i + 1;
                if !sentence_initial {
                    let label = if j - i >= 2 { Label::PERSON } else { Label::ORG };
                    out.push(mention(doc, i, j, label));
                }
                i = j;
                continue;
            }
            i += 1;
        }
    }
    out
}

fn mention(doc: &Doc, first: usize, end: usize, label: Label) -> Entity {
    let start = doc.tokens[first].start;
    let stop = doc.tokens[end - 1].end;
    Entity { start, end: stop, text: doc.text[start..stop].to_string(), label, group: 0 }
}
