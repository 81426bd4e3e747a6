//! Calls: list, get, create, add media, transcripts.

use futures::Stream;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::types;
use crate::error::{Error, Result};
use crate::media::MediaFile;
use crate::paging::{self, Page};
use crate::validate;
use crate::{Client, GongId};

/// The request body of `POST /v2/calls/extensive`: a filter, the content
/// sections wanted, and the cursor (set by the pager).
pub type ExtensiveCallsRequest = types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector;

/// Input of "List Calls": calls by date range (`GET /v2/calls`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListCalls {
    /// Calls that started at or after this ISO-8601 date-time (with offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from_date_time: Option<String>,
    /// Calls that started before this ISO-8601 date-time (with offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to_date_time: Option<String>,
    /// Only calls of this workspace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    workspace_id: Option<GongId>,
    /// Resume a listing from a cursor an earlier page returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cursor: Option<String>,
}

impl ListCalls {
    /// Every call (no filter).
    pub fn new() -> Self {
        Self::default()
    }
    /// Calls that started at or after this date-time.
    pub fn from_date_time(mut self, v: impl Into<String>) -> Self {
        self.from_date_time = Some(v.into());
        self
    }
    /// Calls that started before this date-time.
    pub fn to_date_time(mut self, v: impl Into<String>) -> Self {
        self.to_date_time = Some(v.into());
        self
    }
    /// Only calls of this workspace.
    pub fn workspace_id(mut self, v: GongId) -> Self {
        self.workspace_id = Some(v);
        self
    }
    /// Resume from a cursor.
    pub fn cursor(mut self, v: impl Into<String>) -> Self {
        self.cursor = Some(v.into());
        self
    }
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        if let Some(v) = &self.from_date_time {
            validate::date_time("fromDateTime", v)?;
        }
        if let Some(v) = &self.to_date_time {
            validate::date_time("toDateTime", v)?;
        }
        if let (Some(f), Some(t)) = (&self.from_date_time, &self.to_date_time) {
            validate::ordered("fromDateTime", f, "toDateTime", t)?;
        }
        if let Some(id) = &self.workspace_id {
            validate::gong_id("workspaceId", id)?;
        }
        Ok(())
    }
}

/// Input of "Get Call".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GetCall {
    /// Gong's id of the call (up to 20 digits).
    call_id: GongId,
}

impl GetCall {
    /// The call with this id.
    pub fn new(call_id: GongId) -> Self {
        GetCall { call_id }
    }
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        validate::gong_id("callId", &self.call_id)
    }
}

impl From<GongId> for GetCall {
    fn from(id: GongId) -> Self {
        GetCall::new(id)
    }
}

/// Which way a call went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum CallDirection {
    /// Someone called the company.
    Inbound,
    /// A rep called someone outside the company.
    Outbound,
    /// A conference call.
    Conference,
    /// Not known.
    Unknown,
}

/// A participant of a new call.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Party {
    /// Gong user id, for company team members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<GongId>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Phone number (starting with +).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Id tying the party to speakers-timeline segments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party_id: Option<String>,
    /// Audio channel (0 or 1) of this party in a stereo recording.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_channel_id: Option<i32>,
    /// CRM references of this party (Gong's `PartyUploadContext` list).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<serde_json::Value>,
}

impl Party {
    /// A company team member.
    pub fn user(user_id: GongId) -> Self {
        Party {
            user_id: Some(user_id),
            ..Party::default()
        }
    }
    /// An outside participant with an email address.
    pub fn email(email: impl Into<String>) -> Self {
        Party {
            email_address: Some(email.into()),
            ..Party::default()
        }
    }
}

/// Input of "Create New Call" (`POST /v2/calls`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewCall {
    /// The call's id in the recording system; Gong refuses it twice (up to 2048 characters).
    client_unique_id: String,
    /// Gong user id of the team member who hosted the call.
    primary_user: GongId,
    /// Participants; must include the primary user.
    parties: Vec<Party>,
    /// Inbound, Outbound, Conference or Unknown.
    direction: CallDirection,
    /// When the call started (ISO-8601 with offset).
    actual_start: String,
    /// When the call was scheduled to start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scheduled_start: Option<String>,
    /// When the call was scheduled to end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scheduled_end: Option<String>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    /// Purpose (up to 255 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    purpose: Option<String>,
    /// Duration in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    duration: Option<f64>,
    /// Disposition (up to 255 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    disposition: Option<String>,
    /// References to external systems (Gong's `CallUploadContext` list).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    context: Option<serde_json::Value>,
    /// Free-text metadata kept for troubleshooting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    custom_data: Option<String>,
    /// Who spoke when (Gong's `SpeakersTimeline`); excludes `mediaChannelId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    speakers_timeline: Option<serde_json::Value>,
    /// Conference URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    meeting_url: Option<String>,
    /// Gong's code of the conferencing or telephony provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    call_provider_code: Option<String>,
    /// A unique URL Gong downloads the media from (then no media upload).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    download_media_url: Option<String>,
    /// Workspace of the call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    workspace_id: Option<GongId>,
    /// Transcription language, from Gong's list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language_code: Option<String>,
}

