//! Numbers, quantities, dates and times found in a token stream, normalized to
//! values that can be compared across Indonesian and English.
//!
//! `find_numbers` reads word tokens (original case, punctuation dropped, digit
//! groups like `1.250,5` or `25/2` kept whole, internal hyphens kept) and
//! returns each mention with its value, unit and token span. It understands
//! digit groupings per language (`1.250` is 1250 in Indonesian and 1.25 in
//! English), multipliers (`2,5 juta`, `2.5 million`), spelled-out numerals,
//! vague quantities (`puluhan ribu`, `tens of thousands`), ordinals, percents,
//! money, years, clock times and dates (`16 April 2023`, `Kamis (25/2)`,
//! `April 16, 2023`). `numbers_agree` says whether two mentions, one from each
//! side, state the same quantity.
//!
//! It does not decide whether a mismatch matters (that is fidelity checking),
//! does not read fractions, ranges or roman numerals, and keeps no currency
//! identity: `Money` says only that a currency word was attached. Words are
//! looked up in the sorted tables at the end of this file, one set per language.
//! Token spans are indices into the slice given to `find_numbers`.

use std::borrow::Cow;
use std::ops::Range;

use crate::lang::Lang;

/// What a number counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberUnit {
    /// A bare quantity: `25`, `dua puluh lima`, `2,5 juta`.
    Plain,
    /// `persen`, `percent`, `%`.
    Percent,
    /// A quantity with a currency word or symbol next to it (`Rp`, `dolar`).
    Money,
    /// `keempat`, `ke-4`, `pertama`, `fourth`, `4th`.
    Ordinal,
    /// A four-digit calendar year standing alone or after `tahun`.
    Year,
    /// A clock time; the value is minutes after midnight (`10.30 WIB` is 630).
    Time,
    /// A calendar date; the value is `year*10000 + month*100 + day`, with 0 for
    /// a field the text does not give.
    Date {
        /// Day of the month, 1..=31.
        day: Option<u8>,
        /// Month, 1..=12.
        month: Option<u8>,
        /// Year as written (two-digit years are expanded).
        year: Option<i32>,
    },
}

/// One number found in a token stream.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// The normalized value (for vague quantities, the power of ten they name).
    pub value: f64,
    /// What the value counts.
    pub unit: NumberUnit,
    /// True for vague quantities (`ratusan`, `thousands`): only the order of
    /// magnitude in `value` is meant.
    pub approx: bool,
    /// The tokens the mention covers, markers like `tahun`, `ke-` or `Rp` included.
    pub tokens: Range<usize>,
}

/// Relative tolerance under which two values are the same number.
pub const VALUE_TOLERANCE: f64 = 1e-9;

/// Finds every number, quantity and date in `tokens`, in order.
pub fn find_numbers(lang: Lang, tokens: &[&str]) -> Vec<NumberMention> {
    let w = number_words(lang);
    let parts = split_parts(tokens);
    let mut found = Vec::new();
    let starts = start_words(lang);
    let mut i = 0;
    while i < parts.len() {
        // Most words start no mention: a mention starts at a digit, at a
        // word of the tables or at a `ke-` word, which a look-up rules out.
        let low: &str = &parts[i].low;
        if !low.bytes().any(|b| b.is_ascii_digit())
            && !starts.contains(low)
            && !w.ordinal_prefixes.iter().any(|p| low.starts_with(p))
        {
            i += 1;
            continue;
        }
        let hit = scan_time(w, &parts, i)
            .or_else(|| scan_date(w, &parts, i))
            .or_else(|| scan_vague(w, &parts, i))
            .or_else(|| scan_cardinal(w, &parts, i));
        match hit {
            Some((mention, end)) => {
                found.push(mention);
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    found
}

/// Whether two mentions state the same quantity: equal values (within
/// [`VALUE_TOLERANCE`]) for ordinary numbers, whatever their unit; the same
/// order of magnitude when both are vague; for dates and years, equal on every
/// field both give. Clock times agree only with clock times.
pub fn numbers_agree(a: &NumberMention, b: &NumberMention) -> bool {
    let is_date = |m: &NumberMention| matches!(m.unit, NumberUnit::Date { .. });
    if is_date(a) || is_date(b) {
        return match (date_fields(a), date_fields(b)) {
            (Some(x), Some(y)) => dates_agree(x, y),
            _ => false,
        };
    }
    if (a.unit == NumberUnit::Time) != (b.unit == NumberUnit::Time) {
        return false;
    }
    match (a.approx, b.approx) {
        (true, true) => magnitude(a.value) == magnitude(b.value),
        (false, false) => values_equal(a.value, b.value),
        _ => false,
    }
}

type DateFields = (Option<u8>, Option<u8>, Option<i32>);

fn date_fields(m: &NumberMention) -> Option<DateFields> {
    match m.unit {
        NumberUnit::Date { day, month, year } => Some((day, month, year)),
        NumberUnit::Year => Some((None, None, Some(m.value as i32))),
        _ => None,
    }
}

fn dates_agree(a: DateFields, b: DateFields) -> bool {
    fn field<T: PartialEq>(x: Option<T>, y: Option<T>) -> (bool, bool) {
        match (x, y) {
            (Some(x), Some(y)) => (true, x == y),
            _ => (false, true),
        }
    }
    let fields = [field(a.0, b.0), field(a.1, b.1), field(a.2, b.2)];
    fields.iter().any(|f| f.0) && fields.iter().all(|f| f.1)
}

fn values_equal(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= VALUE_TOLERANCE * a.abs().max(b.abs())
}

fn magnitude(v: f64) -> i32 {
    // `as` saturates, so zero (log10 = -inf) and NaN cannot panic.
    (v.abs().log10() + 1e-9).floor() as i32
}

// ---------------------------------------------------------------- scanning

/// One hyphen-separated piece of a token, lowercased.
struct Part<'a> {
    /// The piece lowercased (borrowed when it already is).
    low: Cow<'a, str>,
    tok: usize,
    capital: bool,
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Splits tokens at internal hyphens (`ke-4`, `35-year`, `78-20`), except
/// reduplications (`satu-satunya`, `dua-dua`), which stay one non-numeric part.
fn split_parts<'a>(tokens: &[&'a str]) -> Vec<Part<'a>> {
    let mut parts = Vec::with_capacity(tokens.len());
    let mut push = |p: &'a str, tok: usize| {
        let capital = p.chars().next().is_some_and(char::is_uppercase);
        let low = if p.bytes().any(|b| !b.is_ascii() || b.is_ascii_uppercase()) {
            Cow::Owned(p.to_lowercase())
        } else {
            Cow::Borrowed(p)
        };
        parts.push(Part { low, tok, capital });
    };
    for (tok, &token) in tokens.iter().enumerate() {
        // Most words have no hyphen and stay one piece.
        if !token.contains(is_hyphen) {
            push(token, tok);
            continue;
        }
        let pieces: Vec<&str> = token.split(is_hyphen).filter(|p| !p.is_empty()).collect();
        let redup = pieces.len() > 1
            && pieces[0].chars().all(char::is_alphabetic)
            && pieces[1]
                .to_lowercase()
                .starts_with(&pieces[0].to_lowercase());
        let pieces = if redup || pieces.is_empty() {
            vec![token]
        } else {
            pieces
        };
        for p in pieces {
            push(p, tok);
        }
    }
    parts
}

