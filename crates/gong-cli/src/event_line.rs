//! The JSON line a verified automation-rule event becomes, shared by the
//! webhook receiver's sinks and the queue's consumer: the same line whether
//! an event is handled at once or later from the queue.

use gong_client::webhook::server::ReceivedEvent;
use serde::Serialize;
use serde_json::Value;

/// The JSON line printed for a verified event, fields in this order.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct EventLine<'a> {
    rule: &'a str,
    is_test: bool,
    is_private: bool,
    call_id: Option<&'a str>,
    call: Value,
}

/// The JSON line of a verified event.
pub fn event_line(received: &ReceivedEvent) -> String {
    let event = &received.event;
    let line = EventLine {
        rule: received.rule.as_ref(),
        is_test: event.is_test,
        is_private: event.is_private,
        call_id: event.call_id().map(|id| id.as_str()),
        call: event.raw_call(),
    };
    serde_json::to_string(&line).unwrap_or_default()
}
