//! Bounded reading of answer bodies: every body the client reads (Gong's
//! answers in the transport, the OAuth token endpoint's answers) stops at a
//! limit, while reading, before memory grows past it.
//!
//! The default, [`DEFAULT_MAX_BODY_BYTES`] (32 MiB), fits any real Gong page
//! with a wide margin. A page holds at most 100 records. The largest
//! records are transcripts: a three-hour call is about 27,000 words, some
//! 1,800 sentences of about 125 bytes of JSON each with their speaker,
//! topic and times, so about 225 KB; 100 of them make 22 MB. A call of
//! `POST /v2/calls/extensive` with every field exposed (parties, trackers,
//! topics, brief, outline, highlights, interaction stats, comments, media
//! URLs) is tens of kilobytes: 100 of them make a few megabytes. Gong's
//! other pages are far smaller. 32 MiB is 1.5 times the heaviest page
//! and ten times an extensive one, while a hostile or broken answer (a
//! 64 MiB page, an endless one) costs at most that much memory and ends in
//! [`crate::Error::BodyTooLarge`].

use bytes::Bytes;

/// The default limit of one answer's body: 32 MiB (see the module docs).
pub const DEFAULT_MAX_BODY_BYTES: u64 = 32 * 1024 * 1024;

/// The default limit of records in one answer: 10,000 items in any
/// top-level list of a JSON answer. Gong's pages hold at most 100 records,
/// and its unpaged lists (workspaces, library folders, trackers, scorecards,
/// references to an email address) far fewer than 10,000; a hostile answer
/// of a million tiny records (a few megabytes of JSON, gigabytes once typed)
/// is refused before it is decoded.
pub const DEFAULT_MAX_PAGE_RECORDS: usize = 10_000;

/// The first top-level list of a JSON object answer holding more than
/// `limit` items: its field name and the count seen (the scan stops at
/// `limit + 1`). One pass over the bytes that builds nothing (far cheaper
/// than decoding); an answer that is not a JSON object gives `None`, and
/// malformed JSON is left to the decoder to report.
pub(crate) fn oversized_list(bytes: &[u8], limit: usize) -> Option<(String, usize)> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    if bytes[start] != b'{' {
        return None;
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    // The last string that started at depth 1 (a key, or a string value).
    let mut last_key: (usize, usize) = (0, 0);
    let mut string_start = 0usize;
    // The list being counted: its key and items so far.
    let mut counting: Option<((usize, usize), usize)> = None;
    for (i, &b) in bytes.iter().enumerate().skip(start) {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
                if depth == 1 {
                    last_key = (string_start, i);
                }
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                string_start = i + 1;
                if let Some((_, n @ 0)) = &mut counting
                    && depth == 2
                {
                    *n = 1;
                }
            }
            b'{' | b'[' => {
                if depth == 1 && b == b'[' {
                    counting = Some((last_key, 0));
                } else if depth == 2
                    && let Some((_, n @ 0)) = &mut counting
                {
                    *n = 1;
                }
                depth += 1;
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 1 {
                    counting = None;
                } else if depth == 0 {
                    return None;
                }
            }
            b',' if depth == 2 => {
                if let Some((_, n)) = &mut counting {
                    *n += 1;
                }
            }
            b if depth == 2 && !b.is_ascii_whitespace() => {
                if let Some((_, n @ 0)) = &mut counting {
                    *n = 1;
                }
            }
            _ => continue,
        }
        if let Some((key, n)) = counting
            && n > limit
        {
            return Some((String::from_utf8_lossy(&bytes[key.0..key.1]).into_owned(), n));
        }
    }
    None
}

/// Reads `response`'s body to its end, at most `limit` bytes: `None` as
/// soon as it is known to be longer (its `Content-Length`, or the bytes
/// read so far), without reading further.
pub(crate) async fn read_capped(response: &mut reqwest::Response, limit: u64) -> reqwest::Result<Option<Bytes>> {
    let announced = response.content_length();
    if announced.is_some_and(|n| n > limit) {
        return Ok(None);
    }
    let mut body = Vec::with_capacity(announced.map_or(0, |n| usize::try_from(n).unwrap_or(0)));
    while let Some(chunk) = response.chunk().await? {
        if (body.len() as u64).saturating_add(chunk.len() as u64) > limit {
            return Ok(None);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Some(Bytes::from(body)))
}

/// `limit` for messages: "32 MiB", "512 KiB", "100 bytes".
pub(crate) fn human_size(limit: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if limit >= MIB && limit.is_multiple_of(MIB) {
        format!("{} MiB", limit / MIB)
    } else if limit >= 1024 && limit.is_multiple_of(1024) {
        format!("{} KiB", limit / 1024)
    } else {
        format!("{limit} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::oversized_list;

    fn list(n: usize, item: &str) -> String {
        vec![item; n].join(",")
    }

    #[test]
    fn lists_past_the_limit_are_found_with_their_field() {
        // At the limit: fine; one more: found, whatever the items are.
        for item in [
            "{}",
            "1",
            "\"a,b\"",
            "[1,2,3]",
            "{\"x\":[1,2],\"y\":\"}\\\"]\"}",
            "null",
        ] {
            let at = format!(
                r#"{{"requestId":"r","records":{{"totalRecords":5}},"calls":[{}]}}"#,
                list(5, item)
            );
            assert_eq!(oversized_list(at.as_bytes(), 5), None, "{at}");
            let past = format!(r#"{{"requestId":"r","calls":[{}],"more":1}}"#, list(6, item));
            assert_eq!(oversized_list(past.as_bytes(), 5), Some(("calls".into(), 6)), "{past}");
        }
        // Nested lists do not count, nor do lists after a string holding brackets.
        let nested = format!(r#"{{"t":"[[[,,,,,,","calls":[{{"s":[{}]}}]}}"#, list(50, "1"));
        assert_eq!(oversized_list(nested.as_bytes(), 5), None);
        // The second list is the long one.
        let second = format!(r#"{{"a":[1,2],"b" : [ {} ]}}"#, list(7, "2"));
        assert_eq!(oversized_list(second.as_bytes(), 5), Some(("b".into(), 6)));
        // Empty lists, a top-level list and non-JSON are not refused here.
        assert_eq!(oversized_list(br#"{"calls":[ ]}"#, 0), None);
        assert_eq!(oversized_list(br#"{"calls":[1]}"#, 0), Some(("calls".into(), 1)));
        assert_eq!(oversized_list(format!("[{}]", list(9, "1")).as_bytes(), 5), None);
        assert_eq!(oversized_list(b"<html>", 5), None);
    }

    #[test]
    fn sizes_read_well() {
        assert_eq!(super::human_size(super::DEFAULT_MAX_BODY_BYTES), "32 MiB");
        assert_eq!(super::human_size(2048), "2 KiB");
        assert_eq!(super::human_size(1000), "1000 bytes");
    }
}