fn mention(
    parts: &[Part],
    span: Range<usize>,
    value: f64,
    unit: NumberUnit,
    approx: bool,
) -> Option<(NumberMention, usize)> {
    let first = parts.get(span.start)?.tok;
    let last = parts.get(span.end.checked_sub(1)?)?.tok;
    if !value.is_finite() {
        return None;
    }
    let m = NumberMention {
        value,
        unit,
        approx,
        tokens: first..last + 1,
    };
    Some((m, span.end))
}

fn low<'p>(parts: &'p [Part<'_>], i: usize) -> &'p str {
    parts.get(i).map_or("", |p| &*p.low)
}

/// `h:mm` anywhere; `h.mm` after `pukul`/`jam` or before `WIB`/`a.m.`-style zones.
fn scan_time(w: &NumberWords, parts: &[Part], i: usize) -> Option<(NumberMention, usize)> {
    let marked = has(w.time_markers, low(parts, i)) && i + 1 < parts.len();
    let j = if marked { i + 1 } else { i };
    let zoned = has(w.time_zones, low(parts, j + 1));
    let minutes = parse_clock(low(parts, j), ':').or_else(|| {
        (marked || zoned)
            .then(|| parse_clock(low(parts, j), '.'))
            .flatten()
    })?;
    let end = if zoned { j + 2 } else { j + 1 };
    mention(parts, i..end, minutes, NumberUnit::Time, false)
}

fn parse_clock(s: &str, sep: char) -> Option<f64> {
    let (h, m) = s.split_once(sep)?;
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || h.len() > 2 || !digits(m) || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60).then_some(f64::from(h * 60 + m))
}

/// `16 April 2023`, `April 16, 2023`, `March 1`, `Maret 2023`, `25/2`, `25/2/2023`.
fn scan_date(w: &NumberWords, parts: &[Part], i: usize) -> Option<(NumberMention, usize)> {
    let date = |span: Range<usize>, day: Option<u8>, month: Option<u8>, year: Option<i32>| {
        let value = f64::from(year.unwrap_or(0)) * 10000.0
            + f64::from(month.unwrap_or(0)) * 100.0
            + f64::from(day.unwrap_or(0));
        mention(
            parts,
            span,
            value,
            NumberUnit::Date { day, month, year },
            false,
        )
    };
    let month_at = |k: usize| {
        let p = parts.get(k)?;
        let (month, alone) = find(w.months, &p.low)?;
        p.capital.then_some((month, alone))
    };
    let year_at = |k: usize| {
        let s = low(parts, k);
        (s.len() == 4 && all_digits(s))
            .then(|| s.parse::<i32>().ok())
            .flatten()
    };
    if let Some((d, m, y)) = parse_slash_date(w, low(parts, i)) {
        return date(i..i + 1, Some(d), Some(m), y);
    }
    if let Some(day) = day_at(w, low(parts, i)) {
        let (month, _) = month_at(i + 1)?;
        return match year_at(i + 2) {
            Some(y) => date(i..i + 3, Some(day), Some(month), Some(y)),
            None => date(i..i + 2, Some(day), Some(month), None),
        };
    }
    let (month, alone) = month_at(i)?;
    if let Some(day) = day_at(w, low(parts, i + 1)) {
        return match year_at(i + 2) {
            Some(y) => date(i..i + 3, Some(day), Some(month), Some(y)),
            None => date(i..i + 2, Some(day), Some(month), None),
        };
    }
    match year_at(i + 1) {
        Some(y) => date(i..i + 2, None, Some(month), Some(y)),
        None if alone => date(i..i + 1, None, Some(month), None),
        None => None,
    }
}

