//! The byte ranges of every finding's content pieces, worked out once when the contents are
//! final, for the passes that read them after: the claim kind, the figures, the repeated-claim
//! search of `mark_unverified` and the spans themselves.
//!
//! Each pass used to look a piece's first and last tokens up again. By those last passes a long
//! text's token list is far out of the caches, and those look-ups were trips to memory, several
//! a claim (issue #7: a 10 MB text took more than ten times a 1 MB one).

use super::clauses::Found;
use crate::segment::Doc;

pub(super) struct ContentBytes {
    /// Every finding's non-empty pieces in order: byte offsets (below 4 GiB: `segment::tokenize`).
    ranges: Vec<(u32, u32)>,
    /// Per finding: where its pieces end in `ranges` (each starts where the one before ends).
    ends: Vec<u32>,
}

impl ContentBytes {
    pub(super) fn new(doc: &Doc, found: &[Found]) -> ContentBytes {
        let pieces = found.iter().map(|f| f.content.len()).sum();
        let mut ranges = Vec::with_capacity(pieces);
        let mut ends = Vec::with_capacity(found.len());
        for f in found {
            for &(a, b) in f.content.iter().filter(|(a, b)| a < b) {
                ranges.push((doc.tokens[a].start, doc.tokens[b - 1].end()));
            }
            ends.push(ranges.len() as u32);
        }
        ContentBytes { ranges, ends }
    }

    /// The byte ranges of finding `i`'s non-empty content pieces (token ranges `a < b`), in order.
    pub(super) fn of(&self, i: usize) -> impl Iterator<Item = (usize, usize)> + Clone + '_ {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.ranges[start..self.ends[i] as usize].iter().map(|&(s, e)| (s as usize, e as usize))
    }

    /// Finding `i`'s non-empty content pieces, each as its token range and its byte range.
    pub(super) fn pieces<'a>(&'a self, f: &'a Found, i: usize) -> impl Iterator<Item = ((usize, usize), (usize, usize))> + 'a {
        f.content.iter().copied().filter(|(a, b)| a < b).zip(self.of(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Stance;

    /// Each finding's ranges are those of its non-empty pieces, in order, and stay apart from the
    /// next finding's.
    #[test]
    fn byte_ranges_of_each_findings_pieces() {
        let doc = Doc::new("Zoë said 👍🏽 that talks “failed” in 东京, he added.");
        let found = |content: Vec<(usize, usize)>| Found { source: None, cue: vec![(1, 2)], content, stance: Stance::Neutral, sentence: 0 };
        let found = [found(vec![(2, 4), (5, 5), (6, 8)]), found(vec![]), found(vec![(9, 10)])];
        let bytes = ContentBytes::new(&doc, &found);
        let expect = |a: usize, b: usize| (doc.tokens[a].start as usize, doc.tokens[b - 1].end() as usize);
        assert_eq!(bytes.of(0).collect::<Vec<_>>(), vec![expect(2, 4), expect(6, 8)]);
        assert_eq!(bytes.of(1).count(), 0);
        assert_eq!(bytes.of(2).collect::<Vec<_>>(), vec![expect(9, 10)]);
        let pieces: Vec<_> = bytes.pieces(&found[0], 0).collect();
        assert_eq!(pieces, vec![((2, 4), expect(2, 4)), ((6, 8), expect(6, 8))]);
        assert_eq!(&doc.text[expect(9, 10).0..expect(9, 10).1], doc.tok(9));
    }
}
