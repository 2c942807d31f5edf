//! Plain reporting cues (say, tell, according to, write, add, claim, note, explain): the shapes
//! of source and content around them that the general rules first missed. Every sentence is
//! invented.

mod common;

use common::claims::{by_cue, run, texts};

#[test]
fn typewriter_quote_closing_with_an_inner_quote() {
    // ''…'a special case,''' : the inner single quotation closes, then the double one.
    let ann = run("''We hear it every week, 'this town is a special case,''' Mr. Dale said. ''It never is.''");
    let c = by_cue(&ann, "said");
    assert_eq!(texts(&c.source), ["Mr. Dale"]);
    assert_eq!(texts(&c.content), ["''We hear it every week, 'this town is a special case,'''", "''It never is.''"]);
}
