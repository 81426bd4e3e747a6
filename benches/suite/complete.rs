//! Hand-written pages of both call listings with every field the generated
//! types have: the baseline of an equally complete typed loop.
//!
//! The structs mirror `gong_client::api::types::CallsResponse` (`GET
//! /v2/calls`) and `gong_client::api::types::Calls` (`POST
//! /v2/calls/extensive`) and everything below them, field for field, with the
//! same Rust types (`Option`, `Vec` with `#[serde(default)]`, `f32`/`f64`/
//! `i32`/`i64`, chrono date-times, `serde_json::Value`), except that ids and
//! enum-like texts are plain `String`s where the generated code has `GongId`.
//! They derive `Serialize` only for [`check_page`], which proves on a real
//! page that nothing the generated types keep is lost here.

#![allow(dead_code)] // the fields are decoded, not read: decoding them is the point

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `Records` (the paging block).
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Records {
    pub current_page_number: Option<i32>,
    pub current_page_size: Option<i32>,
    pub cursor: Option<String>,
    pub total_records: Option<i32>,
}

/// `CallsResponse`: a page of `GET /v2/calls`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Page {
    #[serde(default)]
    pub calls: Vec<Call>,
    pub records: Option<Records>,
    pub request_id: Option<String>,
}

impl Page {
    /// The cursor of a page of either listing.
    pub fn cursor_of(body: &[u8]) -> Option<String> {
        #[derive(Deserialize)]
        struct Cursor {
            records: Option<Records>,
        }
        serde_json::from_slice::<Cursor>(body).expect("JSON").records?.cursor
    }
}

/// `CallBasicData`: a call of `GET /v2/calls`, and `metaData` of the
/// extensive listing.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Call {
    pub calendar_event_id: Option<String>,
    pub client_unique_id: Option<String>,
    pub custom_data: Option<String>,
    pub direction: Option<String>,
    pub duration: Option<i64>,
    pub id: Option<String>,
    pub is_private: Option<bool>,
    pub language: Option<String>,
    pub media: Option<String>,
    pub meeting_url: Option<String>,
    pub primary_user_id: Option<String>,
    pub purpose: Option<String>,
    pub scheduled: Option<DateTime<Utc>>,
    pub scope: Option<String>,
    pub sdr_disposition: Option<String>,
    pub started: Option<DateTime<Utc>>,
    pub system: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub workspace_id: Option<String>,
}

/// `Calls`: a page of `POST /v2/calls/extensive`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExtensivePage {
    #[serde(default)]
    pub calls: Vec<CallData>,
    pub records: Option<Records>,
    pub request_id: Option<String>,
}

/// `CallData`: one call of the extensive listing.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CallData {
    pub collaboration: Option<Collaboration>,
    pub content: Option<Content>,
    #[serde(default)]
    pub context: Vec<CallContext>,
    pub interaction: Option<Interaction>,
    pub media: Option<Media>,
    pub meta_data: Option<Call>,
    #[serde(default)]
    pub parties: Vec<Party>,
}

/// `CollaborationDto`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Collaboration {
    #[serde(default)]
    pub public_comments: Vec<Comment>,
}

/// `CommentDto`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    pub audio_end_time: Option<f32>,
    pub audio_start_time: Option<f32>,
    pub comment: Option<String>,
    pub commenter_user_id: Option<String>,
    pub during_call: Option<bool>,
    pub id: Option<String>,
    pub in_reply_to: Option<String>,
    pub posted: Option<DateTime<Utc>>,
}

/// `ContentDto`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Content {
    pub brief: Option<String>,
    pub call_outcome: Option<CallOutcome>,
    #[serde(default)]
    pub highlights: Vec<HighlightsSection>,
    #[serde(default)]
    pub key_points: Vec<KeyPoint>,
    #[serde(default)]
    pub outline: Vec<OutlineSection>,
    pub points_of_interest: Option<PointsOfInterest>,
    #[serde(default)]
    pub structure: Vec<Structure>,
    #[serde(default)]
    pub topics: Vec<Topic>,
    #[serde(default)]
    pub trackers: Vec<Tracker>,
}

/// `CallOutcome`.
#[derive(Deserialize, Serialize)]
pub struct CallOutcome {
    pub category: Option<String>,
    pub id: Option<String>,
    pub name: Option<String>,
}

