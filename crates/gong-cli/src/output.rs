//! Printing results: JSON, JSON Lines, or a table.
//!
//! Without `--output`, a terminal gets a table; otherwise a single result is
//! printed as one JSON document and a streamed list as JSON Lines, one item
//! per line as pages arrive. `--output json` prints a list as one JSON array
//! (still written item by item).

use std::io::{IsTerminal, Write};

use serde::Serialize;
use serde_json::Value;

use crate::failure::Failure;
use crate::global::Format;

/// Where results go, and how.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    explicit: Option<Format>,
    stdout_tty: bool,
}

impl Output {
    /// From `--output`, and whether stdout is a terminal.
    pub fn new(explicit: Option<Format>) -> Self {
        Output {
            explicit,
            stdout_tty: std::io::stdout().is_terminal(),
        }
    }

    /// Whether stdout is a terminal.
    pub fn is_terminal(&self) -> bool {
        self.stdout_tty
    }

    /// The format `--output` asked for, if any.
    #[cfg_attr(not(feature = "sandbox"), allow(dead_code))]
    pub fn explicit(&self) -> Option<Format> {
        self.explicit
    }

    fn single_format(&self) -> Format {
        self.explicit
            .unwrap_or(if self.stdout_tty { Format::Table } else { Format::Json })
    }

    fn list_format(&self) -> Format {
        self.explicit
            .unwrap_or(if self.stdout_tty { Format::Table } else { Format::Jsonl })
    }

    /// Prints one result.
    pub fn print(&self, value: &impl Serialize) -> Result<(), Failure> {
        let value = to_value(value)?;
        let text = match self.single_format() {
            Format::Json => pretty(&value),
            Format::Jsonl => value.to_string(),
            Format::Table => table_of_value(&value),
        };
        write_out(&text)
    }

    /// Prints a JSON document as is (pretty unless JSON Lines was asked for):
    /// for schemas, which have no sensible table.
    pub fn print_json(&self, value: &Value) -> Result<(), Failure> {
        match self.explicit {
            Some(Format::Jsonl) => write_out(&value.to_string()),
            _ => write_out(&pretty(value)),
        }
    }

    /// Starts printing a list.
    pub fn list(&self) -> ListWriter {
        ListWriter {
            format: self.list_format(),
            count: 0,
            rows: Vec::new(),
        }
    }
}

/// Prints a list item by item.
#[derive(Debug)]
pub struct ListWriter {
    format: Format,
    count: usize,
    rows: Vec<Value>,
}

impl ListWriter {
    /// Whether items are collected until the end (a table) instead of written at once.
    pub fn collects(&self) -> bool {
        self.format == Format::Table
    }

    /// Adds one item.
    pub fn push(&mut self, item: &impl Serialize) -> Result<(), Failure> {
        let value = to_value(item)?;
        let result = match self.format {
            Format::Jsonl => write_out(&value.to_string()),
            Format::Json => {
                let lead = if self.count == 0 { "[\n" } else { ",\n" };
                write_raw(&format!("{lead}{value}"))
            }
            Format::Table => {
                self.rows.push(value);
                Ok(())
            }
        };
        self.count += 1;
        result
    }

    /// Ends a complete list.
    pub fn finish(self) -> Result<(), Failure> {
        match self.format {
            Format::Jsonl => Ok(()),
            Format::Json if self.count == 0 => write_out("[]"),
            Format::Json => write_out("\n]"),
            Format::Table => write_out(&table(&self.rows)),
        }
    }

    /// Ends a list cut short by an error: a table shows what arrived; a JSON
    /// array stays unclosed, so nobody mistakes it for the whole list.
    pub fn abort(self) -> Result<(), Failure> {
        match self.format {
            Format::Table if !self.rows.is_empty() => write_out(&table(&self.rows)),
            Format::Json if self.count > 0 => write_out(""),
            _ => Ok(()),
        }
    }
}

fn to_value(value: &impl Serialize) -> Result<Value, Failure> {
    serde_json::to_value(value).map_err(|e| Failure::Other(format!("encoding the result: {e}")))
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())
}

/// Writes `text` and a newline to stdout, flushed.
pub fn write_out(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|_| out.write_all(b"\n"))
        .and_then(|_| out.flush())
        .map_err(Failure::output)
}

fn write_raw(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .map_err(Failure::output)
}

/// Writes bytes to stdout as they are.
pub fn write_bytes(bytes: &[u8]) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes).and_then(|_| out.flush()).map_err(Failure::output)
}

