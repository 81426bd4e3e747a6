//! Data export: every call with the content a pipeline wants, from
//! `POST /v2/calls/extensive` (scope `api:calls:read:extensive`), as a stream
//! of calls across all pages.
//!
//! [`CallsExport`] is the request: a filter (date range, workspace, call ids,
//! primary users) and a [`Content`] selector, every section by default.
//! [`Client::export_calls`] streams the calls one at a time;
//! [`Client::export_calls_pages`] streams whole pages, each with the cursor of
//! the page after it, for exports that must resume where they stopped.
//!
//! ```no_run
//! # async fn run(client: gong_client::Client) -> gong_client::Result<()> {
//! use futures::TryStreamExt;
//! use gong_client::export::{CallsExport, Content, Section};
//! let export = CallsExport::new()
//!     .since("2026-01-01T00:00:00Z")
//!     .content(Content::none().with(Section::Parties).with(Section::Brief));
//! let mut calls = std::pin::pin!(client.export_calls(export));
//! while let Some(call) = calls.try_next().await? {
//!     println!("{}", serde_json::to_string(&call).unwrap_or_default());
//! }
//! # Ok(()) }
//! ```
//!
//! Resuming: Gong's cursor travels in the request body. A page's
//! [`Page::next_cursor`] given to [`CallsExport::cursor`] (with the same
//! filter and content) continues with the page after it, and nothing else.
//! Gong's cursors expire (after about an hour, not documented), so resume
//! soon rather than keep a cursor for another day.

use std::collections::BTreeSet;

use futures::{Stream, TryStreamExt};

use crate::api::{listings, types};
use crate::error::{Error, Result};
use crate::paging::Page;
use crate::{Client, GongId, validate};

/// Longest cursor the export accepts back from a caller (Gong's are a few
/// hundred characters).
pub const MAX_CURSOR_CHARS: usize = 4096;

/// One content section of a call that `contentSelector` can ask for.
///
/// Each maps to one flag of Gong's `contentSelector.exposedFields`: its
/// top level (`parties`, `media`), `content`, `interaction` or
/// `collaboration`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Section {
    /// The participants (`exposedFields.parties`).
    Parties,
    /// Audio and video download URLs (`exposedFields.media`); Gong's URLs
    /// are short-lived and carry no credentials of yours.
    Media,
    /// The agenda structure (`content.structure`).
    Structure,
    /// Topics and their durations (`content.topics`).
    Topics,
    /// Keyword trackers and their counts (`content.trackers`).
    Trackers,
    /// When each tracker was heard (`content.trackerOccurrences`).
    TrackerOccurrences,
    /// Points of interest: action items (`content.pointsOfInterest`).
    PointsOfInterest,
    /// The call brief (`content.brief`).
    Brief,
    /// The call outline (`content.outline`).
    Outline,
    /// Highlights (`content.highlights`).
    Highlights,
    /// The call outcome (`content.callOutcome`).
    CallOutcome,
    /// Key points (`content.keyPoints`).
    KeyPoints,
    /// Talk time per speaker (`interaction.speakers`).
    Speakers,
    /// Video statistics (`interaction.video`).
    Video,
    /// Interaction statistics per person (`interaction.personInteractionStats`).
    PersonInteractionStats,
    /// Questions asked (`interaction.questions`).
    Questions,
    /// Public comments (`collaboration.publicComments`).
    PublicComments,
}

impl Section {
    /// Every section, in Gong's order.
    pub const ALL: &'static [Section] = &[
        Section::Parties,
        Section::Media,
        Section::Structure,
        Section::Topics,
        Section::Trackers,
        Section::TrackerOccurrences,
        Section::PointsOfInterest,
        Section::Brief,
        Section::Outline,
        Section::Highlights,
        Section::CallOutcome,
        Section::KeyPoints,
        Section::Speakers,
        Section::Video,
        Section::PersonInteractionStats,
        Section::Questions,
        Section::PublicComments,
    ];

    /// The kebab-case name (`call-outcome`), as the CLI spells it.
    pub fn name(self) -> &'static str {
        match self {
            Section::Parties => "parties",
            Section::Media => "media",
            Section::Structure => "structure",
            Section::Topics => "topics",
            Section::Trackers => "trackers",
            Section::TrackerOccurrences => "tracker-occurrences",
            Section::PointsOfInterest => "points-of-interest",
            Section::Brief => "brief",
            Section::Outline => "outline",
            Section::Highlights => "highlights",
            Section::CallOutcome => "call-outcome",
            Section::KeyPoints => "key-points",
            Section::Speakers => "speakers",
            Section::Video => "video",
            Section::PersonInteractionStats => "person-interaction-stats",
            Section::Questions => "questions",
            Section::PublicComments => "public-comments",
        }
    }
}

