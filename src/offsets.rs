//! The one boundary where offsets change encoding.
//!
//! The pipeline works in UTF-8 byte offsets. A result leaves `annotate` in the encoding the
//! caller asked for: UTF-16 code units for JavaScript, code points for the JSONL exchange
//! format. Only characters outside ASCII make the encodings differ, so the converter stores
//! one entry per non-ASCII character and answers by binary search (no per-byte table: a
//! 10 MB input must not cost 40 MB of index).

use crate::model::{Annotations, OffsetEncoding};

/// Converts UTF-8 byte offsets of one text to another encoding.
pub struct OffsetConverter {
    encoding: OffsetEncoding,
    /// For each non-ASCII character: (byte offset just after it, units saved so far), where
    /// "saved" is the number of UTF-8 bytes minus the number of target units, cumulative.
    steps: Vec<(usize, usize)>,
}

impl OffsetConverter {
    pub fn new(text: &str, encoding: OffsetEncoding) -> Self {
        let mut steps = Vec::new();
        if encoding != OffsetEncoding::Utf8 && !text.is_ascii() {
            let mut saved = 0usize;
            for (i, c) in text.char_indices() {
                let bytes = c.len_utf8();
                if bytes > 1 {
                    let units = match encoding {
                        OffsetEncoding::Utf16 => c.len_utf16(),
                        _ => 1,
                    };
                    saved += bytes - units;
                    steps.push((i + bytes, saved));
                }
            }
        }
        OffsetConverter { encoding, steps }
    }

    pub fn encoding(&self) -> OffsetEncoding {
        self.encoding
    }

    /// Converts a byte offset that lies on a character boundary.
    pub fn convert(&self, byte: usize) -> usize {
        if self.steps.is_empty() {
            return byte;
        }
        // Last step whose end is <= byte: its cumulative saving applies.
        let idx = self.steps.partition_point(|&(end, _)| end <= byte);
        if idx == 0 {
            byte
        } else {
            byte - self.steps[idx - 1].1
        }
    }
}

/// Rewrites every offset of `ann` (which must be in UTF-8) into `encoding`.
pub fn reencode(ann: &mut Annotations, text: &str, encoding: OffsetEncoding) {
    debug_assert_eq!(ann.offsets, OffsetEncoding::Utf8);
    if encoding == OffsetEncoding::Utf8 {
        return;
    }
    let conv = OffsetConverter::new(text, encoding);
    let fix = |start: &mut usize, end: &mut usize| {
        *start = conv.convert(*start);
        *end = conv.convert(*end);
    };
    for e in &mut ann.entities {
        fix(&mut e.start, &mut e.end);
    }
    for c in &mut ann.claims {
        let spans = c
            .source
            .iter_mut()
            .chain(c.cue.iter_mut())
            .chain(c.content.iter_mut())
            .chain(c.figures.iter_mut())
            .chain(c.unverified_by.iter_mut());
        for s in spans {
            fix(&mut s.start, &mut s.end);
        }
    }
    ann.text_length = conv.convert(text.len());
    ann.offsets = encoding;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        for enc in [OffsetEncoding::Utf16, OffsetEncoding::Codepoint] {
            let conv = OffsetConverter::new(text, enc);
            for (b, c) in text.char_indices().chain([(text.len(), ' ')]) {
                let _ = c;
                let prefix = &text[..b];
                let want = match enc {
                    OffsetEncoding::Utf16 => prefix.encode_utf16().count(),
                    _ => prefix.chars().count(),
                };
                assert_eq!(conv.convert(b), want, "{enc:?} at byte {b} of {text:?}");
            }
        }
    }

    #[test]
    fn ascii_is_identity() {
        check("Putin said it.");
    }

    #[test]
    fn accents_emoji_and_cjk() {
        check("Zelenskyy’s café 👍🏽 said “東京” and 👨‍👩‍👧 then Ελλάδα.");
        check("🇺🇦🇺🇦 flags first, then text");
        check("e\u{301} combining");
    }
}
