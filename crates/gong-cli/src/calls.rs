//! `gong calls list|get|create|export`.

use clap::{Args, Subcommand};
use gong_client::GongId;
use gong_client::actions::{GetCall, ListCalls, NewCall};
use gong_client::api::operations;
use gong_client::export::{CallsExport, Content, ContextLevel, Section};
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
    /// Export calls with their content as JSON Lines, every section by default
    /// (POST /v2/calls/extensive). Resumable: on Ctrl-C or an error it prints the
    /// cursor to continue from with --cursor.
    Export(ExportArgs),
}

/// `gong calls export`
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Calls that started at or after this ISO-8601 date-time (with offset).
    #[arg(long, value_name = "DATETIME")]
    pub since: Option<String>,
    /// Calls that started before this ISO-8601 date-time (with offset).
    #[arg(long, value_name = "DATETIME")]
    pub until: Option<String>,
    /// Only calls of this workspace.
    #[arg(long, value_name = "ID")]
    pub workspace_id: Option<String>,
    /// Only this call; repeat for each.
    #[arg(long = "call-id", value_name = "ID")]
    pub call_ids: Vec<String>,
    /// Only calls hosted by this user; repeat for each.
    #[arg(long = "primary-user", value_name = "ID")]
    pub primary_users: Vec<String>,
    /// Only these content sections (repeat, or separate with commas); every
    /// section by default. One of: parties, media, structure, topics, trackers,
    /// tracker-occurrences, points-of-interest, brief, outline, highlights,
    /// call-outcome, key-points, speakers, video, person-interaction-stats,
    /// questions, public-comments.
    #[arg(long = "section", value_name = "NAME", value_delimiter = ',')]
    pub sections: Vec<String>,
    /// CRM context with each call: none, basic (object ids) or extended (with fields).
    #[arg(long, value_name = "LEVEL", default_value = "extended")]
    pub context: String,
    /// Write the JSON Lines to FILE instead of stdout: replaced by a new export,
    /// appended to when resuming with --cursor. Each page of calls is written whole.
    #[arg(long, value_name = "FILE")]
    pub out: Option<std::path::PathBuf>,
    /// Resume an export from the cursor it printed when it stopped (same filters
    /// and sections; Gong's cursors expire after about an hour).
    #[arg(long)]
    pub cursor: Option<String>,
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
        CallsCmd::Export(a) => export(ctx, a).await,
    }
}

/// The export the flags describe, checked.
fn export_of(a: &ExportArgs) -> Result<CallsExport, Failure> {
    let id = |flag: &str, v: &str| GongId::new(v.trim()).map_err(|e| Failure::Usage(format!("{flag}: {e}")));
    let mut export = CallsExport::new();
    if let Some(v) = &a.since {
        export = export.since(v.trim());
    }
    if let Some(v) = &a.until {
        export = export.until(v.trim());
    }
    if let Some(v) = &a.workspace_id {
        export = export.workspace(id("--workspace-id", v)?);
    }
    let calls = a
        .call_ids
        .iter()
        .map(|v| id("--call-id", v))
        .collect::<Result<Vec<_>, _>>()?;
    let users = a
        .primary_users
        .iter()
        .map(|v| id("--primary-user", v))
        .collect::<Result<Vec<_>, _>>()?;
    let mut content = if a.sections.is_empty() {
        Content::everything()
    } else {
        let mut c = Content::none();
        for name in a.sections.iter().filter(|n| !n.trim().is_empty()) {
            let section: Section = name
                .parse()
                .map_err(|e: gong_client::Error| Failure::Usage(format!("--section: {}", rule_of(&e))))?;
            c = c.with(section);
        }
        c
    };
    content = content.context(match a.context.trim().to_ascii_lowercase().as_str() {
        "none" => ContextLevel::None,
        "basic" => ContextLevel::Basic,
        "extended" => ContextLevel::Extended,
        _ => {
            return Err(Failure::Usage(format!(
                "--context must be none, basic or extended; got {:?}",
                a.context
            )));
        }
    });
    export = export.call_ids(calls).primary_users(users).content(content);
    if let Some(c) = &a.cursor {
        export = export.cursor(c.trim());
    }
    export.validate().map_err(|e| match &e {
        gong_client::Error::InvalidInput { field, .. } => Failure::Usage(format!("--{field}: {}", rule_of(&e))),
        _ => Failure::from(e),
    })?;
    Ok(export)
}

fn rule_of(e: &gong_client::Error) -> String {
    match e {
        gong_client::Error::InvalidInput { rule, .. } => crate::failure::one_line(rule),
        other => crate::failure::one_line(&other.to_string()),
    }
}

/// Where the JSON Lines go: stdout, or a file written page by page.
enum Sink {
    Stdout,
    File {
        file: std::fs::File,
        path: std::path::PathBuf,
    },
}

