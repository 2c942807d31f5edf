//! A cue that ends its paragraph with a colon, followed by the words it introduces as a block:
//!
//! ```text
//! The governor added:
//!
//! It is typical of her. She knows nothing about the region.
//! ```
//!
//! A quotation after the colon is found with the quotation chains; this covers the unquoted
//! block, which news sites print as an indented excerpt of a speech, a statement or a broadcast.

use super::content::trim;
use super::quotes::Quotes;
use super::words::Words;
use crate::segment::Sentence;

/// Longest block taken, in sentences: an excerpt, not the rest of the article.
const MAX_SENTENCES: usize = 12;

/// The paragraph after sentence `si`, when `si` ends its paragraph with the cue's colon and the
/// block does not open with a quotation. Reports inside the block are nested attributions of
/// their own ("The governor added: The mayor said …" is the governor's too).
pub fn block_after(w: &Words, q: &Quotes, sentences: &[Sentence], si: usize) -> Option<(usize, usize)> {
    let cur = sentences.get(si)?;
    let next = sentences.get(si + 1)?;
    if next.paragraph <= cur.paragraph || q.opens_at(next.first).is_some() {
        return None;
    }
    let mut last = si + 1;
    while last + 1 < sentences.len() && sentences[last + 1].paragraph == next.paragraph {
        last += 1;
        if last > si + MAX_SENTENCES {
            return None;
        }
    }
    trim(w, q, (next.first, sentences[last].end))
}