/// A day of the month: `16`, or an English ordinal `16th`.
fn day_at(w: &NumberWords, s: &str) -> Option<u8> {
    let s = w
        .ordinal_suffixes
        .iter()
        .find_map(|x| s.strip_suffix(x))
        .unwrap_or(s);
    if s.is_empty() || s.len() > 2 || !all_digits(s) {
        return None;
    }
    let d: u8 = s.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// Indonesian `d/m[/y]`; English only the unambiguous US `m/d/y`.
fn parse_slash_date(w: &NumberWords, s: &str) -> Option<(u8, u8, Option<i32>)> {
    if !s.contains('/') {
        return None;
    }
    let fields: Vec<&str> = s.split('/').collect();
    if !(2..=3).contains(&fields.len()) || fields.iter().any(|f| f.len() > 4 || !all_digits(f)) {
        return None;
    }
    let num = |k: usize| fields.get(k).and_then(|f| f.parse::<i32>().ok());
    let (d, m) = if w.day_first {
        (num(0)?, num(1)?)
    } else {
        (num(1)?, num(0)?)
    };
    if !w.day_first && fields.len() != 3 {
        return None;
    }
    let year = match (fields.get(2), num(2)) {
        (Some(f), Some(y)) if f.len() == 2 => Some(if y < 70 { 2000 + y } else { 1900 + y }),
        (Some(f), Some(y)) if f.len() == 4 => Some(y),
        (Some(_), _) => return None,
        (None, _) => None,
    };
    let (d, m) = (u8::try_from(d).ok()?, u8::try_from(m).ok()?);
    ((1..=31).contains(&d) && (1..=12).contains(&m)).then_some((d, m, year))
}

/// `puluhan ribu`, `ratusan`, `tens of thousands`, `hundreds of millions`.
fn scan_vague(w: &NumberWords, parts: &[Part], i: usize) -> Option<(NumberMention, usize)> {
    let mut value = find(w.vague, low(parts, i))?;
    let mut j = i + 1;
    let scale = |k: usize| {
        let s = low(parts, k);
        find(w.vague, s).or_else(|| match find(w.cardinals, s) {
            Some(Card::Big(b)) => Some(b),
            _ => None,
        })
    };
    loop {
        if let Some(s) = scale(j) {
            (value, j) = (value * s, j + 1);
        } else if has(w.vague_links, low(parts, j))
            && let Some(s) = scale(j + 1)
        {
            (value, j) = (value * s, j + 2);
        } else {
            break;
        }
    }
    let (unit, end) = unit_after(w, parts, j);
    mention(
        parts,
        i..end,
        value,
        unit.unwrap_or(NumberUnit::Plain),
        true,
    )
}

/// `persen`/`percent`/`per cent` or a currency word right after a number.
fn unit_after(w: &NumberWords, parts: &[Part], j: usize) -> (Option<NumberUnit>, usize) {
    let two = format!("{} {}", low(parts, j), low(parts, j + 1));
    if has(w.percent, &two) {
        (Some(NumberUnit::Percent), j + 2)
    } else if has(w.percent, low(parts, j)) {
        (Some(NumberUnit::Percent), j + 1)
    } else if has(w.currency_after, low(parts, j)) {
        (Some(NumberUnit::Money), j + 1)
    } else {
        (None, j)
    }
}

/// Digits or numeral words, with their markers (`Rp`, `tahun`, `ke-`) and units.
fn scan_cardinal(w: &NumberWords, parts: &[Part], i: usize) -> Option<(NumberMention, usize)> {
    let here = low(parts, i);
    let same_token = parts
        .get(i + 1)
        .is_some_and(|p| Some(p.tok) == parts.get(i).map(|q| q.tok));
    let (start, marker) = if has(w.currency_before, here) {
        (i + 1, Some(NumberUnit::Money))
    } else if has(w.year_markers, here) {
        (i + 1, Some(NumberUnit::Year))
    } else if has(w.ordinal_prefixes, here) && same_token {
        (i + 1, Some(NumberUnit::Ordinal))
    } else {
        (i, None)
    };
    let Some(n) = compose(w, parts, start) else {
        return if marker.is_some() {
            None
        } else {
            scan_ke_word(w, parts, i)
        };
    };
    let (suffix, end) = unit_after(w, parts, n.end);
    let stated = n.unit.or(suffix);
    let is_year = n.bare_digits == Some(4) && (1000.0..=2100.0).contains(&n.value);
    let (unit, first) = match marker {
        // `tahun 35` is "35 years": the marker makes a year only of a year-like number.
        Some(NumberUnit::Year) if stated.is_none() && is_year => (NumberUnit::Year, i),
        Some(NumberUnit::Year) => (stated.unwrap_or(NumberUnit::Plain), start),
        Some(m) => (m, i),
        None if is_year => (stated.unwrap_or(NumberUnit::Year), i),
        None => (stated.unwrap_or(NumberUnit::Plain), i),
    };
    mention(parts, first..end, n.value, unit, false)
}

/// `keempat`, `kedua puluh`: an ordinal prefix glued to a numeral word.
fn scan_ke_word(w: &NumberWords, parts: &[Part], i: usize) -> Option<(NumberMention, usize)> {
    let here = low(parts, i);
    let rest = w
        .ordinal_prefixes
        .iter()
        .find_map(|p| here.strip_prefix(p))?;
    if find(w.cardinals, rest).is_none() && find(w.one_then, rest).is_none() {
        return None;
    }
    let n = compose_from(w, parts, i, Some(rest))?;
    mention(parts, i..n.end, n.value, NumberUnit::Ordinal, false)
}

/// A number read by `compose`.
struct Composed {
    value: f64,
    end: usize,
    /// A unit the number itself carried (`50%`, `4th`, `fourth`, `Rp5.000`).
    unit: Option<NumberUnit>,
    /// Digit count when the number is one bare integer token (`2010`).
    bare_digits: Option<usize>,
}

fn compose(w: &NumberWords, parts: &[Part], i: usize) -> Option<Composed> {
    compose_from(w, parts, i, None)
}

/// Reads one number from `i`: a digit token (optionally times multipliers) or
/// a run of numeral words. `first` replaces the text of part `i` (a `ke-`
/// word with its prefix cut off).
fn compose_from(
    w: &NumberWords,
    parts: &[Part],
    i: usize,
    first: Option<&str>,
) -> Option<Composed> {
    let mut acc = Accumulator::default();
    let mut k = i;
    let mut unit = None;
    let mut from_digits = false;
    let mut bare_digits = None;
    while k < parts.len() {
        let word = if k == i {
            first.unwrap_or(low(parts, k))
        } else {
            low(parts, k)
        };
        if let Some(shape) = parse_shape(w, word) {
            if acc.consumed > 0 {
                break;
            }
            let Shape::Number { value, bare } = shape else {
                let (value, u) = match shape {
                    Shape::Percent(v) => (v, NumberUnit::Percent),
                    Shape::Ordinal(v) => (v, NumberUnit::Ordinal),
                    Shape::Money(v) => (v, NumberUnit::Money),
                    Shape::Number { value, .. } => (value, NumberUnit::Plain),
                };
                return Some(Composed {
                    value,
                    end: k + 1,
                    unit: Some(u),
                    bare_digits: None,
                });
            };
            acc.pending = Some(value);
            acc.consumed = 1;
            from_digits = true;
            bare_digits = bare.then_some(word.len());
            k += 1;
            continue;
        }
        let next_card = find(w.cardinals, low(parts, k + 1));
        if acc.consumed == 0 && has(w.indefinites, word) {
            if matches!(next_card, Some(Card::Big(_) | Card::Scale(_))) {
                acc.pending = Some(1.0);
                acc.consumed = 1;
                k += 1;
                continue;
            }
            break;
        }
        if acc.consumed > 0 && !from_digits && has(w.joiners, word) {
            if matches!(next_card, Some(Card::Unit(_) | Card::Tens(_))) {
                k += 1;
                continue;
            }
            break;
        }
        let (mut cards, ordinal) = cards_of(w, word);
        if ordinal
            && acc.consumed == 0
            && matches!(cards.as_slice(), [Card::Scale(_) | Card::Big(_)])
        {
            cards.insert(0, Card::Unit(1.0)); // `hundredth` is one hundred
        }
        if cards.is_empty() || (from_digits && !matches!(cards.as_slice(), [Card::Big(_)])) {
            break;
        }
        if !cards.iter().all(|c| acc.apply(*c)) {
            break;
        }
        bare_digits = None;
        acc.consumed += 1;
        k += 1;
        if ordinal {
            unit = Some(NumberUnit::Ordinal);
            break;
        }
    }
    if acc.consumed == 0 {
        return None;
    }
    let value = acc.total + acc.group + acc.pending.unwrap_or(0.0);
    Some(Composed {
        value,
        end: k,
        unit,
        bare_digits,
    })
}

/// The numeral cards a word stands for, and whether it is an ordinal word.
fn cards_of(w: &NumberWords, word: &str) -> (Vec<Card>, bool) {
    if let Some(c) = find(w.cardinals, word) {
        return (vec![c], false);
    }
    if let Some(base) = find(w.one_then, word) {
        return (
            find(w.cardinals, base).map_or(vec![], |c| vec![Card::Unit(1.0), c]),
            false,
        );
    }
    if let Some(base) = find(w.ordinals, word) {
        let (cards, _) = cards_of(w, base);
        return (cards, true);
    }
    (vec![], false)
}

/// Running state of a spelled-out number: `total` holds finished groups times
/// their multiplier, `group` the part below the next multiplier, `pending`
/// the last unit not yet scaled.
#[derive(Default)]
struct Accumulator {
    total: f64,
    group: f64,
    pending: Option<f64>,
    last_big: f64,
    consumed: usize,
}

impl Accumulator {
    /// Adds one card; false when the word cannot continue this number
    /// (`dua tiga`, `twenty ten`), which ends it.
    fn apply(&mut self, card: Card) -> bool {
        let fits = |group: f64, v: f64| group == 0.0 || v < place(group);
        match card {
            Card::Unit(v) if self.pending.is_none() && fits(self.group, v) => {
                self.pending = Some(v)
            }
            Card::Tens(v) if self.pending.is_none() && fits(self.group, v) => self.group += v,
            Card::Teen => match self.pending {
                Some(p) if p < 10.0 => {
                    self.group += p + 10.0;
                    self.pending = None;
                }
                _ => return false,
            },
            Card::Scale(s) => match self.pending {
                Some(p) if fits(self.group, p * s) => {
                    self.group += p * s;
                    self.pending = None;
                }
                _ => return false,
            },
            Card::Big(b) => {
                let g = self.group + self.pending.unwrap_or(0.0);
                if g == 0.0 || (self.last_big > 0.0 && b >= self.last_big) {
                    return false;
                }
                self.total += g * b;
                self.last_big = b;
                self.group = 0.0;
                self.pending = None;
            }
            _ => return false,
        }
        true
    }
}

/// The lowest non-zero decimal place of an integer (120 → 10, 100 → 100).
fn place(g: f64) -> f64 {
    let mut p = 1.0;
    while p < 1e15 && g % (p * 10.0) == 0.0 {
        p *= 10.0;
    }
    p
}

/// What a token made of digits says by its shape alone.
enum Shape {
    Number { value: f64, bare: bool },
    Percent(f64),
    Ordinal(f64),
    Money(f64),
}

fn parse_shape(w: &NumberWords, s: &str) -> Option<Shape> {
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(n) = s.strip_suffix('%') {
        return parse_decimal(n, w.decimal_comma).map(|(v, _)| Shape::Percent(v));
    }
    if let Some(n) = w.ordinal_suffixes.iter().find_map(|x| s.strip_suffix(x))
        && !n.is_empty()
        && all_digits(n)
    {
        return n.parse::<f64>().ok().map(Shape::Ordinal);
    }
    if let Some(n) = w.currency_before.iter().find_map(|c| s.strip_prefix(c))
        && n.starts_with(|c: char| c.is_ascii_digit())
    {
        return parse_decimal(n, w.decimal_comma).map(|(v, _)| Shape::Money(v));
    }
    parse_decimal(s, w.decimal_comma).map(|(value, bare)| Shape::Number { value, bare })
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Reads `1.250,5`, `1,250.5`, `2,5`, `1.250`; `bare` when there is no separator.
/// With both separators the last one is the decimal mark. With one kind of
/// separator, several occurrences are thousands marks; a single one is a
/// thousands mark when it groups three digits and is the language's thousands
/// mark, else the decimal mark.
fn parse_decimal(s: &str, decimal_comma: bool) -> Option<(f64, bool)> {
    if !s
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        || !s.starts_with(|c: char| c.is_ascii_digit())
        || !s.ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let (dots, commas) = (s.matches('.').count(), s.matches(',').count());
    let thousands = match (dots, commas) {
        (0, 0) => {
            return s
                .parse()
                .ok()
                .filter(|v: &f64| v.is_finite())
                .map(|v| (v, true));
        }
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let grouped = s.split(sep).skip(1).all(|g| g.len() == 3)
                && s.split(sep).next().is_some_and(|g| g.len() <= 3);
            let is_thousands_mark = (sep == '.') == decimal_comma;
            match (dots + commas > 1, grouped) {
                (true, false) => return None,
                (true, true) => Some(sep),
                (false, _) => (grouped && is_thousands_mark).then_some(sep),
            }
        }
        _ => Some(if s.rfind('.') > s.rfind(',') {
            ','
        } else {
            '.'
        }),
    };
    let cleaned: String = s
        .chars()
        .filter(|&c| Some(c) != thousands)
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.matches('.').count() > 1 {
        return None;
    }
    cleaned
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .map(|v| (v, false))
}

// ---------------------------------------------------------------- tables

/// The role a numeral word plays when numbers are composed.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Card {
    /// A digit-like word added as the last place (`lima`, `twelve`).
    Unit(f64),
    /// An English tens word (`twenty`).
    Tens(f64),
    /// Indonesian `belas`: the pending unit plus ten.
    Teen,
    /// A multiplier inside a group below a thousand (`puluh`, `ratus`, `hundred`).
    Scale(f64),
    /// A multiplier that closes a group (`ribu`, `million`).
    Big(f64),
}

