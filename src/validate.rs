//! Input rules, checked before anything is sent. Each failure is an
//! [`Error::InvalidInput`] naming the connector's field and the rule.

use crate::GongId;
use crate::error::{Error, Result};

/// Language codes Gong transcribes (the connector's list).
pub const LANGUAGE_CODES: &[&str] = &[
    "af-ZA",
    "am-ET",
    "ar-AE",
    "ar-BH",
    "ar-DZ",
    "ar-EG",
    "ar-IL",
    "ar-IQ",
    "ar-JO",
    "ar-KW",
    "ar-LB",
    "ar-MA",
    "ar-MR",
    "ar-OM",
    "ar-PS",
    "ar-QA",
    "ar-SA",
    "ar-TN",
    "ar-YE",
    "az-AZ",
    "bg-BG",
    "bn-BD",
    "bn-IN",
    "bs-BA",
    "ca-ES",
    "cs-CZ",
    "da-DK",
    "de-AT",
    "de-CH",
    "de-DE",
    "el-GR",
    "en-AB",
    "en-AU",
    "en-CA",
    "en-GB",
    "en-IE",
    "en-IN",
    "en-NZ",
    "en-PH",
    "en-SG",
    "en-US",
    "en-WL",
    "en-ZA",
    "es-AR",
    "es-BO",
    "es-CL",
    "es-CO",
    "es-CR",
    "es-DO",
    "es-EC",
    "es-ES",
    "es-GT",
    "es-HN",
    "es-MX",
    "es-NI",
    "es-PA",
    "es-PE",
    "es-PR",
    "es-PY",
    "es-SV",
    "es-US",
    "es-UY",
    "et-EE",
    "eu-ES",
    "fa-IR",
    "fi-FI",
    "fil-PH",
    "fr-BE",
    "fr-CA",
    "fr-CH",
    "fr-FR",
    "gl-ES",
    "gu-IN",
    "he-IL",
    "hi-IN",
    "hr-HR",
    "hu-HU",
    "hy-AM",
    "id-ID",
    "is-IS",
    "it-CH",
    "it-IT",
    "ja-JP",
    "jv-ID",
    "ka-GE",
    "kk-KZ",
    "km-KH",
    "kn-IN",
    "ko-KR",
    "lo-LA",
    "lt-LT",
    "lv-LV",
    "mk-MK",
    "ml-IN",
    "mn-MN",
    "mr-IN",
    "ms-MY",
    "my-MM",
    "ne-NP",
    "nl-BE",
    "nl-NL",
    "no-NO",
    "pa-Guru-IN",
    "pl-PL",
    "pt-BR",
    "pt-PT",
    "ro-RO",
    "ru-RU",
    "si-LK",
    "sk-SK",
    "sl-SI",
    "sq-AL",
    "sr-RS",
    "su-ID",
    "sv-SE",
    "sw-KE",
    "sw-TZ",
    "ta-IN",
    "ta-LK",
    "ta-MY",
    "ta-SG",
    "te-IN",
    "th-TH",
    "tr-TR",
    "uk-UA",
    "ur-IN",
    "ur-PK",
    "uz-UZ",
    "vi-VN",
    "yue-Hant-HK",
    "zh-CN",
    "zh-TW",
    "zu-ZA",
];

/// A Gong id: 1 to 20 decimal digits.
pub fn gong_id(field: &str, id: &GongId) -> Result<()> {
    GongId::new(id.as_str())
        .map(|_| ())
        .map_err(|_| Error::invalid(field, "must be a Gong id: 1 to 20 decimal digits"))
}

/// An email address: one `@`, a non-empty local part, a dotted domain, no spaces.
pub fn email(field: &str, value: &str) -> Result<()> {
    let bad = || {
        Error::invalid(
            field,
            format!("must be an email address like name@example.com, got {value:?}"),
        )
    };
    if value.len() > 254 || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad());
    }
    let (local, domain) = value.split_once('@').ok_or_else(bad)?;
    let labels_ok = domain
        .split('.')
        .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
    if local.is_empty() || domain.contains('@') || !domain.contains('.') || !labels_ok {
        return Err(bad());
    }
    Ok(())
}

/// A phone number: `+`, then the country code and number; other non-digits
/// (spaces, dashes, parentheses) are allowed and ignored by Gong.
pub fn phone(field: &str, value: &str) -> Result<()> {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.'));
    if !value.starts_with('+') || value[1..].contains('+') || !allowed || !(4..=20).contains(&digits) {
        return Err(Error::invalid(
            field,
            format!("must start with + and the country code, then the number, like +1 425 555 2671; got {value:?}"),
        ));
    }
    Ok(())
}

/// An ISO-8601 date-time with an offset (`2018-02-18T02:30:00-07:00` or `...Z`).
pub fn date_time(field: &str, value: &str) -> Result<chrono::DateTime<chrono::FixedOffset>> {
    chrono::DateTime::parse_from_rfc3339(value).map_err(|_| {
        Error::invalid(
            field,
            format!("must be an ISO-8601 date-time with an offset, like 2018-02-18T08:00:00Z; got {value:?}"),
        )
    })
}

