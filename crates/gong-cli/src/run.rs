//! One function per command: build the action's input, call the facade,
//! print the result.

use std::io::{BufRead, IsTerminal, Write};

use futures::{Stream, StreamExt};
use gong_client::actions::{
    self, AddCallMedia, CallTranscripts, CustomActionEvent, CustomSharedEvent, CustomViewedEvent, DeleteMeeting,
    EmailAddress, FolderCalls, GetCall, GetUser, LibraryFolders, ListCalls, ListUsers, ListWorkspaces, Logs, Meeting,
    NewCall, PhoneNumber, RawRequestInput, UpdateMeeting,
};
use gong_client::paging::Page;
use gong_client::raw::RawResponseBody;
use gong_client::{Client, validate};
use serde::Serialize;
use serde_json::{Value, json};

use crate::cli::*;
use crate::config::{self, Tuning};
use crate::failure::Failure;
use crate::input::{Fields, capitalized, party};
use crate::login;
use crate::output::{Output, write_bytes, write_out};
use crate::progress::Progress;
use crate::sandbox::{self, Local};
use crate::{tour, webhook};

/// What every command needs.
struct Ctx<'a> {
    global: &'a Global,
    out: Output,
    progress: Progress,
    /// The embedded Gong of `--sandbox`, started for this command.
    local: Option<Local>,
}

impl Ctx<'_> {
    fn client(&self) -> Result<Client, Failure> {
        self.client_with(false)
    }

    fn client_with(&self, no_timeout: bool) -> Result<Client, Failure> {
        let tuning = Tuning {
            retries: self.global.retries,
            no_timeout,
            insecure_http: self.global.insecure_http,
        };
        match &self.local {
            Some(local) => local.client(tuning),
            None => config::resolve(self.global)?.client(tuning),
        }
    }
}

/// Whether the command talks to Gong through the configured connection
/// (and so to the embedded Gong under `--sandbox`).
fn uses_connection(command: &Command) -> bool {
    !matches!(
        command,
        Command::Schema(_) | Command::Webhook(_) | Command::Sandbox(_) | Command::Tour(_) | Command::Auth(_)
    )
}

/// Runs the command.
pub async fn run(cli: Cli) -> Result<(), Failure> {
    if cli.global.sandbox && matches!(cli.command, Command::Auth(_)) {
        return Err(Failure::Usage(
            "`gong auth` manages the connection to your tenant; the embedded Gong needs none \
             (its OAuth app is in `gong sandbox serve`'s output)"
                .into(),
        ));
    }
    let local = if cli.global.sandbox && uses_connection(&cli.command) {
        Some(Local::start(&cli.global).await?)
    } else {
        None
    };
    let ctx = Ctx {
        global: &cli.global,
        out: Output::new(cli.global.output),
        progress: Progress::new(cli.global.no_progress),
        local,
    };
    match &cli.command {
        Command::Calls(c) => calls(&ctx, c).await,
        Command::Transcripts(TranscriptsCmd::Get(a)) => transcripts(&ctx, a).await,
        Command::Media(MediaCmd::Add(a)) => media_add(&ctx, a).await,
        Command::Users(c) => users(&ctx, c).await,
        Command::Workspaces(WorkspacesCmd::List(a)) => {
            let _: ListWorkspaces = Fields::new().build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.list_workspaces().await?)
        }
        Command::Library(c) => library(&ctx, c).await,
        Command::Meetings(c) => meetings(&ctx, c).await,
        Command::Events(c) => events(&ctx, c).await,
        Command::Privacy(c) => privacy(&ctx, c).await,
        Command::Logs(LogsCmd::Get(a)) => logs(&ctx, a).await,
        Command::Raw(a) => raw(&ctx, a).await,
        Command::Auth(AuthCmd::Login(a)) => login::login(a, ctx.global, &ctx.out).await,
        Command::Auth(AuthCmd::Status(_)) => login::status(ctx.global, &ctx.out).await,
        Command::Schema(a) => schema(&ctx, a),
        Command::Webhook(WebhookCmd::Listen(a)) => webhook::listen(a).await,
        Command::Webhook(WebhookCmd::Replay(a)) => webhook::replay(a).await,
        Command::Webhook(WebhookCmd::Sign(a)) => webhook::sign(a),
        Command::Webhook(WebhookCmd::Keygen(a)) => webhook::keygen(a, &ctx.out).await,
        Command::Sandbox(SandboxCmd::Serve(a)) => sandbox::serve(a, &ctx.out).await,
        Command::Sandbox(SandboxCmd::Info(a)) => sandbox::info(a, &ctx.out).await,
        Command::Tour(a) => tour::tour(ctx.global, ctx.progress, a).await,
    }
}

