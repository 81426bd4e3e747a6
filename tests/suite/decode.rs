//! Decoding Gong's responses into the generated types, on JSON written for
//! these tests: CRM context values of every JSON kind, enum values Gong adds
//! without notice, fields the document does not know, ids beyond 2^53, and
//! timestamps with offsets and microseconds.

use chrono::{DateTime, NaiveDate, Utc};
use gong_client::GongId;
use gong_client::api::types;
use serde_json::{Value, json};

/// 2^53 + 1: the smallest positive integer an `f64` cannot hold.
const ABOVE_2_53: &str = "9007199254740993";
/// A 19-digit call id.
const CALL_ID: &str = "7782342274025937895";
/// Twenty digits, `u64::MAX`: the longest id that fits a JSON integer here.
const TWENTY_DIGITS: &str = "18446744073709551615";

fn decode<T: serde::de::DeserializeOwned>(text: &str) -> T {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("does not decode: {e}\n{text}"))
}

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32, micro: u32) -> DateTime<Utc> {
    NaiveDate::from_ymd_opt(y, mo, d)
        .and_then(|date| date.and_hms_micro_opt(h, mi, s, micro))
        .expect("a valid instant")
        .and_utc()
}

/// A page of `POST /v2/calls/extensive` with one call whose CRM context
/// carries a string, an integer, a decimal, a boolean, null and an object.
const EXTENSIVE_PAGE: &str = r#"{
  "requestId": "4al018gzaztcr8nbukw",
  "records": { "totalRecords": 1, "currentPageSize": 1, "currentPageNumber": 0 },
  "calls": [
    {
      "metaData": {
        "id": "7782342274025937895",
        "title": "Renewal review",
        "started": "2025-01-29T10:15:30.123456+02:00",
        "duration": 1843,
        "direction": "Conference",
        "workspaceId": 623457276584334
      },
      "context": [
        {
          "system": "Salesforce",
          "objects": [
            {
              "objectType": "Opportunity",
              "objectId": "0067Q00000AbCdEQAV",
              "timing": "TimeOfCall",
              "fields": [
                { "name": "StageName", "value": "Open Renewal" },
                { "name": "Amount", "value": 28 },
                { "name": "Probability", "value": 0.75 },
                { "name": "IsClosed", "value": false },
                { "name": "CloseDate", "value": null },
                { "name": "Owner", "value": { "Name": "Dana", "Id": "0057Q000001xyzQAA" } }
              ]
            }
          ]
        }
      ],
      "parties": [
        {
          "id": "5731493270143284122",
          "name": "Robin",
          "affiliation": "External",
          "context": [
            {
              "system": "HubSpot",
              "objects": [
                {
                  "objectType": "Contact",
                  "objectId": "901",
                  "fields": [
                    { "name": "lifecyclestage", "value": "customer" },
                    { "name": "num_notes", "value": 3 },
                    { "name": "hs_is_unworked", "value": true },
                    { "name": "jobtitle", "value": null }
                  ]
                }
              ]
            }
          ]
        }
      ]
    }
  ]
}"#;

#[test]
fn crm_context_values_decode_as_any_json_value() {
    let page: types::Calls = decode(EXTENSIVE_PAGE);
    assert_eq!(page.request_id.as_deref(), Some("4al018gzaztcr8nbukw"));
    assert_eq!(page.records.as_ref().and_then(|r| r.total_records), Some(1));
    let call = &page.calls[0];

    let object = &call.context[0].objects[0];
    assert_eq!(call.context[0].system.as_deref(), Some("Salesforce"));
    assert_eq!(object.object_id.as_deref(), Some("0067Q00000AbCdEQAV"));
    let values: Vec<(&str, Option<&Value>)> = object
        .fields
        .iter()
        .map(|f| (f.name.as_deref().expect("named"), f.value.as_ref()))
        .collect();
    assert_eq!(
        values,
        vec![
            ("StageName", Some(&json!("Open Renewal"))),
            ("Amount", Some(&json!(28))),
            ("Probability", Some(&json!(0.75))),
            ("IsClosed", Some(&json!(false))),
            // JSON null decodes (as "no value", the same as an absent value).
            ("CloseDate", None),
            ("Owner", Some(&json!({ "Name": "Dana", "Id": "0057Q000001xyzQAA" }))),
        ]
    );
    assert_eq!(values[1].1.and_then(Value::as_i64), Some(28));

    // Party context fields take the same kinds of values.
    let party_fields = &call.parties[0].context[0].objects[0].fields;
    let kinds: Vec<Option<&Value>> = party_fields.iter().map(|f| f.value.as_ref()).collect();
    assert_eq!(
        kinds,
        vec![Some(&json!("customer")), Some(&json!(3)), Some(&json!(true)), None]
    );
}