/// At most `max` characters.
pub fn max_chars(field: &str, value: &str, max: usize) -> Result<()> {
    let n = value.chars().count();
    if n > max {
        return Err(Error::invalid(
            field,
            format!("must be at most {max} characters; it has {n}"),
        ));
    }
    Ok(())
}

/// Not empty (after trimming).
pub fn non_empty(field: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid(field, "must not be empty"));
    }
    Ok(())
}

/// One of Gong's transcription languages.
pub fn language_code(field: &str, value: &str) -> Result<()> {
    if !LANGUAGE_CODES.contains(&value) {
        return Err(Error::invalid(
            field,
            format!("must be one of Gong's language codes (such as en-US or de-DE); got {value:?}"),
        ));
    }
    Ok(())
}

/// An absolute http(s) URL.
pub fn url(field: &str, value: &str) -> Result<()> {
    match reqwest::Url::parse(value) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Ok(()),
        _ => Err(Error::invalid(
            field,
            format!("must be an absolute http(s) URL; got {value:?}"),
        )),
    }
}

/// Whether `url`'s host is this machine (`localhost`, 127.0.0.0/8, `::1`).
/// `0.0.0.0` is not: it names every interface.
pub fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Whether `host` is `domain` or one of its subdomains (ASCII, any case;
/// a trailing dot on `host` is ignored).
pub fn host_within(host: &str, domain: &str) -> bool {
    let host = host.trim_end_matches('.');
    let domain = domain.trim_matches('.');
    if domain.is_empty() || host.len() < domain.len() {
        return false;
    }
    let cut = host.len() - domain.len();
    if !host.is_char_boundary(cut) {
        return false;
    }
    let (head, tail) = host.split_at(cut);
    tail.eq_ignore_ascii_case(domain) && (head.is_empty() || head.ends_with('.'))
}

/// `start` strictly before `end`.
pub fn ordered(start_field: &str, start: &str, end_field: &str, end: &str) -> Result<()> {
    let (s, e) = (date_time(start_field, start)?, date_time(end_field, end)?);
    if s >= e {
        return Err(Error::invalid(end_field, format!("must be after {start_field}")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_of(r: Result<()>) -> String {
        match r {
            Err(Error::InvalidInput { field, .. }) => field,
            other => panic!("expected invalid input, got {other:?}"),
        }
    }

    #[test]
    fn emails() {
        for ok in ["a@example.com", "first.last+tag@sub.example.co.uk"] {
            email("e", ok).unwrap();
        }
        for bad in [
            "",
            "a",
            "a@b",
            "@example.com",
            "a@@example.com",
            "a b@example.com",
            "a@example..com",
        ] {
            assert_eq!(field_of(email("emailAddress", bad)), "emailAddress", "{bad}");
        }
    }

    #[test]
    fn phones() {
        for ok in [
            "+1 425 555 2671",
            "+1-425-555-2671",
            "+1(425) 555-2671",
            "+14255552671",
            "+1 425 555 26 71",
        ] {
            phone("p", ok).unwrap();
        }
        for bad in ["14255552671", "+", "+1 425 abc", "+1+425555", "phone"] {
            assert_eq!(field_of(phone("phoneNumber", bad)), "phoneNumber", "{bad}");
        }
    }

    #[test]
    fn date_times_need_an_offset() {
        date_time("t", "2018-02-18T02:30:00-07:00").unwrap();
        date_time("t", "2018-02-18T08:00:00Z").unwrap();
        date_time("t", "2018-02-18T08:00:00.123456+05:30").unwrap();
        assert!(date_time("t", "2018-02-18T08:00:00").is_err());
        assert!(date_time("t", "2018-02-18").is_err());
        assert!(ordered("startTime", "2026-01-01T10:00:00Z", "endTime", "2026-01-01T09:00:00Z").is_err());
        ordered(
            "startTime",
            "2026-01-01T10:00:00Z",
            "endTime",
            "2026-01-01T11:00:00-01:00",
        )
        .unwrap();
        // 11:00 at +01:01 is 09:59 UTC: before the start.
        assert!(
            ordered(
                "startTime",
                "2026-01-01T10:00:00Z",
                "endTime",
                "2026-01-01T11:00:00+01:01"
            )
            .is_err()
        );
    }

    #[test]
    fn lengths_languages_urls() {
        max_chars("purpose", &"x".repeat(255), 255).unwrap();
        assert!(max_chars("purpose", &"é".repeat(256), 255).is_err());
        language_code("languageCode", "pa-Guru-IN").unwrap();
        assert!(language_code("languageCode", "en-XX").is_err());
        url("meetingUrl", "https://zoom.us/j/1").unwrap();
        assert!(url("meetingUrl", "zoom.us/j/1").is_err());
        gong_id("callId", &GongId::new("12345678901234567890").unwrap()).unwrap();
    }
}
