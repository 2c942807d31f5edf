//! Spelling-insensitive keys for names, so that transliteration variants of one name meet:
//! Kyiv/Kiev, Zelenskyy/Zelensky, Malyar/Maliar, Bakhmut/Bakhmout, Sobyanin/Sobianin,
//! defence/defense. Lossy on purpose; only compared between mentions of the same document
//! and the same label.

/// The skeleton of one word: lowercase, accents dropped, y→i, ie→i, ou→u, c→s, kh→h, doubled
/// letters collapsed, a final "h" dropped after a vowel is kept.
pub fn skeleton(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    skeleton_into(word, &mut out);
    out
}

/// Appends the skeleton of `word` to `out`: one pass, no intermediate strings.
fn skeleton_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        skeleton_ascii(word.as_bytes(), out);
    } else {
        skeleton_chars(word, out);
    }
}

/// `skeleton_chars` of an ASCII word (most words of English news), on bytes: no folding or
/// case tables, no closure per letter. The same rewriting, step for step (checked by a test).
fn skeleton_ascii(word: &[u8], out: &mut String) {
    let start = out.len();
    let mut prev = 0u8; // last letter of the input (before rewriting)
    let mut last = 0u8; // last letter written
    let push = |c: u8, out: &mut String, last: &mut u8| {
        if c != *last {
            out.push(char::from(c));
        }
        *last = c;
    };
    for &raw in word {
        if !raw.is_ascii_alphanumeric() {
            continue;
        }
        let c = raw.to_ascii_lowercase();
        match (prev, c) {
            // kh → h, ou → u: the second letter replaces the first, written just before
            (b'k', b'h') | (b'o', b'u') => {
                out.pop();
                last = out.as_bytes()[start..].last().copied().unwrap_or(0);
                push(if c == b'h' { b'h' } else { b'u' }, out, &mut last);
            }
            // ie → i: keep the i, drop the e
            (b'i' | b'y', b'e') => {}
            (_, b'y' | b'j') => push(b'i', out, &mut last),
            (_, b'c') => push(b's', out, &mut last),
            _ => push(c, out, &mut last),
        }
        prev = c;
    }
}

/// The skeleton of any word, char by char. ASCII letters skip the folding and case tables.
fn skeleton_chars(word: &str, out: &mut String) {
    let start = out.len();
    let mut prev = '\0'; // last letter of the folded input (before rewriting)
    let mut last = '\0'; // last letter written
    let push = |c: char, out: &mut String, last: &mut char| {
        if c != *last {
            out.push(c);
        }
        *last = c;
    };
    let mut step = |c: char, out: &mut String| {
        match (prev, c) {
            // kh → h: drop the k just written
            ('k', 'h') => {
                out.truncate(out.len() - 1);
                last = out[start..].chars().last().unwrap_or('\0');
                push('h', out, &mut last);
            }
            // ou → u, ie → i: the second vowel replaces the first
            ('o', 'u') | ('i' | 'y', 'e') if prev == 'o' || c == 'e' => {
                if prev == 'o' {
                    out.truncate(out.len() - 1);
                    last = out[start..].chars().last().unwrap_or('\0');
                    push('u', out, &mut last);
                } // "ie": keep the i, drop the e
            }
            (_, 'y' | 'j') => push('i', out, &mut last),
            (_, 'c') => push('s', out, &mut last),
            _ => push(c, out, &mut last),
        }
        prev = c;
    };
    for raw in word.chars() {
        if raw.is_ascii() {
            if raw.is_ascii_alphanumeric() {
                step(raw.to_ascii_lowercase(), out);
            }
            continue;
        }
        let c = fold(raw);
        if !c.is_alphanumeric() {
            continue;
        }
        for c in c.to_lowercase() {
            step(c, out);
        }
    }
}

/// Latin letters with diacritics → base letter (the common ones in news transliteration).
fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ą' | 'Á' | 'À' | 'Â' | 'Ä' | 'Å' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'É' | 'È' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'Í' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'Ó' | 'Ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'Ú' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'č' | 'ć' | 'ç' | 'Č' | 'Ć' | 'Ç' => 'c',
        'š' | 'ś' | 'ş' | 'Š' | 'Ś' | 'Ş' => 's',
        'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => 'z',
        'ř' | 'Ř' => 'r',
        'ň' | 'ń' | 'ñ' | 'Ñ' => 'n',
        'ł' | 'Ł' => 'l',
        'đ' | 'ď' => 'd',
        'ť' => 't',
        'ğ' => 'g',
        _ => c,
    }
}

/// Skeleton of a whole name, words joined by a space; "the" and a possessive dropped.
pub fn name_key(text: &str) -> String {
    // A key is about as long as the text: sized once instead of grown piece by piece.
    let mut out = String::with_capacity(text.len() + 8);
    name_key_into(text, &mut out);
    out
}

/// `name_key` into a reused buffer (cleared first).
pub fn name_key_into(text: &str, out: &mut String) {
    out.clear();
    name_key_push(text, out);
}

/// `name_key` of the texts joined by spaces, without joining them first: splitting the joined
/// text at spaces and hyphens gives the pieces of each text in turn.
pub fn name_key_of<'t>(texts: impl Iterator<Item = &'t str>) -> String {
    let mut out = String::new();
    for t in texts {
        name_key_push(t, &mut out);
    }
    out
}

fn name_key_push(text: &str, out: &mut String) {
    name_key_append(text, out, 0);
}

