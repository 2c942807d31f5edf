//! Sources in reading order with their badge numbers and colour slots, as the web page
//! (www/js/model.js) assigns them: named sources by claim count then name, then unnamed ones,
//! then claims whose source the text does not give.

use crate::model::{Annotations, Label, Source};

/// Number of distinct source colours (the Okabe-Ito palette without black), as on the page.
pub const PALETTE_SIZE: usize = 7;

/// How a source is coloured: a palette slot, the grey of unnamed sources, or "no source".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Colour {
    Slot(usize),
    Anonymous,
    Unknown,
}

impl Colour {
    /// The page's class suffix: `c-0` … `c-6`, `c-anon`, `c-none`.
    pub fn class(self) -> String {
        match self {
            Colour::Slot(i) => format!("c-{i}"),
            Colour::Anonymous => "c-anon".to_string(),
            Colour::Unknown => "c-none".to_string(),
        }
    }
}

/// One entry of the sources list; `source` is `None` for the claims without a source.
#[derive(Clone, Debug)]
pub struct SourceView<'a> {
    pub source: Option<&'a Source>,
    /// "Dmitry Peskov", "officials", or "No source given".
    pub name: &'a str,
    /// "S1", "S2" … in list order; "?" for claims without a source.
    pub badge: String,
    pub colour: Colour,
    /// Indices into `Annotations::claims`, in text order.
    pub claims: Vec<usize>,
}

pub const NO_SOURCE: &str = "No source given";

/// The sources that have claims, in the page's order, and last the claims with no source.
pub fn sources(ann: &Annotations) -> Vec<SourceView<'_>> {
    let mut by_source: Vec<Vec<usize>> = vec![Vec::new(); ann.sources.len()];
    let mut unknown = Vec::new();
    for (i, claim) in ann.claims.iter().enumerate() {
        match claim.source_index.filter(|&s| s < by_source.len()) {
            Some(s) => by_source[s].push(i),
            None => unknown.push(i),
        }
    }
    let mut order: Vec<usize> = (0..ann.sources.len()).filter(|&s| !by_source[s].is_empty()).collect();
    // Named first; within each kind, most claims first, then by name, then by roll-up order.
    crate::sort::sort_by(&mut order, |&a, &b| {
        let (sa, sb) = (&ann.sources[a], &ann.sources[b]);
        sa.anonymous
            .cmp(&sb.anonymous)
            .then(by_source[b].len().cmp(&by_source[a].len()))
            .then_with(|| sa.name.cmp(&sb.name))
            .then(a.cmp(&b))
    });
    let mut views = Vec::with_capacity(order.len() + 1);
    let mut slot = 0;
    for (n, &s) in order.iter().enumerate() {
        let source = &ann.sources[s];
        let colour = if source.anonymous {
            Colour::Anonymous
        } else {
            slot += 1;
            Colour::Slot((slot - 1) % PALETTE_SIZE)
        };
        let name = if source.name.trim().is_empty() { "Unnamed source" } else { source.name.as_str() };
        let claims = std::mem::take(&mut by_source[s]);
        views.push(SourceView { source: Some(source), name, badge: format!("S{}", n + 1), colour, claims });
    }
    if !unknown.is_empty() {
        views.push(SourceView { source: None, name: NO_SOURCE, badge: "?".into(), colour: Colour::Unknown, claims: unknown });
    }
    views
}

/// For each claim index, the entry of `views` it belongs to.
pub fn claim_owner(views: &[SourceView<'_>], claims: usize) -> Vec<Option<usize>> {
    let mut owner = vec![None; claims];
    for (v, view) in views.iter().enumerate() {
        for &c in &view.claims {
            if let Some(slot) = owner.get_mut(c) {
                *slot = Some(v);
            }
        }
    }
    owner
}

/// The entities of a result by label (in `Label::ALL` order), each label's names most-mentioned
/// first, written "Name" or "Name ×N"; labels without entities are left out.
pub fn entity_names(ann: &Annotations) -> Vec<(Label, Vec<String>)> {
    let mut out = Vec::new();
    for label in Label::ALL {
        let mut groups: Vec<_> = ann.entity_groups.iter().filter(|g| g.label == label && !g.mentions.is_empty()).collect();
        if groups.is_empty() {
            continue;
        }
        crate::sort::sort_by(&mut groups, |a, b| b.mentions.len().cmp(&a.mentions.len()).then_with(|| a.canonical.cmp(&b.canonical)));
        let names = groups
            .iter()
            .map(|g| match g.mentions.len() {
                1 => g.canonical.to_string(),
                n => format!("{} ×{n}", g.canonical),
            })
            .collect();
        out.push((label, names));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, Options};

    #[test]
    fn named_sources_first_by_claim_count_and_unsourced_claims_last() {
        let text = "“We are ready,” said Joe Biden. Biden said the talks were over. \
                    Officials said 12 people were hurt. Scholz said no. “Never,” a voice shouted.";
        let ann = annotate(text, &Options::default());
        let views = sources(&ann);
        let kinds: Vec<(bool, usize)> =
            views.iter().map(|v| (v.source.map_or(true, |s| s.anonymous), v.claims.len())).collect();
        let mut sorted = kinds.clone();
        sorted.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        assert_eq!(kinds, sorted, "named before unnamed, most claims first: {views:?}");
        let badges: Vec<&str> = views.iter().filter(|v| v.source.is_some()).map(|v| v.badge.as_str()).collect();
        let expected: Vec<String> = (1..=badges.len()).map(|n| format!("S{n}")).collect();
        assert_eq!(badges, expected);
        let total: usize = views.iter().map(|v| v.claims.len()).sum();
        assert_eq!(total, ann.claims.len(), "every claim is listed once");
        assert!(views.iter().any(|v| v.source.is_some_and(|s| !s.anonymous)), "{views:?}");
    }
}