impl std::fmt::Display for Section {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Section {
    type Err = Error;

    /// Parses a kebab-case name; Gong's camelCase (`callOutcome`) works too.
    fn from_str(s: &str) -> Result<Section> {
        let wanted: String = s.trim().chars().filter(|c| *c != '-' && *c != '_').collect();
        Section::ALL
            .iter()
            .copied()
            .find(|section| section.name().replace('-', "").eq_ignore_ascii_case(&wanted))
            .ok_or_else(|| {
                let names: Vec<&str> = Section::ALL.iter().map(|s| s.name()).collect();
                Error::invalid(
                    "content",
                    format!("{s:?} is not a content section; one of: {}", names.join(", ")),
                )
            })
    }
}

/// How much CRM context (`contentSelector.context`) comes with each call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum ContextLevel {
    /// No CRM context.
    None,
    /// The ids of the CRM objects linked to the call.
    Basic,
    /// The CRM objects with their fields (the default of [`Content::everything`]).
    #[default]
    Extended,
}

/// Which moment's CRM context (`contentSelector.contextTiming`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ContextTiming {
    /// The CRM objects as they are now.
    Now,
    /// The CRM objects as they were when the call took place.
    TimeOfCall,
}

/// What `POST /v2/calls/extensive` returns for each call besides its
/// metadata: a set of [`Section`]s and the CRM [`ContextLevel`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    sections: BTreeSet<Section>,
    context: ContextLevel,
    timing: BTreeSet<ContextTiming>,
}

impl Default for Content {
    /// [`Content::everything`].
    fn default() -> Self {
        Content::everything()
    }
}

impl Content {
    /// Every section and the extended CRM context.
    pub fn everything() -> Self {
        Content {
            sections: Section::ALL.iter().copied().collect(),
            context: ContextLevel::Extended,
            timing: BTreeSet::new(),
        }
    }

    /// The calls' metadata only: no section, no CRM context. Add sections
    /// with [`Content::with`].
    pub fn none() -> Self {
        Content {
            sections: BTreeSet::new(),
            context: ContextLevel::None,
            timing: BTreeSet::new(),
        }
    }

    /// Adds `section`.
    pub fn with(mut self, section: Section) -> Self {
        self.sections.insert(section);
        self
    }

    /// Removes `section`.
    pub fn without(mut self, section: Section) -> Self {
        self.sections.remove(&section);
        self
    }

    /// Sets the CRM context level.
    pub fn context(mut self, level: ContextLevel) -> Self {
        self.context = level;
        self
    }

    /// Asks for the CRM context at `timing` too (Gong's default when none is named).
    pub fn context_timing(mut self, timing: ContextTiming) -> Self {
        self.timing.insert(timing);
        self
    }

    /// Whether `section` is asked for.
    pub fn contains(&self, section: Section) -> bool {
        self.sections.contains(&section)
    }

    /// The sections asked for, in Gong's order.
    pub fn sections(&self) -> impl Iterator<Item = Section> + '_ {
        self.sections.iter().copied()
    }

    /// Gong's `contentSelector`. Every flag is sent, `false` ones too, so the
    /// request says exactly what it wants whatever Gong's defaults are.
    pub fn selector(&self) -> types::ContentSelector {
        let on = |s: Section| Some(self.contains(s));
        types::ContentSelector {
            context: Some(match self.context {
                ContextLevel::None => types::ContentSelectorContext::None,
                ContextLevel::Basic => types::ContentSelectorContext::Basic,
                ContextLevel::Extended => types::ContentSelectorContext::Extended,
            }),
            context_timing: self
                .timing
                .iter()
                .map(|t| match t {
                    ContextTiming::Now => types::ContentSelectorContextTimingItem::Now,
                    ContextTiming::TimeOfCall => types::ContentSelectorContextTimingItem::TimeOfCall,
                })
                .collect(),
            exposed_fields: Some(types::ExposedFields {
                parties: on(Section::Parties),
                media: on(Section::Media),
                content: Some(types::CallContent {
                    structure: on(Section::Structure),
                    topics: on(Section::Topics),
                    trackers: on(Section::Trackers),
                    tracker_occurrences: on(Section::TrackerOccurrences),
                    points_of_interest: on(Section::PointsOfInterest),
                    brief: on(Section::Brief),
                    outline: on(Section::Outline),
                    highlights: on(Section::Highlights),
                    call_outcome: on(Section::CallOutcome),
                    key_points: on(Section::KeyPoints),
                }),
                interaction: Some(types::CallInteraction {
                    speakers: on(Section::Speakers),
                    video: on(Section::Video),
                    person_interaction_stats: on(Section::PersonInteractionStats),
                    questions: on(Section::Questions),
                }),
                collaboration: Some(types::CallCollaboration {
                    public_comments: on(Section::PublicComments),
                }),
            }),
        }
    }
}

