//! A small HTML writer that cannot emit unescaped text: the only way to put a runtime string
//! into the output is [`Markup::text`] or an attribute value, and both are escaped here.
//!
//! Why a writer and not `format!`: article text is pasted by the user and untrusted. With
//! string building, one forgotten `escape()` is an injection; here markup can only come from
//! `&'static str` (tag names, attribute names, [`Markup::raw`] constants written in the
//! source), and elements are written by [`Markup::el`] with a closure for their content, so
//! every element opened is closed, in order.

/// An attribute: a fixed name and a value (escaped when written).
pub type Attr<'a> = (&'static str, &'a str);

/// The output being written and how many tags it holds (for checks: every `<` is a tag).
#[derive(Debug, Default)]
pub struct Markup {
    out: String,
    tags: usize,
}

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    /// `<!DOCTYPE html>` and a line break.
    pub fn doctype(&mut self) {
        self.out.push_str("<!DOCTYPE html>\n");
        self.tags += 1;
    }

    /// `<tag attrs>`, what `body` writes, `</tag>`: inline, no line breaks added.
    pub fn el(&mut self, tag: &'static str, attrs: &[Attr<'_>], body: impl FnOnce(&mut Self)) {
        self.open(tag, attrs);
        body(self);
        self.close(tag);
    }

    /// Like [`el`](Self::el) with a line break after the opening and the closing tag, for
    /// block elements, so the page reads well as source.
    pub fn block(&mut self, tag: &'static str, attrs: &[Attr<'_>], body: impl FnOnce(&mut Self)) {
        self.open(tag, attrs);
        self.out.push('\n');
        body(self);
        self.close(tag);
        self.out.push('\n');
    }

    /// An element without content or closing tag (`<meta …>`).
    pub fn void(&mut self, tag: &'static str, attrs: &[Attr<'_>]) {
        self.open(tag, attrs);
    }

    /// Text content, escaped.
    pub fn text(&mut self, s: &str) {
        escape_into(&mut self.out, s);
    }

    /// A constant written in the source (the page's CSS, a line break), output as is. It may
    /// not contain `<`: markup goes through [`el`](Self::el).
    pub fn raw(&mut self, s: &'static str) {
        debug_assert!(!s.contains('<'), "raw output with markup in it: {s:?}");
        self.out.push_str(s);
    }

    pub fn line(&mut self) {
        self.out.push('\n');
    }

    /// Tags written so far: the doctype, each opening tag and each closing tag.
    pub fn tags(&self) -> usize {
        self.tags
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn open(&mut self, tag: &'static str, attrs: &[Attr<'_>]) {
        debug_assert!(is_name(tag), "bad tag name {tag:?}");
        self.out.push('<');
        self.out.push_str(tag);
        for &(name, value) in attrs {
            debug_assert!(is_name(name), "bad attribute name {name:?}");
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
        self.tags += 1;
    }

    fn close(&mut self, tag: &'static str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self.tags += 1;
    }
}

/// Tag and attribute names: lower-case ASCII letters, digits and `-`, starting with a letter.
fn is_name(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Escapes for element content and double- or single-quoted attribute values alike.
fn escape_into(out: &mut String, s: &str) {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(tag: &'static str, attrs: &[Attr<'_>], text: &str) -> String {
        let mut w = Markup::new();
        w.el(tag, attrs, |w| w.text(text));
        w.finish()
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            one("p", &[], "<script>alert('x')</script> & \"y\""),
            "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;</p>"
        );
        assert_eq!(one("p", &[], "&amp; already"), "<p>&amp;amp; already</p>", "escaped twice, never trusted");
    }

    #[test]
    fn attribute_values_are_escaped() {
        let html = one("mark", &[("data-source", "\"><script>x</script>"), ("title", "it's & <b>")], "");
        assert_eq!(html, "<mark data-source=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\" title=\"it&#39;s &amp; &lt;b&gt;\"></mark>");
    }

    #[test]
    fn unicode_and_emoji_pass_through() {
        assert_eq!(one("em", &[("data-x", "Zoë 👨‍👩‍👧")], "Kyiv – «Київ» 👍"), "<em data-x=\"Zoë 👨‍👩‍👧\">Kyiv – «Київ» 👍</em>");
    }

    #[test]
    fn elements_nest_and_every_tag_is_counted() {
        let mut w = Markup::new();
        w.doctype();
        w.block("ul", &[("class", "a")], |w| {
            w.el("li", &[], |w| {
                w.text("one");
                w.void("meta", &[("charset", "utf-8")]);
            });
            w.line();
            w.raw("/* constant */");
        });
        assert_eq!(w.tags(), 6);
        let html = w.finish();
        assert_eq!(html, "<!DOCTYPE html>\n<ul class=\"a\">\n<li>one<meta charset=\"utf-8\"></li>\n/* constant */</ul>\n");
        assert_eq!(html.matches('<').count(), 6);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "bad tag name")]
    fn a_tag_name_with_markup_is_refused() {
        one("p onclick=x", &[], "");
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "raw output with markup")]
    fn raw_markup_is_refused() {
        Markup::new().raw("<b>");
    }
}
