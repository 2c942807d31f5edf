//! Small closed word classes the rules look for (lowercase). Plain English grammar and
//! news-writing conventions, not drawn from any evaluation text.

/// Is `w` in `sorted` (sorted by bytes, no repeats)? A binary search: a long `matches!` of
/// strings compiles to one comparison after another, which is slower and larger in wasm.
pub(crate) fn among(sorted: &[&str], w: &str) -> bool {
    sorted.binary_search(&w).is_ok()
}

pub fn is_month(w: &str) -> bool {
    among(&["apr", "april", "aug", "august", "dec", "december", "feb", "february", "jan", "january", "jul", "july", "jun", "june", "mar", "march", "may", "nov", "november", "oct", "october", "sep", "sept", "september"], w)
}

pub fn is_weekday(w: &str) -> bool {
    among(&["fri", "friday", "mon", "monday", "sat", "saturday", "sun", "sunday", "thu", "thurs", "thursday", "tue", "tues", "tuesday", "wed", "wednesday"], w)
}

/// Time units that make a DATE with a determiner or number ("last week", "two years").
pub fn is_time_unit(w: &str) -> bool {
    among(&["afternoon", "autumn", "centuries", "century", "day", "days", "decade", "decades", "evening", "evenings", "fall", "fortnight", "hour", "hours", "millennium", "minute", "minutes", "month", "months", "morning", "mornings", "night", "nights", "quarter", "second", "seconds", "semester", "spring", "summer", "term", "week", "weekend", "weekends", "weeks", "winter", "year", "years"], w)
}

/// Plural units that are durations on their own ("for months", "years of war").
pub fn is_bare_duration(w: &str) -> bool {
    matches!(w, "hours" | "days" | "weeks" | "months" | "years" | "decades" | "centuries")
}

/// Words that are a DATE alone.
pub fn is_date_word(w: &str) -> bool {
    matches!(w, "today" | "yesterday" | "tomorrow" | "tonight" | "overnight" | "midnight" | "noon")
}

/// Words before a time unit that keep it a DATE ("last", "this", "its first").
pub fn is_date_modifier(w: &str) -> bool {
    among(&["a", "an", "coming", "couple", "current", "earlier", "early", "entire", "few", "final", "first", "following", "her", "his", "its", "last", "late", "later", "mid", "my", "next", "of", "our", "past", "previous", "recent", "same", "several", "that", "the", "their", "these", "this", "those", "upcoming", "whole"], w)
}

/// Modifiers strong enough to make a singular unit a DATE ("the" alone is not: "the day").
pub fn is_strong_date_modifier(w: &str) -> bool {
    is_date_modifier(w) && !matches!(w, "the" | "a" | "an" | "of" | "few" | "couple" | "several")
}

/// After a time expression: "ago", "later", "before" …
pub fn is_date_suffix(w: &str) -> bool {
    matches!(w, "ago" | "later" | "earlier" | "before" | "after" | "since" | "previously")
}

/// Spelled-out cardinals.
pub fn spelled_number(w: &str) -> bool {
    among(&["billion", "billions", "dozen", "dozens", "eight", "eighteen", "eighty", "eleven", "fifteen", "fifty", "five", "forty", "four", "fourteen", "half", "hundred", "hundreds", "million", "millions", "nine", "nineteen", "ninety", "one", "seven", "seventeen", "seventy", "six", "sixteen", "sixty", "ten", "tens", "thirteen", "thirty", "thousand", "thousands", "three", "trillion", "twelve", "twenty", "two"], w)
}

/// Number words that follow a number and belong to it ("2.5 million", "sq km", "rubles").
pub fn is_number_unit(w: &str) -> bool {
    among(&["%", "acres", "barrels", "bcm", "billion", "bn", "cents", "cm", "degrees", "dollar", "dollars", "eur", "euro", "euros", "feet", "fold", "foot", "francs", "ft", "g", "gallons", "gbp", "grams", "gw", "hectares", "hryvnas", "hryvnia", "hryvnias", "hundred", "inches", "k", "kg", "kilograms", "kilometer", "kilometers", "kilometre", "kilometres", "kilos", "km", "km2", "kph", "kw", "kwh", "lira", "liters", "litres", "m", "m2", "meter", "meters", "metre", "metres", "mile", "miles", "million", "mm", "mn", "mph", "mt", "mw", "mwh", "pence", "percent", "pound", "pounds", "rouble", "roubles", "rub", "ruble", "rubles", "rupees", "shekels", "thousand", "times", "ton", "tonne", "tonnes", "tons", "trillion", "usd", "yen", "yuan"], w)
}

/// Approximators that belong to the number after them ("more than 600").
/// Returns how many tokens the approximator spans when `ws` starts with one.
pub fn approximator_len(ws: &[&str]) -> usize {
    let w0 = ws.first().copied().unwrap_or("");
    let w1 = ws.get(1).copied().unwrap_or("");
    let w2 = ws.get(2).copied().unwrap_or("");
    match (w0, w1) {
        ("more" | "less" | "fewer" | "greater" | "higher" | "lower", "than") => 2,
        ("up" | "close" | "upwards", "to" | "of") => 2,
        ("at", "least" | "most") => 2,
        ("as", "many" | "much" | "few" | "little") if w2 == "as" => 3,
        ("just" | "only" | "well", "over" | "under" | "above" | "below") => 2,
        ("an", "estimated") => 2,
        ("around" | "about" | "nearly" | "almost" | "approximately" | "roughly" | "some" | "over"
            | "under" | "approx" | "circa" | "exactly" | "precisely" | "barely" | "fully"
            | "estimated" | "above" | "below", _) => 1,
        _ => 0,
    }
}

