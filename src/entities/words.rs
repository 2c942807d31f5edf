//! Small closed word classes the rules look for (lowercase). Plain English grammar and
//! news-writing conventions, not drawn from any evaluation text.

pub fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september"
            | "october" | "november" | "december" | "jan" | "feb" | "mar" | "apr" | "jun" | "jul"
            | "aug" | "sep" | "sept" | "oct" | "nov" | "dec"
    )
}

pub fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "mon"
            | "tue" | "tues" | "wed" | "thu" | "thurs" | "fri" | "sat" | "sun"
    )
}

/// Time units that make a DATE with a determiner or number ("last week", "two years").
pub fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "second" | "seconds" | "minute" | "minutes" | "hour" | "hours" | "day" | "days" | "week"
            | "weeks" | "weekend" | "weekends" | "fortnight" | "month" | "months" | "year" | "years"
            | "decade" | "decades" | "century" | "centuries" | "night" | "nights" | "morning"
            | "mornings" | "afternoon" | "evening" | "evenings" | "summer" | "winter" | "spring"
            | "autumn" | "fall" | "quarter" | "term" | "semester" | "millennium"
    )
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
    matches!(
        w,
        "the" | "this" | "that" | "these" | "those" | "last" | "next" | "past" | "coming" | "previous"
            | "recent" | "early" | "late" | "mid" | "earlier" | "later" | "its" | "their" | "his" | "her"
            | "our" | "my" | "a" | "an" | "several" | "few" | "couple" | "of" | "first" | "final"
            | "same" | "following" | "whole" | "entire" | "current" | "upcoming"
    )
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
    matches!(
        w,
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "eleven"
            | "twelve" | "thirteen" | "fourteen" | "fifteen" | "sixteen" | "seventeen" | "eighteen"
            | "nineteen" | "twenty" | "thirty" | "forty" | "fifty" | "sixty" | "seventy" | "eighty"
            | "ninety" | "hundred" | "thousand" | "million" | "billion" | "trillion" | "dozen"
            | "hundreds" | "thousands" | "millions" | "billions" | "dozens" | "half" | "tens"
    )
}

/// Number words that follow a number and belong to it ("2.5 million", "sq km", "rubles").
pub fn is_number_unit(w: &str) -> bool {
    matches!(
        w,
        "hundred" | "thousand" | "million" | "billion" | "trillion" | "bn" | "mn" | "m" | "k"
            | "percent" | "%" | "times" | "fold"
            | "rubles" | "roubles" | "ruble" | "rouble" | "dollars" | "dollar" | "euros" | "euro"
            | "pounds" | "pound" | "hryvnias" | "hryvnia" | "hryvnas" | "yuan" | "yen" | "pence"
            | "cents" | "francs" | "rupees" | "lira" | "shekels" | "usd" | "eur" | "gbp" | "rub"
            | "km" | "kilometers" | "kilometres" | "kilometer" | "kilometre" | "miles" | "mile"
            | "meters" | "metres" | "meter" | "metre" | "m2" | "km2" | "feet" | "foot" | "ft" | "inches"
            | "cm" | "mm" | "kg" | "kilograms" | "kilos" | "grams" | "g" | "tons" | "tonnes" | "ton"
            | "tonne" | "mph" | "kph" | "hectares" | "acres" | "litres" | "liters" | "gallons"
            | "barrels" | "degrees" | "mw" | "gw" | "kw" | "kwh" | "mwh" | "bcm" | "mt"
    )
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
    matches!(
        w,
        "in" | "near" | "at" | "from" | "to" | "outside" | "around" | "towards" | "toward" | "across"
            | "into" | "through" | "via" | "inside" | "between" | "beyond" | "throughout"
    )
}

/// Designator nouns after a place name that stay outside the LOC span ("Donetsk region").
pub fn is_place_designator(w: &str) -> bool {
    matches!(
        w,
        "region" | "regions" | "oblast" | "province" | "area" | "district" | "county" | "city"
            | "town" | "village" | "settlement" | "state" | "republic" | "front" | "direction"
            | "axis" | "sector" | "krai" | "territory" | "border" | "outskirts" | "countryside"
    )
}

/// Nouns before "of X" that make X a place ("the village of Klishchivka").
pub fn is_settlement_noun(w: &str) -> bool {
    matches!(
        w,
        "village" | "villages" | "town" | "towns" | "city" | "cities" | "settlement" | "settlements"
            | "region" | "regions" | "province" | "port" | "capital" | "suburb" | "suburbs" | "hamlet"
            | "outskirts" | "island" | "district" | "oblast" | "area" | "areas" | "state"
    )
}

