//! Helpers of the claim tests (`tests/claims*.rs`, `tests/claim_bounds.rs`).

use sourcemark::{annotate, Annotations, Claim, Options, Span};

pub fn run(text: &str) -> Annotations {
    annotate(text, &Options::default())
}

pub fn texts(spans: &[Span]) -> Vec<&str> {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// The content spans' texts of the claim whose first cue span is `cue`.
pub fn content<'a>(ann: &'a Annotations, cue: &str) -> Vec<&'a str> {
    texts(&by_cue(ann, cue).content)
}

/// The claim whose first cue span is exactly `cue` (the first such claim).
pub fn by_cue<'a>(ann: &'a Annotations, cue: &str) -> &'a Claim {
    ann.claims
        .iter()
        .find(|c| c.cue.first().is_some_and(|s| s.text == cue))
        .unwrap_or_else(|| panic!("no claim with cue {cue:?} in {:#?}", ann.claims))
}
