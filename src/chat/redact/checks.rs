//! Check digits that make number patterns safe: Luhn, IBAN mod-97 and the national ids.

/// Luhn check over ASCII digits.
pub(crate) fn luhn(digits: &[u8]) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// The length of an IBAN for a country, where known.
pub(crate) fn iban_len(cc: &str) -> Option<usize> {
    Some(match cc {
        "NO" => 15,
        "BE" => 16,
        "DK" | "FI" | "FO" | "GL" | "NL" => 18,
        "MK" | "SI" => 19,
        "AT" | "BA" | "EE" | "KZ" | "LT" | "LU" | "XK" => 20,
        "CH" | "CR" | "HR" | "LI" | "LV" => 21,
        "BG" | "BH" | "DE" | "GB" | "GE" | "IE" | "ME" | "RS" => 22,
        "AE" | "GI" | "IL" | "TL" | "IQ" => 23,
        "AD" | "CZ" | "ES" | "MD" | "PK" | "RO" | "SA" | "SE" | "SK" | "TN" | "VG" => 24,
        "PT" | "ST" => 25,
        "IS" | "TR" => 26,
        "FR" | "GR" | "IT" | "MC" | "MR" | "SM" => 27,
        "AL" | "AZ" | "BY" | "CY" | "DO" | "GT" | "HU" | "LB" | "PL" | "SV" => 28,
        "BR" | "EG" | "PS" | "QA" | "UA" => 29,
        "JO" | "KW" | "MU" => 30,
        "MT" | "SC" => 31,
        "LC" => 32,
        "RU" => 33,
        _ => return None,
    })
}

/// Mod-97 check of a compact, upper-case IBAN.
pub(crate) fn iban_ok(s: &[u8]) -> bool {
    if s.len() < 15
        || s.len() > 34
        || !s[..2].iter().all(u8::is_ascii_uppercase)
        || !s[2..4].iter().all(u8::is_ascii_digit)
        || !s
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    let mut rem = 0u32;
    for &c in s[4..].iter().chain(&s[..4]) {
        if c.is_ascii_digit() {
            rem = (rem * 10 + u32::from(c - b'0')) % 97;
        } else {
            rem = (rem * 100 + u32::from(c - b'A') + 10) % 97;
        }
    }
    rem == 1
}

/// German Steuer-ID (11 digits, ISO 7064 MOD 11,10).
pub(crate) fn steuer_id_ok(d: &[u8]) -> bool {
    if d.len() != 11 || d[0] == b'0' {
        return false;
    }
    let mut product = 10u32;
    for &c in &d[..10] {
        let mut sum = (u32::from(c - b'0') + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = (11 - product) % 10;
    check == u32::from(d[10] - b'0')
}

/// Dutch BSN (9 digits, the 11-test).
pub(crate) fn bsn_ok(d: &[u8]) -> bool {
    if d.len() != 9 || d.iter().all(|&c| c == b'0') {
        return false;
    }
    let mut sum = 0i32;
    for (i, &c) in d.iter().enumerate() {
        let v = i32::from(c - b'0');
        sum += if i == 8 { -v } else { v * (9 - i as i32) };
    }
    sum % 11 == 0
}

const DNI_LETTERS: &[u8] = b"TRWAGMYFPDXBNJZSQVHLCKE";

/// Spanish DNI (8 digits and a letter) or NIE (X/Y/Z, 7 digits and a letter), compact, upper case.
pub(crate) fn dni_ok(s: &[u8]) -> bool {
    if s.len() != 9 {
        return false;
    }
    let (first, rest) = match s[0] {
        b'X' => (0, &s[1..8]),
        b'Y' => (1, &s[1..8]),
        b'Z' => (2, &s[1..8]),
        c if c.is_ascii_digit() => (u32::from(c - b'0'), &s[1..8]),
        _ => return false,
    };
    if !rest.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let n = rest
        .iter()
        .fold(first, |n, &c| n * 10 + u32::from(c - b'0'));
    DNI_LETTERS[(n % 23) as usize] == s[8]
}

/// Italian codice fiscale (16 characters, upper case) with its check letter.
pub(crate) fn codice_fiscale_ok(s: &[u8]) -> bool {
    const ODD: [u32; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23,
    ];
    if s.len() != 16
        || !s
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    let mut sum = 0;
    for (i, &c) in s[..15].iter().enumerate() {
        let idx = if c.is_ascii_digit() {
            c - b'0'
        } else {
            c - b'A'
        } as usize;
        sum += if i % 2 == 0 { ODD[idx] } else { idx as u32 };
    }
    s[15] == b'A' + (sum % 26) as u8
}

/// French NIR (13 characters, Corsica's 2A/2B allowed, and a 2-digit key), compact, upper case.
pub(crate) fn nir_ok(s: &[u8]) -> bool {
    if s.len() != 15 || !matches!(s[0], b'1' | b'2' | b'3' | b'4' | b'7' | b'8') {
        return false;
    }
    let mut n: u64 = 0;
    let mut sub = 0u64;
    for (i, &c) in s[..13].iter().enumerate() {
        let d = match c {
            b'0'..=b'9' => u64::from(c - b'0'),
            b'A' if i == 6 => {
                sub = 1_000_000;
                0
            }
            b'B' if i == 6 => {
                sub = 2_000_000;
                0
            }
            _ => return false,
        };
        n = n * 10 + d;
    }
    if !s[13..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let n = n - sub.min(n);
    let key = u64::from(s[13] - b'0') * 10 + u64::from(s[14] - b'0');
    97 - n % 97 == key
}

/// US SSN shape rules (area not 000/666/9xx, group not 00, serial not 0000), 9 digits.
pub(crate) fn ssn_ok(d: &[u8]) -> bool {
    d.len() == 9
        && &d[..3] != b"000"
        && &d[..3] != b"666"
        && d[0] != b'9'
        && &d[3..5] != b"00"
        && &d[5..] != b"0000"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_good_and_bad() {
        assert!(luhn(b"4111111111111111"));
        assert!(!luhn(b"4111111111111112"));
        assert!(iban_ok(b"DE89370400440532013000"));
        assert!(!iban_ok(b"DE89370400440532013001"));
        assert!(steuer_id_ok(b"86095742719"));
        assert!(!steuer_id_ok(b"86095742718"));
        assert!(bsn_ok(b"123456782"));
        assert!(!bsn_ok(b"123456789"));
        assert!(dni_ok(b"X1234567L"));
        assert!(dni_ok(b"12345678Z"));
        assert!(!dni_ok(b"12345678A"));
        assert!(codice_fiscale_ok(b"RSSMRA85T10A562S"));
        assert!(!codice_fiscale_ok(b"RSSMRA85T10A562T"));
        assert!(nir_ok(b"290047511234509"));
        assert!(!nir_ok(b"290047511234508"));
        assert!(ssn_ok(b"123456789"));
        assert!(!ssn_ok(b"666456789"));
    }
}