/// An export of calls with their content: the request of
/// `POST /v2/calls/extensive`, built with setters and checked before
/// anything is sent. Every call and every section unless narrowed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CallsExport {
    since: Option<String>,
    until: Option<String>,
    workspace_id: Option<GongId>,
    call_ids: Vec<GongId>,
    primary_user_ids: Vec<GongId>,
    content: Content,
    cursor: Option<String>,
}

impl CallsExport {
    /// Every call, every section.
    pub fn new() -> Self {
        Self::default()
    }

    /// Calls that started at or after this ISO-8601 date-time with offset
    /// (`fromDateTime`).
    pub fn since(mut self, date_time: impl Into<String>) -> Self {
        self.since = Some(date_time.into());
        self
    }

    /// Calls that started before this ISO-8601 date-time with offset
    /// (`toDateTime`).
    pub fn until(mut self, date_time: impl Into<String>) -> Self {
        self.until = Some(date_time.into());
        self
    }

    /// Only calls of this workspace.
    pub fn workspace(mut self, id: GongId) -> Self {
        self.workspace_id = Some(id);
        self
    }

    /// Only these calls.
    pub fn call_ids(mut self, ids: impl IntoIterator<Item = GongId>) -> Self {
        self.call_ids.extend(ids);
        self
    }

    /// Only calls hosted by these users.
    pub fn primary_users(mut self, ids: impl IntoIterator<Item = GongId>) -> Self {
        self.primary_user_ids.extend(ids);
        self
    }

    /// The content of each call (default [`Content::everything`]).
    pub fn content(mut self, content: Content) -> Self {
        self.content = content;
        self
    }

    /// Starts at a page's cursor ([`Page::next_cursor`] of an earlier export
    /// with the same filter and content) instead of the first page.
    pub fn cursor(mut self, cursor: impl Into<String>) -> Self {
        self.cursor = Some(cursor.into());
        self
    }

    /// The cursor the export starts at, if any.
    pub fn start_cursor(&self) -> Option<&str> {
        self.cursor.as_deref()
    }

    /// Checks the export: date-times with offsets, `since` before `until`,
    /// a cursor that is one line of printable ASCII of at most
    /// [`MAX_CURSOR_CHARS`].
    pub fn validate(&self) -> Result<()> {
        if let Some(since) = &self.since {
            validate::date_time("since", since)?;
        }
        if let Some(until) = &self.until {
            validate::date_time("until", until)?;
        }
        if let (Some(since), Some(until)) = (&self.since, &self.until) {
            validate::ordered("since", since, "until", until)?;
        }
        for id in &self.call_ids {
            validate::gong_id("callIds", id)?;
        }
        for id in &self.primary_user_ids {
            validate::gong_id("primaryUserIds", id)?;
        }
        if let Some(cursor) = &self.cursor {
            check_cursor(cursor)?;
        }
        Ok(())
    }

    /// The request body, without a cursor (the stream sets it). Checked first.
    pub fn request(&self) -> Result<ExtensiveCalls> {
        self.validate()?;
        let ids = |v: &Vec<GongId>| (!v.is_empty()).then(|| v.clone());
        Ok(ExtensiveCalls {
            content_selector: Some(self.content.selector()),
            cursor: None,
            filter: types::CallsRequestFilterWithOwners {
                from_date_time: self.since.clone(),
                to_date_time: self.until.clone(),
                workspace_id: self.workspace_id.clone(),
                call_ids: ids(&self.call_ids),
                primary_user_ids: ids(&self.primary_user_ids),
            },
        })
    }
}

/// The request body of `POST /v2/calls/extensive` (the generated type, under
/// a name a person can read).
pub type ExtensiveCalls = types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector;

/// A cursor is echoed to terminals and command lines to resume from: one
/// line of printable ASCII, bounded.
pub fn check_cursor(cursor: &str) -> Result<()> {
    if cursor.is_empty() {
        return Err(Error::invalid("cursor", "must not be empty"));
    }
    if cursor.len() > MAX_CURSOR_CHARS {
        return Err(Error::invalid(
            "cursor",
            format!("must be at most {MAX_CURSOR_CHARS} characters; it has {}", cursor.len()),
        ));
    }
    if !cursor.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(Error::invalid(
            "cursor",
            "must be printable ASCII without spaces, as Gong returns it",
        ));
    }
    Ok(())
}