/// `CallHighlightsSection`.
#[derive(Deserialize, Serialize)]
pub struct HighlightsSection {
    #[serde(default)]
    pub items: Vec<HighlightsItem>,
    pub title: Option<String>,
}

/// `CallHighlightsItem`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HighlightsItem {
    #[serde(default)]
    pub start_times: Vec<f64>,
    pub text: Option<String>,
}

/// `CallKeyPoint`.
#[derive(Deserialize, Serialize)]
pub struct KeyPoint {
    pub text: Option<String>,
}

/// `CallOutlineSection`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OutlineSection {
    pub duration: Option<f64>,
    #[serde(default)]
    pub items: Vec<OutlineItem>,
    pub section: Option<String>,
    pub start_time: Option<f64>,
}

/// `CallOutlineItem`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OutlineItem {
    pub start_time: Option<f64>,
    pub text: Option<String>,
}

/// `PointsOfInterest`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PointsOfInterest {
    #[serde(default)]
    pub action_items: Vec<PointOfInterest>,
}

/// `PointOfInterest` (note Gong's `speakerID`).
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PointOfInterest {
    pub snippet: Option<String>,
    pub snippet_end_time: Option<f64>,
    pub snippet_start_time: Option<f64>,
    #[serde(rename = "speakerID")]
    pub speaker_id: Option<String>,
}

/// `StructureDto`.
#[derive(Deserialize, Serialize)]
pub struct Structure {
    pub duration: Option<i64>,
    pub name: Option<String>,
}

/// `TopicDto`.
#[derive(Deserialize, Serialize)]
pub struct Topic {
    pub duration: Option<i32>,
    pub name: Option<String>,
}

/// `TrackerDto`.
#[derive(Deserialize, Serialize)]
pub struct Tracker {
    pub count: Option<i32>,
    pub id: Option<String>,
    pub name: Option<String>,
    #[serde(default)]
    pub occurrences: Vec<Occurrence>,
    #[serde(default)]
    pub phrases: Vec<TrackerPhrase>,
    #[serde(rename = "type")]
    pub type_: Option<String>,
}

/// `Occurrences`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Occurrence {
    pub speaker_id: Option<String>,
    pub start_time: Option<f64>,
}

/// `TrackerPhrases`.
#[derive(Deserialize, Serialize)]
pub struct TrackerPhrase {
    pub count: Option<i32>,
    #[serde(default)]
    pub occurrences: Vec<Occurrence>,
    pub phrase: Option<String>,
}

/// `CallContextDto`.
#[derive(Deserialize, Serialize)]
pub struct CallContext {
    #[serde(default)]
    pub objects: Vec<ContextObject>,
    pub system: Option<String>,
}

/// `ExternalCallObject` and `ExternalPartyObject` (the same fields).
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContextObject {
    #[serde(default)]
    pub fields: Vec<ContextField>,
    pub object_id: Option<String>,
    pub object_type: Option<String>,
    pub timing: Option<String>,
}

/// `ContextField` and `PartyContextField`.
#[derive(Deserialize, Serialize)]
pub struct ContextField {
    pub name: Option<String>,
    pub value: Option<Value>,
}

/// `InteractionMeasuresDto`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Interaction {
    #[serde(default)]
    pub interaction_stats: Vec<InteractionStat>,
    pub questions: Option<Questions>,
    #[serde(default)]
    pub speakers: Vec<Speaker>,
    #[serde(default)]
    pub video: Vec<VideoInteraction>,
}

/// `InteractionStatsDto`.
#[derive(Deserialize, Serialize)]
pub struct InteractionStat {
    pub name: Option<String>,
    pub value: Option<f64>,
}

/// `Questions`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Questions {
    pub company_count: Option<i32>,
    pub non_company_count: Option<i32>,
}

/// `UserSpeaker`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Speaker {
    pub id: Option<String>,
    pub talk_time: Option<f64>,
    pub user_id: Option<String>,
}

/// `VideoInteractionDto`.
#[derive(Deserialize, Serialize)]
pub struct VideoInteraction {
    pub duration: Option<f32>,
    pub name: Option<String>,
}

/// `MediaDto`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Media {
    pub audio_url: Option<String>,
    pub video_url: Option<String>,
}

