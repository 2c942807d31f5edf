//! Head words: the generic noun inside a multi-word name that says what kind of thing it is
//! ("Ministry of Defence", "Chkalovsky Air Base", "Operation Interflex"). Lowercase.

use crate::model::Label;

pub(crate) const ORG_HEAD_LIST: &[&str] = &["academy", "administration", "agency", "agency's", "airline", "airlines", "airways", "alliance", "army", "assembly", "association", "authority", "bancorp", "bank", "battalion", "board", "brigade", "brotherhood", "bureau", "cabinet", "center", "centre", "channel", "church", "club", "co.", "coalition", "college", "command", "commission", "committee", "company", "congress", "consulate", "corp", "corp.", "corporation", "corps", "council", "court", "department", "directorate", "division", "duma", "embassy", "energy", "enterprises", "exchange", "federation", "fleet", "force", "forces", "foundation", "front", "fund", "gazette", "group", "guard", "herald", "holdings", "hospital", "inc", "inc.", "industries", "institute", "intelligence", "journal", "laboratory", "labs", "llc", "ltd", "ltd.", "magazine", "marines", "media", "ministry", "mission", "motors", "movement", "navy", "network", "news", "office", "orchestra", "organisation", "organization", "parliament", "partners", "party", "plc", "police", "post", "press", "prosecutor's", "rada", "radio", "regiment", "reserve", "school", "secretariat", "senate", "service", "services", "society", "staff", "systems", "team", "technologies", "telegraph", "television", "times", "tribunal", "tribune", "trust", "tv", "union", "university"];

pub fn org_head(w: &str) -> bool {
    super::classes::has(w, super::classes::ORG_HEAD)
}

pub(crate) const LOC_HEAD_LIST: &[&str] = &["airfield", "airport", "arena", "auditorium", "avenue", "base", "bay", "beach", "boulevard", "bridge", "cafe", "canal", "canyon", "cape", "cathedral", "cinema", "city", "coast", "cottage", "county", "dam", "desert", "district", "falls", "forest", "gallery", "garage", "grill", "gulf", "hall", "harbor", "harbour", "heights", "highway", "hill", "hills", "hotel", "house", "inn", "island", "islands", "isle", "kingdom", "krai", "lake", "lane", "library", "mall", "market", "memorial", "monument", "mount", "mountain", "mountains", "museum", "oblast", "ocean", "palace", "park", "peninsula", "pier", "plant", "plaza", "port", "prison", "province", "pub", "region", "republic", "reservoir", "resort", "restaurant", "river", "road", "sea", "square", "stadium", "state", "station", "steppe", "strait", "street", "terminal", "territories", "territory", "theater", "theatre", "tower", "valley", "zoo"];

pub(crate) const MISC_HEAD_LIST: &[&str] = &["accord", "accords", "act", "agreement", "award", "awards", "battle", "championship", "charter", "conference", "convention", "crisis", "cup", "day", "declaration", "doctrine", "festival", "games", "initiative", "law", "league", "offensive", "olympics", "operation", "pact", "plan", "prize", "protocol", "revolution", "summit", "treaty", "war"];

/// What the head words of a name (lowercase tokens) make it, if anything.
/// The last word decides first ("Air Base" → LOC); then a leading "X of …" ("Ministry of Defence");
/// then any organisation word ("Security Council Secretary" is still about an ORG).
pub fn head_label(words: &[&str]) -> Option<Label> {
    let last = *words.last()?;
    if words.len() >= 2 {
        if let Some(label) = label_of_head(last) {
            return Some(label);
        }
    }
    if let Some(of) = words.iter().position(|&w| w == "of") {
        if of > 0 && of + 1 < words.len() {
            if let Some(label) = label_of_head(words[of - 1]) {
                return Some(label);
            }
        }
    }
    // (The word test first: it is a few comparisons, the head test a lookup per word.)
    if words.len() >= 2 && words.contains(&"military") && words[..words.len() - 1].iter().any(|w| org_head(w)) {
        return Some(Label::ORG);
    }
    if words.first().is_some_and(|&w| w == "operation") && words.len() >= 2 {
        return Some(Label::MISC);
    }
    None
}

/// The label a head word gives (organisation first, then place, then event): one lookup of
/// its classes for the three lists.
fn label_of_head(w: &str) -> Option<Label> {
    use super::classes::{of, LOC_HEAD, MISC_HEAD, ORG_HEAD};
    let bits = of(w);
    if bits & ORG_HEAD != 0 {
        Some(Label::ORG)
    } else if bits & LOC_HEAD != 0 {
        Some(Label::LOC)
    } else if bits & MISC_HEAD != 0 {
        Some(Label::MISC)
    } else {
        None
    }
}
