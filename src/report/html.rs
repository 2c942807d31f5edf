//! The standalone annotated page of `sourcemark --html`: one self-contained file (inline CSS,
//! no script) with each article marked up like the web page and its sources listed.
//!
//! Every piece of article text and every engine-derived string reaches the markup through
//! [`escape`], the one escaping function; tags and attribute names are fixed strings.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::model::{Annotations, Label};
use crate::report::text::clean;
use crate::report::view::{self, SourceView};

const CSS: &str = include_str!("page.css");

/// One article of the page: its title (a file name), the text and its UTF-8-offset result.
pub struct Document<'a> {
    pub name: &'a str,
    pub text: &'a str,
    pub annotations: &'a Annotations,
}

/// Escapes text for HTML element content and double- or single-quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page title the command lines use: the file name for one article, the count for several.
pub fn title(docs: &[Document<'_>]) -> String {
    match docs {
        [one] => format!("Sourcemark: {}", one.name),
        many => format!("Sourcemark: {} articles", many.len()),
    }
}

/// The whole page for `docs`, titled `title`.
pub fn page(title: &str, docs: &[Document<'_>]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"sourcemark {}\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n\
         <h1>{}</h1>\n<p class=\"muted\">Who said what, marked by Sourcemark {}: claims are coloured by source \
         (badge S1, S2 …; grey for unnamed sources, “?” when the text gives none), named entities are underlined \
         with their label.</p>\n",
        env!("CARGO_PKG_VERSION"),
        escape(title),
        escape(title),
        env!("CARGO_PKG_VERSION"),
    );
    for doc in docs {
        write_document(&mut out, doc);
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn write_document(out: &mut String, doc: &Document<'_>) {
    let ann = doc.annotations;
    let sources = view::sources(ann);
    let named = sources.iter().filter(|s| s.source.is_some()).count();
    let _ = write!(
        out,
        "<section class=\"doc\">\n<h2>{}</h2>\n<p class=\"summary\">{} claims, {} sources, {} entity mentions</p>\n\
         <div class=\"doc-body\">\n<article class=\"article\">\n",
        escape(doc.name),
        ann.claims.len(),
        named,
        ann.entities.len()
    );
    write_article(out, doc.text, ann, &sources);
    out.push_str("</article>\n<aside>\n");
    write_sources(out, ann, &sources);
    write_entities(out, ann);
    out.push_str("</aside>\n</div>\n</section>\n");
}

fn write_sources(out: &mut String, ann: &Annotations, sources: &[SourceView<'_>]) {
    out.push_str("<h3>Sources</h3>\n");
    if sources.is_empty() {
        out.push_str("<p class=\"muted\">No attributed claims found.</p>\n");
        return;
    }
    out.push_str("<ol class=\"sources\">\n");
    for s in sources {
        let _ = write!(
            out,
            "<li class=\"{}\"><span class=\"badge\">{}</span><strong>{}</strong>",
            s.colour.class(),
            escape(&s.badge),
            escape(s.name)
        );
        if let Some(src) = s.source {
            let about: Vec<&str> = [src.label.map(Label::as_str), src.role.as_deref(), src.affiliation.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            if !about.is_empty() {
                let _ = write!(out, " <span class=\"muted\">{}</span>", escape(&about.join(" · ")));
            }
        }
        out.push_str("\n<ul>\n");
        for claim in s.claims.iter().filter_map(|&c| ann.claims.get(c)) {
            let cue: Vec<&str> = claim.cue.iter().map(|sp| sp.text.as_str()).collect();
            let content: Vec<&str> = claim.content.iter().map(|sp| sp.text.as_str()).collect();
            let _ = write!(out, "<li><em>{}</em> {}", escape(&clean(&cue.join(" … "))), escape(&clean(&content.join(" … "))));
            if claim.unverified {
                out.push_str(" <span class=\"warn\">unverified</span>");
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n</li>\n");
    }
    out.push_str("</ol>\n");
}

fn write_entities(out: &mut String, ann: &Annotations) {
    if ann.entity_groups.is_empty() {
        return;
    }
    out.push_str("<h3>Entities</h3>\n<dl class=\"entities\">\n");
    for (label, names) in view::entity_names(ann) {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", label.as_str(), escape(&names.join(", ")));
    }
    out.push_str("</dl>\n");
}

/// What a piece of markup stands for; the order is the nesting order for equal extents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Para,
    Claim,
    Source,
    Cue,
    Entity,
}

#[derive(Clone, Copy, Debug)]
struct Piece {
    start: usize,
    end: usize,
    kind: Kind,
    /// Index of the claim or entity.
    of: usize,
    /// Which span of a split claim role.
    part: usize,
}

/// Spans to draw, in byte offsets; spans outside the text or off a character boundary are left
/// out (the page still shows everything else).
fn pieces(text: &str, ann: &Annotations) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive(['\n', '\r']) {
        let body = line.trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() {
            out.push(Piece { start: at, end: at + body.len(), kind: Kind::Para, of: 0, part: 0 });
        }
        at += line.len();
    }
    let ok = |s: usize, e: usize| s < e && text.get(s..e).is_some();
    for (i, claim) in ann.claims.iter().enumerate() {
        for (kind, spans) in [(Kind::Claim, &claim.content), (Kind::Source, &claim.source), (Kind::Cue, &claim.cue)] {
            for (part, s) in spans.iter().enumerate() {
                if ok(s.start, s.end) {
                    out.push(Piece { start: s.start, end: s.end, kind, of: i, part });
                }
            }
        }
    }
    for (i, e) in ann.entities.iter().enumerate() {
        if ok(e.start, e.end) {
            out.push(Piece { start: e.start, end: e.end, kind: Kind::Entity, of: i, part: 0 });
        }
    }
    out
}

/// An element open in the output: which piece, where its opening tag goes, where it began.
struct Open {
    piece: usize,
    slot: usize,
    from: usize,
}

/// Writes the article: paragraphs with nested marks. HTML elements must nest while claims,
/// cues, sources and entities overlap freely, so the text is cut at every span boundary and
/// each segment is wrapped in the spans that cover it, outermost first (a span crossing
/// another's boundary becomes several fragments), as the web page's layout does.
fn write_article(out: &mut String, text: &str, ann: &Annotations, sources: &[SourceView<'_>]) {
    let mut pieces = pieces(text, ann);
    pieces.sort_by(|a, b| {
        a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.kind.cmp(&b.kind)).then(a.of.cmp(&b.of)).then(a.part.cmp(&b.part))
    });
    // Paragraphs are outermost whatever their extent: they are blocks, the rest is inline.
    pieces.sort_by_key(|p| p.kind != Kind::Para);
    let mut starts: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut cuts = vec![0, text.len()];
    for (i, p) in pieces.iter().enumerate() {
        starts.entry(p.start).or_default().push(i);
        cuts.push(p.start);
        cuts.push(p.end);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let owner = view::claim_owner(sources, ann.claims.len());
    // Output as chunks: an opening tag is filled in when its element closes, once it is known
    // whether this fragment is the span's first and last.
    let mut chunks: Vec<String> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut active: Vec<usize> = Vec::new();
    let close = |stack: &mut Vec<Open>, chunks: &mut Vec<String>, keep: usize, to: usize| {
        while stack.len() > keep {
            let open = stack.pop().expect("stack longer than keep");
            let p = &pieces[open.piece];
            chunks[open.slot] = opening_tag(p, open.from == p.start, to == p.end, ann, sources, &owner);
            chunks.push(closing_tag(p.kind).to_string());
        }
    };
    for w in cuts.windows(2) {
        let (from, to) = (w[0], w[1]);
        active.retain(|&i| pieces[i].end > from);
        if let Some(opening) = starts.get(&from) {
            active.extend(opening);
            active.sort_unstable();
        }
        // Line breaks between paragraphs stay bare text: inline marks live inside paragraphs.
        let wanted: &[usize] = match active.first() {
            Some(&i) if pieces[i].kind == Kind::Para => &active,
            _ => &[],
        };
        let keep = stack.iter().zip(wanted).take_while(|(open, &want)| open.piece == want).count();
        close(&mut stack, &mut chunks, keep, from);
        for &want in &wanted[keep..] {
            stack.push(Open { piece: want, slot: chunks.len(), from });
            chunks.push(String::new());
        }
        chunks.push(escape(&text[from..to]));
    }
    close(&mut stack, &mut chunks, 0, text.len());
    for chunk in chunks {
        out.push_str(&chunk);
    }
    out.push('\n');
}

fn closing_tag(kind: Kind) -> &'static str {
    match kind {
        Kind::Para => "</p>",
        Kind::Claim | Kind::Entity => "</mark>",
        Kind::Source | Kind::Cue => "</span>",
    }
}

fn opening_tag(p: &Piece, first: bool, last: bool, ann: &Annotations, sources: &[SourceView<'_>], owner: &[Option<usize>]) -> String {
    let source_of = |claim: usize| owner.get(claim).copied().flatten().and_then(|v| sources.get(v));
    match p.kind {
        Kind::Para => "<p>".to_string(),
        Kind::Claim => {
            let claim = &ann.claims[p.of];
            let source = source_of(p.of);
            let (name, badge, class) = match source {
                Some(s) => (s.name, s.badge.as_str(), s.colour.class()),
                None => (view::NO_SOURCE, "?", "c-none".to_string()),
            };
            let mut classes = format!("claim {class}");
            if claim.unverified {
                classes.push_str(" unverified");
            }
            if claim.parent.is_some() {
                classes.push_str(" nested");
            }
            let mut tag = format!("<mark data-type=\"claim\" data-source=\"{}\" data-claim=\"{}\"", escape(name), p.of);
            if first && p.part == 0 {
                let badge = if claim.unverified { format!("{badge} unverified") } else { badge.to_string() };
                let _ = write!(tag, " data-badge=\"{}\" class=\"{classes} claim-start\">", escape(&badge));
            } else {
                let _ = write!(tag, " data-cont=\"1\" class=\"{classes}\">");
            }
            tag
        }
        Kind::Entity => {
            let e = &ann.entities[p.of];
            let label = e.label.as_str();
            let mut tag = format!("<mark class=\"ent\" data-type=\"{label}\" data-entity=\"{}\" data-group=\"{}\"", p.of, e.group);
            if !first {
                tag.push_str(" data-cont=\"1\"");
            }
            // The label is drawn after the last fragment (CSS ::after), as on the web page.
            if last {
                let _ = write!(tag, " data-label=\"{label}\"");
            }
            tag.push('>');
            tag
        }
        Kind::Source | Kind::Cue => {
            let class = source_of(p.of).map(|s| s.colour.class()).unwrap_or_else(|| "c-none".into());
            let what = if p.kind == Kind::Cue { "cue" } else { "claim-src" };
            format!("<span class=\"{what} {class}\" data-claim=\"{}\">", p.of)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, Options};

    fn render(text: &str) -> String {
        let ann = annotate(text, &Options::default());
        page("test", &[Document { name: "t.txt", text, annotations: &ann }])
    }

    /// The article's text with every tag removed and entities decoded.
    fn article_text(page: &str) -> String {
        let body = &page[page.find("<article class=\"article\">\n").unwrap() + 26..page.find("</article>").unwrap()];
        let mut out = String::new();
        let mut in_tag = false;
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
    }

    #[test]
    fn escape_covers_markup_characters() {
        assert_eq!(escape(r#"<a href='x'>&"</a>"#), "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
        assert_eq!(escape("plain é 👍"), "plain é 👍");
    }

    #[test]
    fn tags_balance_and_the_text_survives_intact() {
        let text = "President Joe Biden said on Monday that “the talks, which began in Geneva, are over.”\n\n\
                    Officials in Kyiv told Reuters 12 people were hurt. “We will not stop,” he said.\r\nA & B <c>.";
        let html = render(text);
        assert_eq!(article_text(&html).trim_end(), text, "markup must only add tags");
        for tag in ["mark", "span", "p"] {
            let opened = html.matches(&format!("<{tag}>")).count() + html.matches(&format!("<{tag} ")).count();
            assert_eq!(opened, html.matches(&format!("</{tag}>")).count(), "<{tag}> opened and closed");
        }
        assert!(html.contains("data-type=\"claim\""), "{html}");
        assert!(html.contains("data-type=\"PERSON\""), "{html}");
    }

    fn span(text: &str, piece: &str) -> crate::Span {
        let start = text.find(piece).unwrap();
        crate::Span { start, end: start + piece.len(), text: piece.to_string() }
    }

    #[test]
    fn a_span_crossing_another_is_split_into_fragments() {
        use crate::model::*;
        // Hand-made result: the entity "Kyiv today" crosses the end of the claim's content.
        let text = "Officials said the city of Kyiv today was calm.";
        let content = span(text, "the city of Kyiv");
        let entity = span(text, "Kyiv today");
        let claim = Claim {
            source: vec![span(text, "Officials")],
            cue: vec![span(text, "said")],
            content: vec![content],
            source_entity: None,
            source_index: Some(0),
            kind: Kind::Indirect,
            stance: Stance::Neutral,
            unverified: false,
            unverified_by: None,
            anonymous: true,
            parent: None,
            figures: vec![],
        };
        let ann = Annotations {
            schema_version: SCHEMA_VERSION,
            offsets: OffsetEncoding::Utf8,
            text_length: text.len(),
            entities: vec![Entity { start: entity.start, end: entity.end, text: entity.text, label: Label::LOC, group: 0 }],
            entity_groups: vec![EntityGroup { id: 0, canonical: "Kyiv today".into(), label: Label::LOC, mentions: vec![0] }],
            claims: vec![claim],
            sources: vec![Source {
                name: "Officials".into(),
                entity_group: None,
                label: None,
                role: None,
                affiliation: None,
                anonymous: true,
                claims: vec![0],
            }],
        };
        let html = page("t", &[Document { name: "t", text, annotations: &ann }]);
        let expected = "<p><span class=\"claim-src c-anon\" data-claim=\"0\">Officials</span> \
            <span class=\"cue c-anon\" data-claim=\"0\">said</span> \
            <mark data-type=\"claim\" data-source=\"Officials\" data-claim=\"0\" data-badge=\"S1\" class=\"claim c-anon claim-start\">the city of \
            <mark class=\"ent\" data-type=\"LOC\" data-entity=\"0\" data-group=\"0\">Kyiv</mark></mark>\
            <mark class=\"ent\" data-type=\"LOC\" data-entity=\"0\" data-group=\"0\" data-cont=\"1\" data-label=\"LOC\"> today</mark> was calm.</p>";
        assert!(html.contains(expected), "{html}");
    }

    #[test]
    fn out_of_range_spans_are_left_out_not_a_panic() {
        use crate::model::*;
        let text = "Zoë said no.";
        let mut ann = annotate(text, &Options::default());
        // Past the end, and inside the two-byte "ë".
        ann.entities.push(Entity { start: 5, end: 99, text: "x".into(), label: Label::MISC, group: 0 });
        ann.entities.push(Entity { start: 2, end: 3, text: "x".into(), label: Label::MISC, group: 0 });
        let html = page("t", &[Document { name: "t", text, annotations: &ann }]);
        assert_eq!(article_text(&html).trim_end(), text);
    }
}
