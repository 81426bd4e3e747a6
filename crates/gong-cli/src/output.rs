//! Printing results: JSON, JSON Lines, or a table.
//!
//! Without `--output`, a terminal gets a table; otherwise a single result is
//! printed as one JSON document and a streamed list as JSON Lines, one item
//! per line as pages arrive. `--output json` prints a list as one JSON array
//! (still written item by item).
//!
//! Tables are measured in display columns (a CJK character or an emoji
//! takes two), fit the terminal's width (narrowing the widest columns, then
//! leaving the last ones out), and never let a control character of Gong's
//! data reach the terminal. A table written to a pipe (`-o table | less`)
//! keeps the fixed 40-column cells.

use std::io::{IsTerminal, Write};

use serde::Serialize;
use serde_json::Value;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::failure::Failure;
use crate::global::Format;
use crate::terminal::sanitize;

/// Where results go, and how.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    explicit: Option<Format>,
    stdout_tty: bool,
    /// The terminal's width in columns, when stdout is one.
    width: Option<usize>,
}

impl Output {
    /// From `--output`, and whether stdout is a terminal.
    pub fn new(explicit: Option<Format>) -> Self {
        let stdout_tty = std::io::stdout().is_terminal();
        let width = stdout_tty
            .then(|| console::Term::stdout().size_checked())
            .flatten()
            .map(|(_, cols)| usize::from(cols))
            .filter(|c| *c >= 20);
        Output {
            explicit,
            stdout_tty,
            width,
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
            Format::Table => table_of_value(&value, self.width),
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
            width: self.width,
        }
    }
}