macro_rules! setters {
    ($ty:ty { $( $(#[$doc:meta])* $name:ident : $t:ty ),* $(,)? }) => {
        impl $ty {
            $(
                $(#[$doc])*
                pub fn $name(mut self, v: impl Into<$t>) -> Self {
                    self.$name = Some(v.into());
                    self
                }
            )*
        }
    };
}
pub(crate) use setters;

impl NewCall {
    /// A call with Gong's required fields.
    pub fn new(
        client_unique_id: impl Into<String>,
        primary_user: GongId,
        parties: Vec<Party>,
        direction: CallDirection,
        actual_start: impl Into<String>,
    ) -> Self {
        NewCall {
            client_unique_id: client_unique_id.into(),
            primary_user,
            parties,
            direction,
            actual_start: actual_start.into(),
            scheduled_start: None,
            scheduled_end: None,
            title: None,
            purpose: None,
            duration: None,
            disposition: None,
            context: None,
            custom_data: None,
            speakers_timeline: None,
            meeting_url: None,
            call_provider_code: None,
            download_media_url: None,
            workspace_id: None,
            language_code: None,
        }
    }

    /// Checks the input against Gong's rules.
    pub fn validate(&self) -> Result<()> {
        validate::non_empty("clientUniqueId", &self.client_unique_id)?;
        validate::max_chars("clientUniqueId", &self.client_unique_id, 2048)?;
        validate::gong_id("primaryUser", &self.primary_user)?;
        validate::date_time("actualStart", &self.actual_start)?;
        if let Some(v) = &self.scheduled_start {
            validate::date_time("scheduledStart", v)?;
        }
        if let Some(v) = &self.scheduled_end {
            validate::date_time("scheduledEnd", v)?;
        }
        if let (Some(s), Some(e)) = (&self.scheduled_start, &self.scheduled_end) {
            validate::ordered("scheduledStart", s, "scheduledEnd", e)?;
        }
        if let Some(v) = &self.purpose {
            validate::max_chars("purpose", v, 255)?;
        }
        if let Some(v) = &self.disposition {
            validate::max_chars("disposition", v, 255)?;
        }
        if let Some(d) = self.duration
            && !(d.is_finite() && d >= 0.0)
        {
            return Err(Error::invalid("duration", "must be a non-negative number of seconds"));
        }
        if let Some(v) = &self.language_code {
            validate::language_code("languageCode", v)?;
        }
        for (field, v) in [
            ("meetingUrl", &self.meeting_url),
            ("downloadMediaUrl", &self.download_media_url),
        ] {
            if let Some(v) = v {
                validate::url(field, v)?;
            }
        }
        if let Some(id) = &self.workspace_id {
            validate::gong_id("workspaceId", id)?;
        }
        if self.parties.is_empty() {
            return Err(Error::invalid("parties", "must list the call's participants"));
        }
        for (i, p) in self.parties.iter().enumerate() {
            if let Some(id) = &p.user_id {
                validate::gong_id(&format!("parties[{i}].userId"), id)?;
            }
            if let Some(e) = &p.email_address {
                validate::email(&format!("parties[{i}].emailAddress"), e)?;
            }
            if let Some(ph) = &p.phone_number {
                validate::phone(&format!("parties[{i}].phoneNumber"), ph)?;
            }
            if let Some(ch) = p.media_channel_id
                && !(0..=1).contains(&ch)
            {
                return Err(Error::invalid(format!("parties[{i}].mediaChannelId"), "must be 0 or 1"));
            }
        }
        if !self
            .parties
            .iter()
            .any(|p| p.user_id.as_ref() == Some(&self.primary_user))
        {
            return Err(Error::invalid(
                "parties",
                "must include a party for the primaryUser (a party whose userId is the primary user)",
            ));
        }
        Ok(())
    }
}

setters!(NewCall {
    /// When the call was scheduled to start.
    scheduled_start: String,
    /// When the call was scheduled to end.
    scheduled_end: String,
    /// Title.
    title: String,
    /// Purpose (up to 255 characters).
    purpose: String,
    /// Duration in seconds.
    duration: f64,
    /// Disposition (up to 255 characters).
    disposition: String,
    /// References to external systems (`CallUploadContext` list as JSON).
    context: serde_json::Value,
    /// Free-text metadata.
    custom_data: String,
    /// Who spoke when (`SpeakersTimeline` as JSON).
    speakers_timeline: serde_json::Value,
    /// Conference URL.
    meeting_url: String,
    /// Provider code.
    call_provider_code: String,
    /// URL Gong downloads the media from.
    download_media_url: String,
    /// Workspace.
    workspace_id: GongId,
    /// Transcription language.
    language_code: String,
});

/// Input of "Add Call Media" (for the CLI and agents; Rust callers pass a
/// [`MediaFile`] to [`Client::add_call_media`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AddCallMedia {
    /// The call id returned by "Create New Call".
    pub call_id: GongId,
    /// Path of the recording (up to 1.5 GB).
    pub file: std::path::PathBuf,
    /// File name sent to Gong (default: the file's own name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
}

impl AddCallMedia {
    /// Checks the input (the file's size is checked when it is opened).
    pub fn validate(&self) -> Result<()> {
        validate::gong_id("callId", &self.call_id)?;
        if let Some(name) = &self.file_name {
            validate::non_empty("fileName", name)?;
        }
        Ok(())
    }

    /// Opens the file as a [`MediaFile`] named as the input says (add a
    /// progress callback with [`MediaFile::on_progress`]).
    pub async fn media_file(&self) -> Result<MediaFile> {
        let mut media = MediaFile::from_path(&self.file).await?;
        if let Some(name) = &self.file_name {
            media = media
                .file_name(name.clone())
                .mime_type(crate::media::mime_type_for(name));
        }
        media.validate()?;
        Ok(media)
    }
}

/// Input of "Get Call Transcript" (`POST /v2/calls/transcript`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CallTranscripts {
    /// Calls that started at or after this date-time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from_date_time: Option<String>,
    /// Calls that started before this date-time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    to_date_time: Option<String>,
    /// Only calls of this workspace (not with `callIds`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    workspace_id: Option<GongId>,
    /// These calls only; many ids go in one request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    call_ids: Option<Vec<GongId>>,
    /// Resume from a cursor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cursor: Option<String>,
}

impl CallTranscripts {
    /// Transcripts of every call (narrow it with the setters).
    pub fn new() -> Self {
        Self::default()
    }
    /// Transcripts of these calls.
    pub fn of_calls(ids: impl IntoIterator<Item = GongId>) -> Self {
        CallTranscripts {
            call_ids: Some(ids.into_iter().collect()),
            ..Self::default()
        }
    }
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        ListCalls {
            from_date_time: self.from_date_time.clone(),
            to_date_time: self.to_date_time.clone(),
            workspace_id: self.workspace_id.clone(),
            cursor: None,
        }
        .validate()?;
        if let Some(ids) = &self.call_ids {
            if self.workspace_id.is_some() {
                return Err(Error::invalid(
                    "workspaceId",
                    "cannot be combined with callIds (Gong refuses both)",
                ));
            }
            if ids.is_empty() {
                return Err(Error::invalid(
                    "callIds",
                    "must not be an empty list (leave it out for all calls)",
                ));
            }
            for (i, id) in ids.iter().enumerate() {
                validate::gong_id(&format!("callIds[{i}]"), id)?;
            }
        }
        Ok(())
    }
}

setters!(CallTranscripts {
    /// From this date-time.
    from_date_time: String,
    /// Until this date-time.
    to_date_time: String,
    /// Only this workspace.
    workspace_id: GongId,
    /// Resume from a cursor.
    cursor: String,
});

impl Client {
    /// "List Calls": every call matching the filter, one at a time, across
    /// all pages (`GET /v2/calls`, scope `api:calls:read:basic`).
    ///
    /// ```no_run
    /// # async fn run(client: gong_client::Client) -> gong_client::Result<()> {
    /// use futures::TryStreamExt;
    /// use gong_client::actions::ListCalls;
    /// let calls: Vec<_> = client.list_calls(ListCalls::new().from_date_time("2026-01-01T00:00:00Z")).try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn list_calls(&self, input: ListCalls) -> impl Stream<Item = Result<types::CallBasicData>> + use<> {
        paging::flatten(self.list_calls_pages(input))
    }

    /// Pages of "List Calls"; the cursor travels in the query string.
    pub fn list_calls_pages(&self, input: ListCalls) -> impl Stream<Item = Result<Page<types::CallBasicData>>> + use<> {
        let client = self.clone();
        let checked = input.validate();
        let start = input.cursor.clone();
        let mut checked = Some(checked);
        paging::pages_from("listCalls", start, move |cursor| {
            let (client, input) = (client.clone(), input.clone());
            let check = checked.take();
            async move {
                if let Some(Err(e)) = check {
                    return Err(e);
                }
                let api = client.api();
                let mut call = api.list_calls();
                if let Some(c) = cursor {
                    call = call.cursor(c);
                }
                if let Some(v) = input.from_date_time {
                    call = call.from_date_time(v);
                }
                if let Some(v) = input.to_date_time {
                    call = call.to_date_time(v);
                }
                if let Some(v) = input.workspace_id {
                    call = call.workspace_id(v);
                }
                let page = client.run("listCalls", call.send()).await?;
                Ok(paging::page_from(page.calls, page.records.as_ref()))
            }
        })
    }

    /// Pages of `POST /v2/calls/extensive` (scope `api:calls:read:extensive`):
    /// the most data per request. The cursor travels in the JSON body; any
    /// cursor already in `request` starts the listing there.
    pub fn list_calls_extensive_pages(
        &self,
        request: ExtensiveCallsRequest,
    ) -> impl Stream<Item = Result<Page<types::CallData>>> + use<> {
        let client = self.clone();
        let start = request.cursor.clone();
        paging::pages_from("listCallsExtensive", start, move |cursor| {
            let client = client.clone();
            let mut body = request.clone();
            body.cursor = cursor;
            async move {
                let api = client.api();
                let page = client
                    .run("listCallsExtensive", api.list_calls_extensive().body(body).send())
                    .await?;
                Ok(paging::page_from(page.calls, page.records.as_ref()))
            }
        })
    }

    /// "Get Call" (`GET /v2/calls/{id}`, scope `api:calls:read:basic`).
    pub async fn get_call(&self, input: impl Into<GetCall>) -> Result<types::SpecificCall> {
        let input = input.into();
        input.validate()?;
        self.run("getCall", self.api().get_call().id(input.call_id).send())
            .await
    }

    /// "Create New Call" (`POST /v2/calls`, scope `api:calls:create`). Follow
    /// with [`Client::add_call_media`] unless a download URL was given.
    /// Gong deduplicates on `clientUniqueId`, so the client may retry it.
    pub async fn create_call(&self, input: NewCall) -> Result<types::NewCallAddingResponse> {
        input.validate()?;
        let body: types::NewCallAddingRequest = super::into_request(&input)?;
        self.run("addCall", self.api().add_call().body(body).send()).await
    }

    /// "Get Call Transcript": transcripts of many calls in as few requests as
    /// Gong allows (`POST /v2/calls/transcript`, scope
    /// `api:calls:read:transcript`); the cursor travels in the body.
    pub fn call_transcripts(
        &self,
        input: CallTranscripts,
    ) -> impl Stream<Item = Result<types::CallTranscript>> + use<> {
        paging::flatten(self.call_transcripts_pages(input))
    }

    /// Pages of "Get Call Transcript".
    pub fn call_transcripts_pages(
        &self,
        input: CallTranscripts,
    ) -> impl Stream<Item = Result<Page<types::CallTranscript>>> + use<> {
        let client = self.clone();
        let mut checked = Some(input.validate());
        let start = input.cursor.clone();
        paging::pages_from("getCallTranscripts", start, move |cursor| {
            let client = client.clone();
            let check = checked.take();
            let filter = types::CallsFilter {
                from_date_time: input.from_date_time.clone(),
                to_date_time: input.to_date_time.clone(),
                workspace_id: input.workspace_id.clone(),
                call_ids: input.call_ids.clone(),
            };
            async move {
                if let Some(Err(e)) = check {
                    return Err(e);
                }
                let body = types::PublicApiBaseRequestV2CallsFilter { cursor, filter };
                let page = client
                    .run(
                        "getCallTranscripts",
                        client.api().get_call_transcripts().body(body).send(),
                    )
                    .await?;
                Ok(paging::page_from(page.call_transcripts, page.records.as_ref()))
            }
        })
    }

    /// "Add Call Media" from a CLI/agent input: opens the file and uploads it.
    pub async fn add_call_media_from(&self, input: AddCallMedia) -> Result<types::NewCallRecordingResponse> {
        input.validate()?;
        let media = input.media_file().await?;
        self.add_call_media(&input.call_id, media).await
    }
}
