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
    #[test]
    fn sizes_read_well() {
        assert_eq!(super::human_size(super::DEFAULT_MAX_BODY_BYTES), "32 MiB");
        assert_eq!(super::human_size(2048), "2 KiB");
        assert_eq!(super::human_size(1000), "1000 bytes");
    }
}