#[test]
fn crm_objects_map_values_decode_as_any_json_value() {
    let response: types::GetGenericCrmObjectsResponse = decode(
        r#"{
          "requestId": "r-1",
          "crmObjectsMap": {
            "0015g00000AbCdE": { "Name": "Acme", "Employees": 1200, "IsCustomer": true, "Parent": null,
                                 "Tags": ["a", "b"] }
          }
        }"#,
    );
    let acme = &response.crm_objects_map["0015g00000AbCdE"];
    assert_eq!(acme["Name"], json!("Acme"));
    assert_eq!(acme["Employees"], json!(1200));
    assert_eq!(acme["IsCustomer"], json!(true));
    assert_eq!(acme["Parent"], Value::Null);
    assert_eq!(acme["Tags"], json!(["a", "b"]));
}

/// The known values of a response enum, as the project's document lists them.
fn known_values(schema: &str, property: &str) -> Vec<String> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/gong.json"))
        .expect("openapi/gong.json is readable");
    let doc: Value = serde_json::from_str(&text).expect("openapi/gong.json is JSON");
    let prop = &doc["components"]["schemas"][schema]["properties"][property];
    let list = prop
        .get("x-gong-enum")
        .or_else(|| prop["items"].get("x-gong-enum"))
        .unwrap_or_else(|| panic!("{schema}.{property} lists no known values: {prop}"));
    serde_json::from_value(list.clone()).expect("enum values are strings")
}

#[test]
fn unknown_response_enum_values_decode_and_round_trip() {
    // Each value below is one Gong has not announced.
    let cases = [
        ("CallBasicData", "direction", "Sideways"),
        ("CallBasicData", "media", "Hologram"),
        ("ExternalCallObject", "timing", "NextQuarter"),
        ("Party", "affiliation", "Partner"),
        ("Party", "methods", "Observer"),
        ("AnsweredScorecard", "visibilityType", "TEAM_ONLY"),
    ];
    for (schema, property, value) in cases {
        let known = known_values(schema, property);
        assert!(
            !known.is_empty() && !known.iter().any(|k| k == value),
            "{value} is unknown"
        );
    }

    let call: types::CallData = decode(
        r#"{
          "metaData": { "id": "1", "direction": "Sideways", "media": "Hologram", "scope": "External" },
          "context": [ { "objects": [ { "objectType": "Account", "timing": "NextQuarter" } ] } ],
          "parties": [ { "affiliation": "Partner", "methods": ["Invitee", "Observer"] } ]
        }"#,
    );
    let meta = call.meta_data.as_ref().expect("metaData");
    assert_eq!(meta.direction.as_deref(), Some("Sideways"));
    assert_eq!(meta.media.as_deref(), Some("Hologram"));
    assert_eq!(meta.scope.as_deref(), Some("External"));
    assert_eq!(call.context[0].objects[0].timing.as_deref(), Some("NextQuarter"));
    assert_eq!(call.parties[0].affiliation.as_deref(), Some("Partner"));
    assert_eq!(call.parties[0].methods, vec!["Invitee", "Observer"]);

    let scorecard: types::AnsweredScorecard = decode(r#"{ "visibilityType": "TEAM_ONLY" }"#);
    assert_eq!(scorecard.visibility_type.as_deref(), Some("TEAM_ONLY"));

    // Re-encoding keeps the value as Gong sent it.
    let again = serde_json::to_value(&call).expect("encodes");
    assert_eq!(again["metaData"]["direction"], "Sideways");
    assert_eq!(again["parties"][0]["methods"][1], "Observer");
}

#[test]
fn unknown_fields_are_ignored_at_every_level() {
    let page: types::Calls = decode(
        r#"{
          "requestId": "r-2",
          "nextGenerationFeature": { "enabled": true },
          "records": { "totalRecords": 1, "cursor": "eyJ", "pageToken": 17 },
          "calls": [
            {
              "sentiment": 0.31,
              "metaData": { "id": "42", "title": "Kick-off", "recordingQuality": "HD", "labels": ["x"] },
              "parties": [ { "name": "Sam", "pronouns": "they", "nested": { "deep": [null] } } ],
              "context": [ { "system": "Salesforce", "syncedAt": "2025-01-01", "objects": [] } ]
            }
          ]
        }"#,
    );
    assert_eq!(page.request_id.as_deref(), Some("r-2"));
    assert_eq!(page.records.as_ref().and_then(|r| r.cursor.as_deref()), Some("eyJ"));
    let call = &page.calls[0];
    let meta = call.meta_data.as_ref().expect("metaData");
    assert_eq!(meta.id.as_ref().map(GongId::as_str), Some("42"));
    assert_eq!(meta.title.as_deref(), Some("Kick-off"));
    assert_eq!(call.parties[0].name.as_deref(), Some("Sam"));
    assert_eq!(call.context[0].system.as_deref(), Some("Salesforce"));
}

