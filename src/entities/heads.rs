//! Head words: the generic noun inside a multi-word name that says what kind of thing it is
//! ("Ministry of Defence", "Chkalovsky Air Base", "Operation Interflex"). Lowercase.

use crate::model::Label;

pub fn org_head(w: &str) -> bool {
    matches!(
        w,
        "ministry" | "council" | "committee" | "agency" | "army" | "navy" | "fleet" | "party" | "bank"
            | "university" | "institute" | "office" | "staff" | "service" | "services" | "department"
            | "commission" | "court" | "parliament" | "assembly" | "guard" | "forces" | "force"
            | "corporation" | "corp" | "corp." | "inc" | "inc." | "ltd" | "ltd." | "llc" | "plc" | "group"
            | "company" | "co." | "media" | "news" | "times" | "post" | "press" | "union" | "association"
            | "foundation" | "organization" | "organisation" | "alliance" | "school" | "college"
            | "hospital" | "police" | "airlines" | "airways" | "authority" | "administration" | "bureau"
            | "board" | "centre" | "center" | "fund" | "society" | "club" | "network" | "radio" | "tv"
            | "television" | "channel" | "magazine" | "journal" | "gazette" | "herald" | "tribune"
            | "telegraph" | "brigade" | "battalion" | "regiment" | "division" | "corps" | "command"
            | "directorate" | "cabinet" | "senate" | "congress" | "duma" | "rada" | "reserve"
            | "exchange" | "intelligence" | "marines" | "orchestra" | "church" | "federation"
            | "partners" | "holdings" | "industries" | "technologies" | "systems" | "labs"
            | "laboratory" | "academy" | "secretariat" | "tribunal" | "prosecutor's" | "embassy"
            | "consulate" | "mission" | "coalition" | "front" | "movement" | "brotherhood" | "team"
            | "energy" | "motors" | "airline" | "bancorp" | "trust" | "enterprises" | "agency's"
    )
}

pub fn loc_head(w: &str) -> bool {
    matches!(
        w,
        "base" | "airport" | "airfield" | "street" | "avenue" | "road" | "square" | "bridge" | "river"
            | "lake" | "sea" | "ocean" | "gulf" | "bay" | "island" | "islands" | "mountain" | "mountains"
            | "mount" | "valley" | "peninsula" | "oblast" | "province" | "region" | "county" | "city"
            | "plant" | "station" | "port" | "canal" | "desert" | "forest" | "park" | "beach" | "coast"
            | "strait" | "heights" | "hill" | "hills" | "palace" | "tower" | "stadium" | "cathedral"
            | "prison" | "harbour" | "harbor" | "reservoir" | "dam" | "highway" | "boulevard" | "lane"
            | "krai" | "republic" | "kingdom" | "state" | "territory" | "territories" | "district"
            | "plaza" | "falls" | "canyon" | "cape" | "isle" | "steppe" | "hall" | "auditorium"
            | "hotel" | "museum" | "gallery" | "theater" | "theatre" | "cinema" | "library" | "mall"
            | "arena" | "zoo" | "memorial" | "garage" | "house" | "cottage" | "inn" | "resort"
            | "restaurant" | "grill" | "cafe" | "pub" | "market" | "terminal" | "pier" | "monument"
    )
}

pub fn misc_head(w: &str) -> bool {
    matches!(
        w,
        "war" | "operation" | "day" | "act" | "treaty" | "accord" | "accords" | "agreement" | "prize"
            | "award" | "awards" | "cup" | "olympics" | "games" | "festival" | "declaration" | "protocol"
            | "doctrine" | "initiative" | "summit" | "conference" | "championship" | "league"
            | "revolution" | "crisis" | "battle" | "offensive" | "pact" | "charter" | "convention"
            | "law" | "plan"
    )
}

/// What the head words of a name (lowercase tokens) make it, if anything.
/// The last word decides first ("Air Base" → LOC); then a leading "X of …" ("Ministry of Defence");
/// then any organisation word ("Security Council Secretary" is still about an ORG).
pub fn head_label(words: &[&str]) -> Option<Label> {
    let last = *words.last()?;
    if words.len() >= 2 {
        if org_head(last) {
            return Some(Label::ORG);
        }
        if loc_head(last) {
            return Some(Label::LOC);
        }
        if misc_head(last) {
            return Some(Label::MISC);
        }
    }
    if let Some(of) = words.iter().position(|&w| w == "of") {
        if of > 0 && of + 1 < words.len() {
            let h = words[of - 1];
            if org_head(h) {
                return Some(Label::ORG);
            }
            if loc_head(h) {
                return Some(Label::LOC);
            }
            if misc_head(h) {
                return Some(Label::MISC);
            }
        }
    }
    if words.len() >= 2 && words[..words.len() - 1].iter().any(|w| org_head(w)) && words.contains(&"military") {
        return Some(Label::ORG);
    }
    if words.first().is_some_and(|&w| w == "operation") && words.len() >= 2 {
        return Some(Label::MISC);
    }
    None
}
