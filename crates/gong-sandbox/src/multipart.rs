//! A streaming `multipart/form-data` reader.
//!
//! It reads the request body chunk by chunk and hands out each part's
//! content as it arrives, holding at most one incoming chunk plus a
//! boundary's length in memory: a 1.5 GB recording never sits in memory.

use bytes::{Buf, Bytes, BytesMut};
use futures::{Stream, StreamExt};

/// Longest part head (its header lines) accepted.
const MAX_HEAD_BYTES: usize = 16 * 1024;

/// Why a body is not acceptable multipart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum MultipartError {
    /// The body is not well-formed multipart (the text says how).
    Malformed(String),
    /// Reading the body failed (the client went away).
    Body(String),
}

impl std::fmt::Display for MultipartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MultipartError::Malformed(m) => write!(f, "malformed multipart body: {m}"),
            MultipartError::Body(m) => write!(f, "reading the body failed: {m}"),
        }
    }
}

/// The head of one part.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PartHead {
    /// The form field name (`name=` of `Content-Disposition`).
    pub name: Option<String>,
    /// The file name, for file parts.
    pub file_name: Option<String>,
    /// The part's `Content-Type`.
    pub content_type: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Looking for a delimiter (before the first part, or after a part's content).
    Delimiter,
    /// Just after a delimiter: `--` ends the body, CRLF starts a head.
    AfterDelimiter,
    /// Reading a part head.
    Head,
    /// Reading a part's content.
    Content,
    /// The closing delimiter was read.
    Done,
}

/// Reads parts from a body stream. Call [`Multipart::next_part`], then
/// [`Multipart::next_chunk`] until it returns `None`, then `next_part` again.
pub(crate) struct Multipart<S> {
    body: S,
    buf: BytesMut,
    /// `\r\n--boundary`.
    delimiter: Vec<u8>,
    phase: Phase,
    eof: bool,
    read: u64,
}

