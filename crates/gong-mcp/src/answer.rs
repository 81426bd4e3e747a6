//! Tool results sized for a model: a short summary line, then the data as
//! compact JSON; the same data as structured content. The text never passes
//! the cap: a listing stops at the last item that fits and gives a cursor to
//! the next one.

use rmcp::model::{CallToolResult, ContentBlock as Content};
use serde_json::{Map, Value, json};

use crate::cursor::Position;

/// Where an answer came from and how fresh it is.
#[derive(Debug, Clone)]
pub struct Source {
    /// `gong` or `mirror`.
    pub name: &'static str,
    /// When Gong gave it (RFC 3339): now for `gong`, the sync time for `mirror`.
    pub as_of: String,
}

impl Source {
    /// An answer fetched from Gong just now.
    pub fn gong() -> Source {
        Source {
            name: "gong",
            as_of: now(),
        }
    }

    fn fields(&self, into: &mut Map<String, Value>) {
        into.insert("source".into(), Value::String(self.name.into()));
        into.insert("asOf".into(), Value::String(self.as_of.clone()));
    }

    fn sentence(&self) -> String {
        match self.name {
            "mirror" => format!("Source: the local mirror (synced at {}; no Gong request).", self.as_of),
            _ => format!("Source: Gong, fetched at {}.", self.as_of),
        }
    }
}

/// The current time, RFC 3339 to the second.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The text of a result: the summary, then the structured content as JSON.
fn text_of(summary: &str, structured: &Value) -> String {
    format!("{summary}\n{structured}")
}

fn result(summary: String, structured: Value) -> CallToolResult {
    let text = text_of(&summary, &structured);
    let mut r = CallToolResult::success(vec![Content::text(text)]);
    r.structured_content = Some(structured);
    r
}

/// A page of a listing as Gong gave it.
pub struct Listed<'a> {
    /// The list's name in the result (`calls`, `users`, ...).
    pub key: &'a str,
    /// The page `pos.gong` fetched.
    pub items: &'a [Value],
    /// Gong's cursor of the page after it.
    pub gong_next: Option<String>,
    /// What goes beside the list (the other fields of Gong's answer).
    pub extra: Map<String, Value>,
}

#[cfg(test)]
impl<'a> Listed<'a> {
    /// The page `items`, listed as `key`, with nothing beside it.
    pub fn new(key: &'a str, items: &'a [Value], gong_next: Option<String>) -> Self {
        Listed {
            key,
            items,
            gong_next,
            extra: Map::new(),
        }
    }
}

/// A page of a listing, from `pos.item` on, as much as fits in `cap`.
pub fn listing(tool: &str, page: Listed<'_>, pos: &Position, source: &Source, cap: usize) -> CallToolResult {
    let Listed {
        key,
        items,
        gong_next,
        extra,
    } = page;
    let start = pos.item.min(items.len());
    let build = |end: usize, omitted: Option<(usize, usize)>| -> (String, Value) {
        let next = if let Some((index, _)) = omitted {
            next_position(tool, pos, index + 1, items.len(), &gong_next)
        } else {
            next_position(tool, pos, end, items.len(), &gong_next)
        };
        let mut map = extra.clone();
        map.insert(key.into(), Value::Array(items[start..end].to_vec()));
        if let Some((index, bytes)) = omitted {
            map.insert(
                "omitted".into(),
                json!([{ "index": index, "bytes": bytes,
                         "why": "this item alone is longer than the result cap; raise --max-result-kib to see it" }]),
            );
        }
        let cursor = next.as_ref().map(Position::encode);
        map.insert("nextCursor".into(), cursor.clone().map_or(Value::Null, Value::String));
        source.fields(&mut map);
        let shown = end - start;
        let mut summary = if shown == 0 {
            format!("No {key} here.")
        } else {
            format!("{shown} {key} (items {} to {} of this page).", start + 1, end)
        };
        match cursor {
            Some(c) => summary.push_str(&format!(
                " More: call {tool} again with the same arguments and \"cursor\": \"{c}\"."
            )),
            None => summary.push_str(" This is the end of the listing."),
        }
        summary.push(' ');
        summary.push_str(&source.sentence());
        (summary, Value::Object(map))
    };
    // Greedy by the items' own sizes, then exact: drop items until the whole text fits.
    let mut end = start;
    let mut size = 0usize;
    while end < items.len() {
        let n = items[end].to_string().len() + 1;
        if size + n > cap {
            break;
        }
        size += n;
        end += 1;
    }
    // (An empty answer is only right at the end of the page: elsewhere it
    // would give back the cursor it was called with.)
    while end > start || start >= items.len() {
        let (summary, structured) = build(end, None);
        if text_of(&summary, &structured).len() <= cap || end == start {
            return result(summary, structured);
        }
        end -= 1;
    }
    // Not even one item fits: skip it, say so, and continue after it.
    let bytes = items.get(start).map_or(0, |v| v.to_string().len());
    let (summary, structured) = build(start, Some((start, bytes)));
    result(summary, structured)
}

