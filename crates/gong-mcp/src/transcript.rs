//! Transcripts as a model reads them: one line per sentence,
//! `[hh:mm:ss] Name: text` (`Speaker ID` when the speaker's name is not
//! known), in chunks that fit the result cap and continue by cursor (at the
//! call and the line where the chunk stopped).

use std::collections::HashMap;

use rmcp::model::{CallToolResult, ContentBlock as Content};
use serde_json::{Map, Value, json};

use crate::answer::{Source, floor_char_boundary};
use crate::cursor::Position;

/// Longest speaker name put on a line (longer names are cut).
const MAX_NAME_CHARS: usize = 80;

/// Speakers' names by call id, then by speaker id.
pub type Speakers = HashMap<String, HashMap<String, String>>;

/// Adds the named parties of one call (Gong's JSON of a call with its
/// `parties`, as `POST /v2/calls/extensive` gives it and the mirror keeps it)
/// to `into`, under `call_id`.
pub fn add_parties(into: &mut Speakers, call_id: &str, call: &Value) {
    let parties = call.get("parties").and_then(Value::as_array);
    for p in parties.into_iter().flatten() {
        let (Some(speaker), Some(name)) = (p.get("speakerId"), p.get("name").and_then(Value::as_str)) else {
            continue;
        };
        let name: String = clean(name.trim()).chars().take(MAX_NAME_CHARS).collect();
        if name.trim().is_empty() || speaker.is_null() {
            continue;
        }
        into.entry(call_id.to_owned())
            .or_default()
            .insert(id_text(speaker), name.trim().to_owned());
    }
}

/// The speakers of every call in Gong's answer of `POST /v2/calls/extensive`
/// (each call's id is in its `metaData`).
pub fn speakers_of_extensive(answer: &Value) -> Speakers {
    let mut out = Speakers::new();
    let calls = answer.get("calls").and_then(Value::as_array);
    for c in calls.into_iter().flatten() {
        if let Some(id) = c.get("metaData").and_then(|m| m.get("id")) {
            add_parties(&mut out, &id_text(id), c);
        }
    }
    out
}

/// The lines of one call's transcript (Gong's JSON of a `CallTranscript`),
/// read field by field so that any shape Gong sends is taken as it comes;
/// speakers are named from `names` (speaker id to name), by id otherwise.
pub fn lines(transcript: &Value, names: Option<&HashMap<String, String>>) -> Vec<String> {
    let mut out = Vec::new();
    let monologues = transcript.get("transcript").and_then(Value::as_array);
    for m in monologues.into_iter().flatten() {
        let id = m.get("speakerId").map(id_text).unwrap_or_else(|| "unknown".into());
        let speaker = match names.and_then(|n| n.get(&id)) {
            Some(name) => name.clone(),
            None => format!("Speaker {}", clean(&id)),
        };
        let sentences = m.get("sentences").and_then(Value::as_array);
        for s in sentences.into_iter().flatten() {
            let text = s.get("text").and_then(Value::as_str).unwrap_or("");
            let start = s.get("start").and_then(as_millis);
            out.push(format!("[{}] {speaker}: {}", clock(start), clean(text)));
        }
    }
    out
}

/// An id Gong sent as a string or a number.
pub fn id_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "unknown".into(),
        other => other.to_string(),
    }
}

