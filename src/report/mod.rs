//! What the command lines print: a "who said what" text report for a person and a standalone
//! annotated HTML page. Both read an [`Annotations`](crate::Annotations) with UTF-8 byte
//! offsets (what `annotate` returns from Rust by default) and the text it was made from.
//!
//! [`view`] ranks and numbers the sources the way the web page does (most claims first,
//! unnamed sources after named ones), so a source is "S1" in the terminal, the HTML page and
//! the browser alike. [`markup`] is the HTML writer: the page is never built by pasting
//! strings, so article text always arrives escaped.

pub mod html;
pub mod markup;
pub mod text;
pub mod view;

pub use html::{page, title, Document};

/// The command lines' help (`--help`, and after a bad argument). One text for both: the native
/// CLI prints it and the Node CLI gets it from the WebAssembly build (`usage()`). No final newline.
pub const USAGE: &str = include_str!("usage.txt");
pub use text::{report, Style};