// ------------------------------------------------------------------ lists

/// Prints a stream of pages item by item, with a counter on stderr.
async fn print_pages<T: Serialize>(
    ctx: &Ctx<'_>,
    what: &str,
    pages: impl Stream<Item = gong_client::Result<Page<T>>>,
) -> Result<(), Failure> {
    let bar = ctx.progress.listing(what);
    let mut writer = ctx.out.list();
    let mut pages = std::pin::pin!(pages);
    while let Some(page) = pages.next().await {
        match page {
            Ok(page) => {
                if let Some(total) = page.total_records.and_then(|t| u64::try_from(t).ok()) {
                    bar.set_length(total);
                }
                for item in &page.items {
                    if writer.collects() {
                        writer.push(item)?;
                    } else {
                        bar.suspend(|| writer.push(item))?;
                    }
                    bar.inc(1);
                }
            }
            Err(e) => {
                bar.finish_and_clear();
                writer.abort()?;
                return Err(e.into());
            }
        }
    }
    bar.finish_and_clear();
    writer.finish()
}

/// Prints a stream of items (a listing without a page view).
async fn print_items<T: Serialize>(
    ctx: &Ctx<'_>,
    what: &str,
    items: impl Stream<Item = gong_client::Result<T>>,
) -> Result<(), Failure> {
    let pages = items.map(|r| {
        r.map(|item| Page {
            items: vec![item],
            total_records: None,
            page_number: None,
            next_cursor: None,
        })
    });
    print_pages(ctx, what, pages).await
}

// ------------------------------------------------------------------ calls

async fn calls(ctx: &Ctx<'_>, cmd: &CallsCmd) -> Result<(), Failure> {
    match cmd {
        CallsCmd::List(a) => {
            let input: ListCalls = Fields::new()
                .text("fromDateTime", &a.from_date_time)
                .text("toDateTime", &a.to_date_time)
                .text("workspaceId", &a.workspace_id)
                .text("cursor", &a.cursor)
                .build(&a.input)?;
            input.validate()?;
            let client = ctx.client()?;
            print_pages(ctx, "calls", client.list_calls_pages(input)).await
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
            input.validate()?;
            let client = ctx.client()?;
            ctx.out.print(&client.create_call(input).await?)
        }
    }
}

async fn transcripts(ctx: &Ctx<'_>, a: &TranscriptsArgs) -> Result<(), Failure> {
    let input: CallTranscripts = Fields::new()
        .texts("callIds", &a.call_ids)
        .text("fromDateTime", &a.from_date_time)
        .text("toDateTime", &a.to_date_time)
        .text("workspaceId", &a.workspace_id)
        .text("cursor", &a.cursor)
        .build(&a.input)?;
    input.validate()?;
    let client = ctx.client()?;
    print_pages(ctx, "transcripts", client.call_transcripts_pages(input)).await
}

async fn media_add(ctx: &Ctx<'_>, a: &MediaAddArgs) -> Result<(), Failure> {
    let file = a.file.as_ref().map(|p| p.to_string_lossy().into_owned());
    let input: AddCallMedia = Fields::new()
        .text("callId", &a.call_id)
        .text("file", &file)
        .text("fileName", &a.file_name)
        .build(&a.input)?;
    input.validate()?;
    if !input.file.is_file() {
        return Err(Failure::Usage(format!(
            "file: {} is not a readable file",
            input.file.display()
        )));
    }
    let media = input.media_file().await?;
    let shown = input
        .file_name
        .clone()
        .or_else(|| input.file.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let bar = ctx.progress.upload(media.len(), &shown);
    let on = bar.clone();
    let media = media.on_progress(move |sent, total| {
        on.set_length(total);
        on.set_position(sent);
    });
    let client = ctx.client_with(true)?;
    let answer = client.add_call_media(&input.call_id, media).await;
    bar.finish_and_clear();
    ctx.out.print(&answer?)
}

// ------------------------------------------------------------------ users

async fn users(ctx: &Ctx<'_>, cmd: &UsersCmd) -> Result<(), Failure> {
    match cmd {
        UsersCmd::List(a) => {
            let input: ListUsers = Fields::new()
                .boolean("includeAvatars", a.include_avatars)
                .text("cursor", &a.cursor)
                .build(&a.input)?;
            let client = ctx.client()?;
            print_pages(ctx, "users", client.list_users_pages(input)).await
        }
        UsersCmd::Get(a) => {
            let input: GetUser = Fields::new().text("userId", &a.user_id).build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.get_user(input).await?)
        }
    }
}