#[test]
fn ids_above_2_pow_53_keep_every_digit_as_strings_and_as_numbers() {
    for digits in [ABOVE_2_53, CALL_ID, TWENTY_DIGITS] {
        // `id`, `workspaceId` and `userId` are strings upstream;
        // `callId` and `scorecardId` are int64 upstream. Gong sends either.
        for quoted in [false, true] {
            let v = if quoted {
                format!("\"{digits}\"")
            } else {
                digits.to_owned()
            };
            let call: types::CallData = decode(&format!(
                r#"{{ "metaData": {{ "id": {v}, "workspaceId": {v}, "primaryUserId": {v} }},
                      "parties": [ {{ "id": {v}, "userId": {v} }} ] }}"#
            ));
            let meta = call.meta_data.expect("metaData");
            for id in [
                meta.id.as_ref(),
                meta.workspace_id.as_ref(),
                meta.primary_user_id.as_ref(),
                call.parties[0].id.as_ref(),
                call.parties[0].user_id.as_ref(),
            ] {
                assert_eq!(id.map(GongId::as_str), Some(digits), "from {v}");
            }

            let scorecard: types::AnsweredScorecard = decode(&format!(
                r#"{{ "callId": {v}, "scorecardId": {v}, "reviewedUserId": {v}, "answers": [ {{ "questionId": {v} }} ] }}"#
            ));
            assert_eq!(scorecard.call_id.as_ref().map(GongId::as_str), Some(digits), "from {v}");
            assert_eq!(scorecard.scorecard_id.as_ref().map(GongId::as_str), Some(digits));
            assert_eq!(scorecard.reviewed_user_id.as_ref().map(GongId::as_str), Some(digits));
            assert_eq!(
                scorecard.answers[0].question_id.as_ref().map(GongId::as_str),
                Some(digits)
            );

            // Encoded back, an id is always a string with every digit.
            let again = serde_json::to_value(&scorecard).expect("encodes");
            assert_eq!(again["callId"], json!(digits));
        }
    }
    // The string and the number forms are the same id.
    let a: GongId = decode(&format!("\"{CALL_ID}\""));
    let b: GongId = decode(CALL_ID);
    assert_eq!(a, b);
    // A number too large for an integer is refused, never rounded.
    assert!(serde_json::from_str::<GongId>("99999999999999999999").is_err());
    assert!(serde_json::from_str::<GongId>("7.782342274025938e18").is_err());
    // The same twenty digits as a string are kept.
    let big: GongId = decode("\"99999999999999999999\"");
    assert_eq!(big.as_str(), "99999999999999999999");
}

#[test]
fn timestamps_with_offsets_and_microseconds_decode_to_the_exact_instant() {
    let cases = [
        ("2025-01-29T10:15:30.123456+02:00", utc(2025, 1, 29, 8, 15, 30, 123_456)),
        ("2025-01-28T23:59:59.000001-05:30", utc(2025, 1, 29, 5, 29, 59, 1)),
        ("2025-01-29T08:15:30.123456Z", utc(2025, 1, 29, 8, 15, 30, 123_456)),
        ("2024-02-29T00:00:00+14:00", utc(2024, 2, 28, 10, 0, 0, 0)),
        ("2024-12-31T23:30:00.5-01:00", utc(2025, 1, 1, 0, 30, 0, 500_000)),
    ];
    for (text, instant) in cases {
        let call: types::CallData = decode(&format!(
            r#"{{ "metaData": {{ "started": "{text}", "scheduled": "{text}" }} }}"#
        ));
        let meta = call.meta_data.expect("metaData");
        assert_eq!(meta.started.as_ref().map(|t| t.utc()), Some(instant), "started {text}");
        // The text Gong sent, offset and all, is what re-emitting gives back.
        assert_eq!(meta.started.as_ref().and_then(|t| t.as_text()), Some(text));
        assert_eq!(
            meta.scheduled.as_ref().map(|t| t.utc()),
            Some(instant),
            "scheduled {text}"
        );

        let scorecard: types::AnsweredScorecard =
            decode(&format!(r#"{{ "callStartTime": "{text}", "reviewTime": "{text}" }}"#));
        assert_eq!(
            scorecard.call_start_time.as_ref().map(|t| t.utc()),
            Some(instant),
            "callStartTime {text}"
        );
        assert_eq!(
            scorecard.review_time.as_ref().map(|t| t.utc()),
            Some(instant),
            "reviewTime {text}"
        );
    }
    // Microseconds survive exactly, not rounded through floating point.
    let call: types::CallData = decode(r#"{ "metaData": { "started": "2025-01-29T10:15:30.999999+02:00" } }"#);
    let started = call.meta_data.and_then(|m| m.started).expect("started");
    assert_eq!(started.utc().timestamp(), 1_738_138_530);
    assert_eq!(started.utc().timestamp_subsec_micros(), 999_999);
}