/// `Party`.
#[derive(Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Party {
    pub affiliation: Option<String>,
    #[serde(default)]
    pub context: Vec<PartyContext>,
    pub email_address: Option<String>,
    pub id: Option<String>,
    #[serde(default)]
    pub methods: Vec<String>,
    pub name: Option<String>,
    pub phone_number: Option<String>,
    pub speaker_id: Option<String>,
    pub title: Option<String>,
    pub user_id: Option<String>,
}

/// `PartyContextDto`.
#[derive(Deserialize, Serialize)]
pub struct PartyContext {
    #[serde(default)]
    pub objects: Vec<ContextObject>,
    pub system: Option<String>,
}

/// Removes `null` members and empty arrays (what the generated types skip
/// when they serialize), so two encodings of one page compare equal.
fn normalized(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null() && !matches!(v, Value::Array(a) if a.is_empty()))
                .map(|(k, v)| (k, normalized(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(normalized).collect()),
        other => other,
    }
}

/// Decodes one page of either listing into the generated types and into the
/// hand-written structs and panics unless both hold the same calls, the same
/// ids in the same order, and (re-encoded) the very same data. Returns the
/// calls on the page and how many JSON leaves (strings, numbers, booleans)
/// the decoded page holds, so a caller can see the check compared something.
pub fn check_page(body: &[u8], extensive: bool) -> (usize, usize) {
    use gong_client::api::types;
    let (generated, ours, generated_ids, our_ids) = if extensive {
        let g: types::Calls = serde_json::from_slice(body).expect("generated types decode");
        let o: ExtensivePage = serde_json::from_slice(body).expect("hand-written structs decode");
        let g_ids: Vec<String> = g
            .calls
            .iter()
            .map(|c| {
                c.meta_data
                    .as_ref()
                    .and_then(|m| m.id.as_ref())
                    .map(|i| i.as_str().to_owned())
                    .unwrap_or_default()
            })
            .collect();
        let o_ids: Vec<String> = o
            .calls
            .iter()
            .map(|c| c.meta_data.as_ref().and_then(|m| m.id.clone()).unwrap_or_default())
            .collect();
        (serde_json::to_value(&g), serde_json::to_value(&o), g_ids, o_ids)
    } else {
        let g: types::CallsResponse = serde_json::from_slice(body).expect("generated types decode");
        let o: Page = serde_json::from_slice(body).expect("hand-written structs decode");
        let g_ids: Vec<String> = g
            .calls
            .iter()
            .map(|c| c.id.as_ref().map(|i| i.as_str().to_owned()).unwrap_or_default())
            .collect();
        let o_ids: Vec<String> = o.calls.iter().map(|c| c.id.clone().unwrap_or_default()).collect();
        (serde_json::to_value(&g), serde_json::to_value(&o), g_ids, o_ids)
    };
    assert!(!generated_ids.is_empty(), "the page has calls");
    assert_eq!(generated_ids.len(), our_ids.len(), "calls on the page");
    assert_eq!(generated_ids, our_ids, "call ids");
    assert!(generated_ids.iter().all(|i| !i.is_empty()), "every call has an id");
    let (generated, ours) = (normalized(generated.unwrap()), normalized(ours.unwrap()));
    assert!(
        generated == ours,
        "the hand-written structs keep other data than the generated types:\n{}",
        first_difference(&generated, &ours, "$")
    );
    (generated_ids.len(), leaves(&generated))
}

/// Strings, numbers and booleans in a value.
fn leaves(value: &Value) -> usize {
    match value {
        Value::Object(map) => map.values().map(leaves).sum(),
        Value::Array(items) => items.iter().map(leaves).sum(),
        Value::Null => 0,
        _ => 1,
    }
}

/// Where two values first differ, as a JSON path.
fn first_difference(a: &Value, b: &Value, path: &str) -> String {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(w) if v == w => {}
                    Some(w) => return first_difference(v, w, &format!("{path}.{k}")),
                    None => return format!("{path}.{k}: only in the generated types"),
                }
            }
            match y.keys().find(|k| !x.contains_key(*k)) {
                Some(k) => format!("{path}.{k}: only in the hand-written structs"),
                None => format!("{path}: equal"),
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find(|(_, (v, w))| v != w).map_or_else(
                || format!("{path}: equal"),
                |(i, (v, w))| first_difference(v, w, &format!("{path}[{i}]")),
            )
        }
        _ => format!("{path}: {a} vs {b}"),
    }
}
