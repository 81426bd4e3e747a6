//! Rendering: the JSON shapes of Gong's answers, from the tenant's records.
//! Call content (brief, topics, trackers, transcript) is derived from the
//! call's own number whenever it is asked for, so it costs no memory. The
//! bottom layer above the records: it reads `data` and nothing else.

use chrono::{DateTime, FixedOffset};
use gong_client::GongId;
use gong_client::api::types;
use serde_json::{Value, json};

use super::data::{Call, Data, Folder, FolderCall, LogEntry, Party, SENTENCES, TOPICS, TRACKERS, User, ts};
use super::rng::Rng;

/// What `contentSelector` asks `POST /v2/calls/extensive` for.
#[derive(Debug, Clone, Default)]
pub(crate) struct Selector {
    /// 0 none, 1 basic (object ids), 2 extended (with fields).
    pub context: u8,
    pub parties: bool,
    pub structure: bool,
    pub topics: bool,
    pub trackers: bool,
    pub tracker_occurrences: bool,
    pub brief: bool,
    pub outline: bool,
    pub highlights: bool,
    pub call_outcome: bool,
    pub key_points: bool,
    pub speakers: bool,
    pub video: bool,
    pub person_interaction_stats: bool,
    pub questions: bool,
    pub public_comments: bool,
    pub media: bool,
}

impl Selector {
    /// Every section (webhook payloads carry them all).
    pub(crate) fn everything() -> Self {
        Selector {
            context: 2,
            parties: true,
            structure: true,
            topics: true,
            trackers: true,
            tracker_occurrences: true,
            brief: true,
            outline: true,
            highlights: true,
            call_outcome: true,
            key_points: true,
            speakers: true,
            video: true,
            person_interaction_stats: true,
            questions: true,
            public_comments: true,
            media: true,
        }
    }

    /// The sections a request's `contentSelector` names.
    pub(crate) fn from_request(sel: Option<&types::ContentSelector>) -> Self {
        let Some(sel) = sel else {
            return Selector::default();
        };
        let on = |b: Option<bool>| b.unwrap_or(false);
        let mut s = Selector {
            context: match sel.context {
                Some(types::ContentSelectorContext::Basic) => 1,
                Some(types::ContentSelectorContext::Extended) => 2,
                _ => 0,
            },
            ..Selector::default()
        };
        if let Some(f) = &sel.exposed_fields {
            s.parties = on(f.parties);
            s.media = on(f.media);
            if let Some(c) = &f.content {
                s.structure = on(c.structure);
                s.topics = on(c.topics);
                s.trackers = on(c.trackers);
                s.tracker_occurrences = on(c.tracker_occurrences);
                s.brief = on(c.brief);
                s.outline = on(c.outline);
                s.highlights = on(c.highlights);
                s.call_outcome = on(c.call_outcome);
                s.key_points = on(c.key_points);
            }
            if let Some(i) = &f.interaction {
                s.speakers = on(i.speakers);
                s.video = on(i.video);
                s.person_interaction_stats = on(i.person_interaction_stats);
                s.questions = on(i.questions);
            }
            if let Some(c) = &f.collaboration {
                s.public_comments = on(c.public_comments);
            }
        }
        s
    }

    fn any_content(&self) -> bool {
        self.structure
            || self.topics
            || self.trackers
            || self.brief
            || self.outline
            || self.highlights
            || self.call_outcome
            || self.key_points
    }

    fn any_interaction(&self) -> bool {
        self.speakers || self.video || self.person_interaction_stats || self.questions
    }
}

/// A call's `CallBasicData` (`metaData`). The generated type holds times
/// in UTC; Gong writes them in the call's offset with microseconds, so the
/// rendering writes `started` and `scheduled` that way over them.
pub(crate) fn basic(c: &Call) -> Value {
    let typed = types::CallBasicData {
        extra: Default::default(),
        id: gong_id(&c.id),
        url: Some(call_url(&c.id)),
        title: Some(c.title.clone()),
        scheduled: None,
        started: None,
        duration: Some(i64::try_from(c.duration).unwrap_or(i64::MAX)),
        primary_user_id: gong_id(&c.primary_user),
        direction: Some(c.direction.clone()),
        system: Some(c.system.clone()),
        scope: Some(c.scope.to_owned()),
        media: Some(c.media_kind.to_owned()),
        language: Some(c.language.clone()),
        workspace_id: gong_id(&c.workspace_id),
        sdr_disposition: None,
        client_unique_id: c.client_unique_id.clone(),
        custom_data: c.custom_data.clone(),
        purpose: c.purpose.clone(),
        meeting_url: c.meeting_url.clone(),
        is_private: Some(c.private),
        calendar_event_id: c.calendar_event_id.clone(),
    };
    let out = with_time(to_json(&typed), "started", &c.started);
    match &c.scheduled {
        Some(s) => with_time(out, "scheduled", s),
        None => out,
    }
}

