//! Accent folding for the places list: "são paulo" → "sao paulo".
//!
//! The list holds many accented names together with their accent-free spelling, which news
//! text uses as often. `build.rs` leaves out every entry that `fold` makes from another entry
//! and marks that other entry; `lexicon` makes the left-out entries again when it unpacks the
//! list. So the twins cost no download, and the engine sees the same list as the data file.
//! This file is shared with `build.rs` (`#[path]`), so both sides fold the same way.

/// Latin letters whose canonical decomposition is an ASCII letter plus combining marks (those
/// that occur in the places list), and that letter.
const ACCENTED: &str = "àáâãäåçèéêëìíîïñòóôõöúûüýāăąćčēĕėęěğĩīńōŏőřśşšţũūŭźžơưșḍḑḥḩṣẕẖạảấầẩậắằếềệịọỏốồổộớờợủứừựỳỹ";
const PLAIN: &str = "aaaaaaceeeeiiiinooooouuuyaaacceeeeegiinooorssstuuuzzousddhhszhaaaaaaaaeeeiooooooooouuuuyy";

/// The key without its accents: mapped letters become ASCII, combining marks go, every other
/// character stays.
pub fn fold(key: &str) -> String {
    key.chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| if c.is_ascii() { c } else { ACCENTED.chars().position(|a| a == c).and_then(|i| PLAIN.chars().nth(i)).unwrap_or(c) })
        .collect()
}

/// Marks a packed key whose folded twin was left out (a byte no key holds: DEL).
pub const HAS_TWIN: char = '\u{7f}';

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_keeps_other_letters() {
        assert_eq!(ACCENTED.chars().count(), PLAIN.chars().count());
        assert_eq!(fold("são paulo"), "sao paulo");
        assert_eq!(fold("zürich"), "zurich");
        assert_eq!(fold("e\u{301}vian"), "evian");
        assert_eq!(fold("łódź"), "łodz");
        assert_eq!(fold("kyiv"), "kyiv");
    }
}