// ---------------------------------------------------------------- library

async fn library(ctx: &Ctx<'_>, cmd: &LibraryCmd) -> Result<(), Failure> {
    match cmd {
        LibraryCmd::Folders(a) => {
            let input: LibraryFolders = Fields::new().text("workspaceId", &a.workspace_id).build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.list_library_folders(input).await?)
        }
        LibraryCmd::FolderCalls(a) => {
            let input: FolderCalls = Fields::new().text("folderId", &a.folder_id).build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.list_folder_calls(input).await?)
        }
    }
}

// --------------------------------------------------------------- meetings

fn meeting_fields(m: &MeetingFields) -> Fields {
    Fields::new()
        .text("startTime", &m.start_time)
        .text("endTime", &m.end_time)
        .text("organizerEmail", &m.organizer_email)
        .texts("invitees", &m.invitees)
        .text("externalId", &m.external_id)
        .text("title", &m.title)
}

async fn meetings(ctx: &Ctx<'_>, cmd: &MeetingsCmd) -> Result<(), Failure> {
    match cmd {
        MeetingsCmd::Create(a) => {
            let input: Meeting = meeting_fields(&a.meeting).build(&a.input)?;
            input.validate()?;
            let client = ctx.client()?;
            ctx.out.print(&client.create_meeting(input).await?)
        }
        MeetingsCmd::Update(a) => {
            let input: UpdateMeeting = meeting_fields(&a.meeting)
                .text("meetingId", &a.meeting_id)
                .build(&a.input)?;
            input.meeting.validate()?;
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

// ----------------------------------------------------------------- events

fn event_fields(e: &EventFields) -> Result<Fields, Failure> {
    let fields = Fields::new()
        .text("reportingSystem", &e.reporting_system)
        .text("eventTimestamp", &e.event_timestamp)
        .text("eventId", &e.event_id)
        .text("contentId", &e.content_id)
        .text("contentUrl", &e.content_url)
        .text("contentTitle", &e.content_title)
        .text("actionName", &e.action_name)
        .json("crmContext", &e.crm_context)?
        .json("contentProperties", &e.content_properties)?
        .json("eventProperties", &e.event_properties)?
        .text("userAgent", &e.user_agent)
        .text("mobileAppId", &e.mobile_app_id)
        .text("agentPlatform", &e.agent_platform)
        .text("workspaceId", &e.workspace_id)
        .json("nonCompanyParticipants", &e.non_company_participants)?
        .text("moreInfoUrl", &e.more_info_url)
        .text("shareId", &e.share_id)
        .json("sharer", &e.sharer)?
        .text("sharingMessageSubject", &e.sharing_message_subject)
        .text("sharingMessageBody", &e.sharing_message_body);
    Ok(fields)
}

async fn events(ctx: &Ctx<'_>, cmd: &EventsCmd) -> Result<(), Failure> {
    match cmd {
        EventsCmd::Action(a) => {
            let input: CustomActionEvent = event_fields(&a.common)?
                .text("eventInfoUrl", &a.event_info_url)
                .json("actor", &a.actor)?
                .build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.custom_action_event(input).await?)
        }
        EventsCmd::Shared(a) => {
            let input: CustomSharedEvent = event_fields(&a.common)?
                .text("shareInfoUrl", &a.share_info_url)
                .json("recipients", &a.recipients)?
                .build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.custom_shared_event(input).await?)
        }
        EventsCmd::Viewed(a) => {
            let input: CustomViewedEvent = event_fields(&a.common)?
                .text("viewActionTitle", &a.view_action_title)
                .text("viewInfoUrl", &a.view_info_url)
                .json("viewer", &a.viewer)?
                .build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.custom_viewed_event(input).await?)
        }
    }
}

// ---------------------------------------------------------------- privacy