/// A call's page in Gong's web app.
pub(crate) fn call_url(id: &str) -> String {
    format!("https://app.gong.io/call?id={id}")
}

fn content_rng(seed: u64, c: &Call, section: u64) -> Rng {
    Rng::new(seed ^ c.n.wrapping_mul(0x1000_0000_01B3), 100 + section)
}

/// A call's `Party`. Its CRM context stays JSON (field values are free
/// form: strings, numbers, booleans and null, as Gong sends them).
fn party(p: &Party, context: u8) -> Value {
    let context: Vec<Value> = match context {
        0 => Vec::new(),
        1 => strip_fields(&p.context),
        _ => p.context.clone(),
    };
    let typed = types::Party {
        extra: Default::default(),
        id: gong_id(&p.id),
        email_address: p.email.clone(),
        name: p.name.clone(),
        title: p.title.clone(),
        user_id: p.user_id.as_deref().and_then(gong_id),
        speaker_id: Some(p.speaker_id.clone()),
        context: Vec::new(),
        affiliation: Some(p.affiliation.to_owned()),
        phone_number: p.phone.clone(),
        methods: vec!["Invitee".to_owned(), "Attendee".to_owned()],
    };
    let mut out = to_json(&typed);
    if let Value::Object(fields) = &mut out {
        fields.insert("context".into(), Value::Array(context));
    }
    out
}

fn strip_fields(context: &[Value]) -> Vec<Value> {
    context
        .iter()
        .map(|s| {
            let mut s = s.clone();
            if let Some(objects) = s.get_mut("objects").and_then(Value::as_array_mut) {
                for o in objects {
                    if let Some(m) = o.as_object_mut() {
                        m.remove("fields");
                    }
                }
            }
            s
        })
        .collect()
}

/// A call's `CallData` with the sections `sel` asks for.
pub(crate) fn extensive(seed: u64, c: &Call, sel: &Selector) -> Value {
    let mut out = serde_json::Map::new();
    out.insert("metaData".into(), basic(c));
    if sel.context > 0 {
        let ctx = if sel.context == 1 {
            strip_fields(&c.context)
        } else {
            c.context.clone()
        };
        out.insert("context".into(), Value::Array(ctx));
    }
    if sel.parties {
        out.insert(
            "parties".into(),
            Value::Array(c.parties.iter().map(|p| party(p, sel.context)).collect()),
        );
    }
    if sel.any_content() {
        out.insert("content".into(), to_json(&content(seed, c, sel)));
    }
    if sel.any_interaction() {
        out.insert("interaction".into(), to_json(&interaction(seed, c, sel)));
    }
    if sel.public_comments {
        let mut r = content_rng(seed, c, 5);
        let comments: Vec<(types::CommentDto, DateTime<FixedOffset>)> = (0..r.below(3))
            .map(|k| {
                let comment = types::CommentDto {
                    extra: Default::default(),
                    id: gong_id(&(4_000_000_000_000_000_000u64 + c.n * 10 + k).to_string()),
                    audio_start_time: Some(r.below(c.duration.max(1)) as f64),
                    audio_end_time: None,
                    commenter_user_id: c.parties.first().and_then(|a| a.user_id.as_deref()).and_then(gong_id),
                    comment: Some(format!(
                        "Nice handling of the {} question.",
                        TOPICS[r.index(TOPICS.len())].to_lowercase()
                    )),
                    posted: None,
                    in_reply_to: None,
                    during_call: Some(false),
                };
                (comment, c.started + chrono::Duration::hours(2 + k as i64))
            })
            .collect();
        let comments: Vec<Value> = comments
            .iter()
            .map(|(comment, posted)| with_time(to_json(comment), "posted", posted))
            .collect();
        out.insert("collaboration".into(), json!({ "publicComments": comments }));
    }
    if sel.media && c.has_media {
        // Gong signs media URLs anew on every read (they expire after 8
        // hours): each answer here carries a new signature too.
        static SIGNATURE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let sig = SIGNATURE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let media = types::MediaDto {
            extra: Default::default(),
            audio_url: Some(format!(
                "https://media.sandbox.example/calls/{}/audio.mp3?signature={sig}",
                c.id
            )),
            video_url: (c.media_kind == "Video")
                .then(|| format!("https://media.sandbox.example/calls/{}/video.mp4?signature={sig}", c.id)),
        };
        out.insert("media".into(), to_json(&media));
    }
    Value::Object(out)
}