/// `name_key` of `text` appended to `out`, whose key began at byte `start` (a space goes before
/// every piece of the key but its first).
pub(crate) fn name_key_append(text: &str, out: &mut String, start: usize) {
    each_piece(text, &mut |w| {
        if out.len() > start {
            out.push(' ');
        }
        skeleton_into(w, out);
    });
}

/// The pieces of `text` that make words of its key: split at spaces and hyphens, a possessive
/// dropped, "the" and empty pieces left out. (`dyn`: one copy of the splitting in WebAssembly.)
fn each_piece(text: &str, f: &mut dyn FnMut(&str)) {
    for w in text.split(|c: char| c.is_whitespace() || c == '-') {
        let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
        if w.is_empty() || w.eq_ignore_ascii_case("the") {
            continue;
        }
        f(w);
    }
}

/// The key pieces of one token text, each skeleton appended to `arena` and its byte range to
/// `pieces`: `Ctx::key` joins them per token instead of redoing every token of every name.
pub(crate) fn push_pieces(text: &str, arena: &mut String, pieces: &mut Vec<(u32, u32)>) {
    // ASCII without spaces or hyphens (most token texts) is one piece: `each_piece` without its
    // char-by-char split.
    if text.bytes().all(|b| b > b' ' && b < 0x80 && b != b'-') {
        let w = text.strip_suffix("'s").or_else(|| text.strip_suffix("’s")).unwrap_or(text);
        if !w.is_empty() && !w.eq_ignore_ascii_case("the") {
            let start = arena.len();
            skeleton_into(w, arena);
            pieces.push((start as u32, arena.len() as u32));
        }
        return;
    }
    each_piece(text, &mut |w| {
        let start = arena.len();
        skeleton_into(w, arena);
        pieces.push((start as u32, arena.len() as u32));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_variants_meet() {
        for (a, b) in [("Kyiv", "Kiev"), ("Zelenskyy", "Zelensky"), ("Malyar", "Maliar"), ("Bakhmut", "Bakhmout"), ("Sobyanin", "Sobianin"), ("defence", "defense"), ("Nato", "NATO"), ("kyiv", "Kyiv")] {
            assert_eq!(skeleton(a), skeleton(b), "{a} / {b}");
        }
        for (a, b) in [("Moscow", "Minsk"), ("Putin", "Peskov"), ("Kharkiv", "Kherson")] {
            assert_ne!(skeleton(a), skeleton(b));
        }
    }

    /// `skeleton_into` as it was before its ASCII path: every char through the folding and
    /// case tables.
    fn skeleton_through_tables(word: &str) -> String {
        let mut out = String::new();
        let mut prev = '\0';
        let mut last = '\0';
        let push = |c: char, out: &mut String, last: &mut char| {
            if c != *last {
                out.push(c);
            }
            *last = c;
        };
        for raw in word.chars() {
            let c = fold(raw);
            if !c.is_alphanumeric() {
                continue;
            }
            for c in c.to_lowercase() {
                match (prev, c) {
                    ('k', 'h') => {
                        out.truncate(out.len() - 1);
                        last = out.chars().last().unwrap_or('\0');
                        push('h', &mut out, &mut last);
                    }
                    ('o', 'u') | ('i' | 'y', 'e') if prev == 'o' || c == 'e' => {
                        if prev == 'o' {
                            out.truncate(out.len() - 1);
                            last = out.chars().last().unwrap_or('\0');
                            push('u', &mut out, &mut last);
                        }
                    }
                    (_, 'y' | 'j') => push('i', &mut out, &mut last),
                    (_, 'c') => push('s', &mut out, &mut last),
                    _ => push(c, &mut out, &mut last),
                }
                prev = c;
            }
        }
        out
    }

    #[test]
    fn ascii_path_agrees_with_the_tables() {
        // Every word of up to four letters over the letters the rules rewrite, plus others.
        let letters = ["k", "K", "h", "o", "u", "i", "e", "y", "j", "c", "A", "1", ".", "'", "-", "é", "Ö"];
        let mut words: Vec<String> = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words.iter().flat_map(|w| letters.iter().map(move |c| format!("{w}{c}"))).collect();
            words.extend(longer);
        }
        words.extend(["Kharkiv", "Bakhmout", "Zelenskyy", "Yekaterinburg", "O'Brien", "U.S.", "kkhh", "ooUU", "Ünal"].map(String::from));
        for w in &words {
            assert_eq!(skeleton(w), skeleton_through_tables(w), "{w}");
        }
    }

    #[test]
    fn pieces_of_plain_words_are_those_of_each_piece() {
        for text in ["Kyiv", "the", "THE", "Kremlin's", "'s", "x's", "U.S.", "a-b", "-", "Zelensky’s", "ǅemal", "a b", "", "tHe's"] {
            let (mut arena, mut pieces) = (String::new(), Vec::new());
            push_pieces(text, &mut arena, &mut pieces);
            let mut expected = Vec::new();
            each_piece(text, &mut |w| expected.push(skeleton(w)));
            let got: Vec<&str> = pieces.iter().map(|&(a, b)| &arena[a as usize..b as usize]).collect();
            assert_eq!(got, expected, "{text:?}");
        }
    }

    #[test]
    fn key_of_pieces_is_key_of_joined_text() {
        for parts in [&["Russia", "-", "Ukraine"][..], &["The", "Kremlin", "’s"], &["U.S.", "Army"], &["", "the", "Kyiv"], &["al", "-", "Sadr's"]] {
            assert_eq!(name_key_of(parts.iter().copied()), name_key(&parts.join(" ")), "{parts:?}");
        }
    }
}
