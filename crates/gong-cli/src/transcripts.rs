//! `gong transcripts get`.

use clap::{Args, Subcommand};
use gong_client::actions::CallTranscripts;
use gong_client::api::operations;

use crate::context::{Ctx, LimitArg, print_pages};
use crate::failure::Failure;
use crate::input::{Fields, InputArg};

/// `gong transcripts ...`
#[derive(Debug, Subcommand)]
pub enum TranscriptsCmd {
    /// Transcripts of calls, streamed (Get Call Transcript).
    #[command(name = crate::leaf(&operations::GET_CALL_TRANSCRIPTS), alias = "get")]
    Get(TranscriptsArgs),
}

/// `gong transcripts get`
#[derive(Debug, Args)]
pub struct TranscriptsArgs {
    /// These calls only (repeat, or separate with commas); not with --workspace-id.
    #[arg(long = "call-id", alias = "call-ids", value_delimiter = ',', value_name = "ID")]
    pub call_ids: Vec<String>,
    /// Calls that started at or after this date-time.
    #[arg(long, value_name = "DATETIME")]
    pub from_date_time: Option<String>,
    /// Calls that started before this date-time.
    #[arg(long, value_name = "DATETIME")]
    pub to_date_time: Option<String>,
    /// Only calls of this workspace.
    #[arg(long, value_name = "ID")]
    pub workspace_id: Option<String>,
    /// Resume from a cursor.
    #[arg(long)]
    pub cursor: Option<String>,
    #[command(flatten)]
    pub limit: LimitArg,
    #[command(flatten)]
    pub input: InputArg,
}

/// Runs `gong transcripts ...`.
pub async fn run(ctx: &Ctx<'_>, cmd: &TranscriptsCmd) -> Result<(), Failure> {
    match cmd {
        TranscriptsCmd::Get(a) => get(ctx, a).await,
    }
}

async fn get(ctx: &Ctx<'_>, a: &TranscriptsArgs) -> Result<(), Failure> {
    let input: CallTranscripts = Fields::new()
        .texts("callIds", &a.call_ids)
        .text("fromDateTime", &a.from_date_time)
        .text("toDateTime", &a.to_date_time)
        .text("workspaceId", &a.workspace_id)
        .text("cursor", &a.cursor)
        .build(&a.input)?;
    let client = ctx.client()?;
    print_pages(ctx, "transcripts", &a.limit, client.get_call_transcripts_pages(input)).await
}
