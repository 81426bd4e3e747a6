//! Text from outside shown on a terminal: the one sanitizer every output
//! path goes through. A leaf: it imports nothing of the crate.

/// Text from outside (Gong, webhook payloads, file names) made safe for a
/// terminal: line breaks and tabs become spaces; other control characters
/// (escape sequences, C1 controls) and bidirectional overrides are shown as
/// `\u{..}` escapes instead of reaching the terminal.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') => {
                out.extend(c.escape_unicode());
            }
            c => out.push(c),
        }
    }
    out
}