/// Currency signs written before the amount.
pub fn is_currency_sign(w: &str) -> bool {
    matches!(w, "£" | "$" | "€" | "¥" | "₽" | "₴" | "₹" | "US$" | "C$" | "A$")
}

/// Prepositions after which an unknown capitalised word is most likely a place.
pub fn is_locative_preposition(w: &str) -> bool {
    among(&["across", "around", "at", "between", "beyond", "from", "in", "inside", "into", "near", "outside", "through", "throughout", "to", "toward", "towards", "via"], w)
}

/// Designator nouns after a place name that stay outside the LOC span ("Donetsk region").
pub fn is_place_designator(w: &str) -> bool {
    among(&["area", "axis", "border", "city", "countryside", "county", "direction", "district", "front", "krai", "oblast", "outskirts", "province", "region", "regions", "republic", "sector", "settlement", "state", "territory", "town", "village"], w)
}

/// Nouns before "of X" that make X a place ("the village of Klishchivka").
pub fn is_settlement_noun(w: &str) -> bool {
    among(&["area", "areas", "capital", "cities", "city", "district", "hamlet", "island", "oblast", "outskirts", "port", "province", "region", "regions", "settlement", "settlements", "state", "suburb", "suburbs", "town", "towns", "village", "villages"], w)
}

/// Verbs of saying right after a name: the name is a speaker, so a person or an organisation.
pub fn is_speech_verb(w: &str) -> bool {
    among(&["acknowledged", "added", "adds", "admitted", "announced", "argued", "asked", "believes", "claimed", "claims", "concluded", "confirmed", "continued", "declared", "denied", "explained", "insisted", "noted", "posted", "recalled", "reiterated", "replied", "responded", "revealed", "said", "says", "stated", "suggested", "tells", "thinks", "told", "tweeted", "urged", "warned", "writes", "wrote", "wrote:"], w)
}

/// Function words that never start or end a name, even capitalised at a sentence start.
pub fn is_function_word(w: &str) -> bool {
    among(&["a", "about", "after", "against", "all", "also", "although", "amid", "among", "amongst", "an", "and", "another", "any", "are", "as", "at", "be", "because", "before", "beside", "besides", "both", "but", "by", "can", "could", "despite", "did", "do", "does", "dr", "during", "each", "either", "even", "every", "for", "from", "had", "has", "have", "he", "hence", "her", "here", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just", "many", "may", "meanwhile", "might", "more", "most", "mr", "mrs", "ms", "must", "my", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "onto", "or", "other", "our", "out", "over", "per", "perhaps", "she", "should", "since", "so", "some", "still", "such", "than", "that", "the", "their", "then", "there", "these", "they", "this", "those", "though", "thus", "to", "toward", "towards", "under", "unless", "unlike", "until", "up", "upon", "via", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yes", "yet", "you", "your"], w)
}

/// Connectors allowed inside a multi-word name ("Ministry of Defence", "Charles de Gaulle").
pub fn is_name_connector(w: &str) -> bool {
    among(&["&", "al", "and", "bin", "da", "de", "del", "della", "den", "der", "des", "di", "du", "el", "for", "ibn", "la", "le", "of", "on", "the", "upon", "van", "von"], w)
}


/// Everyday abbreviations written in capitals that name no organisation ("FYI", "CEO", "DVD").
pub fn is_plain_abbreviation(w: &str) -> bool {
    among(&["ad", "ai", "aids", "aka", "am", "api", "asap", "atm", "ave", "bc", "bcc", "btw", "cc", "cd", "ceo", "cfo", "co2", "coo", "covid", "cst", "cto", "cv", "diy", "dna", "dr", "dvd", "edt", "est", "eta", "ev", "evp", "faq", "fw", "fwd", "fyi", "gdp", "gmt", "gps", "hiv", "hq", "hr", "html", "id", "ii", "iii", "imho", "imo", "inc", "ip", "iq", "irr", "it", "iv", "ix", "jr", "kmh", "llc", "lng", "lol", "lpg", "ltd", "mp", "mph", "mps", "mr", "mrs", "nb", "ok", "omg", "p.s.", "pc", "pdf", "pdt", "pin", "plc", "pm", "pov", "pr", "ps", "pst", "qa", "re", "rfp", "roi", "rsvp", "sms", "sr", "st", "suv", "svp", "tba", "tbd", "tv", "ui", "url", "usb", "utc", "vhs", "vi", "vii", "viii", "vip", "vp", "ww2", "wwii", "xi", "xii"], w)
}

/// US state postal codes, a place after "City, " ("Lawrence, KS").
pub fn is_us_state_code(t: &str) -> bool {
    among(&["AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY"], t)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `among` needs sorted lists: every word of each list is found, a word off them is not.
    #[test]
    fn word_classes_find_their_words() {
        for w in ["january", "sept", "monday", "thurs", "fortnight", "millennium", "previous", "upcoming", "dozen", "tens", "ago", "previously"] {
            assert!(is_month(w) || is_weekday(w) || is_time_unit(w) || is_date_modifier(w) || spelled_number(w) || is_date_suffix(w), "{w}");
        }
        for w in ["bn", "%", "usd", "mt", "m2", "km2"] {
            assert!(is_number_unit(w), "{w}");
        }
        assert!(is_function_word("the") && is_function_word("perhaps") && is_function_word("amid") && !is_function_word("russia"));
        assert!(is_us_state_code("AL") && is_us_state_code("DC") && is_us_state_code("WY") && !is_us_state_code("al"));
        assert!(is_plain_abbreviation("fyi") && is_plain_abbreviation("pdt") && !is_plain_abbreviation("nato"));
        assert!(is_speech_verb("said") && is_speech_verb("wrote:") && !is_speech_verb("sing"));
        assert!(is_place_designator("oblast") && is_settlement_noun("hamlet") && is_locative_preposition("via"));
    }
}