/// The boundary of a `multipart/form-data` content type.
pub(crate) fn boundary(content_type: &str) -> Option<String> {
    let mut parts = content_type.split(';');
    let mime = parts.next()?.trim();
    if !mime.eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    parts.find_map(|p| {
        let (k, v) = p.split_once('=')?;
        if k.trim().eq_ignore_ascii_case("boundary") {
            let v = v.trim().trim_matches('"');
            (!v.is_empty() && v.len() <= 70).then(|| v.to_owned())
        } else {
            None
        }
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    let first = needle[0];
    let last_start = hay.len() - needle.len();
    let mut from = 0;
    while from <= last_start {
        let i = from + hay[from..=last_start].iter().position(|&b| b == first)?;
        if &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

/// A parameter of a `Content-Disposition` value (`name`, `filename`).
fn disposition_param(value: &str, key: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case(key)
            .then(|| v.trim().trim_matches('"').to_owned())
    })
}

impl<S, E> Multipart<S>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    /// A reader of `body` with `boundary`.
    pub(crate) fn new(body: S, boundary: &str) -> Self {
        let mut buf = BytesMut::with_capacity(64 * 1024);
        // The first delimiter has no CRLF before it: supply one so every
        // delimiter looks the same.
        buf.extend_from_slice(b"\r\n");
        Multipart {
            body,
            buf,
            delimiter: format!("\r\n--{boundary}").into_bytes(),
            phase: Phase::Delimiter,
            eof: false,
            read: 0,
        }
    }

    /// Bytes of the body read so far.
    pub(crate) fn bytes_read(&self) -> u64 {
        self.read
    }

    /// Reads one more chunk of the body into the buffer; false at its end.
    async fn fill(&mut self) -> Result<bool, MultipartError> {
        if self.eof {
            return Ok(false);
        }
        match self.body.next().await {
            Some(Ok(chunk)) => {
                self.read += chunk.len() as u64;
                self.buf.extend_from_slice(&chunk);
                Ok(true)
            }
            Some(Err(e)) => Err(MultipartError::Body(e.to_string())),
            None => {
                self.eof = true;
                Ok(false)
            }
        }
    }

    fn truncated() -> MultipartError {
        MultipartError::Malformed("the body ended inside a part".into())
    }

    /// The next part's head, or `None` after the closing delimiter. Any
    /// unread content of the current part is skipped.
    pub(crate) async fn next_part(&mut self) -> Result<Option<PartHead>, MultipartError> {
        loop {
            match self.phase {
                Phase::Done => return Ok(None),
                Phase::Content => while self.next_chunk().await?.is_some() {},
                Phase::Delimiter => {
                    if let Some(i) = find(&self.buf, &self.delimiter) {
                        self.buf.advance(i + self.delimiter.len());
                        self.phase = Phase::AfterDelimiter;
                    } else {
                        // Keep a possible start of the delimiter.
                        let keep = self.delimiter.len() - 1;
                        if self.buf.len() > keep {
                            let drop = self.buf.len() - keep;
                            self.buf.advance(drop);
                        }
                        if !self.fill().await? {
                            return Err(MultipartError::Malformed("no multipart boundary in the body".into()));
                        }
                    }
                }
                Phase::AfterDelimiter => {
                    while self.buf.len() < 2 {
                        if !self.fill().await? {
                            return Err(Self::truncated());
                        }
                    }
                    if self.buf.starts_with(b"--") {
                        self.phase = Phase::Done;
                        // Read the (short) epilogue so the connection stays usable.
                        let mut epilogue = self.buf.len() as u64;
                        self.buf.clear();
                        while epilogue <= MAX_HEAD_BYTES as u64 && self.fill().await? {
                            epilogue += self.buf.len() as u64;
                            self.buf.clear();
                        }
                        return Ok(None);
                    }
                    // Transport padding (spaces, tabs) may precede the CRLF.
                    loop {
                        let pad = self.buf.iter().take_while(|b| **b == b' ' || **b == b'\t').count();
                        self.buf.advance(pad);
                        if self.buf.len() >= 2 {
                            break;
                        }
                        if !self.fill().await? {
                            return Err(Self::truncated());
                        }
                    }
                    if !self.buf.starts_with(b"\r\n") {
                        return Err(MultipartError::Malformed("no line break after a boundary".into()));
                    }
                    self.buf.advance(2);
                    self.phase = Phase::Head;
                }
                Phase::Head => {
                    let end = loop {
                        if self.buf.starts_with(b"\r\n") {
                            break 0;
                        }
                        if let Some(i) = find(&self.buf, b"\r\n\r\n") {
                            break i + 2;
                        }
                        if self.buf.len() > MAX_HEAD_BYTES {
                            return Err(MultipartError::Malformed("a part head is too long".into()));
                        }
                        if !self.fill().await? {
                            return Err(Self::truncated());
                        }
                    };
                    let head_bytes = self.buf.split_to(end);
                    self.buf.advance(2);
                    let text = String::from_utf8_lossy(&head_bytes);
                    let mut head = PartHead::default();
                    for line in text.split("\r\n").filter(|l| !l.is_empty()) {
                        let Some((name, value)) = line.split_once(':') else {
                            return Err(MultipartError::Malformed(format!(
                                "a part header line has no colon: {line:?}"
                            )));
                        };
                        let value = value.trim();
                        if name.trim().eq_ignore_ascii_case("content-disposition") {
                            head.name = disposition_param(value, "name");
                            head.file_name = disposition_param(value, "filename");
                        } else if name.trim().eq_ignore_ascii_case("content-type") {
                            head.content_type = Some(value.to_owned());
                        }
                    }
                    self.phase = Phase::Content;
                    return Ok(Some(head));
                }
            }
        }
    }

    /// The next piece of the current part's content; `None` at its end.
    pub(crate) async fn next_chunk(&mut self) -> Result<Option<Bytes>, MultipartError> {
        if self.phase != Phase::Content {
            return Ok(None);
        }
        loop {
            if let Some(i) = find(&self.buf, &self.delimiter) {
                let chunk = self.buf.split_to(i).freeze();
                self.buf.advance(self.delimiter.len());
                self.phase = Phase::AfterDelimiter;
                return Ok((!chunk.is_empty()).then_some(chunk));
            }
            let keep = self.delimiter.len() - 1;
            if self.buf.len() > keep {
                let n = self.buf.len() - keep;
                return Ok(Some(self.buf.split_to(n).freeze()));
            }
            if !self.fill().await? {
                return Err(Self::truncated());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(parts: &[(&str, Option<&str>, &[u8])], boundary: &str) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(b"preamble to ignore\r\n");
        for (name, file, content) in parts {
            out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            match file {
                Some(f) => out.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: audio/mpeg\r\n\r\n")
                        .as_bytes(),
                ),
                None => out.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
            }
            out.extend_from_slice(content);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        out
    }

    async fn read_all(raw: Vec<u8>, chunk: usize, boundary: &str) -> Result<Vec<(PartHead, Vec<u8>)>, MultipartError> {
        let chunks: Vec<Result<Bytes, std::io::Error>> =
            raw.chunks(chunk).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
        let mut mp = Multipart::new(futures::stream::iter(chunks), boundary);
        let mut parts = Vec::new();
        while let Some(head) = mp.next_part().await? {
            let mut content = Vec::new();
            while let Some(c) = mp.next_chunk().await? {
                assert!(c.len() <= chunk + 2 * boundary.len() + 8, "chunks stay small");
                content.extend_from_slice(&c);
            }
            parts.push((head, content));
        }
        assert_eq!(mp.bytes_read(), raw.len() as u64);
        Ok(parts)
    }

    #[tokio::test]
    async fn parts_come_out_whole_at_every_chunk_size() {
        let boundary = "----sandbox-7MA4YWxkTrZu0gW";
        // Content with near-boundaries in it.
        let mut media: Vec<u8> = (0..50_000u32).map(|i| (i % 251) as u8).collect();
        media.extend_from_slice(b"\r\n----sandbox-7MA4YWxkTrZu0g-not-quite\r\n--");
        let raw = body(
            &[
                ("note", None, b"hello"),
                ("mediaFile", Some("call.mp3"), &media),
                ("empty", None, b""),
            ],
            boundary,
        );
        for chunk in [1, 2, 3, 7, 64, 1000, 65_536, raw.len()] {
            let parts = read_all(raw.clone(), chunk, boundary).await.unwrap();
            assert_eq!(parts.len(), 3, "chunk {chunk}");
            assert_eq!(parts[0].0.name.as_deref(), Some("note"));
            assert_eq!(parts[0].1, b"hello");
            assert_eq!(parts[1].0.name.as_deref(), Some("mediaFile"));
            assert_eq!(parts[1].0.file_name.as_deref(), Some("call.mp3"));
            assert_eq!(parts[1].0.content_type.as_deref(), Some("audio/mpeg"));
            assert_eq!(parts[1].1, media, "chunk {chunk}");
            assert!(parts[2].1.is_empty());
        }
    }

    #[tokio::test]
    async fn a_cut_body_is_an_error() {
        let raw = body(&[("mediaFile", Some("a.wav"), &[1u8; 5000])], "b");
        let cut = raw[..3000].to_vec();
        assert!(matches!(
            read_all(cut, 512, "b").await,
            Err(MultipartError::Malformed(_))
        ));
        assert!(matches!(
            read_all(b"no boundary here".to_vec(), 4, "b").await,
            Err(MultipartError::Malformed(_))
        ));
    }

    #[test]
    fn boundary_comes_from_the_content_type() {
        assert_eq!(boundary("multipart/form-data; boundary=abc").as_deref(), Some("abc"));
        assert_eq!(
            boundary("Multipart/Form-Data; charset=utf-8; boundary=\"x y\"").as_deref(),
            Some("x y")
        );
        assert_eq!(boundary("application/json"), None);
        assert_eq!(boundary("multipart/form-data"), None);
    }
}