async fn privacy(ctx: &Ctx<'_>, cmd: &PrivacyCmd) -> Result<(), Failure> {
    match cmd {
        PrivacyCmd::ReferencesEmail(a) => {
            let input: EmailAddress = Fields::new().text("emailAddress", &a.email_address).build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.email_address_references(input).await?)
        }
        PrivacyCmd::ReferencesPhone(a) => {
            let input: PhoneNumber = Fields::new().text("phoneNumber", &a.phone_number).build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.phone_number_references(input).await?)
        }
        PrivacyCmd::EraseEmail(a) => {
            let input: EmailAddress = Fields::new()
                .text("emailAddress", &a.target.email_address)
                .build(&a.target.input)?;
            validate::email("emailAddress", &input.email_address)?;
            let client = ctx.client()?;
            confirm(
                &a.confirm,
                &a.target.input,
                &format!(
                    "This erases from Gong every call and email message that references {}. It cannot be undone.",
                    input.email_address
                ),
            )?;
            ctx.out.print(&client.erase_email_address(input).await?)
        }
        PrivacyCmd::ErasePhone(a) => {
            let input: PhoneNumber = Fields::new()
                .text("phoneNumber", &a.target.phone_number)
                .build(&a.target.input)?;
            validate::phone("phoneNumber", &input.phone_number)?;
            let client = ctx.client()?;
            confirm(
                &a.confirm,
                &a.target.input,
                &format!(
                    "This erases from Gong every lead and contact with the phone number {}. It cannot be undone.",
                    input.phone_number
                ),
            )?;
            ctx.out.print(&client.erase_phone_number(input).await?)
        }
    }
}

/// Asks before erasing. `--yes` skips the question. Otherwise the answer is
/// read from stdin when it is a terminal, or when `--confirm-from-stdin` says
/// a script pipes it; with neither, the command refuses (usage error) rather
/// than erase unasked. Only `y` or `yes` goes ahead.
fn confirm(c: &Confirm, input: &InputArg, warning: &str) -> Result<(), Failure> {
    if c.yes {
        return Ok(());
    }
    let stdin = std::io::stdin();
    if !(stdin.is_terminal() || c.confirm_from_stdin) {
        return Err(Failure::Usage(
            "refusing to erase without confirmation: stdin is not a terminal; pass --yes \
             (or --confirm-from-stdin and pipe the answer)"
                .into(),
        ));
    }
    if input.input.as_deref() == Some("-") {
        return Err(Failure::Usage(
            "stdin carries --input, so it cannot carry the confirmation too; pass --yes".into(),
        ));
    }
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{warning}\nErase? Type y or yes to go ahead: ");
    let _ = err.flush();
    drop(err);
    let mut answer = String::new();
    stdin
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Failure::Usage(format!("reading the confirmation: {e}")))?;
    match answer.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Ok(()),
        _ => Err(Failure::Cancelled("nothing was erased".into())),
    }
}

// ------------------------------------------------------------------- logs

async fn logs(ctx: &Ctx<'_>, a: &LogsArgs) -> Result<(), Failure> {
    let input: Logs = Fields::new()
        .text("logType", &a.log_type)
        .text("fromDateTime", &a.from_date_time)
        .text("toDateTime", &a.to_date_time)
        .text("cursor", &a.cursor)
        .build(&a.input)?;
    input.validate()?;
    let client = ctx.client()?;
    print_items(ctx, "log entries", client.logs(input)).await
}

// -------------------------------------------------------------------- raw

