//! The standalone annotated page of `sourcemark --html`: one self-contained file (inline CSS,
//! no script) with each article marked up like the web page and its sources listed.
//!
//! All markup goes through [`Markup`], which escapes every text and attribute value it is
//! given; tags and attribute names are fixed strings, so article text cannot become markup.

use std::collections::BTreeMap;

use crate::model::{Annotations, Label};
use crate::report::markup::{Attr, Markup};
use crate::report::text::clean;
use crate::report::view::{self, SourceView};

const CSS: &str = include_str!("page.css");

/// One article of the page: its title (a file name), the text and its UTF-8-offset result.
pub struct Document<'a> {
    pub name: &'a str,
    pub text: &'a str,
    pub annotations: &'a Annotations,
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
    render(title, docs).finish()
}

/// The page as written, with its tag count (for the tests' "every `<` is a tag" check).
fn render(title: &str, docs: &[Document<'_>]) -> Markup {
    let version = env!("CARGO_PKG_VERSION");
    let generator = format!("sourcemark {version}");
    let mut w = Markup::new();
    w.doctype();
    w.block("html", &[("lang", "en")], |w| {
        w.block("head", &[], |w| {
            w.void("meta", &[("charset", "utf-8")]);
            w.line();
            w.void("meta", &[("name", "viewport"), ("content", "width=device-width, initial-scale=1")]);
            w.line();
            w.void("meta", &[("name", "generator"), ("content", &generator)]);
            w.line();
            w.el("title", &[], |w| w.text(title));
            w.line();
            w.block("style", &[], |w| w.raw(CSS));
        });
        w.block("body", &[], |w| {
            w.el("h1", &[], |w| w.text(title));
            w.line();
            w.el("p", &[("class", "muted")], |w| {
                w.text(&format!(
                    "Who said what, marked by Sourcemark {version}: claims are coloured by source \
                     (badge S1, S2 …; grey for unnamed sources, “?” when the text gives none), named entities are \
                     underlined with their label."
                ))
            });
            w.line();
            for doc in docs {
                write_document(w, doc);
            }
        });
    });
    w
}

fn write_document(w: &mut Markup, doc: &Document<'_>) {
    let ann = doc.annotations;
    let sources = view::sources(ann);
    let named = sources.iter().filter(|s| s.source.is_some()).count();
    w.block("section", &[("class", "doc")], |w| {
        w.el("h2", &[], |w| w.text(doc.name));
        w.line();
        w.el("p", &[("class", "summary")], |w| {
            w.text(&format!("{} claims, {} sources, {} entity mentions", ann.claims.len(), named, ann.entities.len()))
        });
        w.line();
        w.block("div", &[("class", "doc-body")], |w| {
            w.block("article", &[("class", "article")], |w| {
                write_article(w, doc.text, ann, &sources);
                w.line();
            });
            w.block("aside", &[], |w| {
                write_sources(w, ann, &sources);
                write_entities(w, ann);
            });
        });
    });
}

fn write_sources(w: &mut Markup, ann: &Annotations, sources: &[SourceView<'_>]) {
    w.el("h3", &[], |w| w.text("Sources"));
    w.line();
    if sources.is_empty() {
        w.el("p", &[("class", "muted")], |w| w.text("No attributed claims found."));
        w.line();
        return;
    }
    w.block("ol", &[("class", "sources")], |w| {
        for s in sources {
            w.el("li", &[("class", &s.colour.class())], |w| {
                w.el("span", &[("class", "badge")], |w| w.text(&s.badge));
                w.el("strong", &[], |w| w.text(s.name));
                if let Some(src) = s.source {
                    let about: Vec<&str> = [src.label.map(Label::as_str), src.role.as_deref(), src.affiliation.as_deref()]
                        .into_iter()
                        .flatten()
                        .collect();
                    if !about.is_empty() {
                        w.text(" ");
                        w.el("span", &[("class", "muted")], |w| w.text(&about.join(" · ")));
                    }
                }
                w.line();
                w.block("ul", &[], |w| {
                    for claim in s.claims.iter().filter_map(|&c| ann.claims.get(c)) {
                        let cue: Vec<&str> = claim.cue.iter().map(|sp| sp.text.as_str()).collect();
                        let content: Vec<&str> = claim.content.iter().map(|sp| sp.text.as_str()).collect();
                        w.el("li", &[], |w| {
                            w.el("em", &[], |w| w.text(&clean(&cue.join(" … "))));
                            w.text(" ");
                            w.text(&clean(&content.join(" … ")));
                            if claim.unverified {
                                w.text(" ");
                                w.el("span", &[("class", "warn")], |w| w.text("unverified"));
                            }
                        });
                        w.line();
                    }
                });
            });
            w.line();
        }
    });
}

fn write_entities(w: &mut Markup, ann: &Annotations) {
    if ann.entity_groups.is_empty() {
        return;
    }
    w.el("h3", &[], |w| w.text("Entities"));
    w.line();
    w.block("dl", &[("class", "entities")], |w| {
        for (label, names) in view::entity_names(ann) {
            w.el("dt", &[], |w| w.text(label.as_str()));
            w.el("dd", &[], |w| w.text(&names.join(", ")));
            w.line();
        }
    });
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


/// The article as nested fragments: a piece of markup clipped to `from..to` (a span crossing
/// another's boundary becomes several fragments), or bare text.
enum Node {
    Text { from: usize, to: usize },
    Fragment { piece: usize, from: usize, to: usize, children: Vec<Node> },
}

/// Writes the article: paragraphs with nested marks. HTML elements must nest while claims,
/// cues, sources and entities overlap freely, so the text is cut at every span boundary and
/// each segment is wrapped in the spans that cover it, outermost first, as the web page's
/// layout does.
fn write_article(w: &mut Markup, text: &str, ann: &Annotations, sources: &[SourceView<'_>]) {
    let mut pieces = pieces(text, ann);
    crate::sort::sort_by(&mut pieces, |a, b| {
        a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.kind.cmp(&b.kind)).then(a.of.cmp(&b.of)).then(a.part.cmp(&b.part))
    });
    // Paragraphs are outermost whatever their extent: they are blocks, the rest is inline.
    crate::sort::sort_by_key(&mut pieces, |p| p.kind != Kind::Para);
    let owner = view::claim_owner(sources, ann.claims.len());
    let ctx = Context { text, ann, sources, owner: &owner, pieces: &pieces };
    for node in &fragments(text, &pieces) {
        ctx.write(w, node);
    }
}

/// Cuts the text at every piece boundary and nests the fragments. A fragment is built when it
/// closes, once it is known where it ends (whether it is its piece's last).
fn fragments(text: &str, pieces: &[Piece]) -> Vec<Node> {
    let mut starts: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut cuts = vec![0, text.len()];
    for (i, p) in pieces.iter().enumerate() {
        starts.entry(p.start).or_default().push(i);
        cuts.push(p.start);
        cuts.push(p.end);
    }
    crate::sort::sort(&mut cuts);
    cuts.dedup();

    // Open fragments, outermost first: (piece, where it began, its children so far).
    let mut stack: Vec<(usize, usize, Vec<Node>)> = Vec::new();
    let mut root: Vec<Node> = Vec::new();
    let mut active: Vec<usize> = Vec::new();
    let close = |stack: &mut Vec<(usize, usize, Vec<Node>)>, root: &mut Vec<Node>, keep: usize, to: usize| {
        while stack.len() > keep {
            let (piece, from, children) = stack.pop().expect("stack longer than keep");
            let node = Node::Fragment { piece, from, to, children };
            match stack.last_mut() {
                Some(parent) => parent.2.push(node),
                None => root.push(node),
            }
        }
    };
    for w in cuts.windows(2) {
        let (from, to) = (w[0], w[1]);
        active.retain(|&i| pieces[i].end > from);
        if let Some(opening) = starts.get(&from) {
            active.extend(opening);
            crate::sort::sort(&mut active);
        }
        // Line breaks between paragraphs stay bare text: inline marks live inside paragraphs.
        let wanted: &[usize] = match active.first() {
            Some(&i) if pieces[i].kind == Kind::Para => &active,
            _ => &[],
        };
        let keep = stack.iter().zip(wanted).take_while(|(open, &want)| open.0 == want).count();
        close(&mut stack, &mut root, keep, from);
        for &want in &wanted[keep..] {
            stack.push((want, from, Vec::new()));
        }
        let segment = Node::Text { from, to };
        match stack.last_mut() {
            Some(parent) => parent.2.push(segment),
            None => root.push(segment),
        }
    }
    close(&mut stack, &mut root, 0, text.len());
    root
}

/// What writing a fragment needs to know.
struct Context<'a> {
    text: &'a str,
    ann: &'a Annotations,
    sources: &'a [SourceView<'a>],
    owner: &'a [Option<usize>],
    pieces: &'a [Piece],
}

impl Context<'_> {
    fn write(&self, w: &mut Markup, node: &Node) {
        match node {
            Node::Text { from, to } => w.text(&self.text[*from..*to]),
            Node::Fragment { piece, from, to, children } => {
                let p = &self.pieces[*piece];
                let body = |w: &mut Markup| children.iter().for_each(|child| self.write(w, child));
                self.element(w, p, *from == p.start, *to == p.end, body);
            }
        }
    }

    fn source_of(&self, claim: usize) -> Option<&SourceView<'_>> {
        self.owner.get(claim).copied().flatten().and_then(|v| self.sources.get(v))
    }

    /// The element of one fragment of `p`; `first` and `last` say whether it starts or ends
    /// the piece (the badge goes on a claim's first fragment, an entity's label after its last).
    fn element(&self, w: &mut Markup, p: &Piece, first: bool, last: bool, body: impl FnOnce(&mut Markup)) {
        let index = p.of.to_string();
        match p.kind {
            Kind::Para => w.el("p", &[], body),
            Kind::Claim => {
                let claim = &self.ann.claims[p.of];
                let (name, badge, colour) = match self.source_of(p.of) {
                    Some(s) => (s.name, s.badge.as_str(), s.colour.class()),
                    None => (view::NO_SOURCE, "?", "c-none".to_string()),
                };
                let mut classes = format!("claim {colour}");
                if claim.unverified {
                    classes.push_str(" unverified");
                }
                if claim.parent.is_some() {
                    classes.push_str(" nested");
                }
                let mut attrs: Vec<Attr<'_>> = vec![("data-type", "claim"), ("data-source", name), ("data-claim", &index)];
                let badge = if claim.unverified { format!("{badge} unverified") } else { badge.to_string() };
                if first && p.part == 0 {
                    classes.push_str(" claim-start");
                    attrs.push(("data-badge", &badge));
                } else {
                    attrs.push(("data-cont", "1"));
                }
                attrs.push(("class", &classes));
                w.el("mark", &attrs, body);
            }
            Kind::Entity => {
                let e = &self.ann.entities[p.of];
                let label = e.label.as_str();
                let group = e.group.to_string();
                let mut attrs: Vec<Attr<'_>> = vec![("class", "ent"), ("data-type", label), ("data-entity", &index), ("data-group", &group)];
                if !first {
                    attrs.push(("data-cont", "1"));
                }
                // The label is drawn after the last fragment (CSS ::after), as on the web page.
                if last {
                    attrs.push(("data-label", label));
                }
                w.el("mark", &attrs, body);
            }
            Kind::Source | Kind::Cue => {
                let colour = self.source_of(p.of).map(|s| s.colour.class()).unwrap_or_else(|| "c-none".into());
                let what = if p.kind == Kind::Cue { "cue" } else { "claim-src" };
                let class = format!("{what} {colour}");
                w.el("span", &[("class", &class), ("data-claim", &index)], body);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, Options};

    fn render_one(text: &str) -> String {
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
    fn tags_balance_and_the_text_survives_intact() {
        let text = "President Joe Biden said on Monday that “the talks, which began in Geneva, are over.”\n\n\
                    Officials in Kyiv told Reuters 12 people were hurt. “We will not stop,” he said.\r\nA & B <c>.";
        let html = render_one(text);
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
        crate::Span { start, end: start + piece.len(), text: piece.into() }
    }

    #[test]
    fn a_span_crossing_another_is_split_into_fragments() {
        use crate::model::*;
        // Hand-made result: the entity "Kyiv today" crosses the end of the claim's content.
        let text = "Officials said the city of Kyiv today was calm.";
        let content = span(text, "the city of Kyiv");
        let entity = span(text, "Kyiv today");
        let claim = Claim {
            source: vec![span(text, "Officials")].into(),
            cue: vec![span(text, "said")].into(),
            content: vec![content].into(),
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

    /// Text with every markup character, words that become claims and entities, and markup
    /// that would close or open the page's own elements if it were pasted in raw.
    #[cfg(not(target_arch = "wasm32"))]
    fn hostile_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            Just("Vladimir Putin".to_string()),
            Just(" said ".to_string()),
            Just("Officials told Reuters ".to_string()),
            Just("“".to_string()),
            Just("”".to_string()),
            Just("\n".to_string()),
            Just(". ".to_string()),
            Just("<".to_string()),
            Just(">".to_string()),
            Just("&".to_string()),
            Just("&amp;".to_string()),
            Just("\"".to_string()),
            Just("'".to_string()),
            Just("</mark>".to_string()),
            Just("<mark data-type=\"claim\">".to_string()),
            Just("</p><p>".to_string()),
            Just("<script>alert(1)</script>".to_string()),
            Just("<!--".to_string()),
            Just("Kyiv 👨‍👩‍👧 é".to_string()),
            "[ -~]{0,6}".prop_map(String::from),
            any::<char>().prop_map(String::from),
        ];
        proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat())
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        /// Every `<` of the page is a tag the writer wrote (the page's CSS has none), so no
        /// `<` of the article, its name or the title got through; and the article reads back
        /// exactly once the tags are removed and the escapes decoded.
        #[test]
        fn every_angle_bracket_is_a_tag_the_writer_wrote(text in hostile_text(), name in hostile_text()) {
            let ann = annotate(&text, &Options::default());
            let markup = render(&name, &[Document { name: &name, text: &text, annotations: &ann }]);
            let tags = markup.tags();
            let html = markup.finish();
            proptest::prop_assert_eq!(html.matches('<').count(), tags);
            proptest::prop_assert_eq!(article_text(&html), format!("{text}\n"));
        }
    }

    #[test]
    fn the_page_css_holds_no_markup() {
        // The "every `<` is a tag" property counts on it: the CSS is written raw.
        assert!(!CSS.contains('<'));
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