/// Verbs of saying right after a name: the name is a speaker, so a person or an organisation.
pub fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said" | "says" | "told" | "tells" | "added" | "adds" | "wrote" | "writes" | "stated" | "claimed"
            | "claims" | "noted" | "explained" | "insisted" | "argued" | "warned" | "announced"
            | "tweeted" | "admitted" | "confirmed" | "denied" | "asked" | "replied" | "thinks"
            | "believes" | "recalled" | "continued" | "concluded" | "revealed" | "acknowledged"
            | "reiterated" | "declared" | "urged" | "suggested" | "posted" | "responded" | "wrote:"
    )
}

/// Function words that never start or end a name, even capitalised at a sentence start.
pub fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "and" | "or" | "but" | "of" | "in" | "on" | "at" | "to" | "for" | "from"
            | "by" | "with" | "as" | "if" | "so" | "than" | "that" | "this" | "these" | "those" | "it"
            | "he" | "she" | "they" | "we" | "i" | "you" | "his" | "her" | "its" | "their" | "our"
            | "my" | "your" | "is" | "are" | "was" | "were" | "be" | "not" | "no" | "yes" | "all"
            | "when" | "while" | "after" | "before" | "since" | "during" | "there" | "here" | "what"
            | "who" | "which" | "where" | "why" | "how" | "meanwhile" | "however" | "also" | "then"
            | "some" | "many" | "most" | "more" | "even" | "still" | "yet" | "now" | "about" | "into"
            | "over" | "under" | "up" | "out" | "off" | "do" | "does" | "did" | "has" | "have" | "had"
            | "will" | "would" | "can" | "could" | "should" | "may" | "might" | "must" | "such" | "every"
            | "each" | "both" | "either" | "neither" | "other" | "another" | "any" | "only" | "just"
            | "mr" | "mrs" | "ms" | "dr" | "amid" | "among" | "amongst" | "despite" | "although"
            | "though" | "unless" | "whether" | "upon" | "via" | "per" | "against" | "without"
            | "within" | "toward" | "towards" | "until" | "beside" | "besides" | "onto" | "unlike"
            | "whose" | "whom" | "nor" | "once" | "because" | "thus" | "hence" | "perhaps"
    )
}

/// Connectors allowed inside a multi-word name ("Ministry of Defence", "Charles de Gaulle").
pub fn is_name_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "and" | "de" | "del" | "della" | "da" | "di" | "du" | "des" | "van" | "von" | "der" | "den" | "la" | "le" | "al" | "el" | "bin" | "ibn" | "on" | "upon" | "the" | "&")
}


/// Everyday abbreviations written in capitals that name no organisation ("FYI", "CEO", "DVD").
pub fn is_plain_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "fyi" | "asap" | "ps" | "p.s." | "ok" | "pr" | "rfp" | "svp" | "evp" | "vp" | "ceo" | "cfo" | "coo"
            | "cto" | "faq" | "diy" | "tv" | "dvd" | "vhs" | "cd" | "pc" | "usb" | "gps" | "atm" | "id"
            | "pin" | "pdf" | "url" | "html" | "ip" | "vip" | "lol" | "omg" | "btw" | "imo" | "imho"
            | "aka" | "eta" | "rsvp" | "ad" | "bc" | "am" | "pm" | "gmt" | "utc" | "est" | "pst" | "cst"
            | "edt" | "irr" | "roi" | "gdp" | "hq" | "mp" | "mps" | "ai" | "it" | "ui" | "api" | "sms"
            | "cv" | "hr" | "qa" | "iq" | "pov" | "tba" | "tbd" | "nb" | "re" | "fw" | "fwd" | "cc"
            | "bcc" | "aids" | "hiv" | "covid" | "dna" | "lng" | "lpg" | "co2" | "ev" | "suv" | "mph"
            | "kmh" | "ww2" | "wwii" | "ii" | "iii" | "iv" | "vi" | "vii" | "viii" | "ix" | "xi" | "xii"
            | "st" | "mr" | "mrs" | "dr" | "jr" | "sr" | "inc" | "ltd" | "llc" | "plc" | "ave" | "pdt"
    )
}

/// US state postal codes, a place after "City, " ("Lawrence, KS").
pub fn is_us_state_code(t: &str) -> bool {
    matches!(
        t,
        "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA"
            | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH"
            | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX"
            | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC"
    )
}
