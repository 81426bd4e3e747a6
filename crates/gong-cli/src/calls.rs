//! `gong calls list|get|create`.

use clap::{Args, Subcommand};
use gong_client::actions::{GetCall, ListCalls, NewCall};
use gong_client::api::operations;
use serde_json::Value;

use crate::context::{Ctx, LimitArg, print_pages};
use crate::failure::Failure;
use crate::input::{Fields, InputArg, capitalized, party};

/// `gong calls ...`
#[derive(Debug, Subcommand)]
pub enum CallsCmd {
    /// List calls by date range, every page (List Calls).
    #[command(name = crate::leaf(&operations::LIST_CALLS), alias = "list")]
    List(ListCallsArgs),
    /// One call (Get Call).
    #[command(name = crate::leaf(&operations::GET_CALL), alias = "get")]
    Get(GetCallArgs),
    /// Register a new call; upload its recording with `gong media add` (Create New Call).
    #[command(name = crate::leaf(&operations::ADD_CALL), alias = "create")]
    Create(Box<CreateCallArgs>),
}

/// `gong calls list`
#[derive(Debug, Args)]
pub struct ListCallsArgs {
    /// Calls that started at or after this ISO-8601 date-time (with offset).
    #[arg(long, value_name = "DATETIME")]
    pub from_date_time: Option<String>,
    /// Calls that started before this ISO-8601 date-time (with offset).
    #[arg(long, value_name = "DATETIME")]
    pub to_date_time: Option<String>,
    /// Only calls of this workspace.
    #[arg(long, value_name = "ID")]
    pub workspace_id: Option<String>,
    /// Resume from a cursor an earlier page returned.
    #[arg(long)]
    pub cursor: Option<String>,
    #[command(flatten)]
    pub limit: LimitArg,
    #[command(flatten)]
    pub input: InputArg,
}

/// `gong calls get`
#[derive(Debug, Args)]
pub struct GetCallArgs {
    /// Gong's id of the call (up to 20 digits).
    #[arg(long, value_name = "ID")]
    pub call_id: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

/// `gong calls create`
#[derive(Debug, Args)]
pub struct CreateCallArgs {
    /// The call's id in the recording system (Gong refuses it twice; up to 2048 characters).
    #[arg(long)]
    pub client_unique_id: Option<String>,
    /// Gong user id of the team member who hosted the call.
    #[arg(long, value_name = "ID")]
    pub primary_user: Option<String>,
    /// A participant, as `userId=ID,name=NAME,emailAddress=EMAIL,phoneNumber=+1...,partyId=X,mediaChannelId=0`
    /// or a JSON object; repeat for each. One must be the primary user.
    #[arg(long, value_name = "KEY=VALUE,...")]
    pub party: Vec<String>,
    /// All participants as a JSON array (or @FILE); --party entries are added after them.
    #[arg(long, value_name = "JSON")]
    pub parties: Option<String>,
    /// Inbound, Outbound, Conference or Unknown.
    #[arg(long)]
    pub direction: Option<String>,
    /// When the call started (ISO-8601 with offset).
    #[arg(long, value_name = "DATETIME")]
    pub actual_start: Option<String>,
    /// When the call was scheduled to start.
    #[arg(long, value_name = "DATETIME")]
    pub scheduled_start: Option<String>,
    /// When the call was scheduled to end.
    #[arg(long, value_name = "DATETIME")]
    pub scheduled_end: Option<String>,
    /// Title.
    #[arg(long)]
    pub title: Option<String>,
    /// Purpose (up to 255 characters).
    #[arg(long)]
    pub purpose: Option<String>,
    /// Duration in seconds.
    #[arg(long, value_name = "SECONDS")]
    pub duration: Option<f64>,
    /// Disposition (up to 255 characters).
    #[arg(long)]
    pub disposition: Option<String>,
    /// References to external systems: a JSON array (or @FILE) of Gong's CallUploadContext.
    #[arg(long, value_name = "JSON")]
    pub context: Option<String>,
    /// Free-text metadata kept for troubleshooting.
    #[arg(long)]
    pub custom_data: Option<String>,
    /// Who spoke when: Gong's SpeakersTimeline as JSON (or @FILE).
    #[arg(long, value_name = "JSON")]
    pub speakers_timeline: Option<String>,
    /// Conference URL.
    #[arg(long, value_name = "URL")]
    pub meeting_url: Option<String>,
    /// Gong's code of the conferencing or telephony provider.
    #[arg(long)]
    pub call_provider_code: Option<String>,
    /// A unique URL Gong downloads the media from (then no `gong media add`).
    #[arg(long, value_name = "URL")]
    pub download_media_url: Option<String>,
    /// Workspace of the call.
    #[arg(long, value_name = "ID")]
    pub workspace_id: Option<String>,
    /// Transcription language, from Gong's list (en-US, de-DE, ...).
    #[arg(long)]
    pub language_code: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

/// Runs `gong calls ...`.
pub async fn run(ctx: &Ctx<'_>, cmd: &CallsCmd) -> Result<(), Failure> {
    match cmd {
        CallsCmd::List(a) => {
            let input: ListCalls = Fields::new()
                .text("fromDateTime", &a.from_date_time)
                .text("toDateTime", &a.to_date_time)
                .text("workspaceId", &a.workspace_id)
                .text("cursor", &a.cursor)
                .build(&a.input)?;
            let client = ctx.client()?;
            print_pages(ctx, "calls", &a.limit, client.list_calls_pages(input)).await
        }
        CallsCmd::Get(a) => {
            let input: GetCall = Fields::new().text("callId", &a.call_id).build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.get_call(input).await?)
        }
        CallsCmd::Create(a) => {
            let mut parties: Vec<Value> = Vec::new();
            if let Some(text) = &a.parties {
                match crate::input::json_arg("parties", text)? {
                    Value::Array(list) => parties.extend(list),
                    _ => return Err(Failure::Usage("--parties must be a JSON array".into())),
                }
            }
            for p in &a.party {
                parties.push(party(p)?);
            }
            let mut fields = Fields::new()
                .text("clientUniqueId", &a.client_unique_id)
                .text("primaryUser", &a.primary_user)
                .text("direction", &a.direction.as_deref().map(capitalized))
                .text("actualStart", &a.actual_start)
                .text("scheduledStart", &a.scheduled_start)
                .text("scheduledEnd", &a.scheduled_end)
                .text("title", &a.title)
                .text("purpose", &a.purpose)
                .number("duration", a.duration)?
                .text("disposition", &a.disposition)
                .json("context", &a.context)?
                .text("customData", &a.custom_data)
                .json("speakersTimeline", &a.speakers_timeline)?
                .text("meetingUrl", &a.meeting_url)
                .text("callProviderCode", &a.call_provider_code)
                .text("downloadMediaUrl", &a.download_media_url)
                .text("workspaceId", &a.workspace_id)
                .text("languageCode", &a.language_code);
            if !parties.is_empty() {
                fields = fields.value("parties", Value::Array(parties));
            }
            let input: NewCall = fields.build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.create_call(input).await?)
        }
    }
}
