//! The standalone page (`sourcemark --html`, `renderPage`) read back by a strict little HTML
//! scanner: for any article text, every tag is one the page writer uses, tags balance, text
//! holds no `<` or `>` and only the writer's five escapes, and the article reads back intact.

use proptest::prelude::*;
use sourcemark::report::{page, Document};
use sourcemark::{annotate, Options};

/// The elements the page is made of; `meta` is the only void one.
const ELEMENTS: &[&str] = &[
    "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "section", "div", "article", "aside", "ol", "ul",
    "li", "span", "strong", "em", "dl", "dt", "dd", "mark",
];
const ESCAPES: &[(&str, char)] = &[("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&quot;", '"'), ("&#39;", '\'')];

fn name_at(s: &str) -> &str {
    let end = s.find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')).unwrap_or(s.len());
    &s[..end]
}

/// Decodes one run of text (or an attribute value); refuses `<`, `>` and any `&` that is not
/// one of the writer's escapes.
fn decode(s: &str, out: &mut String) -> Result<(), String> {
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' | '>' => return Err(format!("bare {c:?} in text: {rest:.40?}")),
            '&' => {
                let &(entity, ch) = ESCAPES.iter().find(|(e, _)| rest.starts_with(e)).ok_or(format!("bare & in text: {rest:.40?}"))?;
                out.push(ch);
                rest = &rest[entity.len()..];
            }
            c => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    Ok(())
}

/// Scans the page; returns the decoded text inside `<article>` or what is wrong.
fn scan(html: &str) -> Result<String, String> {
    let mut rest = html.strip_prefix("<!DOCTYPE html>\n").ok_or("no doctype")?;
    let mut open: Vec<&str> = Vec::new();
    let mut article = String::new();
    while !rest.is_empty() {
        let text_end = rest.find('<').unwrap_or(rest.len());
        let mut text = String::new();
        decode(&rest[..text_end], &mut text)?;
        if open.contains(&"article") {
            article.push_str(&text);
        }
        rest = &rest[text_end..];
        if rest.is_empty() {
            break;
        }
        if let Some(after) = rest.strip_prefix("</") {
            let name = name_at(after);
            let top = open.pop().ok_or(format!("</{name}> closes nothing"))?;
            if top != name {
                return Err(format!("</{name}> closes <{top}>"));
            }
            rest = after[name.len()..].strip_prefix('>').ok_or(format!("bad closing tag </{name}"))?;
            continue;
        }
        let after = &rest[1..];
        let name = name_at(after);
        let element = ELEMENTS.iter().find(|&&e| e == name).ok_or(format!("element not in the page's set: {:.30?}", rest))?;
        rest = &after[name.len()..];
        // Attributes: ` name="value"`, the value escaped like text.
        while let Some(attr) = rest.strip_prefix(' ') {
            let attr_name = name_at(attr);
            let value = attr[attr_name.len()..].strip_prefix("=\"").filter(|_| !attr_name.is_empty()).ok_or(format!("bad attribute in <{name}"))?;
            let value_end = value.find('"').ok_or(format!("unclosed attribute in <{name}"))?;
            decode(&value[..value_end], &mut String::new())?;
            rest = &value[value_end + 1..];
        }
        rest = rest.strip_prefix('>').ok_or(format!("bad opening tag <{name}"))?;
        if *element == "style" {
            // The CSS is the writer's constant; it ends at the closing tag.
            let css_end = rest.find("</style>").ok_or("unclosed style")?;
            rest = &rest[css_end + "</style>".len()..];
        } else if *element != "meta" {
            open.push(element);
        }
    }
    match open.last() {
        Some(e) => Err(format!("<{e}> never closed")),
        None => Ok(article),
    }
}

fn render(name: &str, text: &str) -> String {
    let ann = annotate(text, &Options::default());
    page(name, &[Document { name, text, annotations: &ann }])
}

#[test]
fn the_scanner_reads_a_page_and_refuses_markup_in_text() {
    let html = render("a.txt", "Officials said “the talks are over”.\nPutin & Biden <met>.");
    // The writer puts the article between line breaks of its own.
    assert_eq!(scan(&html).unwrap(), "\nOfficials said “the talks are over”.\nPutin & Biden <met>.\n");
    // The same page with article text pasted in raw, each way it could go wrong.
    for (raw, why) in [
        ("<script>alert(1)</script>", "element not in the page's set"),
        ("a </mark> b", "closes"),
        ("<p>x</p>", ""),
        ("a & b", "bare &"),
        ("1 > 0", "bare '>'"),
        ("<mark data-x=\"\"\">", "bad"),
    ] {
        let tampered = html.replacen("Officials", raw, 1);
        match scan(&tampered) {
            Err(e) => assert!(e.contains(why), "{raw}: {e}"),
            // Balanced allowed markup still changes the article's text.
            Ok(article) => assert_ne!(article, "\nOfficials said “the talks are over”.\nPutin & Biden <met>.\n".replacen("Officials", raw, 1), "{raw}"),
        }
    }
}

/// Text with every markup character, words that become claims and entities, and markup that
/// would close or open the page's own elements if it were pasted in raw.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Dmitry Peskov".to_string()),
        Just(" said ".to_string()),
        Just("according to officials, ".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just(". ".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("&".to_string()),
        Just("&lt;".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("</mark>".to_string()),
        Just("</article><script>".to_string()),
        Just("<p>".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("\" onmouseover=\"alert(1)".to_string()),
        Just("Київ 👍🏽 e\u{301}".to_string()),
        "[ -~]{0,8}".prop_map(String::from),
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_article_gives_a_page_of_only_the_writers_markup(text in hostile_text(), name in hostile_text()) {
        let html = render(&name, &text);
        match scan(&html) {
            Ok(article) => prop_assert_eq!(article, format!("\n{text}\n")),
            Err(e) => prop_assert!(false, "{}\n{}", e, html),
        }
    }
}
