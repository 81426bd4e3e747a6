//! The `cursor` argument of listing tools: where the next result starts.
//!
//! It is opaque to the client: base64url of a small JSON object holding the
//! tool it belongs to, Gong's own cursor of the page to fetch (none for the
//! first page or a one-request listing), the first item of that page to give,
//! and, for transcripts, the first line of that item. So a result cut by the
//! size cap continues exactly where it stopped, and a page Gong gave whole
//! continues with Gong's next cursor.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

/// Longest cursor accepted (Gong's own cursors are a few hundred characters).
const MAX_CURSOR_CHARS: usize = 8 * 1024;

/// A position in a listing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// The tool the cursor was given by.
    #[serde(rename = "t")]
    pub tool: String,
    /// Gong's cursor of the page to fetch.
    #[serde(rename = "g", default, skip_serializing_if = "Option::is_none")]
    pub gong: Option<String>,
    /// Items of that page already given.
    #[serde(rename = "i", default)]
    pub item: usize,
    /// Lines of that item already given (transcripts).
    #[serde(rename = "l", default)]
    pub line: usize,
}

impl Position {
    /// The start of `tool`'s listing.
    pub fn start(tool: &str) -> Position {
        Position {
            tool: tool.to_owned(),
            ..Position::default()
        }
    }

    /// The opaque text given to the client.
    pub fn encode(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        URL_SAFE_NO_PAD.encode(json)
    }

    /// Reads a cursor given back for `tool`; the error names the rule broken.
    pub fn decode(tool: &str, text: &str) -> Result<Position, String> {
        if text.len() > MAX_CURSOR_CHARS {
            return Err(format!("is longer than {MAX_CURSOR_CHARS} characters"));
        }
        let bytes = URL_SAFE_NO_PAD
            .decode(text.trim())
            .map_err(|_| "is not a cursor this server gave (use a result's nextCursor as it is)".to_owned())?;
        let position: Position = serde_json::from_slice(&bytes)
            .map_err(|_| "is not a cursor this server gave (use a result's nextCursor as it is)".to_owned())?;
        if position.tool != tool {
            return Err(format!(
                "was given by the tool {:?}; continue a listing with the tool that gave the cursor",
                position.tool
            ));
        }
        Ok(position)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let p = Position {
            tool: "list-calls".into(),
            gong: Some("abc".into()),
            item: 3,
            line: 0,
        };
        assert_eq!(Position::decode("list-calls", &p.encode()).unwrap(), p);
        assert!(
            Position::decode("list-users", &p.encode())
                .unwrap_err()
                .contains("list-calls")
        );
        assert!(Position::decode("list-calls", "not base64!").is_err());
        assert!(Position::decode("list-calls", &"A".repeat(9000)).is_err());
    }
}