/// One language's number words. Every slice is sorted by its word, lowercase.
struct NumberWords {
    cardinals: &'static [(&'static str, Card)],
    /// Words meaning "one times" another word: `seratus` = 1 × `ratus`.
    one_then: &'static [(&'static str, &'static str)],
    /// Ordinal words and the cardinal word they build on.
    ordinals: &'static [(&'static str, &'static str)],
    /// `ke` in `keempat` and `ke-4`.
    ordinal_prefixes: &'static [&'static str],
    /// `th` in `4th`.
    ordinal_suffixes: &'static [&'static str],
    /// `a` in `a million`: one, when a multiplier follows.
    indefinites: &'static [&'static str],
    /// `and` in `one hundred and five`.
    joiners: &'static [&'static str],
    /// Vague quantities and the power of ten they name.
    vague: &'static [(&'static str, f64)],
    /// `of` in `tens of thousands`.
    vague_links: &'static [&'static str],
    /// One- or two-word percent markers (`per cent`).
    percent: &'static [&'static str],
    currency_before: &'static [&'static str],
    currency_after: &'static [&'static str],
    year_markers: &'static [&'static str],
    time_markers: &'static [&'static str],
    time_zones: &'static [&'static str],
    /// Month names and abbreviations: (word, month, counts without a number next to it).
    months: &'static [(&'static str, (u8, bool))],
    /// `25/2` is day/month (else month/day/year only).
    day_first: bool,
    /// `,` is the decimal mark and `.` groups thousands.
    decimal_comma: bool,
}

