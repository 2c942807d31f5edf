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
        if encoding != OffsetEncoding::Utf8 {
            // Byte by byte rather than char by char: ASCII runs (most of the text) are passed
            // eight bytes at a time, and a character's lead byte alone gives its widths.
            let bytes = text.as_bytes();
            let mut saved = 0usize;
            let mut at = next_non_ascii(bytes, 0);
            while at < bytes.len() {
                let width = utf8_width(bytes[at]);
                // Four UTF-8 bytes are a character outside the BMP: a surrogate pair in UTF-16.
                let units = if encoding == OffsetEncoding::Utf16 && width == 4 { 2 } else { 1 };
                saved += width - units;
                at += width;
                steps.push((at, saved));
                at = next_non_ascii(bytes, at);
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

    /// [`convert`](Self::convert) for offsets that mostly come in increasing order (a result's
    /// entities, then its claims): `hint` holds the number of steps before the previous offset,
    /// and the search starts there, walking a few steps forward before it falls back to a
    /// binary search (a jump back, or far ahead).
    fn convert_near(&self, byte: usize, hint: &mut usize) -> usize {
        let steps = &self.steps;
        let mut idx = (*hint).min(steps.len());
        if idx > 0 && steps[idx - 1].0 > byte {
            idx = steps[..idx].partition_point(|&(end, _)| end <= byte);
        } else {
            let walk_end = steps.len().min(idx + 8);
            while idx < walk_end && steps[idx].0 <= byte {
                idx += 1;
            }
            if idx == walk_end {
                idx += steps[idx..].partition_point(|&(end, _)| end <= byte);
            }
        }
        *hint = idx;
        if idx == 0 {
            byte
        } else {
            byte - steps[idx - 1].1
        }
    }

    /// The inverse of [`convert`](Self::convert): the byte offset of an offset in this
    /// converter's encoding. An offset inside a character (half a surrogate pair) gives a byte
    /// inside it too: callers snap it with [`char_boundary`].
    pub fn to_byte(&self, offset: usize) -> usize {
        let idx = self.steps.partition_point(|&(end, saved)| end - saved <= offset);
        if idx == 0 {
            offset
        } else {
            offset + self.steps[idx - 1].1
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
    let mut hint = 0;
    map_offsets(ann, |o| conv.convert_near(o, &mut hint));
    ann.text_length = conv.convert(text.len());
    ann.offsets = encoding;
}

/// Rewrites every offset of a result made from `text`, in whatever encoding it says it uses,
/// into `encoding` (a JavaScript caller's UTF-16 result into code points, say). Offsets past
/// the end of the text are clamped to it.
pub fn convert_result(ann: &mut Annotations, text: &str, encoding: OffsetEncoding) {
    if ann.offsets != OffsetEncoding::Utf8 {
        let back = OffsetConverter::new(text, ann.offsets);
        map_offsets(ann, |o| char_boundary(text, back.to_byte(o)));
        ann.offsets = OffsetEncoding::Utf8;
    }
    ann.text_length = text.len();
    reencode(ann, text, encoding);
}

/// The first character boundary of `text` at or after `byte` (its length past the end).
pub fn char_boundary(text: &str, byte: usize) -> usize {
    (byte..text.len()).find(|&b| text.is_char_boundary(b)).unwrap_or(text.len())
}

/// The first byte at or after `at` outside ASCII (the length of `bytes` if none is).
fn next_non_ascii(bytes: &[u8], mut at: usize) -> usize {
    use crate::ascii_words::HIGH;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let high = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) & HIGH;
        if high != 0 {
            return at + (high.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let rest = bytes.get(at..).unwrap_or_default();
    at + rest.iter().position(|b| !b.is_ascii()).unwrap_or(rest.len())
}

/// The length in bytes of the UTF-8 character whose first byte is `lead` (a byte outside ASCII
/// that starts a character).
fn utf8_width(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    }
}

/// Applies `f` to every start and end offset of `ann`.
fn map_offsets(ann: &mut Annotations, mut f: impl FnMut(usize) -> usize) {
    let mut fix = |start: &mut usize, end: &mut usize| {
        *start = f(*start);
        *end = f(*end);
    };
    for e in &mut ann.entities {
        fix(&mut e.start, &mut e.end);
    }
    // One loop per list rather than one over their chain (see `texts::fill_claims`).
    for c in &mut ann.claims {
        for list in [&mut c.source[..], &mut c.cue[..], &mut c.content[..], &mut c.figures[..]] {
            for s in list {
                fix(&mut s.start, &mut s.end);
            }
        }
        if let Some(s) = &mut c.unverified_by {
            fix(&mut s.start, &mut s.end);
        }
    }
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
                assert_eq!(conv.to_byte(want), b, "{enc:?} back to byte {b} of {text:?}");
            }
        }
    }

    #[test]
    fn a_search_from_the_previous_offset_agrees_with_the_binary_search() {
        let text = "Zelenskyy’s café 👍🏽 said “東京” and 👨‍👩‍👧 then Ελλάδα. ".repeat(20);
        let bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
        for enc in [OffsetEncoding::Utf16, OffsetEncoding::Codepoint] {
            let conv = OffsetConverter::new(&text, enc);
            // In order, backwards, and jumping back and forth by every stride.
            let mut orders: Vec<Vec<usize>> = vec![bounds.clone(), bounds.iter().rev().copied().collect()];
            for stride in [3, 17, 101] {
                orders.push((0..bounds.len()).map(|i| bounds[i * stride % bounds.len()]).collect());
            }
            for order in orders {
                let mut hint = 0;
                for b in order {
                    assert_eq!(conv.convert_near(b, &mut hint), conv.convert(b), "{enc:?} at byte {b}");
                }
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

    #[test]
    fn a_utf16_result_converts_to_code_points_like_a_fresh_one() {
        let text = "🇺🇦 Zoë said “東京 👍🏽 is far”, Volodymyr Zelenskyy told reporters in Kyiv on Monday.";
        let fresh = |enc| crate::annotate(text, &crate::Options { offsets: Some(enc), ..Default::default() });
        let mut converted = fresh(OffsetEncoding::Utf16);
        convert_result(&mut converted, text, OffsetEncoding::Codepoint);
        assert_eq!(converted, fresh(OffsetEncoding::Codepoint));
        assert!(!converted.entities.is_empty());
    }

    #[test]
    fn offsets_inside_a_character_or_past_the_end_snap_to_a_boundary() {
        let text = "a👍b";
        let mut ann = crate::annotate(text, &crate::Options { offsets: Some(OffsetEncoding::Utf16), ..Default::default() });
        ann.entities.push(crate::Entity { start: 2, end: 99, text: Default::default(), label: crate::Label::MISC, group: 0 });
        convert_result(&mut ann, text, OffsetEncoding::Codepoint);
        let e = ann.entities.last().unwrap();
        assert_eq!((e.start, e.end), (2, 3));
    }
}
