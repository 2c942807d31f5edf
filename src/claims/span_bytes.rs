//! The byte ranges of every finding's source, cue and content pieces, worked out in one pass
//! once the findings are final, for the passes that read them after: the claim kind, the
//! figures, the repeated-claim search of `mark_unverified` and the claims' spans.
//!
//! Each of those passes used to look the first and last token of every piece up again. By then
//! a long text's token list is far out of the caches, and those look-ups were trips to memory,
//! several a claim (issue #7: a 10 MB text took more than twelve times a 1 MB one). Here a
//! finding's tokens are read together, its source, cue and content lying close in the text.

use super::clauses::Found;
use crate::segment::Doc;

pub(super) struct SpanBytes {
    /// Per finding: its source's byte range, if it has one.
    sources: Vec<Option<(u32, u32)>>,
    cues: Ranges,
    /// The non-empty content pieces (token ranges `a < b`) only, as the claims' spans hold.
    contents: Ranges,
}

/// Each finding's byte ranges back to back (offsets below 4 GiB: `segment::tokenize`).
struct Ranges {
    ranges: Vec<(u32, u32)>,
    /// Per finding: where its ranges end in `ranges` (each starts where the one before ends).
    ends: Vec<u32>,
}

impl Ranges {
    fn with_capacity(findings: usize, ranges: usize) -> Ranges {
        Ranges { ranges: Vec::with_capacity(ranges), ends: Vec::with_capacity(findings) }
    }

    fn close(&mut self) {
        self.ends.push(self.ranges.len() as u32);
    }

    fn of(&self, i: usize) -> impl Iterator<Item = (usize, usize)> + Clone + '_ {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.ranges[start..self.ends[i] as usize].iter().map(|&(s, e)| (s as usize, e as usize))
    }
}

impl SpanBytes {
    pub(super) fn new(doc: &Doc, found: &[Found]) -> SpanBytes {
        // From a token range's first token's start to its last token's end; an empty range
        // (a < b fails) stands for its first token, as a claim's source and cue spans take it.
        let bytes = |(a, b): (usize, usize)| (doc.tokens[a].start, doc.tokens[b.max(a + 1) - 1].end());
        let n = found.len();
        let mut sources = Vec::with_capacity(n);
        let mut cues = Ranges::with_capacity(n, found.iter().map(|f| f.cue.len()).sum());
        let mut contents = Ranges::with_capacity(n, found.iter().map(|f| f.content.len()).sum());
        for f in found {
            sources.push(f.source.map(bytes));
            cues.ranges.extend(f.cue.iter().copied().map(bytes));
            cues.close();
            contents.ranges.extend(f.content.iter().copied().filter(|(a, b)| a < b).map(bytes));
            contents.close();
        }
        SpanBytes { sources, cues, contents }
    }

    /// The byte range of finding `i`'s source.
    pub(super) fn source(&self, i: usize) -> Option<(usize, usize)> {
        self.sources[i].map(|(s, e)| (s as usize, e as usize))
    }

    /// The byte ranges of finding `i`'s cue spans, in order.
    pub(super) fn cues(&self, i: usize) -> impl Iterator<Item = (usize, usize)> + Clone + '_ {
        self.cues.of(i)
    }

    /// The byte ranges of finding `i`'s non-empty content pieces, in order.
    pub(super) fn contents(&self, i: usize) -> impl Iterator<Item = (usize, usize)> + Clone + '_ {
        self.contents.of(i)
    }

    /// The non-empty content pieces of finding `i` (which is `f`), each as its token range and
    /// its byte range.
    pub(super) fn content_pieces<'a>(&'a self, f: &'a Found, i: usize) -> impl Iterator<Item = ((usize, usize), (usize, usize))> + 'a {
        f.content.iter().copied().filter(|(a, b)| a < b).zip(self.contents(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Stance;

    /// Each finding's ranges are those of its own source, cues and non-empty content pieces, in
    /// order (an empty source or cue range stands for its first token), apart from the next
    /// finding's; on a text with accents, emoji and CJK.
    #[test]
    fn byte_ranges_of_each_findings_spans() {
        let doc = Doc::new("Zoë said 👍🏽 that talks “failed” in 东京, he added.");
        let found = |source, cue, content| Found { source, cue, content, stance: Stance::Neutral, sentence: 0 };
        let found = [
            found(Some((0, 1)), vec![(1, 2)], vec![(2, 4), (5, 5), (6, 8)]),
            found(None, vec![], vec![]),
            found(Some((11, 11)), vec![(12, 13), (3, 4)], vec![(9, 10)]),
        ];
        let bytes = SpanBytes::new(&doc, &found);
        let at = |a: usize, b: usize| (doc.tokens[a].start as usize, doc.tokens[b - 1].end() as usize);
        assert_eq!(bytes.source(0), Some(at(0, 1)));
        assert_eq!(bytes.cues(0).collect::<Vec<_>>(), vec![at(1, 2)]);
        assert_eq!(bytes.contents(0).collect::<Vec<_>>(), vec![at(2, 4), at(6, 8)]);
        assert_eq!((bytes.source(1), bytes.cues(1).count(), bytes.contents(1).count()), (None, 0, 0));
        assert_eq!(bytes.source(2), Some(at(11, 12)));
        assert_eq!(bytes.cues(2).collect::<Vec<_>>(), vec![at(12, 13), at(3, 4)]);
        assert_eq!(bytes.contents(2).collect::<Vec<_>>(), vec![at(9, 10)]);
        let pieces: Vec<_> = bytes.content_pieces(&found[0], 0).collect();
        assert_eq!(pieces, vec![((2, 4), at(2, 4)), ((6, 8), at(6, 8))]);
        assert_eq!(&doc.text[at(9, 10).0..at(9, 10).1], doc.tok(9));
    }
}
