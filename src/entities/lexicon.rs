//! Word lists compiled into the binary, and lookups on them.
//!
//! The big generated lists (`data/places.txt`, `data/given_names.txt`, `data/common_words.txt`)
//! are sorted newline-separated lowercase keys. `build.rs` packs them (front coding, a smaller
//! download); on first use a list is unpacked and hashed into a set of its lines.
//! The small hand-written lists are parsed once into hash maps.
//! Sources and licences: `data/SOURCES.md`; the generator: `scripts/build_lexicons.py`.

use super::{classes, fold, FastMap, FastSet};
use crate::model::Label;
use std::sync::OnceLock;

static PLACES: Packed = Packed::new(include_bytes!(concat!(env!("OUT_DIR"), "/places.fc")));
static COUNTRIES: Packed = Packed::new(include_bytes!(concat!(env!("OUT_DIR"), "/countries.fc")));
static GIVEN_NAMES: Packed = Packed::new(include_bytes!(concat!(env!("OUT_DIR"), "/given_names.fc")));
static COMMON_WORDS: Packed = Packed::new(include_bytes!(concat!(env!("OUT_DIR"), "/common_words.fc")));

/// A word list packed by `build.rs`: per key, the count of leading bytes shared with the key
/// before (one byte, below 32: it also ends the key before), then the rest of the key.
struct Packed {
    packed: &'static [u8],
    text: OnceLock<String>,
}

impl Packed {
    const fn new(packed: &'static [u8]) -> Self {
        Packed { packed, text: OnceLock::new() }
    }

    /// The keys, one per line, unpacked on first use. Lookups go through `classes`, whose table
    /// borrows these lines, so it holds no copies.
    fn text(&'static self) -> &'static str {
        self.text.get_or_init(|| with_folded_twins(unpack(self.packed)))
    }
}

/// Makes again the keys `build.rs` left out (see `fold`): each key marked `HAS_TWIN` stands for
/// itself and its accent-free twin. Lists without marks come back unchanged; into marked ones
/// the twins are merged in order, so the text equals the data file.
fn with_folded_twins(unpacked: String) -> String {
    if !unpacked.contains(fold::HAS_TWIN) {
        return unpacked;
    }
    // The keys as written borrow the unpacked text; only the twins are made (a string per key
    // and a sort of them all were most of the engine's first call: issue #7).
    let mut keys: Vec<&str> = Vec::with_capacity(unpacked.len() / 8);
    let mut twins: Vec<String> = Vec::new();
    for line in unpacked.lines() {
        match line.strip_suffix(fold::HAS_TWIN) {
            Some(key) => {
                twins.push(fold::fold(key));
                keys.push(key);
            }
            None => keys.push(line),
        }
    }
    // `build.rs` keeps the keys in order (it marks them after sorting); keys out of order would
    // be sorted with the twins, as strings of their own.
    if !keys.windows(2).all(|w| w[0] <= w[1]) {
        twins.extend(keys.drain(..).map(str::to_string));
    }
    crate::sort::sort(&mut twins);
    // The two sorted lists merged, each key once: two accented spellings can share one twin
    // ("ðông hà", "đông hà"), and a twin can be a key of the list too.
    let mut text = String::with_capacity(unpacked.len() + twins.iter().map(|t| t.len() + 1).sum::<usize>());
    let (mut keys, mut twins) = (keys.into_iter().peekable(), twins.iter().map(String::as_str).peekable());
    let mut last = None;
    loop {
        let key = match (keys.peek(), twins.peek()) {
            (Some(&k), Some(&t)) if t < k => twins.next(),
            (Some(_), _) => keys.next(),
            (None, _) => twins.next(),
        };
        let Some(key) = key else { break };
        if last != Some(key) {
            text.push_str(key);
            text.push('\n');
            last = Some(key);
        }
    }
    text
}

/// Undoes `build.rs`'s front coding. Packed data that does not decode (it cannot, being
/// generated with the binary) gives what decodes up to the fault, never a panic.
fn unpack(packed: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(packed.len() * 2);
    let mut prev_start = 0;
    let mut i = 0;
    while i < packed.len() {
        let shared = usize::from(packed[i]);
        let rest = &packed[i + 1..];
        let len = rest.iter().position(|&b| b < 32).unwrap_or(rest.len());
        let start = out.len();
        let prev_len = if start == 0 { 0 } else { start - prev_start - 1 };
        if shared > prev_len || shared + len == 0 {
            break;
        }
        out.extend_from_within(prev_start..prev_start + shared);
        out.extend_from_slice(&rest[..len]);
        out.push(b'\n');
        prev_start = start;
        i += len + 1;
    }
    String::from_utf8(out).unwrap_or_else(|e| {
        let valid = e.utf8_error().valid_up_to();
        let mut bytes = e.into_bytes();
        bytes.truncate(valid);
        String::from_utf8(bytes).unwrap_or_default()
    })
}
static DEMONYMS: &str = include_str!(concat!(env!("OUT_DIR"), "/demonyms.txt"));
static ORGS: &str = include_str!(concat!(env!("OUT_DIR"), "/orgs.txt"));
static TITLES: &str = include_str!(concat!(env!("OUT_DIR"), "/titles.txt"));

/// Is `key` one of the lines of `list` (sorted by bytes, one key per line)?
pub fn sorted_contains(list: &str, key: &str) -> bool {
    search(list, key, 0, list.len())
}

/// Binary search for the line `key` among the lines inside `list[lo..hi]` (line-aligned bounds).
fn search(list: &str, key: &str, lo: usize, hi: usize) -> bool {
    if key.is_empty() || key.contains('\n') {
        return false;
    }
    let bytes = list.as_bytes();
    let (mut lo, mut hi) = (lo, hi);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The line containing `mid`.
        let start = bytes[lo..mid].iter().rposition(|&b| b == b'\n').map_or(lo, |p| lo + p + 1);
        let end = bytes[mid..hi].iter().position(|&b| b == b'\n').map_or(hi, |p| mid + p);
        let line = &list[start..end];
        match line.cmp(key) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// Lowercases `s` into `buf` (reused by the caller, so lookups do not allocate).
pub fn lower_into<'b>(s: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    for c in s.chars() {
        if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
        } else {
            buf.extend(c.to_lowercase());
        }
    }
    // Typographic apostrophes as in the lists.
    if buf.contains('’') {
        *buf = buf.replace('’', "'");
    }
    buf.as_str()
}

