//! Phone numbers in any form a client reads them out: with or without the country code
//! (`+48`, `0048`), with spaces, dashes, dots or brackets, with the national trunk prefix
//! (`0…` in Vietnam and Iran, `8…` in Kazakhstan), in Persian or Arabic-Indic digits (which
//! `fold` has already made ASCII).
//!
//! The index holds each number in every form it is dialled (`index_forms`, parsed and
//! formatted with the `phonenumber` crate and its copy of libphonenumber's metadata); a query
//! turns a run of digit groups into one digit string (`numbers_in`), so the two meet without
//! any tolerance on the digits themselves.

use phonenumber::Mode;

/// The digit strings a stored number is found by: as stored (E.164 without `+`, or a short
/// code), its national significant number, and its national form with the trunk prefix.
pub fn index_forms(number: &str) -> Vec<String> {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let mut forms = vec![digits];
    if number.starts_with('+')
        && let Ok(parsed) = phonenumber::parse(None, number)
    {
        forms.push(parsed.national().to_string());
        let national: String = parsed
            .format()
            .mode(Mode::National)
            .to_string()
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        forms.push(national);
    }
    forms.retain(|f| !f.is_empty());
    forms.sort();
    forms.dedup();
    forms
}

/// A number found in a query: the digits to look for, and the groups as typed (so that
/// `120 002` still finds a number written `800 120 002`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryNumber {
    pub digits: String,
    pub groups: Vec<String>,
}

/// Splits folded query text into its numbers and the rest. A number is a `+` or `00`
/// followed by digits, or two or more groups of digits joined by spaces, dashes, dots,
/// slashes or brackets; a lone group of digits (`16 dni`) stays an ordinary word.
pub fn numbers_in(folded: &str) -> (String, Vec<QueryNumber>) {
    let chars: Vec<char> = folded.chars().collect();
    let mut rest = String::with_capacity(folded.len());
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
            || (chars[i] == '(' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        let word_start = i == 0 || !chars[i - 1].is_alphanumeric();
        if !(starts && word_start) {
            rest.push(chars[i]);
            i += 1;
            continue;
        }
        let plus = chars[i] == '+';
        let mut j = if plus { i + 1 } else { i };
        let mut groups: Vec<String> = Vec::new();
        let mut current = String::new();
        while j < chars.len() {
            let c = chars[j];
            if c.is_ascii_digit() {
                current.push(c);
                j += 1;
            } else if is_separator(c)
                && next_digit_after_separators(&chars, j).is_some()
                && !(current.is_empty() && groups.is_empty() && c != '(')
            {
                if !current.is_empty() {
                    groups.push(std::mem::take(&mut current));
                }
                j += 1;
            } else {
                break;
            }
        }
        if !current.is_empty() {
            groups.push(current);
        }
        // A group glued to letters (`16dni`, `a1`) is not a number.
        let glued = chars.get(j).is_some_and(|c| c.is_alphanumeric());
        let international = plus || groups.first().is_some_and(|g| g.starts_with("00"));
        if glued || groups.is_empty() || (groups.len() < 2 && !international) {
            rest.extend(&chars[i..j.max(i + 1)]);
            i = j.max(i + 1);
            continue;
        }
        let mut digits: String = groups.concat();
        if !plus && let Some(d) = digits.strip_prefix("00") {
            digits = d.to_string();
        }
        if digits.is_empty() {
            rest.extend(&chars[i..j.max(i + 1)]);
            i = j.max(i + 1);
            continue;
        }
        numbers.push(QueryNumber { digits, groups });
        rest.push(' ');
        i = j;
    }
    (rest, numbers)
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '-' | '.' | '/' | '(' | ')' | '\u{2010}'..='\u{2015}' | '\u{a0}'
    )
}

fn next_digit_after_separators(chars: &[char], from: usize) -> Option<usize> {
    chars[from..]
        .iter()
        .position(|c| !is_separator(*c))
        .map(|p| from + p)
        .filter(|&p| chars[p].is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(q: &str) -> Vec<String> {
        numbers_in(q).1.into_iter().map(|n| n.digits).collect()
    }

    #[test]
    fn numbers_are_read_in_any_written_form() {
        assert_eq!(digits("+48 800 120 002"), ["48800120002"]);
        assert_eq!(digits("0048 800-120-002"), ["48800120002"]);
        assert_eq!(digits("800 120 002"), ["800120002"]);
        assert_eq!(digits("8 (7172) 12-34-56"), ["87172123456"]);
        assert_eq!(digits("(028) 3823 4567"), ["02838234567"]);
        assert_eq!(digits("116 111"), ["116111"]);
        assert_eq!(digits("call +84 1900 969 680 now"), ["841900969680"]);
    }

    #[test]
    fn lone_groups_and_words_with_digits_stay_words() {
        assert!(digits("16 dni bez przemocy").is_empty());
        assert!(digits("116111").is_empty());
        assert!(digits("a1 b2").is_empty());
        assert!(digits("16dni 25").is_empty());
        let (rest, _) = numbers_in("pomoc 800 120 002 warszawa");
        assert_eq!(
            rest.split_whitespace().collect::<Vec<_>>(),
            ["pomoc", "warszawa"]
        );
    }

    #[test]
    fn stored_numbers_are_indexed_in_every_dialled_form() {
        let pl = index_forms("+48800120002");
        assert!(pl.contains(&"48800120002".into()), "{pl:?}");
        assert!(pl.contains(&"800120002".into()), "{pl:?}");
        let vn = index_forms("+842838234567");
        assert!(vn.contains(&"02838234567".into()), "trunk 0: {vn:?}");
        assert!(vn.contains(&"2838234567".into()), "{vn:?}");
        let kz = index_forms("+77172123456");
        assert!(kz.contains(&"87172123456".into()), "trunk 8: {kz:?}");
        let ir = index_forms("+982188888888");
        assert!(ir.contains(&"02188888888".into()), "{ir:?}");
        assert_eq!(index_forms("116111"), ["116111"]);
    }
}