/// Prints a list item by item.
#[derive(Debug)]
pub struct ListWriter {
    format: Format,
    count: usize,
    rows: Vec<Value>,
    width: Option<usize>,
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
            Format::Table => write_out(&table(&self.rows, self.width)),
        }
    }

    /// Ends a list cut short by an error: a table shows what arrived; a JSON
    /// array stays unclosed, so nobody mistakes it for the whole list.
    pub fn abort(self) -> Result<(), Failure> {
        match self.format {
            Format::Table if !self.rows.is_empty() => write_out(&table(&self.rows, self.width)),
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
/// Widest cell, in display columns, of a table not written to a terminal.
const MAX_CELL: usize = 40;
/// Widest cell on a terminal (the table is narrowed further to fit).
const MAX_CELL_TTY: usize = 60;
/// A column is narrowed to no less than this before columns are left out.
const MIN_CELL: usize = 8;
const GAP: usize = 2;
/// Columns shown first when present.
const LEADING: &[&str] = &["id", "callId", "userId", "name", "title", "emailAddress"];

/// Display columns `text` takes on a terminal.
pub(crate) fn display_width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` padded with spaces to `width` display columns.
fn pad(text: &str, width: usize) -> String {
    let mut s = text.to_owned();
    s.extend(std::iter::repeat_n(' ', width.saturating_sub(display_width(text))));
    s
}

/// A table for a single result: the list inside a list-like answer
/// (`{"requestId": .., "workspaces": [..]}`), otherwise field / value rows.
fn table_of_value(value: &Value, width: Option<usize>) -> String {
    match value {
        Value::Array(items) => table(items, width),
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
                return table(lists[0], width);
            }
            let mut flat = Vec::new();
            flatten("", value, &mut flat);
            let keys: Vec<String> = flat.iter().map(|(k, _)| clip(k, 100)).collect();
            let key_width = keys.iter().map(|k| display_width(k)).max().unwrap_or(0);
            let value_width = width.map_or(100, |w| w.saturating_sub(key_width + GAP).max(MIN_CELL));
            keys.iter()
                .zip(&flat)
                .map(|(k, (_, v))| {
                    format!("{}{}", pad(k, key_width + GAP), clip(v, value_width))
                        .trim_end()
                        .to_owned()
                })
                .collect::<Vec<_>>()
                .join("\n")
        }
        other => clip(&scalar(other), width.unwrap_or(100)),
    }
}

/// Display widths of the columns: each as wide as its widest cell (up to
/// `cap`), then, with a terminal `width`, the widest narrowed one column at
/// a time down to [`MIN_CELL`] and, when that is not enough, the last
/// columns left out. Returns the widths of the columns kept.
fn fit(natural: &[usize], minimum: &[usize], width: Option<usize>) -> Vec<usize> {
    let mut widths = natural.to_vec();
    let Some(total) = width else { return widths };
    let used = |w: &[usize]| w.iter().sum::<usize>() + GAP * w.len().saturating_sub(1);
    while used(&widths) > total {
        let shrinkable = (0..widths.len())
            .filter(|&i| widths[i] > minimum[i])
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
        match shrinkable {
            Some(i) => widths[i] -= 1,
            None if widths.len() > 1 => {
                widths.pop();
            }
            None => {
                widths[0] = total;
                break;
            }
        }
    }
    widths
}

/// Rows of objects as an aligned table of their leading fields.
fn table(rows: &[Value], width: Option<usize>) -> String {
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
    let cap = if width.is_some() { MAX_CELL_TTY } else { MAX_CELL };
    let header: Vec<String> = columns.iter().map(|c| clip(c, cap)).collect();
    let cells: Vec<Vec<String>> = flat
        .iter()
        .map(|row| {
            columns
                .iter()
                .map(|c| {
                    row.iter()
                        .find(|(k, _)| k == c)
                        .map(|(_, v)| clip(v, cap))
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    let natural: Vec<usize> = (0..columns.len())
        .map(|i| {
            cells
                .iter()
                .map(|r| display_width(&r[i]))
                .chain([display_width(&header[i])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let minimum: Vec<usize> = natural.iter().map(|n| (*n).min(MIN_CELL)).collect();
    let widths = fit(&natural, &minimum, width);
    let line = |values: &[String]| {
        values
            .iter()
            .zip(&widths)
            .map(|(v, w)| pad(&clip(v, *w), *w))
            .collect::<Vec<_>>()
            .join(&" ".repeat(GAP))
            .trim_end()
            .to_owned()
    };
    let mut out = vec![line(&header)];
    out.push(line(&widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>()));
    out.extend(cells.iter().map(|r| line(r)));
    let hidden = columns.len() - widths.len();
    let count = format!("{} {}", rows.len(), if rows.len() == 1 { "row" } else { "rows" });
    let footer = if hidden > 0 {
        format!("({count}; {hidden} hidden: -o json shows all)")
    } else {
        format!("({count})")
    };
    out.push(width.map_or_else(|| footer.clone(), |w| clip(&footer, w)));
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

/// `text` made safe ([`sanitize`]) and cut to at most `max` display
/// columns, an ellipsis marking the cut.
pub(crate) fn clip(text: &str, max: usize) -> String {
    // Bounded work for hostile lengths: no cell needs more than this.
    let bounded: String = text.chars().take(max.saturating_mul(4).max(16)).collect();
    let one_line = sanitize(&bounded);
    if display_width(&one_line) <= max && bounded.len() == text.len() {
        return one_line;
    }
    let mut s = String::new();
    let mut used = 0;
    for c in one_line.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        s.push(c);
        used += w;
    }
    // Sequences (emoji with selectors, joiners) can render wider than
    // their characters add up to: trim until the whole fits.
    while !s.is_empty() && display_width(&s) + 1 > max {
        s.pop();
    }
    if max > 0 {
        s.push('…');
    }
    s
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
        let t = table(
            &[
                json!({"id": "1", "name": "Sales"}),
                json!({"id": "22", "name": "Support"}),
            ],
            None,
        );
        assert_eq!(t, "id  name\n--  -------\n1   Sales\n22  Support\n(2 rows)");
    }

    #[test]
    fn list_answers_show_their_list() {
        let t = table_of_value(&json!({"requestId": "r", "workspaces": [{"id": "1"}]}), None);
        assert!(t.starts_with("id\n"), "{t}");
    }

    /// Where each column starts, in display columns, on every line.
    fn starts(t: &str, marker: &str) -> Vec<usize> {
        t.lines()
            .filter_map(|l| l.find(marker).map(|i| display_width(&l[..i])))
            .collect()
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let t = table(
            &[
                json!({"id": "1", "name": "日本語の会議", "title": "x-a"}),
                json!({"id": "2", "name": "Demo 🎉", "title": "x-b"}),
                json!({"id": "3", "name": "plain", "title": "x-c"}),
            ],
            None,
        );
        let at = starts(&t, "x-");
        assert_eq!(at.len(), 3, "{t}");
        assert!(
            at.iter().all(|c| *c == at[0]),
            "titles start in one display column:\n{t}"
        );
        assert_eq!(at[0], "id  ".len() + display_width("日本語の会議") + GAP, "{t}");
    }

    #[test]
    fn tables_fit_the_terminal_width() {
        let long = "word ".repeat(30);
        let rows: Vec<Value> = (0..3)
            .map(|i| json!({"id": i.to_string(), "name": "名前".repeat(20), "title": long, "purpose": long}))
            .collect();
        for width in [100, 60, 40, 24] {
            let t = table(&rows, Some(width));
            for line in t.lines() {
                assert!(
                    display_width(line) <= width,
                    "{width}: {line:?} is {} wide",
                    display_width(line)
                );
            }
            assert!(t.lines().next().unwrap().starts_with("id"), "{t}");
        }
        // Too narrow for every column at its minimum: the last ones are left out, and said so.
        let t = table(&rows, Some(24));
        assert!(t.lines().last().unwrap().starts_with("(3 rows; 1 hidden"), "{t}");
        let t = table(&rows, Some(30));
        assert!(
            t.ends_with("(3 rows; 1 hidden: -o json shows all)") || t.ends_with('…'),
            "{t}"
        );
        // Wide enough: nothing is cut.
        let t = table(&[json!({"id": "1", "name": "短い"})], Some(100));
        assert!(t.contains("短い") && !t.contains('…'), "{t}");
        // Not a terminal: cells keep the fixed cap, measured in columns.
        let t = table(&rows, None);
        assert!(t.lines().skip(2).all(|l| !l.is_empty()));
        let cell = t.lines().nth(2).unwrap().split("  ").nth(1).unwrap();
        assert_eq!(display_width(cell), MAX_CELL, "{cell:?}");
    }

    #[test]
    fn clipping_counts_columns_and_keeps_terminals_safe() {
        for (text, max) in [("日本語日本語", 5), ("🎉🎉🎉🎉", 4), ("abcdef", 3), ("👩‍👩‍👧‍👦 family", 6)]
        {
            let c = clip(text, max);
            assert!(display_width(&c) <= max, "{text} -> {c}");
            assert!(c.ends_with('…'), "{c}");
        }
        assert_eq!(clip("日本", 4), "日本");
        let hostile = "evil\u{1b}[2J\u{1b}]0;owned\u{7}\u{202e}txt\u{9b}31m\nnext";
        let t = table(&[json!({"id": hostile, "name": hostile})], Some(80));
        assert!(!t.chars().any(|c| c.is_control() && c != '\n'), "{t:?}");
        assert!(!t.contains('\u{202e}'), "{t:?}");
        assert_eq!(t.lines().count(), 4, "one line per row: {t}");
        let v = table_of_value(&json!({"a": hostile, "b": {"c": hostile}}), Some(30));
        assert!(!v.chars().any(|c| c.is_control() && c != '\n'), "{v:?}");
        assert!(v.lines().all(|l| display_width(l) <= 30), "{v}");
        // Huge hostile cells are cut without scanning all of them.
        let huge = "界".repeat(1_000_000);
        assert!((9..=10).contains(&display_width(&clip(&huge, 10))));
    }

    #[test]
    fn fitting_narrows_the_widest_first() {
        assert_eq!(fit(&[10, 30, 5], &[8, 8, 5], Some(40)), vec![10, 21, 5]);
        assert_eq!(fit(&[10, 30, 5], &[8, 8, 5], None), vec![10, 30, 5]);
        assert_eq!(fit(&[20, 20, 20], &[8, 8, 8], Some(20)), vec![8, 8]);
        assert_eq!(fit(&[50], &[8], Some(5)), vec![5]);
    }
}