/// Lowercase key: a place (country, city, region, geographic feature)?
pub fn is_place(lower: &str) -> bool {
    classes::has(lower, classes::PLACE)
}

/// Lowercase word: a place, or the first word of a multi-word place ("new" of "new york")? A
/// place name can start at a word only if this holds, so one lookup rules out most words.
pub fn may_start_place(lower: &str) -> bool {
    classes::has(lower, classes::PLACE_START)
}

/// Lowercase key: a country?
pub fn is_country(lower: &str) -> bool {
    classes::has(lower, classes::COUNTRY)
}

/// Lowercase key: a given name?
pub fn is_given_name(lower: &str) -> bool {
    classes::has(lower, classes::GIVEN_NAME)
}

/// Lowercase key: one of the most frequent English words (names and places removed)?
pub fn is_common_word(lower: &str) -> bool {
    classes::has(lower, classes::COMMON_WORD)
}

/// Hands every key of these lists, with its class, to `add` (for `classes`' table).
pub(crate) fn each_entry(add: &mut impl FnMut(&'static str, classes::Bits)) {
    for place in PLACES.text().lines() {
        add(place, classes::PLACE);
        // A one-word place is its own first word.
        add(place.split_once(' ').map_or(place, |(first, _)| first), classes::PLACE_START);
    }
    for country in COUNTRIES.text().lines() {
        add(country, classes::COUNTRY);
    }
    for name in GIVEN_NAMES.text().lines() {
        add(name, classes::GIVEN_NAME);
    }
    for word in COMMON_WORDS.text().lines() {
        add(word, classes::COMMON_WORD);
    }
    let h = hand();
    for d in &h.demonyms {
        add(d.as_str(), classes::DEMONYM);
    }
    for t in &h.titles {
        add(t.as_str(), classes::TITLE);
    }
    for org in h.orgs.keys() {
        add(org.as_str(), classes::HAND_ORG);
    }
}

/// The small hand-written lists, parsed on first use.
pub struct Hand {
    /// Lowercase nationality / group word.
    pub(crate) demonyms: FastSet<String>,
    /// Lowercase name → (label, the name as usually written).
    pub(crate) orgs: FastMap<String, (Label, String)>,
    /// Longest org name in words, to bound the lookup window.
    pub(crate) org_max_words: usize,
    /// Lowercase titles and roles.
    pub(crate) titles: FastSet<String>,
}

fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

pub fn hand() -> &'static Hand {
    static HAND: OnceLock<Hand> = OnceLock::new();
    HAND.get_or_init(|| {
        let demonyms = entries(DEMONYMS).map(str::to_lowercase).collect();
        let titles = entries(TITLES).map(str::to_lowercase).collect();
        let mut orgs = FastMap::default();
        let mut org_max_words = 1;
        for line in entries(ORGS) {
            let (name, label) = line.split_once('\t').unwrap_or((line, "ORG"));
            let label = Label::parse(label).unwrap_or(Label::ORG);
            org_max_words = org_max_words.max(name.split([' ', '-']).count());
            orgs.insert(name.to_lowercase(), (label, name.to_string()));
        }
        Hand { demonyms, orgs, org_max_words, titles }
    })
}

/// A nationality or group word, or its plural ("Russians", "Israelis").
pub fn is_demonym(lower: &str) -> bool {
    classes::has(lower, classes::DEMONYM) || is_plural_demonym(lower)
}