/// Every word a scanner may start a mention at (besides digits): the keys
/// of the tables the scanners look the first word up in.
fn start_words(lang: Lang) -> &'static rustc_hash::FxHashSet<&'static str> {
    static SETS: std::sync::LazyLock<[rustc_hash::FxHashSet<&'static str>; 2]> =
        std::sync::LazyLock::new(|| {
            [
                collect_start_words(&ID_WORDS),
                collect_start_words(&EN_WORDS),
            ]
        });
    &SETS[match lang {
        Lang::Id => 0,
        Lang::En => 1,
    }]
}

fn collect_start_words(w: &'static NumberWords) -> rustc_hash::FxHashSet<&'static str> {
    let mut set = rustc_hash::FxHashSet::default();
    set.extend(w.cardinals.iter().map(|(k, _)| *k));
    set.extend(w.one_then.iter().map(|(k, _)| *k));
    set.extend(w.ordinals.iter().map(|(k, _)| *k));
    set.extend(w.vague.iter().map(|(k, _)| *k));
    set.extend(w.months.iter().map(|(k, _)| *k));
    for table in w.word_lists() {
        set.extend(table.iter().copied());
    }
    set
}

impl NumberWords {
    /// The plain word lists (the tables without values).
    fn word_lists(&self) -> [&'static [&'static str]; 11] {
        [
            self.ordinal_prefixes,
            self.ordinal_suffixes,
            self.indefinites,
            self.joiners,
            self.vague_links,
            self.percent,
            self.currency_before,
            self.currency_after,
            self.year_markers,
            self.time_markers,
            self.time_zones,
        ]
    }
}

fn number_words(lang: Lang) -> &'static NumberWords {
    match lang {
        Lang::Id => &ID_WORDS,
        Lang::En => &EN_WORDS,
    }
}

fn find<T: Copy>(table: &[(&str, T)], key: &str) -> Option<T> {
    let i = table.binary_search_by(|(k, _)| (*k).cmp(key)).ok()?;
    table.get(i).map(|(_, v)| *v)
}

fn has(table: &[&str], key: &str) -> bool {
    table.binary_search(&key).is_ok()
}

use Card::{Big, Scale, Teen, Tens, Unit};

static ID_WORDS: NumberWords = NumberWords {
    cardinals: &[
        ("belas", Teen),
        ("delapan", Unit(8.0)),
        ("dua", Unit(2.0)),
        ("empat", Unit(4.0)),
        ("enam", Unit(6.0)),
        ("juta", Big(1e6)),
        ("lima", Unit(5.0)),
        ("miliar", Big(1e9)),
        ("milyar", Big(1e9)),
        ("nol", Unit(0.0)),
        ("puluh", Scale(10.0)),
        ("ratus", Scale(100.0)),
        ("ribu", Big(1e3)),
        ("satu", Unit(1.0)),
        ("sembilan", Unit(9.0)),
        ("tiga", Unit(3.0)),
        ("triliun", Big(1e12)),
        ("tujuh", Unit(7.0)),
    ],
    one_then: &[
        ("sebelas", "belas"),
        ("sejuta", "juta"),
        ("semiliar", "miliar"),
        ("sepuluh", "puluh"),
        ("seratus", "ratus"),
        ("seribu", "ribu"),
        ("setriliun", "triliun"),
    ],
    ordinals: &[("pertama", "satu")],
    ordinal_prefixes: &["ke"],
    ordinal_suffixes: &[],
    indefinites: &[],
    joiners: &[],
    vague: &[
        ("belasan", 10.0),
        ("jutaan", 1e6),
        ("lusinan", 10.0),
        ("miliaran", 1e9),
        ("puluhan", 10.0),
        ("ratusan", 100.0),
        ("ribuan", 1e3),
        ("triliunan", 1e12),
    ],
    vague_links: &[],
    percent: &["%", "persen", "prosen"],
    currency_before: &["rp", "us", "usd"],
    currency_after: &["dolar", "euro", "rupiah", "yen", "yuan"],
    year_markers: &["tahun"],
    time_markers: &["jam", "pukul"],
    time_zones: &["wib", "wit", "wita"],
    months: &[
        ("agt", (8, false)),
        ("agu", (8, false)),
        ("agustus", (8, true)),
        ("apr", (4, false)),
        ("april", (4, true)),
        ("des", (12, false)),
        ("desember", (12, true)),
        ("feb", (2, false)),
        ("februari", (2, true)),
        ("jan", (1, false)),
        ("januari", (1, true)),
        ("jul", (7, false)),
        ("juli", (7, true)),
        ("jun", (6, false)),
        ("juni", (6, true)),
        ("mar", (3, false)),
        ("maret", (3, true)),
        ("mei", (5, true)),
        ("nop", (11, false)),
        ("nopember", (11, true)),
        ("nov", (11, false)),
        ("november", (11, true)),
        ("okt", (10, false)),
        ("oktober", (10, true)),
        ("pebruari", (2, true)),
        ("sep", (9, false)),
        ("sept", (9, false)),
        ("september", (9, true)),
    ],
    day_first: true,
    decimal_comma: true,
};

