//! `gong logs get`: audit logs, streamed.

use clap::{Args, Subcommand};
use gong_client::actions::Logs;
use gong_client::api::operations;

use crate::context::{Ctx, LimitArg, print_items};
use crate::failure::Failure;
use crate::input::{Fields, InputArg};

/// `gong logs ...`
#[derive(Debug, Subcommand)]
pub enum LogsCmd {
    /// Log entries of a type in a time range, every page (Get Logs Data by Type and Time Range).
    #[command(name = crate::leaf(&operations::LIST_LOGS), alias = "get")]
    Get(LogsArgs),
}

/// `gong logs get`
#[derive(Debug, Args)]
pub struct LogsArgs {
    /// AccessLog, UserActivityLog, UserCallPlay, ExternallySharedCallAccess or ExternallySharedCallPlay.
    #[arg(long, value_name = "TYPE")]
    pub log_type: Option<String>,
    /// From this date-time (ISO-8601 with offset).
    #[arg(long, value_name = "DATETIME")]
    pub from_date_time: Option<String>,
    /// Until this date-time (default: the latest log).
    #[arg(long, value_name = "DATETIME")]
    pub to_date_time: Option<String>,
    /// Resume from a cursor.
    #[arg(long)]
    pub cursor: Option<String>,
    #[command(flatten)]
    pub limit: LimitArg,
    #[command(flatten)]
    pub input: InputArg,
}

/// Runs `gong logs ...`.
pub async fn run(ctx: &Ctx<'_>, cmd: &LogsCmd) -> Result<(), Failure> {
    match cmd {
        LogsCmd::Get(a) => get(ctx, a).await,
    }
}

async fn get(ctx: &Ctx<'_>, a: &LogsArgs) -> Result<(), Failure> {
    let input: Logs = Fields::new()
        .text("logType", &a.log_type)
        .text("fromDateTime", &a.from_date_time)
        .text("toDateTime", &a.to_date_time)
        .text("cursor", &a.cursor)
        .build(&a.input)?;
    let client = ctx.client()?;
    print_items(ctx, "log entries", &a.limit, client.get_logs(input)).await
}
