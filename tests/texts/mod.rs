//! Texts for the offset tests: the seed articles as they are, the same articles with non-ASCII
//! characters woven in (every later offset shifts differently in each encoding), and short
//! constructed sentences with emoji, accents, CJK, combining marks and astral characters.
#![allow(dead_code)]

pub const SEEDS: [(&str, &str); 4] = [
    ("seed-000", include_str!("../fixtures/seeds/seed-000.txt")),
    ("seed-001", include_str!("../fixtures/seeds/seed-001.txt")),
    ("seed-002", include_str!("../fixtures/seeds/seed-002.txt")),
    ("seed-003", include_str!("../fixtures/seeds/seed-003.txt")),
];

pub const CONSTRUCTED: [&str; 8] = [
    "“Le café est fermé,” said José Martínez, the mayor of Zürich 🇨🇭, on Tuesday.",
    "東京 officials said 12 people 😢 were hurt, according to the Tokyo Fire Department.",
    "Greek Prime Minister Κυριάκος Μητσοτάκης said: \"We are ready.\" 👍🏽 Others disagreed.",
    "👨‍👩‍👧 Family groups in Kraków told Reuters that “the shelling has not stopped”.",
    "The ministry said Zoe\u{301} Ångström, a spokeswoman, had been misquoted by 𝐓𝐡𝐞 𝐓𝐢𝐦𝐞𝐬.",
    "🇺🇦🇺🇦🇺🇦 President Volodymyr Zelenskyy said on Monday that 3,000 troops had arrived in Kharkiv.",
    "“Нет,” said Dmitry Peskov, the Kremlin spokesman. “这是不可能的,” a Chinese diplomat added.",
    "",
];

/// The seed text with non-ASCII woven in: an emoji at the start of every line, curly quotes
/// for straight ones, and a sentence of accents and CJK between paragraphs.
pub fn with_unicode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut open = true;
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            if i % 3 == 0 {
                out.push_str("Zoë Ångström 東京 said “ça va 👨‍👩‍👧” on Monday.\n");
            }
        }
        out.push_str("🇺🇦 ");
        for c in line.chars() {
            match c {
                '"' => {
                    out.push(if open { '“' } else { '”' });
                    open = !open;
                }
                '\'' => out.push('’'),
                c => out.push(c),
            }
        }
    }
    out
}

/// Every text the offset tests run on, named for failure messages.
pub fn all_texts() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for (name, text) in SEEDS {
        texts.push((name.to_string(), text.to_string()));
        texts.push((format!("{name}+unicode"), with_unicode(text)));
    }
    for (i, text) in CONSTRUCTED.iter().enumerate() {
        texts.push((format!("constructed-{i}"), text.to_string()));
    }
    texts
}