static EN_WORDS: NumberWords = NumberWords {
    cardinals: &[
        ("billion", Big(1e9)),
        ("eight", Unit(8.0)),
        ("eighteen", Unit(18.0)),
        ("eighty", Tens(80.0)),
        ("eleven", Unit(11.0)),
        ("fifteen", Unit(15.0)),
        ("fifty", Tens(50.0)),
        ("five", Unit(5.0)),
        ("forty", Tens(40.0)),
        ("four", Unit(4.0)),
        ("fourteen", Unit(14.0)),
        ("hundred", Scale(100.0)),
        ("million", Big(1e6)),
        ("nine", Unit(9.0)),
        ("nineteen", Unit(19.0)),
        ("ninety", Tens(90.0)),
        ("one", Unit(1.0)),
        ("seven", Unit(7.0)),
        ("seventeen", Unit(17.0)),
        ("seventy", Tens(70.0)),
        ("six", Unit(6.0)),
        ("sixteen", Unit(16.0)),
        ("sixty", Tens(60.0)),
        ("ten", Unit(10.0)),
        ("thirteen", Unit(13.0)),
        ("thirty", Tens(30.0)),
        ("thousand", Big(1e3)),
        ("three", Unit(3.0)),
        ("trillion", Big(1e12)),
        ("twelve", Unit(12.0)),
        ("twenty", Tens(20.0)),
        ("two", Unit(2.0)),
        ("zero", Unit(0.0)),
    ],
    one_then: &[],
    ordinals: &[
        ("eighteenth", "eighteen"),
        ("eighth", "eight"),
        ("eightieth", "eighty"),
        ("eleventh", "eleven"),
        ("fifteenth", "fifteen"),
        ("fifth", "five"),
        ("fiftieth", "fifty"),
        ("first", "one"),
        ("fortieth", "forty"),
        ("fourteenth", "fourteen"),
        ("fourth", "four"),
        ("hundredth", "hundred"),
        ("millionth", "million"),
        ("nineteenth", "nineteen"),
        ("ninetieth", "ninety"),
        ("ninth", "nine"),
        ("second", "two"),
        ("seventeenth", "seventeen"),
        ("seventh", "seven"),
        ("seventieth", "seventy"),
        ("sixteenth", "sixteen"),
        ("sixth", "six"),
        ("sixtieth", "sixty"),
        ("tenth", "ten"),
        ("third", "three"),
        ("thirteenth", "thirteen"),
        ("thirtieth", "thirty"),
        ("thousandth", "thousand"),
        ("twelfth", "twelve"),
        ("twentieth", "twenty"),
    ],
    ordinal_prefixes: &[],
    ordinal_suffixes: &["nd", "rd", "st", "th"],
    indefinites: &["a", "an"],
    joiners: &["and"],
    vague: &[
        ("billions", 1e9),
        ("dozens", 10.0),
        ("hundreds", 100.0),
        ("millions", 1e6),
        ("tens", 10.0),
        ("thousands", 1e3),
        ("trillions", 1e12),
    ],
    vague_links: &["of"],
    percent: &["%", "pct", "per cent", "percent"],
    currency_before: &["rp", "us", "usd"],
    currency_after: &[
        "dollar", "dollars", "euro", "euros", "pounds", "rupiah", "yen", "yuan",
    ],
    year_markers: &[],
    time_markers: &[],
    time_zones: &["am", "gmt", "pm", "utc"],
    months: &[
        ("apr", (4, false)),
        ("april", (4, true)),
        ("aug", (8, false)),
        ("august", (8, true)),
        ("dec", (12, false)),
        ("december", (12, true)),
        ("feb", (2, false)),
        ("february", (2, true)),
        ("jan", (1, false)),
        ("january", (1, true)),
        ("jul", (7, false)),
        ("july", (7, true)),
        ("jun", (6, false)),
        ("june", (6, true)),
        ("mar", (3, false)),
        ("march", (3, false)),
        ("may", (5, false)),
        ("nov", (11, false)),
        ("november", (11, true)),
        ("oct", (10, false)),
        ("october", (10, true)),
        ("sep", (9, false)),
        ("sept", (9, false)),
        ("september", (9, true)),
    ],
    day_first: false,
    decimal_comma: false,
};

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Whitespace tokens with edge punctuation cut, as the tokenizer gives them.
    fn toks(text: &str) -> Vec<&str> {
        text.split_whitespace()
            .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric() && c != '%'))
            .filter(|t| !t.is_empty())
            .collect()
    }

    /// (value, unit, approx, tokens) of every mention.
    fn found(lang: Lang, text: &str) -> Vec<(f64, NumberUnit, bool, Range<usize>)> {
        find_numbers(lang, &toks(text))
            .into_iter()
            .map(|m| (m.value, m.unit, m.approx, m.tokens))
            .collect()
    }

    /// Values and units only.
    fn values(lang: Lang, text: &str) -> Vec<(f64, NumberUnit)> {
        found(lang, text)
            .into_iter()
            .map(|(v, u, _, _)| (v, u))
            .collect()
    }

    use NumberUnit::{Money, Ordinal, Percent, Plain, Time, Year};

    fn date(day: Option<u8>, month: Option<u8>, year: Option<i32>) -> NumberUnit {
        NumberUnit::Date { day, month, year }
    }

    #[test]
    fn indonesian_digits_and_multipliers() {
        let cases: &[(&str, f64, NumberUnit)] = &[
            ("sebanyak 1.250,5 ton", 1250.5, Plain),
            ("sekitar 1.250 orang", 1250.0, Plain),
            ("1.250.000 warga", 1_250_000.0, Plain),
            ("inflasi 2,5 persen", 2.5, Percent),
            ("2,5 juta pengungsi", 2_500_000.0, Plain),
            ("Rp 1,5 triliun", 1.5e12, Money),
            ("Rp5.000 per liter", 5000.0, Money),
            ("US$ 3 miliar", 3e9, Money),
            ("25 ribu", 25_000.0, Plain),
            ("40 persen", 40.0, Percent),
            ("40%", 40.0, Percent),
            ("300 dolar", 300.0, Money),
            ("2.5 juta", 2.5e6, Plain),
            ("4 milyar", 4e9, Plain),
        ];
        for (text, value, unit) in cases {
            let got = values(Lang::Id, text);
            assert_eq!(got.first(), Some(&(*value, *unit)), "{text}: {got:?}");
        }
    }

    #[test]
    fn english_digits_and_multipliers() {
        let cases: &[(&str, f64, NumberUnit)] = &[
            ("about 1,250.5 tons", 1250.5, Plain),
            ("1,250 people", 1250.0, Plain),
            ("1.250 meters", 1.25, Plain),
            ("2.5 million refugees", 2.5e6, Plain),
            ("3 billion dollars", 3e9, Money),
            ("1.5 trillion rupiah", 1.5e12, Money),
            ("40 percent", 40.0, Percent),
            ("40 per cent", 40.0, Percent),
            ("40%", 40.0, Percent),
            ("the 4th round", 4.0, Ordinal),
            ("the 21st century", 21.0, Ordinal),
        ];
        for (text, value, unit) in cases {
            let got = values(Lang::En, text);
            assert_eq!(got.first(), Some(&(*value, *unit)), "{text}: {got:?}");
        }
    }

    #[test]
    fn indonesian_numerals_in_words() {
        let cases: &[(&str, f64)] = &[
            ("satu", 1.0),
            ("sembilan orang", 9.0),
            ("sepuluh tahun", 10.0),
            ("sebelas pemain", 11.0),
            ("dua belas", 12.0),
            ("tujuh belas", 17.0),
            ("dua puluh lima", 25.0),
            ("seratus", 100.0),
            ("seratus dua puluh lima", 125.0),
            ("tiga ratus", 300.0),
            ("seribu", 1000.0),
            ("sepuluh ribu", 10_000.0),
            ("tiga ratus ribu", 300_000.0),
            ("dua juta tiga ratus ribu", 2_300_000.0),
            ("sejuta", 1e6),
            ("lima miliar", 5e9),
        ];
        for (text, value) in cases {
            let got = values(Lang::Id, text);
            assert_eq!(got, vec![(*value, Plain)], "{text}");
        }
    }

    #[test]
    fn english_numerals_in_words() {
        let cases: &[(&str, f64)] = &[
            ("one", 1.0),
            ("twelve", 12.0),
            ("nineteen", 19.0),
            ("twenty", 20.0),
            ("twenty-five", 25.0),
            ("twenty five", 25.0),
            ("ninety-nine", 99.0),
            ("a hundred", 100.0),
            ("one hundred and twenty", 120.0),
            ("three hundred thousand", 300_000.0),
            ("a million", 1e6),
            ("two million five hundred thousand", 2_500_000.0),
            ("nineteen hundred", 1900.0),
        ];
        for (text, value) in cases {
            let got = values(Lang::En, text);
            assert_eq!(got, vec![(*value, Plain)], "{text}");
        }
    }

    #[test]
    fn runs_of_numerals_that_are_not_one_number_split() {
        assert_eq!(
            values(Lang::Id, "dua tiga"),
            vec![(2.0, Plain), (3.0, Plain)]
        );
        assert_eq!(
            values(Lang::En, "twenty ten"),
            vec![(20.0, Plain), (10.0, Plain)]
        );
        assert_eq!(
            values(Lang::En, "won 78-20"),
            vec![(78.0, Plain), (20.0, Plain)]
        );
        assert_eq!(
            values(Lang::Id, "1 juta 2 juta"),
            vec![(1e6, Plain), (2e6, Plain)]
        );
    }

    #[test]
    fn hyphenated_compounds() {
        assert_eq!(
            found(Lang::En, "a 35-year sentence"),
            vec![(35.0, Plain, false, 1..2)]
        );
        assert_eq!(values(Lang::En, "a five-year plan"), vec![(5.0, Plain)]);
        // Reduplication is not a number.
        assert!(values(Lang::Id, "satu-satunya jalan").is_empty());
        assert!(values(Lang::Id, "kata-kata").is_empty());
    }

    #[test]
    fn ordinals() {
        let id: &[(&str, f64)] = &[
            ("putaran ke-4", 4.0),
            ("hari ke-empat", 4.0),
            ("hari keempat", 4.0),
            ("yang pertama", 1.0),
            ("kesebelas", 11.0),
            ("kedua puluh", 20.0),
        ];
        for (text, value) in id {
            assert_eq!(values(Lang::Id, text), vec![(*value, Ordinal)], "{text}");
        }
        let en: &[(&str, f64)] = &[
            ("the fourth day", 4.0),
            ("the first time", 1.0),
            ("twenty-first", 21.0),
            ("the hundredth", 100.0),
        ];
        for (text, value) in en {
            assert_eq!(values(Lang::En, text), vec![(*value, Ordinal)], "{text}");
        }
        assert_eq!(
            found(Lang::Id, "putaran ke-4").first().map(|m| m.3.clone()),
            Some(1..2)
        );
        // `ke` as a preposition is no ordinal marker; words that merely start with it are not numbers.
        assert_eq!(values(Lang::Id, "ke 3 kota"), vec![(3.0, Plain)]);
        assert!(
            values(Lang::Id, "ketika kelima")
                .iter()
                .all(|(v, _)| *v == 5.0)
        );
    }

    #[test]
    fn vague_quantities() {
        let id: &[(&str, f64)] = &[
            ("puluhan ribu orang", 1e4),
            ("ratusan warga", 1e2),
            ("ribuan pengunjuk rasa", 1e3),
            ("jutaan dolar", 1e6),
            ("ratusan ribu", 1e5),
            ("belasan", 10.0),
        ];
        for (text, value) in id {
            let got = found(Lang::Id, text);
            assert_eq!(
                got.first().map(|g| (g.0, g.2)),
                Some((*value, true)),
                "{text}: {got:?}"
            );
        }
        let en: &[(&str, f64)] = &[
            ("tens of thousands of people", 1e4),
            ("hundreds of residents", 1e2),
            ("thousands of protesters", 1e3),
            ("hundreds of thousands", 1e5),
            ("millions of dollars", 1e6),
            ("dozens", 10.0),
        ];
        for (text, value) in en {
            let got = found(Lang::En, text);
            assert_eq!(
                got.first().map(|g| (g.0, g.2)),
                Some((*value, true)),
                "{text}: {got:?}"
            );
        }
        assert_eq!(found(Lang::En, "tens of thousands of people")[0].3, 0..3);
    }

    #[test]
    fn dates_and_years() {
        let id: &[(&str, NumberUnit)] = &[
            ("pada 16 April 2023", date(Some(16), Some(4), Some(2023))),
            ("Kamis 25/2", date(Some(25), Some(2), None)),
            ("25/2/2021", date(Some(25), Some(2), Some(2021))),
            ("1 Agustus", date(Some(1), Some(8), None)),
            ("3 Nopember 1998", date(Some(3), Some(11), Some(1998))),
            ("17 Agt 1945", date(Some(17), Some(8), Some(1945))),
            ("pada Desember", date(None, Some(12), None)),
            ("Mei 2013", date(None, Some(5), Some(2013))),
        ];
        for (text, unit) in id {
            let got = values(Lang::Id, text);
            assert_eq!(got.first().map(|g| g.1), Some(*unit), "{text}: {got:?}");
        }
        let en: &[(&str, NumberUnit)] = &[
            ("on April 16, 2023", date(Some(16), Some(4), Some(2023))),
            ("on 16 April 2023", date(Some(16), Some(4), Some(2023))),
            ("on March 1", date(Some(1), Some(3), None)),
            ("Feb 25", date(Some(25), Some(2), None)),
            ("on May 5th", date(Some(5), Some(5), None)),
            ("in September", date(None, Some(9), None)),
            ("2/25/2021", date(Some(25), Some(2), Some(2021))),
        ];
        for (text, unit) in en {
            let got = values(Lang::En, text);
            assert_eq!(got.first().map(|g| g.1), Some(*unit), "{text}: {got:?}");
        }
        assert_eq!(found(Lang::En, "on April 16, 2023")[0].3, 1..4);
        assert_eq!(values(Lang::Id, "pada 16 April 2023")[0].0, 20230416.0);
        assert_eq!(values(Lang::Id, "tahun 1998"), vec![(1998.0, Year)]);
        assert_eq!(found(Lang::Id, "tahun 1998")[0].3, 0..2);
        assert_eq!(values(Lang::En, "in 2010"), vec![(2010.0, Year)]);
        // `tahun` after a count means years, not a calendar year.
        assert_eq!(values(Lang::Id, "35 tahun"), vec![(35.0, Plain)]);
        // Modal `may`, verb `march`, and lowercase month words are not dates.
        assert!(values(Lang::En, "they may march").is_empty());
        assert!(values(Lang::En, "May").is_empty());
        assert!(
            values(Lang::En, "24/7")
                .iter()
                .all(|(_, u)| !matches!(u, NumberUnit::Date { .. }))
        );
    }

    #[test]
    fn times() {
        assert_eq!(values(Lang::Id, "pukul 10.30"), vec![(630.0, Time)]);
        assert_eq!(values(Lang::Id, "10.30 WIB"), vec![(630.0, Time)]);
        assert_eq!(values(Lang::En, "at 10:30"), vec![(630.0, Time)]);
        assert_eq!(values(Lang::Id, "10.30"), vec![(10.3, Plain)]);
    }

    fn one(lang: Lang, text: &str) -> NumberMention {
        let ms = find_numbers(lang, &toks(text));
        assert_eq!(ms.len(), 1, "{text}: {ms:?}");
        ms.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    #[test]
    fn agreement_across_languages() {
        let agree: &[(&str, &str)] = &[
            ("1.250,5", "1,250.5"),
            ("1.250", "1,250"),
            ("2,5 juta", "2.5 million"),
            ("dua puluh lima", "25"),
            ("25 persen", "25 percent"),
            ("Rp 1,5 triliun", "1.5 trillion"),
            ("puluhan ribu", "tens of thousands"),
            ("ratusan", "hundreds"),
            ("keempat", "fourth"),
            ("16 April 2023", "April 16, 2023"),
            ("Kamis 25/2", "Feb 25"),
            ("16 April 2023", "April 16"),
            ("tahun 1998", "1998"),
            ("Mei 2013", "2013"),
            ("seribu", "a thousand"),
        ];
        for (id, en) in agree {
            let (a, b) = (one(Lang::Id, id), one(Lang::En, en));
            assert!(numbers_agree(&a, &b), "{id} / {en}: {a:?} {b:?}");
            assert!(numbers_agree(&b, &a), "symmetric: {id} / {en}");
        }
        let differ: &[(&str, &str)] = &[
            ("1.250", "1.250"),
            ("2,5 juta", "2.5 billion"),
            ("puluhan ribu", "hundreds of thousands"),
            ("ribuan", "1,000"),
            ("16 April 2023", "April 17, 2023"),
            ("Kamis 25/2", "March 25"),
            ("tahun 1998", "1999"),
            ("pukul 10.30", "1030"),
            ("25/2", "25"),
        ];
        for (id, en) in differ {
            let (a, b) = (one(Lang::Id, id), one(Lang::En, en));
            assert!(!numbers_agree(&a, &b), "{id} / {en}: {a:?} {b:?}");
        }
    }

    #[test]
    fn words_that_are_not_numbers() {
        let id = "Presiden mengatakan kedua negara akan bertemu lagi ketika ribu dan juta";
        assert!(
            values(Lang::Id, id).iter().all(|(v, _)| *v == 2.0),
            "{:?}",
            values(Lang::Id, id)
        );
        assert!(
            values(Lang::En, "a man and an officer said of the tens")
                .iter()
                .all(|(_, u)| *u == Plain)
        );
        assert!(
            values(Lang::En, "COVID version 1.2.3 v2")
                .iter()
                .all(|(v, _)| *v != 123.0)
        );
        assert!(values(Lang::Id, "").is_empty());
    }

    fn is_sorted_unique<T>(keys: impl Iterator<Item = T>) -> bool
    where
        T: PartialOrd,
    {
        let keys: Vec<T> = keys.collect();
        keys.windows(2).all(|w| w[0] < w[1])
    }

    #[test]
    fn tables_are_sorted_lowercase_and_unique() {
        for w in [&ID_WORDS, &EN_WORDS] {
            assert!(is_sorted_unique(w.cardinals.iter().map(|e| e.0)));
            assert!(is_sorted_unique(w.one_then.iter().map(|e| e.0)));
            assert!(is_sorted_unique(w.ordinals.iter().map(|e| e.0)));
            assert!(is_sorted_unique(w.vague.iter().map(|e| e.0)));
            assert!(is_sorted_unique(w.months.iter().map(|e| e.0)));
            for list in w.word_lists() {
                assert!(is_sorted_unique(list.iter()), "{list:?}");
                assert!(list.iter().all(|x| x.to_lowercase() == *x));
            }
            // Every word a table refers to exists in the cardinal table.
            for (_, base) in w.one_then.iter().chain(w.ordinals) {
                assert!(find(w.cardinals, base).is_some(), "{base}");
            }
        }
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_tokens(tokens in prop::collection::vec(".{0,12}", 0..12)) {
            let refs: Vec<&str> = tokens.iter().map(String::as_str).collect();
            for lang in [Lang::Id, Lang::En] {
                for m in find_numbers(lang, &refs) {
                    prop_assert!(m.tokens.start < m.tokens.end && m.tokens.end <= refs.len());
                    prop_assert!(m.value.is_finite());
                    let _ = numbers_agree(&m, &m);
                }
            }
        }

        #[test]
        fn never_panics_on_number_like_tokens(
            tokens in prop::collection::vec("[0-9.,/:%-]{1,9}|[A-Za-z]{1,8}|ke-[0-9a-z]{1,6}", 0..10)
        ) {
            let refs: Vec<&str> = tokens.iter().map(String::as_str).collect();
            for lang in [Lang::Id, Lang::En] {
                let found = find_numbers(lang, &refs);
                prop_assert!(found.windows(2).all(|w| w[0].tokens.start <= w[1].tokens.start));
            }
        }
    }
}