impl Client {
    /// Every call the export selects, with its content, one at a time across
    /// all pages (`POST /v2/calls/extensive`, scope
    /// `api:calls:read:extensive`; the cursor travels in the body). A bad
    /// export is an [`Error::InvalidInput`] before anything is sent; "no
    /// calls found" is an empty stream.
    pub fn export_calls(&self, export: CallsExport) -> impl Stream<Item = Result<types::CallData>> + use<> {
        self.export_calls_pages(export)
            .map_ok(|p| futures::stream::iter(p.items.into_iter().map(Ok)))
            .try_flatten()
    }

    /// The pages of [`Client::export_calls`]. Each page's
    /// [`Page::next_cursor`] resumes the export after that page (given to
    /// [`CallsExport::cursor`]); a cursor Gong no longer accepts is a
    /// [`crate::PagingError::CursorExpired`]. A cursor comes from Gong: check
    /// it with [`check_cursor`] before showing it to a person.
    pub fn export_calls_pages(&self, export: CallsExport) -> impl Stream<Item = Result<Page<types::CallData>>> + use<> {
        match export.request() {
            Ok(mut body) => {
                body.cursor = export.cursor.clone();
                futures::future::Either::Left(self.listing_pages(listings::ListCallsExtensive { body }))
            }
            Err(e) => futures::future::Either::Right(futures::stream::once(async move { Err(e) })),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_parse_by_kebab_or_camel_name_and_unknown_ones_are_named() {
        for s in Section::ALL {
            assert_eq!(s.name().parse::<Section>().unwrap(), *s);
        }
        assert_eq!("callOutcome".parse::<Section>().unwrap(), Section::CallOutcome);
        let e = "transcript".parse::<Section>().unwrap_err();
        assert!(
            matches!(&e, Error::InvalidInput { field, rule, .. } if field == "content" && rule.contains("call-outcome")),
            "{e:?}"
        );
    }

    #[test]
    fn everything_selects_every_flag_and_none_sends_them_false() {
        let all = serde_json::to_value(Content::everything().selector()).unwrap();
        let none = serde_json::to_value(Content::none().selector()).unwrap();
        assert_eq!(all["context"], "Extended");
        assert_eq!(none["context"], "None");
        let flags = |v: &serde_json::Value| {
            let f = &v["exposedFields"];
            let mut out = vec![f["parties"].clone(), f["media"].clone()];
            for group in ["content", "interaction", "collaboration"] {
                out.extend(f[group].as_object().unwrap().values().cloned());
            }
            out
        };
        assert_eq!(flags(&all).len(), Section::ALL.len());
        assert!(flags(&all).iter().all(|b| b == true));
        assert!(flags(&none).iter().all(|b| b == false));
        let some = serde_json::to_value(Content::none().with(Section::KeyPoints).selector()).unwrap();
        assert_eq!(some["exposedFields"]["content"]["keyPoints"], true);
        assert_eq!(some["exposedFields"]["content"]["brief"], false);
    }

    #[test]
    fn bad_exports_name_the_field() {
        let field = |e: CallsExport| match e.validate() {
            Err(Error::InvalidInput { field, .. }) => field,
            other => panic!("{other:?}"),
        };
        assert_eq!(field(CallsExport::new().since("yesterday")), "since");
        assert_eq!(
            field(
                CallsExport::new()
                    .since("2026-02-01T00:00:00Z")
                    .until("2026-01-01T00:00:00Z")
            ),
            "until"
        );
        assert_eq!(field(CallsExport::new().cursor("a b")), "cursor");
        assert_eq!(field(CallsExport::new().cursor("\u{1b}[2J")), "cursor");
        assert_eq!(
            field(CallsExport::new().cursor("x".repeat(MAX_CURSOR_CHARS + 1))),
            "cursor"
        );
        assert!(CallsExport::new().cursor("eyJhIjoxfQ==").validate().is_ok());
    }

    #[test]
    fn export_streams_are_send() {
        fn send<T: Send>(_: &T) {}
        // Loopback http: the test needs no TLS feature.
        let client = Client::builder().base_url("http://127.0.0.1:9").build().unwrap();
        send(&client.export_calls(CallsExport::new()));
        send(&client.export_calls_pages(CallsExport::new()));
    }
}