fn next_position(tool: &str, pos: &Position, end: usize, len: usize, gong_next: &Option<String>) -> Option<Position> {
    if end < len {
        Some(Position {
            tool: tool.into(),
            gong: pos.gong.clone(),
            item: end,
            line: 0,
        })
    } else {
        gong_next.as_ref().map(|g| Position {
            tool: tool.into(),
            gong: Some(g.clone()),
            item: 0,
            line: 0,
        })
    }
}

/// One record (a call, a user): whole when it fits, otherwise its JSON cut
/// at the cap with a note and no structured content.
pub fn record(what: &str, value: Value, source: &Source, cap: usize) -> CallToolResult {
    let mut map = match value {
        Value::Object(m) => m,
        other => {
            let mut m = Map::new();
            m.insert("value".into(), other);
            m
        }
    };
    source.fields(&mut map);
    let structured = Value::Object(map);
    let summary = format!("{what}. {}", source.sentence());
    let text = text_of(&summary, &structured);
    if text.len() <= cap {
        return result(summary, structured);
    }
    let note = format!(
        "\n[cut: this answer is {} bytes, past the result cap of {cap}; raise --max-result-kib to see all of it]",
        text.len()
    );
    let keep = floor_char_boundary(&text, cap.saturating_sub(note.len()));
    CallToolResult::success(vec![Content::text(format!("{}{note}", &text[..keep]))])
}

/// The largest char boundary of `s` at or below `at`.
pub fn floor_char_boundary(s: &str, at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    let mut i = at;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A tool error: a message the model reads, and the same as structured content.
pub fn error(message: String, details: Value) -> CallToolResult {
    let mut r = CallToolResult::error(vec![Content::text(message.clone())]);
    let mut map = match details {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    map.insert("message".into(), Value::String(message));
    r.structured_content = Some(json!({ "error": map }));
    r
}

/// The tool error of a failed Gong call: invalid input names the field and
/// the rule; a spent budget says when it renews.
pub fn gong_error(e: &gong_client::Error) -> CallToolResult {
    use gong_client::Error;
    match e {
        Error::InvalidInput { field, rule, .. } => error(
            format!("invalid argument {field}: {rule}. Nothing was sent to Gong; fix the argument and call again."),
            json!({ "kind": "invalid_argument", "field": field, "rule": rule }),
        ),
        Error::BudgetSpent { limit, renews_in, .. } => {
            let renews = renews_in.map(|d| {
                let at = chrono::Utc::now()
                    + chrono::Duration::seconds(i64::try_from(d.as_secs()).unwrap_or(i64::MAX / 2_000));
                (d.as_secs(), at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            });
            let when = match &renews {
                Some((secs, at)) => format!("it renews in {secs} s, at {at}"),
                None => "it renews tomorrow".to_owned(),
            };
            error(
                format!(
                    "The daily budget of {limit} Gong requests is spent ({when}). No request was sent; \
                     try again after that, or answer from what you already have."
                ),
                json!({ "kind": "budget_spent", "limit": limit,
                        "renewsInSeconds": renews.as_ref().map(|r| r.0),
                        "renewsAt": renews.map(|r| r.1) }),
            )
        }
        other => error(format!("Gong request failed: {other}"), json!({ "kind": "gong" })),
    }
}

/// A tool error for an argument this server checks itself.
pub fn bad_argument(field: &str, rule: &str) -> CallToolResult {
    error(
        format!("invalid argument {field}: {rule}. Nothing was sent to Gong; fix the argument and call again."),
        json!({ "kind": "invalid_argument", "field": field, "rule": rule }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(r: &CallToolResult) -> String {
        r.content
            .iter()
            .filter_map(|c| c.as_text().map(|t| t.text.clone()))
            .collect()
    }

    #[test]
    fn listing_stays_under_the_cap_and_continues() {
        let items: Vec<Value> = (0..200)
            .map(|i| json!({ "id": i.to_string(), "title": "x".repeat(100) }))
            .collect();
        let source = Source::gong();
        let cap = 4096;
        let mut pos = Position::start("list-calls");
        let mut seen = 0;
        for _ in 0..100 {
            let r = listing("list-calls", Listed::new("calls", &items, None), &pos, &source, cap);
            assert!(text(&r).len() <= cap, "{}", text(&r).len());
            let s = r.structured_content.unwrap();
            seen += s["calls"].as_array().unwrap().len();
            match s["nextCursor"].as_str() {
                Some(c) => pos = Position::decode("list-calls", c).unwrap(),
                None => break,
            }
        }
        assert_eq!(seen, 200);
    }

    #[test]
    fn an_item_past_the_cap_is_skipped_with_a_note() {
        let items = vec![json!({ "big": "y".repeat(10_000) }), json!({ "id": "2" })];
        let r = listing(
            "list-calls",
            Listed::new("calls", &items, None),
            &Position::start("list-calls"),
            &Source::gong(),
            2048,
        );
        let s = r.structured_content.unwrap();
        assert_eq!(s["omitted"][0]["index"], 0);
        let next = Position::decode("list-calls", s["nextCursor"].as_str().unwrap()).unwrap();
        assert_eq!(next.item, 1);
    }
}