fn as_millis(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// `hh:mm:ss` of milliseconds from the call's start.
fn clock(ms: Option<i64>) -> String {
    match ms {
        Some(ms) if ms >= 0 => {
            let s = ms / 1000;
            format!("{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
        }
        _ => "--:--:--".into(),
    }
}

/// Gong's text as one line of plain data: control characters (terminal
/// escapes, line breaks that would fake a new speaker) become spaces.
fn clean(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// A chunk of the transcripts of one page, from `pos` on, within `cap`.
pub fn chunk(
    tool: &str,
    transcripts: &[Value],
    speakers: &Speakers,
    pos: &Position,
    gong_next: Option<String>,
    source: &Source,
    cap: usize,
) -> CallToolResult {
    // Room for the summary and the cursor (which holds Gong's cursor).
    let cursor_room = 4 * (pos.gong.as_ref().map_or(0, String::len) + gong_next.as_ref().map_or(0, String::len)) / 3;
    let budget = cap.saturating_sub(700 + cursor_room);
    let mut text = String::new();
    let mut parts = Vec::new();
    let mut call = pos.item;
    let mut line = pos.line;
    let mut stopped = None;
    'calls: while call < transcripts.len() {
        let t = &transcripts[call];
        let call_id = t.get("callId").map(id_text).unwrap_or_else(|| "unknown".into());
        let all = lines(t, speakers.get(&call_id));
        let first = line.min(all.len());
        let header = format!("== call {} ==\n", clean(&call_id));
        if !text.is_empty() && text.len() + header.len() + 80 > budget {
            stopped = Some((call, first));
            break;
        }
        let before_header = text.len();
        text.push_str(&header);
        let mut part = String::new();
        let mut i = first;
        while i < all.len() {
            let l = &all[i];
            if text.len() + l.len() + 1 > budget {
                if part.is_empty() && !parts.is_empty() {
                    // This call starts in the next chunk, whole lines only.
                    text.truncate(before_header);
                    stopped = Some((call, i));
                    break 'calls;
                }
                if part.is_empty() {
                    // One line longer than the room: give what fits of it.
                    let keep = floor_char_boundary(l, budget.saturating_sub(text.len() + 8));
                    let cut = format!("{} [cut]\n", &l[..keep]);
                    text.push_str(&cut);
                    part.push_str(&cut);
                    i += 1;
                }
                parts.push(part_json(&call_id, first, i, all.len(), part));
                stopped = Some((call, i));
                break 'calls;
            }
            text.push_str(l);
            text.push('\n');
            part.push_str(l);
            part.push('\n');
            i += 1;
        }
        parts.push(part_json(&call_id, first, i, all.len(), part));
        call += 1;
        line = 0;
    }
    let next = match stopped {
        Some((c, l)) if c < transcripts.len() && !(c + 1 == transcripts.len() && l >= sentences(&transcripts[c])) => {
            Some(Position {
                tool: tool.into(),
                gong: pos.gong.clone(),
                item: c,
                line: l,
            })
        }
        _ => gong_next.map(|g| Position {
            tool: tool.into(),
            gong: Some(g),
            item: 0,
            line: 0,
        }),
    };
    let cursor = next.as_ref().map(Position::encode);
    let mut summary = format!(
        "Transcripts of {} call(s), one line per sentence as [hh:mm:ss] Name: text (Speaker ID when the name is not known).",
        parts.len()
    );
    match &cursor {
        Some(c) => summary.push_str(&format!(
            " More: call {tool} again with the same arguments and \"cursor\": \"{c}\"."
        )),
        None => summary.push_str(" This is the end."),
    }
    summary.push(' ');
    summary.push_str(match source.name {
        "mirror" => "Source: the local mirror (no Gong request).",
        _ => "Source: Gong.",
    });
    summary.push_str(&format!(" As of {}.", source.as_of));
    let mut map = Map::new();
    map.insert("transcripts".into(), Value::Array(parts));
    map.insert("nextCursor".into(), cursor.map_or(Value::Null, Value::String));
    map.insert("source".into(), Value::String(source.name.into()));
    map.insert("asOf".into(), Value::String(source.as_of.clone()));
    let mut r = CallToolResult::success(vec![Content::text(format!("{summary}\n{text}"))]);
    r.structured_content = Some(Value::Object(map));
    r
}

/// How many sentences (lines) a transcript has.
fn sentences(transcript: &Value) -> usize {
    let monologues = transcript.get("transcript").and_then(Value::as_array);
    monologues
        .into_iter()
        .flatten()
        .filter_map(|m| m.get("sentences").and_then(Value::as_array))
        .map(Vec::len)
        .sum()
}

fn part_json(call_id: &str, first: usize, end: usize, total: usize, text: String) -> Value {
    json!({
        "callId": call_id,
        "firstLine": first + 1,
        "lastLine": end,
        "totalLines": total,
        "text": text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(id: &str, n: usize) -> Value {
        let sentences: Vec<Value> = (0..n)
            .map(|i| json!({ "start": i * 1500, "end": i * 1500 + 1000, "text": format!("sentence {i} \u{1b}[2J with words") }))
            .collect();
        json!({ "callId": id, "transcript": [{ "speakerId": "42", "topic": null, "sentences": sentences }] })
    }

    #[test]
    fn lines_are_labelled_timed_and_clean() {
        let l = lines(&call("1", 3), None);
        assert_eq!(l[2], "[00:00:03] Speaker 42: sentence 2  [2J with words");
        let mut speakers = Speakers::new();
        let extensive = json!({ "calls": [{ "metaData": { "id": "1" }, "parties": [
            { "speakerId": "42", "name": "Ada\nLovelace" }, { "speakerId": null, "name": "x" }, { "name": "no id" },
            { "speakerId": 43, "name": null, "unknownField": [1] }
        ] }], "records": null });
        speakers.extend(speakers_of_extensive(&extensive));
        let l = lines(&call("1", 3), speakers.get("1"));
        assert_eq!(l[0], "[00:00:00] Ada Lovelace: sentence 0  [2J with words");
        assert_eq!(speakers["1"].len(), 1);
        // Another call's speakers do not name this one's.
        assert!(lines(&call("2", 1), speakers.get("2"))[0].contains("Speaker 42"));
    }

    #[test]
    fn chunks_cover_every_line_once_within_the_cap() {
        let page = vec![call("1", 500), call("2", 10), call("3", 700)];
        let mut pos = Position::start("get-call-transcripts");
        let mut seen = 0;
        for _ in 0..100 {
            let r = chunk(
                "get-call-transcripts",
                &page,
                &Speakers::new(),
                &pos,
                None,
                &Source::gong(),
                8192,
            );
            let text: String = r
                .content
                .iter()
                .filter_map(|c| c.as_text().map(|t| t.text.clone()))
                .collect();
            assert!(text.len() <= 8192);
            let s = r.structured_content.unwrap();
            for p in s["transcripts"].as_array().unwrap() {
                seen += p["text"].as_str().unwrap().lines().count();
            }
            match s["nextCursor"].as_str() {
                Some(c) => pos = Position::decode("get-call-transcripts", c).unwrap(),
                None => break,
            }
        }
        assert_eq!(seen, 1210);
    }
}