async fn raw(ctx: &Ctx<'_>, a: &RawArgs) -> Result<(), Failure> {
    let (method, url) = match (&a.method, &a.url) {
        (Some(m), Some(u)) => (Some(m.clone()), Some(u.clone())),
        // One word: a URL (then GET, or the --input's method) or a method (URL from --input).
        (Some(one), None) if one.starts_with('/') || one.contains("://") => (None, Some(one.clone())),
        (Some(one), None) => (Some(one.clone()), None),
        _ => (None, None),
    };
    if url.is_none() && a.input.input.is_none() {
        return Err(Failure::Usage(
            "give the URL: gong raw [METHOD] URL (or a `url` in --input)".into(),
        ));
    }
    let input: RawRequestInput = Fields::new()
        .text("method", &method)
        .text("url", &url)
        .pairs("queryParameter", "query", &a.query)?
        .pairs("header", "header", &a.header)?
        .json("data", &a.data)?
        .pairs("formData", "form", &a.form)?
        .pairs("fileData", "file", &a.file)?
        .pairs("fileDataFileNames", "file-name", &a.file_name)?
        .text("responseType", &a.response_type.as_deref().map(str::to_ascii_lowercase))
        .integer("timeout", a.timeout_ms)
        .switch("debugRequest", a.debug)
        .integer("maxRetryCount", a.max_retries.map(u64::from))
        .integer("retryDelayMs", a.retry_delay_ms)
        .switch("useExponentialBackoff", a.backoff)
        .switch("retryOnAllErrors", a.retry_on_all_errors)
        .build(&a.input)?;
    for path in input.file_data.values() {
        if !path.is_file() {
            return Err(Failure::Usage(format!(
                "fileData: {} is not a readable file",
                path.display()
            )));
        }
    }
    if input.debug_request {
        init_debug_log();
    }
    let request = input.into_request().await?;
    let client = ctx.client()?;
    let response = client.raw(request).await?;
    let bytes: Option<Vec<u8>> = match &response.body {
        RawResponseBody::Json(_) => None,
        RawResponseBody::Text(t) => Some(t.clone().into_bytes()),
        RawResponseBody::Binary(b) => Some(b.to_vec()),
    };
    if let Some(path) = &a.out {
        let data = match &response.body {
            RawResponseBody::Json(v) => serde_json::to_vec_pretty(v).unwrap_or_default(),
            _ => bytes.unwrap_or_default(),
        };
        std::fs::write(path, data).map_err(|e| Failure::Network(format!("writing {}: {e}", path.display())))?;
        return ctx.out.print(&json!({ "status": response.status, "written": path, }));
    }
    match response.body {
        RawResponseBody::Json(v) => ctx.out.print(&v),
        RawResponseBody::Text(t) => write_out(t.trim_end_matches('\n')),
        RawResponseBody::Binary(b) => {
            if ctx.out.is_terminal() {
                return Err(Failure::Usage(
                    "the answer is binary: write it with --out FILE or redirect stdout".into(),
                ));
            }
            write_bytes(&b)
        }
    }
}

/// Shows the library's request log (credentials redacted) on stderr.
fn init_debug_log() {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let _ = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .without_time(),
        )
        .with(tracing_subscriber::filter::Targets::new().with_target("gong_client", tracing::Level::DEBUG))
        .try_init();
}

// ----------------------------------------------------------------- schema

/// The CLI command of each action.
const COMMANDS: &[(&str, &str)] = &[
    ("add-call-media", "gong media add"),
    ("create-call", "gong calls create"),
    ("create-meeting", "gong meetings create"),
    ("update-meeting", "gong meetings update"),
    ("delete-meeting", "gong meetings delete"),
    ("custom-action-event", "gong events action"),
    ("custom-shared-event", "gong events shared"),
    ("custom-viewed-event", "gong events viewed"),
    ("erase-email-address", "gong privacy erase-email"),
    ("erase-phone-number", "gong privacy erase-phone"),
    ("get-call", "gong calls get"),
    ("get-call-transcripts", "gong transcripts get"),
    ("get-logs", "gong logs get"),
    ("get-user", "gong users get"),
    ("list-calls", "gong calls list"),
    ("list-folder-calls", "gong library folder-calls"),
    ("list-library-folders", "gong library folders"),
    ("list-email-address-references", "gong privacy references-email"),
    ("list-phone-number-references", "gong privacy references-phone"),
    ("list-users", "gong users list"),
    ("list-workspaces", "gong workspaces list"),
    ("raw-request", "gong raw"),
];

fn command_of(action: &str) -> Option<&'static str> {
    COMMANDS.iter().find(|(a, _)| *a == action).map(|(_, c)| *c)
}

fn schema(ctx: &Ctx<'_>, a: &SchemaArgs) -> Result<(), Failure> {
    match a.action.as_deref() {
        None => {
            let list: Vec<Value> = actions::ACTIONS
                .iter()
                .map(|info| {
                    json!({
                        "action": info.name,
                        "title": info.title,
                        "command": command_of(info.name),
                        "operation": info.operation,
                    })
                })
                .collect();
            ctx.out.print(&list)
        }
        Some(name) => {
            let name = name.trim();
            let info = actions::action(name).or_else(|| {
                // Also accept the command's words: `calls-create`, `calls create`.
                let wanted = name.replace(['-', ' '], "");
                COMMANDS
                    .iter()
                    .find(|(_, c)| c.trim_start_matches("gong ").replace(['-', ' '], "") == wanted)
                    .and_then(|(a, _)| actions::action(a))
            });
            let Some(info) = info else {
                let names: Vec<&str> = actions::ACTIONS.iter().map(|a| a.name).collect();
                return Err(Failure::Usage(format!(
                    "unknown action {name:?}; one of: {}",
                    names.join(", ")
                )));
            };
            let value =
                serde_json::to_value(info.schema()).map_err(|e| Failure::Other(format!("encoding the schema: {e}")))?;
            ctx.out.print_json(&value)
        }
    }
}
