//! The report for a person: each source with what it said, then the named entities.
//!
//! Plain text, or with ANSI colours for a terminal. Article text is printed with control
//! characters replaced, so an article cannot move the cursor or recolour the terminal.

use std::fmt::Write;

use crate::model::{Annotations, Claim, Kind, Span};
use crate::report::view::{self, Colour, SourceView};

/// How to print: `colour` adds ANSI escapes (only for a terminal; the caller decides).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Style {
    pub colour: bool,
}

/// 256-colour approximations of the page's Okabe-Ito palette, then unnamed and unknown grey.
const PALETTE: [u8; view::PALETTE_SIZE] = [214, 74, 36, 227, 25, 166, 175];
const GREY: u8 = 245;

/// The report of one document. `name` heads it (a file name); offsets are not needed.
pub fn report(name: &str, ann: &Annotations, style: Style) -> String {
    let p = Painter(style);
    let sources = view::sources(ann);
    let mut out = String::new();
    let named = sources.iter().filter(|s| s.source.is_some()).count();
    let _ = writeln!(
        out,
        "{} — {}, {}, {}",
        p.bold(&clean(name)),
        count(ann.claims.len(), "claim"),
        count(named, "source"),
        count(ann.entities.len(), "entity mention"),
    );
    for source in &sources {
        out.push('\n');
        write_source(&mut out, &p, ann, source);
    }
    write_entities(&mut out, &p, ann);
    out
}

fn write_source(out: &mut String, p: &Painter, ann: &Annotations, view: &SourceView<'_>) {
    let mut about = Vec::new();
    if let Some(s) = view.source {
        if let Some(label) = s.label {
            about.push(label.as_str().to_string());
        }
        let role: Vec<&str> = [s.role.as_deref(), s.affiliation.as_deref()].into_iter().flatten().collect();
        if !role.is_empty() {
            about.push(clean(&role.join(", ")));
        }
        if s.anonymous {
            about.push("unnamed".into());
        }
    }
    about.push(count(view.claims.len(), "claim"));
    let _ = writeln!(
        out,
        "{} {} {}",
        p.badge(&view.badge, view.colour),
        p.source(&clean(view.name), view.colour),
        p.dim(&format!("· {}", about.join(" · "))),
    );
    for &c in &view.claims {
        if let Some(claim) = ann.claims.get(c) {
            write_claim(out, p, claim);
        }
    }
}

fn write_claim(out: &mut String, p: &Painter, claim: &Claim) {
    // Source and cue in the order the text has them ("Peskov said", "according to officials").
    let mut frame: Vec<(usize, String)> = Vec::new();
    if let Some(first) = claim.source.first() {
        frame.push((first.start, p.bold(&joined(&claim.source))));
    }
    if let Some(first) = claim.cue.first() {
        frame.push((first.start, p.italic(&joined(&claim.cue))));
    }
    crate::sort::sort_by_key(&mut frame, |(start, _)| *start);
    let frame: Vec<String> = frame.into_iter().map(|(_, s)| s).collect();
    let mut line = String::from("   ");
    if !frame.is_empty() {
        // A colon can itself be the cue ("Putin ally: …"); do not double it.
        let frame = frame.join(" ");
        let colon = if frame.ends_with(':') || frame.ends_with(":\x1b[0m") { " " } else { ": " };
        let _ = write!(line, "{frame}{colon}");
    }
    line.push_str(&joined(&claim.content));
    let mut notes = vec![match claim.kind {
        Kind::Direct => "direct",
        Kind::Indirect => "indirect",
        Kind::Mixed => "mixed",
    }
    .to_string()];
    if claim.parent.is_some() {
        notes.push("nested".into());
    }
    let _ = write!(line, " {}", p.dim(&format!("({})", notes.join(", "))));
    if claim.unverified {
        let by = claim.unverified_by.as_ref().map(|s| format!(": “{}”", clean(&s.text))).unwrap_or_default();
        let _ = write!(line, " {}", p.warn(&format!("[unverified{by}]")));
    }
    out.push_str(&line);
    out.push('\n');
}

fn write_entities(out: &mut String, p: &Painter, ann: &Annotations) {
    if ann.entity_groups.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", p.bold("Entities"));
    for (label, names) in view::entity_names(ann) {
        let names: Vec<String> = names.iter().map(|n| clean(n)).collect();
        let _ = writeln!(out, "  {:<7} {}", p.bold(label.as_str()), names.join(", "));
    }
}

/// The pieces of a split span, one line, with " … " where the text was cut.
fn joined(spans: &[Span]) -> String {
    clean(&spans.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" … "))
}

/// One line of printable text: whitespace controls (line breaks, tabs) become a space and
/// other control characters (ESC, C0 and C1 controls, DEL) U+FFFD, so no article can drive the
/// terminal. Bidi embeddings, overrides and isolates are dropped: they would reorder what
/// follows on the line (the report's own words too); the text reads the same without them.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_bidi_control(c) {
            continue;
        }
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
            continue;
        }
        space = false;
        out.push(if c.is_control() { '\u{FFFD}' } else { c });
    }
    out.trim().to_string()
}

/// LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069): the
/// characters that change the direction of the text after them. The marks LRM and RLM only
/// resolve neutral characters and are kept, as right-to-left text needs them.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// Wraps text in ANSI escapes when colour is on; otherwise returns it as is.
struct Painter(Style);

impl Painter {
    fn sgr(&self, codes: &str, s: &str) -> String {
        if self.0.colour {
            format!("\x1b[{codes}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.sgr("1", s)
    }
    fn italic(&self, s: &str) -> String {
        self.sgr("3", s)
    }
    fn dim(&self, s: &str) -> String {
        self.sgr("2", s)
    }
    fn warn(&self, s: &str) -> String {
        self.sgr("1;31", s)
    }
    fn colour(c: Colour) -> u8 {
        match c {
            Colour::Slot(i) => PALETTE[i % PALETTE.len()],
            Colour::Anonymous | Colour::Unknown => GREY,
        }
    }
    /// The badge reads "[S1]" in plain text and is a coloured chip on a terminal.
    fn badge(&self, badge: &str, c: Colour) -> String {
        if self.0.colour {
            self.sgr(&format!("1;30;48;5;{}", Self::colour(c)), &format!(" {badge} "))
        } else {
            format!("[{badge}]")
        }
    }
    fn source(&self, name: &str, c: Colour) -> String {
        self.sgr(&format!("1;38;5;{}", Self::colour(c)), name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, Options};

    #[test]
    fn clean_keeps_one_printable_line() {
        assert_eq!(clean("a\n\n\tb\x1b[31mc\u{9b}d\r\n"), "a b\u{FFFD}[31mc\u{FFFD}d");
        assert_eq!(clean("  Zoë 👍 “x” "), "Zoë 👍 “x”");
    }

    #[test]
    fn clean_removes_terminal_and_bidi_controls() {
        // CSI (ESC [ and the one-character C1 form), OSC (set title, hyperlink), BEL, DEL,
        // backspace, and a right-to-left override that would flip the rest of the line.
        let hostile = "a\x1b[2J\x1b]0;pwned\x07b\u{9b}31m\x08c\x7fd \u{202E}evil\u{202C} \u{2067}x\u{2069} \u{200F}ok";
        let cleaned = clean(hostile);
        assert_eq!(cleaned, "a\u{FFFD}[2J\u{FFFD}]0;pwned\u{FFFD}b\u{FFFD}31m\u{FFFD}c\u{FFFD}d evil x \u{200F}ok");
        assert!(!cleaned.chars().any(|c| c.is_control() || is_bidi_control(c)));
        assert_eq!(clean("Zoë 👨‍👩‍👧 «Київ» שלום"), "Zoë 👨‍👩‍👧 «Київ» שלום", "letters, emoji and joiners stay");
    }

    #[test]
    fn an_article_cannot_put_escapes_into_the_report() {
        let text = "\x1b[31mOfficials\x1b[0m said \u{202E}“the \x1b]8;;http://x\x07talks\u{9b}2J are over.”";
        let ann = annotate(text, &Options::default());
        for colour in [false, true] {
            let out = report("t\x1b[1m.txt", &ann, Style { colour });
            assert!(out.contains("talks"), "{out}");
            assert!(!out.contains('\u{202E}') && !out.contains('\u{9b}') && !out.contains('\x07'), "{out:?}");
            // With colour, every ESC is the report's own: SGR sequences "ESC [ digits;… m".
            for (at, _) in out.match_indices('\x1b') {
                let rest = &out[at + 1..];
                let sgr = rest.strip_prefix('[').and_then(|r| r.find('m').map(|m| &r[..m]));
                assert!(sgr.is_some_and(|codes| codes.chars().all(|c| c.is_ascii_digit() || c == ';')), "foreign escape at {at}: {out:?}");
            }
            if !colour {
                assert!(!out.contains('\x1b'), "{out:?}");
            }
        }
    }

    #[test]
    fn colour_only_adds_escapes() {
        let ann = annotate("Officials said 12 people were hurt. Biden said “no”.", &Options::default());
        let plain = report("t.txt", &ann, Style { colour: false });
        let coloured = report("t.txt", &ann, Style { colour: true });
        assert!(!plain.contains('\x1b') && coloured.contains('\x1b'));
        assert!(plain.contains("[S1]") && plain.contains("Biden"), "{plain}");
        // Drop the escapes (and the chip's padding) and the words are the same.
        let mut stripped = String::new();
        let mut in_escape = false;
        for c in coloured.chars() {
            match c {
                '\x1b' => in_escape = true,
                'm' if in_escape => in_escape = false,
                c if !in_escape => stripped.push(c),
                _ => {}
            }
        }
        let words = |s: &str| s.split_whitespace().map(|w| w.trim_matches(['[', ']']).to_string()).collect::<Vec<_>>();
        assert_eq!(words(&stripped), words(&plain));
    }
}