// ------------------------------------------------------------------ tables

const MAX_COLUMNS: usize = 8;
const MAX_CELL: usize = 40;
/// Columns shown first when present.
const LEADING: &[&str] = &["id", "callId", "userId", "name", "title", "emailAddress"];

/// A table for a single result: the list inside a list-like answer
/// (`{"requestId": .., "workspaces": [..]}`), otherwise field / value rows.
fn table_of_value(value: &Value) -> String {
    match value {
        Value::Array(items) => table(items),
        Value::Object(map) => {
            let lists: Vec<&Vec<Value>> = map
                .values()
                .filter_map(|v| v.as_array())
                .filter(|a| !a.is_empty() && a.iter().all(Value::is_object))
                .collect();
            let scalars_only_besides = map
                .iter()
                .all(|(k, v)| v.is_array() || k == "requestId" || k == "records");
            if lists.len() == 1 && scalars_only_besides {
                return table(lists[0]);
            }
            let mut flat = Vec::new();
            flatten("", value, &mut flat);
            let width = flat.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
            flat.iter()
                .map(|(k, v)| format!("{:<width$}  {}", clip(k, 100), clip(v, 100)))
                .collect::<Vec<_>>()
                .join("\n")
        }
        other => scalar(other),
    }
}

/// Rows of objects as an aligned table of their leading fields.
fn table(rows: &[Value]) -> String {
    if rows.is_empty() {
        return "(no results)".into();
    }
    let flat: Vec<Vec<(String, String)>> = rows
        .iter()
        .map(|r| {
            let mut f = Vec::new();
            flatten("", r, &mut f);
            f
        })
        .collect();
    let mut columns: Vec<String> = Vec::new();
    for row in &flat {
        for (k, _) in row {
            if !columns.contains(k) {
                columns.push(k.clone());
            }
        }
    }
    // Keys arrive in alphabetical order; identity first reads better.
    columns.sort_by_key(|c| LEADING.iter().position(|l| l == c).unwrap_or(LEADING.len()));
    columns.truncate(MAX_COLUMNS);
    let cells: Vec<Vec<String>> = flat
        .iter()
        .map(|row| {
            columns
                .iter()
                .map(|c| {
                    row.iter()
                        .find(|(k, _)| k == c)
                        .map(|(_, v)| clip(v, MAX_CELL))
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    let widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            cells
                .iter()
                .map(|r| r[i].chars().count())
                .chain([c.chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |values: &[String]| {
        values
            .iter()
            .zip(&widths)
            .map(|(v, w)| format!("{v:<w$}"))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    let mut out = vec![line(&columns)];
    out.push(line(&widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>()));
    out.extend(cells.iter().map(|r| line(r)));
    out.push(format!(
        "({} {})",
        rows.len(),
        if rows.len() == 1 { "row" } else { "rows" }
    ));
    out.join("\n")
}

/// Nested objects become dotted keys; lists are summarized.
fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) if prefix.is_empty() || !map.is_empty() => {
            for (k, v) in map {
                let k = sanitize(k);
                let key = if prefix.is_empty() { k } else { format!("{prefix}.{k}") };
                flatten(&key, v, out);
            }
        }
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
            out.push((
                prefix.to_owned(),
                items.iter().map(scalar).collect::<Vec<_>>().join(", "),
            ));
        }
        Value::Array(items) => out.push((prefix.to_owned(), format!("[{} items]", items.len()))),
        other => out.push((prefix.to_owned(), scalar(other))),
    }
}

fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

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

pub(crate) fn clip(text: &str, max: usize) -> String {
    let one_line = sanitize(text);
    if one_line.chars().count() <= max {
        one_line
    } else {
        let mut s: String = one_line.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// Shows the library's debug log under `target` (`gong_client` for the
/// requests, credentials redacted; `gong_client::webhook` for why deliveries
/// are refused) on stderr, without timestamps.
pub(crate) fn init_debug_log(target: &str) {
    crate::logging::show_debug(target);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tables_align_leading_fields() {
        let t = table(&[
            json!({"id": "1", "name": "Sales"}),
            json!({"id": "22", "name": "Support"}),
        ]);
        assert_eq!(t, "id  name\n--  -------\n1   Sales\n22  Support\n(2 rows)");
    }

    #[test]
    fn list_answers_show_their_list() {
        let t = table_of_value(&json!({"requestId": "r", "workspaces": [{"id": "1"}]}));
        assert!(t.starts_with("id\n"), "{t}");
    }
}