fn content(seed: u64, c: &Call, sel: &Selector) -> types::ContentDto {
    let mut r = content_rng(seed, c, 1);
    let topic_a = TOPICS[r.index(TOPICS.len())];
    let topic_b = TOPICS[r.index(TOPICS.len())];
    let who = c.company.map_or_else(
        || "the team".to_owned(),
        |_| c.title.rsplit(" with ").next().unwrap_or("the customer").to_owned(),
    );
    let d = c.duration;
    let speaker = c.parties.first().map(|p| p.speaker_id.clone());
    let mut out = types::ContentDto::default();
    if sel.structure {
        let part = |name: &str, secs: u64| types::StructureDto {
            extra: Default::default(),
            name: Some(name.to_owned()),
            duration: Some(i64::try_from(secs).unwrap_or(i64::MAX)),
        };
        out.structure = vec![
            part("Intro", d / 10),
            part("Discussion", d * 7 / 10),
            part("Next steps", d / 5),
        ];
    }
    if sel.topics {
        let topic = |name: &str, secs: u64| types::TopicDto {
            extra: Default::default(),
            name: Some(name.to_owned()),
            duration: Some(int64(secs)),
        };
        out.topics = vec![topic(topic_a, d / 3), topic(topic_b, d / 4)];
    }
    if sel.trackers {
        out.trackers = TRACKERS
            .iter()
            .enumerate()
            .map(|(k, (name, kind))| {
                let count = r.below(4);
                let occurrences = if sel.tracker_occurrences {
                    (0..count)
                        .map(|_| types::Occurrences {
                            extra: Default::default(),
                            start_time: Some(r.below(d.max(1)) as f64 + 0.25),
                            speaker_id: speaker.clone(),
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                types::TrackerDto {
                    extra: Default::default(),
                    id: gong_id(&(5_000_000_000_000_000_000u64 + k as u64).to_string()),
                    name: Some((*name).to_owned()),
                    count: Some(int64(count)),
                    type_: Some((*kind).to_owned()),
                    occurrences,
                    phrases: Vec::new(),
                }
            })
            .collect();
    }
    if sel.brief {
        out.brief = Some(format!(
            "The call with {who} covered {} and {}; both sides agreed on next steps.",
            topic_a.to_lowercase(),
            topic_b.to_lowercase()
        ));
    }
    if sel.outline {
        out.outline = vec![types::CallOutlineSection {
            extra: Default::default(),
            section: Some(topic_a.to_owned()),
            start_time: Some(0.0),
            duration: Some((d / 2) as f64),
            items: vec![types::CallOutlineItem {
                extra: Default::default(),
                text: Some(format!("Discussed {}", topic_a.to_lowercase())),
                start_time: Some(12.5),
            }],
        }];
    }
    if sel.highlights {
        out.highlights = vec![types::CallHighlightsSection {
            extra: Default::default(),
            title: Some("Next steps".to_owned()),
            items: vec![types::CallHighlightsItem {
                extra: Default::default(),
                text: Some("Proposal by Friday".to_owned()),
                start_times: vec![(d * 4 / 5) as f64],
            }],
        }];
    }
    if sel.call_outcome {
        out.call_outcome = Some(types::CallOutcome {
            extra: Default::default(),
            id: gong_id("6000000000000000001"),
            category: Some("Answered".to_owned()),
            name: Some("Meeting booked".to_owned()),
        });
    }
    if sel.key_points {
        out.key_points = vec![types::CallKeyPoint {
            extra: Default::default(),
            text: Some(format!("{who} is evaluating {}", topic_a.to_lowercase())),
        }];
    }
    out
}

fn interaction(seed: u64, c: &Call, sel: &Selector) -> types::InteractionMeasuresDto {
    let mut r = content_rng(seed, c, 2);
    let mut out = types::InteractionMeasuresDto::default();
    if sel.speakers {
        let total = c.duration as f64;
        let n = c.parties.len().max(1) as f64;
        out.speakers = c
            .parties
            .iter()
            .map(|p| types::UserSpeaker {
                extra: Default::default(),
                id: gong_id(&p.speaker_id),
                user_id: p.user_id.as_deref().and_then(gong_id),
                talk_time: Some((total / n * 0.9 * 100.0).round() / 100.0),
            })
            .collect();
    }
    if sel.person_interaction_stats {
        let stat = |name: &str, value: f64| types::InteractionStatsDto {
            extra: Default::default(),
            name: Some(name.to_owned()),
            value: Some(value),
        };
        out.interaction_stats = vec![
            stat("Talk Ratio", 0.35 + r.below(40) as f64 / 100.0),
            stat("Longest Monologue", r.range(30, 240) as f64),
            stat("Interactivity", r.range(1, 10) as f64),
            stat("Patience", 0.8),
        ];
    }
    if sel.video && c.media_kind == "Video" {
        let video = |name: &str, secs: u64| types::VideoInteractionDto {
            extra: Default::default(),
            name: Some(name.to_owned()),
            duration: Some(secs as f64),
        };
        out.video = vec![video("Webcam", c.duration / 2), video("ScreenShare", c.duration / 4)];
    }
    if sel.questions {
        out.questions = Some(types::Questions {
            extra: Default::default(),
            company_count: Some(r.range(2, 15) as i64),
            non_company_count: Some(r.range(0, 8) as i64),
        });
    }
    out
}

/// A call's `CallTranscript`.
pub(crate) fn transcript(seed: u64, c: &Call) -> types::CallTranscript {
    if c.full_transcript {
        return full_transcript(seed, c);
    }
    let mut r = content_rng(seed, c, 3);
    let monologues = 4 + r.below(5);
    let speakers: Vec<&str> = c.parties.iter().map(|p| p.speaker_id.as_str()).collect();
    let per = (c.duration.max(60) * 1000) / monologues;
    let mut start = 0u64;
    let transcript = (0..monologues)
        .map(|k| {
            let speaker = if speakers.is_empty() {
                "0"
            } else {
                speakers[k as usize % speakers.len()]
            };
            let count = 1 + r.below(3);
            let step = per / count;
            let sentences = (0..count)
                .map(|_| {
                    let s = types::Sentence {
                        extra: Default::default(),
                        start: Some(millis(start)),
                        end: Some(millis(start + step - 1)),
                        text: Some(SENTENCES[r.index(SENTENCES.len())].to_owned()),
                    };
                    start += step;
                    s
                })
                .collect();
            types::Monologue {
                extra: Default::default(),
                speaker_id: Some(speaker.to_owned()),
                topic: Some(TOPICS[r.index(TOPICS.len())].to_owned()),
                sentences,
            }
        })
        .collect();
    types::CallTranscript {
        extra: Default::default(),
        call_id: gong_id(&c.id),
        transcript,
    }
}

/// A transcript with a sentence every 3 to 7 seconds of the whole call, the
/// speakers taking turns of one to six sentences.
fn full_transcript(seed: u64, c: &Call) -> types::CallTranscript {
    let mut r = content_rng(seed, c, 3);
    let speakers: Vec<&str> = c.parties.iter().map(|p| p.speaker_id.as_str()).collect();
    let end = c.duration.max(60) * 1000;
    let mut start = 0u64;
    let mut turn = 0usize;
    let mut transcript = Vec::new();
    while start < end {
        let speaker = speakers.get(turn % speakers.len().max(1)).copied().unwrap_or("0");
        turn += 1 + r.index(speakers.len().max(2) - 1);
        let mut sentences = Vec::new();
        for _ in 0..1 + r.below(6) {
            if start >= end {
                break;
            }
            let step = r.range(3000, 7000);
            sentences.push(types::Sentence {
                extra: Default::default(),
                start: Some(millis(start)),
                end: Some(millis((start + step - 200).min(end))),
                text: Some(SENTENCES[r.index(SENTENCES.len())].to_owned()),
            });
            start += step;
        }
        transcript.push(types::Monologue {
            extra: Default::default(),
            speaker_id: Some(speaker.to_owned()),
            topic: Some(TOPICS[r.index(TOPICS.len())].to_owned()),
            sentences,
        });
    }
    types::CallTranscript {
        extra: Default::default(),
        call_id: gong_id(&c.id),
        transcript,
    }
}

/// Milliseconds into a call (a call lasts hours at most).
fn millis(ms: u64) -> i64 {
    i64::try_from(ms).unwrap_or(i64::MAX)
}

/// A record's id as the generated types hold it (every id the sandbox
/// mints is digits, so this is never `None`).
pub(crate) fn gong_id(id: &str) -> Option<GongId> {
    GongId::new(id).ok()
}

/// A value of a generated response type as the JSON it answers with.
/// Serializing the generated types cannot fail (their maps have string
/// keys); `null` stands in if it ever did.
pub(crate) fn to_json<T: serde::Serialize>(typed: &T) -> Value {
    serde_json::to_value(typed).unwrap_or(Value::Null)
}

/// `GET /v2/workspaces` (without `requestId`).
pub(crate) fn workspaces(data: &Data) -> types::WorkspacesMetadata {
    types::WorkspacesMetadata {
        extra: Default::default(),
        request_id: None,
        workspaces: data
            .workspaces
            .iter()
            .map(|w| types::WorkspaceMetadata {
                extra: Default::default(),
                id: gong_id(&w.id),
                name: Some(w.name.clone()),
                description: Some(w.description.clone()),
            })
            .collect(),
    }
}

/// A user's `UserMetadata`.
pub(crate) fn user(u: &User) -> types::UserMetadata {
    let present = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    types::UserMetadata {
        extra: Default::default(),
        id: gong_id(&u.id),
        email_address: Some(u.email.clone()),
        created: Some(ts(&u.created)),
        active: Some(true),
        email_aliases: Vec::new(),
        conferencing_providers: if u.avatar {
            Vec::new()
        } else {
            vec![types::ConferencingProvider {
                extra: Default::default(),
                is_default: Some(true),
                provider: Some("Zoom".to_owned()),
            }]
        },
        trusted_email_address: (!u.avatar).then(|| u.email.clone()),
        first_name: Some(u.first.clone()),
        last_name: Some(u.last.clone()),
        title: Some(u.title.clone()),
        phone_number: present(&u.phone),
        extension: None,
        personal_meeting_urls: if u.avatar {
            Vec::new()
        } else {
            vec![format!("https://zoom.example/my/{}", u.first.to_lowercase())]
        },
        settings: Some(types::Settings {
            extra: Default::default(),
            web_conferences_recorded: Some(!u.avatar),
            prevent_web_conference_recording: Some(false),
            telephony_calls_imported: Some(!u.avatar),
            emails_imported: Some(!u.avatar),
            prevent_email_import: Some(false),
            non_recorded_meetings_imported: Some(true),
            gong_connect_enabled: Some(!u.avatar),
        }),
        manager_id: u.manager.as_deref().and_then(gong_id),
        meeting_consent_page_url: None,
        spoken_languages: vec![types::SpokenLanguage {
            extra: Default::default(),
            language: Some("en-US".to_owned()),
            primary: Some(true),
        }],
    }
}

/// A `LogEntry`.
pub(crate) fn log_entry(data: &Data, l: &LogEntry) -> types::LogEntry {
    let u = &data.users[l.user];
    let imp = l.impersonator.map(|i| &data.users[i]);
    types::LogEntry {
        extra: Default::default(),
        user_id: gong_id(&u.id),
        user_email_address: Some(u.email.clone()),
        user_full_name: Some(u.full_name()),
        impersonator_user_id: imp.and_then(|i| gong_id(&i.id)),
        impersonator_email_address: imp.map(|i| i.email.clone()),
        impersonator_full_name: imp.map(User::full_name),
        impersonator_company_id: imp.and_then(|_| gong_id("1111111111111111111")),
        event_time: Some(ts(&l.time)),
        log_record: match &l.record {
            Value::Object(fields) => fields.clone(),
            _ => serde_json::Map::new(),
        },
    }
}

/// A `LibraryFolder`.
pub(crate) fn folder(f: &Folder) -> Value {
    let typed = types::LibraryFolder {
        extra: Default::default(),
        id: gong_id(&f.id),
        name: Some(f.name.clone()),
        parent_folder_id: f.parent.as_deref().and_then(gong_id),
        created_by: Some(f.created_by.clone()),
        updated: None,
    };
    with_time(to_json(&typed), "updated", &f.updated)
}

/// `GET /v2/library/folder-content` (without `requestId`): calls erased
/// since they were added are left out.
pub(crate) fn folder_content(data: &Data, f: &Folder) -> Value {
    let entries: Vec<(&FolderCall, &Call)> = f
        .calls
        .iter()
        .filter_map(|fc| Some((fc, data.call(&fc.call_id)?)))
        .collect();
    let typed = types::LibraryFolderListOfCallsResponse {
        extra: Default::default(),
        request_id: None,
        id: gong_id(&f.id),
        name: Some(f.name.clone()),
        created_by: Some(f.created_by.clone()),
        updated: None,
        calls: entries
            .iter()
            .map(|(fc, c)| types::LibraryCall {
                extra: Default::default(),
                id: gong_id(&c.id),
                title: Some(c.title.clone()),
                note: Some(fc.note.clone()),
                added_by: Some(fc.added_by.clone()),
                created: None,
                url: Some(call_url(&c.id)),
                snippet: Some(types::Snippet {
                    extra: Default::default(),
                    from_sec: Some(int64(fc.from_sec)),
                    to_sec: Some(int64(fc.to_sec)),
                }),
            })
            .collect(),
    };
    let mut out = with_time(to_json(&typed), "updated", &f.updated);
    if let Some(Value::Array(items)) = out.get_mut("calls") {
        for (item, (fc, _)) in items.iter_mut().zip(&entries) {
            *item = with_time(std::mem::take(item), "created", &fc.created);
        }
    }
    out
}

/// A count or a number of seconds as the generated types hold it (i32).
fn int64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Writes `t` at `key` as Gong does (the record's offset, microseconds)
/// over the UTC time a generated type holds.
fn with_time(mut v: Value, key: &str, t: &DateTime<FixedOffset>) -> Value {
    if let Value::Object(fields) = &mut v {
        fields.insert(key.into(), Value::String(ts(t)));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::super::data::phone_digits;
    use super::super::data::tests::small;
    use super::*;

    #[test]
    fn rendered_shapes_decode_into_the_generated_types() {
        let d = small();
        for c in d.calls.iter().take(40) {
            let _: types::CallBasicData = serde_json::from_value(basic(c)).unwrap();
            let full = extensive(d.seed, c, &Selector::everything());
            let back: types::CallData = serde_json::from_value(full.clone()).unwrap();
            assert_eq!(back.meta_data.unwrap().id.unwrap().as_str(), c.id);
            let _: types::CallTranscript = serde_json::from_value(to_json(&transcript(d.seed, c))).unwrap();
        }
        for u in &d.users {
            let _: types::UserMetadata = serde_json::from_value(to_json(&user(u))).unwrap();
        }
        for l in &d.logs {
            let _: types::LogEntry = serde_json::from_value(to_json(&log_entry(&d, l))).unwrap();
        }
        for f in &d.folders {
            let _: types::LibraryFolder = serde_json::from_value(folder(f)).unwrap();
            let _: types::LibraryFolderListOfCallsResponse = serde_json::from_value(folder_content(&d, f)).unwrap();
        }
        let email = d.contacts[0].email.clone();
        let refs: types::EmailAddressReferences = serde_json::from_value(d.email_references(&email)).unwrap();
        assert!(!refs.emails.is_empty());
        let phone = d.contacts[0].phone.clone().unwrap();
        let refs: types::PhoneNumberReferences =
            serde_json::from_value(d.phone_references(&phone, &phone_digits(&phone))).unwrap();
        assert!(!refs.customer_data.is_empty());
    }
}