/// The plural of a nationality or group word ("Russians", "Englishmen"): `is_demonym` for a
/// word whose own classes (`DEMONYM`) the caller has already read.
pub(crate) fn is_plural_demonym(lower: &str) -> bool {
    if let Some(stem) = lower.strip_suffix('s') {
        if (stem.ends_with('n') || stem.ends_with('i') || stem.ends_with('k') || stem.ends_with('b')
            || stem.ends_with('t') || stem.ends_with('d') || stem.ends_with('e'))
            && classes::has(stem, classes::DEMONYM)
        {
            return true;
        }
    }
    if let Some(stem) = lower.strip_suffix("men") {
        // "Englishmen" → "englishman", built on the stack for the usual short word.
        let mut buf = [0u8; 64];
        let n = stem.len() + 3;
        if n <= buf.len() {
            buf[..stem.len()].copy_from_slice(stem.as_bytes());
            buf[stem.len()..n].copy_from_slice(b"man");
            return std::str::from_utf8(&buf[..n]).is_ok_and(|w| classes::has(w, classes::DEMONYM));
        }
        return classes::has(&format!("{stem}man"), classes::DEMONYM);
    }
    false
}

pub fn is_title(lower: &str) -> bool {
    classes::has(lower.trim_end_matches('.'), classes::TITLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_search_finds_every_line_and_nothing_else() {
        let list = "alpha\nbeta\ngamma\nomega\n";
        for k in ["alpha", "beta", "gamma", "omega"] {
            assert!(sorted_contains(list, k), "{k}");
        }
        for k in ["", "alph", "betas", "zeta", "a", "omega\n"] {
            assert!(!sorted_contains(list, k), "{k}");
        }
    }

    #[test]
    fn generated_lists_are_sorted_for_binary_search() {
        for list in [PLACES.text(), COUNTRIES.text(), GIVEN_NAMES.text(), COMMON_WORDS.text()] {
            let lines: Vec<&str> = list.lines().collect();
            assert!(lines.windows(2).all(|w| w[0] < w[1]), "list not strictly sorted");
            assert!(lines.iter().all(|l| sorted_contains(list, l)));
        }
        let sets: [(&str, fn(&str) -> bool); 3] = [(PLACES.text(), is_place), (GIVEN_NAMES.text(), is_given_name), (COMMON_WORDS.text(), is_common_word)];
        for (list, lookup) in sets {
            assert!(list.lines().all(lookup), "a set misses a line");
            assert!(!lookup("zzzz-not-a-key") && !lookup(""));
        }
    }

    /// The merge of the keys and their twins gives what sorting every key and twin together
    /// gives: keys out of order, a twin shared by two keys, a twin that is a key of the list
    /// already, a list without marks.
    #[test]
    fn folded_twins_merge_into_the_sorted_keys() {
        let m = fold::HAS_TWIN;
        let naive = |unpacked: &str| {
            let mut keys: Vec<String> = Vec::new();
            for line in unpacked.lines() {
                match line.strip_suffix(m) {
                    Some(key) => keys.extend([fold::fold(key), key.to_string()]),
                    None => keys.push(line.to_string()),
                }
            }
            keys.sort();
            keys.dedup();
            keys.iter().map(|k| format!("{k}\n")).collect::<String>()
        };
        for unpacked in [
            format!("abcd\nabc{m}\nzoë{m}\n"),
            format!("ðông hà{m}\nđông hà{m}\nzz\n"),
            format!("cafe\ncafé{m}\nzèbre{m}\n"),
            "alpha\nbeta\n".to_string(),
        ] {
            assert_eq!(with_folded_twins(unpacked.clone()), naive(&unpacked), "{unpacked:?}");
        }
        assert!(with_folded_twins(format!("zoë{m}\n")).contains("zoe\n"));
    }

    #[test]
    fn packed_lists_unpack_to_the_data_files() {
        let files = [
            (&PLACES, include_str!("../../data/places.txt")),
            (&GIVEN_NAMES, include_str!("../../data/given_names.txt")),
            (&COMMON_WORDS, include_str!("../../data/common_words.txt")),
        ];
        for (packed, file) in files {
            let keys: Vec<&str> = file.lines().filter(|l| !l.is_empty()).collect();
            assert!(!keys.is_empty());
            assert_eq!(packed.text().lines().collect::<Vec<_>>(), keys);
        }
        // The accent-free twins of places are made at unpacking, not shipped.
        let shipped = unpack(PLACES.packed);
        let left_out = PLACES.text().lines().count() - shipped.lines().count();
        assert!(left_out > 1000, "places left out of the download: {left_out}");
        // Damaged data stops at the fault instead of panicking.
        assert_eq!(unpack(b"\0ab\x01c\x02d"), "ab\nac\nacd\n");
        assert_eq!(unpack(b"\0ab\x01c\x09zz"), "ab\nac\n");
        assert_eq!(unpack(b"\x03ab"), "");
        assert_eq!(unpack(b"\0ab\0\0"), "ab\n");
    }

    #[test]
    fn lexicons_know_common_names() {
        assert!(is_place("moscow") && is_place("united states") && is_place("france"));
        assert!(may_start_place("united") && may_start_place("moscow") && !may_start_place("states"));
        assert!(is_given_name("john") && is_given_name("vladimir"));
        assert!(is_common_word("the") && !is_common_word("russia"));
        assert!(is_demonym("russians") && is_demonym("british") && !is_demonym("russ"));
        assert!(is_title("spokesman") && is_title("Gen.".to_lowercase().as_str()));
    }
}
