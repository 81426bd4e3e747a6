//! `gong meetings create|update|delete`.

use clap::{Args, Subcommand};
use gong_client::actions::{DeleteMeeting, Meeting, UpdateMeeting};
use gong_client::api::operations;
use serde_json::Value;

use crate::context::Ctx;
use crate::failure::Failure;
use crate::input::{Fields, InputArg};

/// `gong meetings ...`
#[derive(Debug, Subcommand)]
pub enum MeetingsCmd {
    /// Create a Gong meeting (Create New Gong Meeting).
    #[command(name = crate::leaf(&operations::ADD_MEETING), alias = "create")]
    Create(MeetingArgs),
    /// Replace a Gong meeting's details (Update Gong Meeting).
    #[command(name = crate::leaf(&operations::UPDATE_MEETING), alias = "update")]
    Update(UpdateMeetingArgs),
    /// Delete a Gong meeting (Delete Gong Meeting).
    #[command(name = crate::leaf(&operations::DELETE_MEETING), alias = "delete")]
    Delete(DeleteMeetingArgs),
}

/// The fields of a meeting.
#[derive(Debug, Args)]
pub struct MeetingFields {
    /// Start (ISO-8601 with offset).
    #[arg(long, value_name = "DATETIME")]
    pub start_time: Option<String>,
    /// End (ISO-8601 with offset), after the start.
    #[arg(long, value_name = "DATETIME")]
    pub end_time: Option<String>,
    /// Email of the user creating the meeting; their consent settings apply.
    #[arg(long, value_name = "EMAIL")]
    pub organizer_email: Option<String>,
    /// An invitee's email address, not the organizer (repeat, or separate with commas).
    #[arg(long = "invitee", alias = "invitees", value_delimiter = ',', value_name = "EMAIL")]
    pub invitees: Vec<String>,
    /// The meeting's id in the external system.
    #[arg(long)]
    pub external_id: Option<String>,
    /// Title.
    #[arg(long)]
    pub title: Option<String>,
}

/// `gong meetings create`
#[derive(Debug, Args)]
pub struct MeetingArgs {
    #[command(flatten)]
    pub meeting: MeetingFields,
    #[command(flatten)]
    pub input: InputArg,
}

/// `gong meetings update`
#[derive(Debug, Args)]
pub struct UpdateMeetingArgs {
    /// Gong's id of the meeting.
    #[arg(long, value_name = "ID")]
    pub meeting_id: Option<String>,
    #[command(flatten)]
    pub meeting: MeetingFields,
    #[command(flatten)]
    pub input: InputArg,
}

/// `gong meetings delete`
#[derive(Debug, Args)]
pub struct DeleteMeetingArgs {
    /// Gong's id of the meeting.
    #[arg(long, value_name = "ID")]
    pub meeting_id: Option<String>,
    /// Email of the meeting's organizer (required: Gong deletes a meeting only for its organizer).
    #[arg(long, value_name = "EMAIL")]
    pub organizer_email: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

fn meeting_fields(m: &MeetingFields) -> Fields {
    Fields::new()
        .text("startTime", &m.start_time)
        .text("endTime", &m.end_time)
        .text("organizerEmail", &m.organizer_email)
        .invitees(&m.invitees)
        .or_default("invitees", Value::Array(Vec::new()))
        .text("externalId", &m.external_id)
        .text("title", &m.title)
}

/// Runs `gong meetings ...`.
pub async fn run(ctx: &Ctx<'_>, cmd: &MeetingsCmd) -> Result<(), Failure> {
    match cmd {
        MeetingsCmd::Create(a) => {
            let input: Meeting = meeting_fields(&a.meeting).build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.create_meeting(input).await?)
        }
        MeetingsCmd::Update(a) => {
            let input: UpdateMeeting = meeting_fields(&a.meeting)
                .text("meetingId", &a.meeting_id)
                .build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.update_meeting(input).await?)
        }
        MeetingsCmd::Delete(a) => {
            let input: DeleteMeeting = Fields::new()
                .text("meetingId", &a.meeting_id)
                .text("organizerEmail", &a.organizer_email)
                .build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.delete_meeting(input).await?)
        }
    }
}