impl Sink {
    /// A new export replaces `path`; a resumed one appends to it, first
    /// cutting a half-written last line (left by a crash) so that every line
    /// is a whole record.
    fn open(path: Option<&std::path::Path>, resuming: bool) -> Result<Sink, Failure> {
        use std::io::{Read, Seek, SeekFrom};
        let Some(path) = path else {
            return Ok(Sink::Stdout);
        };
        let failed = |e: std::io::Error| Failure::Network(format!("opening {}: {e}", path.display()));
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(!resuming)
            .open(path)
            .map_err(failed)?;
        if resuming {
            let len = file.metadata().map_err(failed)?.len();
            // Find the end of the last whole line, reading backwards in blocks.
            let mut keep = len;
            let mut block = vec![0u8; 64 * 1024];
            while keep > 0 {
                let start = keep.saturating_sub(block.len() as u64);
                let n = (keep - start) as usize;
                file.seek(SeekFrom::Start(start)).map_err(failed)?;
                file.read_exact(&mut block[..n]).map_err(failed)?;
                match block[..n].iter().rposition(|b| *b == b'\n') {
                    Some(i) => {
                        keep = start + i as u64 + 1;
                        break;
                    }
                    None => keep = start,
                }
            }
            if keep < len {
                file.set_len(keep).map_err(failed)?;
                eprintln!(
                    "note: removed a half-written last line ({} bytes) from {}",
                    len - keep,
                    crate::terminal::sanitize(&path.display().to_string())
                );
            }
            file.seek(SeekFrom::End(0)).map_err(failed)?;
        }
        Ok(Sink::File {
            file,
            path: path.to_owned(),
        })
    }

    /// Writes one page of lines whole: a file that fails part-way is cut
    /// back to where the page began.
    fn write_page(&mut self, bytes: &[u8]) -> Result<(), Failure> {
        use std::io::Write;
        match self {
            Sink::Stdout => crate::output::write_bytes(bytes),
            Sink::File { file, path } => {
                let failed = |e: std::io::Error| Failure::Network(format!("writing {}: {e}", path.display()));
                let before = file.metadata().map_err(failed)?.len();
                let written = file.write_all(bytes).and_then(|_| file.sync_data());
                if let Err(e) = written {
                    let _ = file.set_len(before);
                    return Err(failed(e));
                }
                Ok(())
            }
        }
    }
}

/// Why an export stopped early.
enum Stop {
    Interrupted,
    Failed(Failure),
}

/// `gong calls export`: pages of calls as JSON Lines, each page written whole;
/// Ctrl-C is taken between pages.
async fn export(ctx: &Ctx<'_>, a: &ExportArgs) -> Result<(), Failure> {
    use futures::StreamExt;
    use std::io::Write;
    let export = export_of(a)?;
    let client = ctx.client()?;
    let mut sink = Sink::open(a.out.as_deref(), a.cursor.is_some())?;
    let bar = ctx.progress.listing("calls exported");
    // The cursor of the next page to fetch: where a stopped export resumes.
    let mut resume = export.start_cursor().map(str::to_owned);
    let mut written: u64 = 0;
    // Whether Gong refused the cursor as expired: then it is not offered again.
    let mut cursor_expired = false;
    let mut pages = std::pin::pin!(client.export_calls_pages(export));
    let mut interrupt = std::pin::pin!(tokio::signal::ctrl_c());
    let stop = loop {
        let next = tokio::select! {
            biased;
            _ = &mut interrupt => break Stop::Interrupted,
            next = pages.next() => next,
        };
        let page = match next {
            None => {
                bar.finish_and_clear();
                return Ok(());
            }
            Some(Ok(page)) => page,
            Some(Err(e)) => {
                if matches!(
                    e,
                    gong_client::Error::Paging(gong_client::PagingError::CursorExpired { .. })
                ) {
                    // Resuming from it again would fail the same way.
                    cursor_expired = true;
                    resume = None;
                }
                break Stop::Failed(e.into());
            }
        };
        if written == 0
            && let Some(total) = page.total_records.and_then(|t| u64::try_from(t).ok())
        {
            bar.set_length(total);
        }
        let mut lines = Vec::with_capacity(page.items.len() * 2048);
        for call in &page.items {
            serde_json::to_writer(&mut lines, call).map_err(|e| Failure::Other(format!("encoding a call: {e}")))?;
            lines.write_all(b"\n").map_err(Failure::output)?;
        }
        if let Err(f) = bar.suspend(|| sink.write_page(&lines)) {
            break Stop::Failed(f);
        }
        written += page.items.len() as u64;
        bar.inc(page.items.len() as u64);
        resume = page.next_cursor;
        if resume.is_none() {
            // The last page: done, whatever the stream says next.
            bar.finish_and_clear();
            return Ok(());
        }
    };
    bar.finish_and_clear();
    if matches!(stop, Stop::Failed(Failure::BrokenPipe)) {
        return Err(Failure::BrokenPipe);
    }
    let why = match &stop {
        Stop::Interrupted => "interrupted".to_owned(),
        Stop::Failed(_) => "stopped by an error".to_owned(),
    };
    eprintln!("{why} after {written} calls");
    match resume.as_deref() {
        Some(c) if gong_client::export::check_cursor(c).is_ok() => {
            let target = match &a.out {
                Some(p) => format!(
                    " (appending to {})",
                    crate::terminal::sanitize(&p.display().to_string())
                ),
                None => String::new(),
            };
            eprintln!(
                "resume with the same command and --cursor {c}{target}; Gong's cursors expire after about an hour"
            );
            eprintln!("resume cursor: {c}");
        }
        Some(_) => eprintln!("Gong's cursor cannot be shown safely; start the export again"),
        None if cursor_expired => {
            let target = match &a.out {
                Some(p) => format!(
                    " (it rewrites {} from the first call)",
                    crate::terminal::sanitize(&p.display().to_string())
                ),
                None => String::new(),
            };
            eprintln!(
                "Gong no longer accepts the cursor (they expire after about an hour): start the export again, without --cursor{target}"
            );
        }
        None => eprintln!("nothing to resume from: run the same command again"),
    }
    match stop {
        Stop::Interrupted => Err(Failure::Cancelled(format!("export interrupted after {written} calls"))),
        Stop::Failed(f) => Err(f),
    }
}
