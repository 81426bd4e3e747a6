//! The command line: global options and one subcommand per connector action.
//!
//! Every action flag is optional here: a field may also come from `--input`
//! (the action's JSON input, same shape as `gong schema <action>`), and the
//! library's input type decides what is required once both are merged.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Command-line client for the Gong API.
///
/// Connection settings come from flags, then the environment (GONG_BASE_URL,
/// GONG_ACCESS_KEY, GONG_ACCESS_KEY_SECRET), then the profile file
/// ($GONG_CONFIG or ~/.config/gong/profiles.json; TOML when it ends in .toml).
///
/// Exit codes: 0 ok, 1 cancelled, 2 usage or invalid input, 3 authentication,
/// 4 Gong API error, 5 network or local I/O.
#[derive(Debug, Parser)]
#[command(name = "gong", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// Options every command accepts.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command accepts.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// API base URL (your tenant's, shown next to the API keys in Gong).
    #[arg(
        long,
        global = true,
        env = "GONG_BASE_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub base_url: Option<String>,
    /// API access key.
    #[arg(
        long,
        global = true,
        env = "GONG_ACCESS_KEY",
        hide_env_values = true,
        value_name = "KEY"
    )]
    pub access_key: Option<String>,
    /// API access key secret (prefer the environment variable: flags show up in process lists).
    #[arg(
        long,
        global = true,
        env = "GONG_ACCESS_KEY_SECRET",
        hide_env_values = true,
        value_name = "SECRET"
    )]
    pub access_key_secret: Option<String>,
    /// Profile to use from the profile file (default: its `default_profile`, else "default").
    #[arg(
        long,
        global = true,
        env = "GONG_PROFILE",
        hide_env_values = true,
        value_name = "NAME"
    )]
    pub profile: Option<String>,
    /// Profile file (JSON, or TOML when the name ends in .toml).
    #[arg(
        long,
        global = true,
        env = "GONG_CONFIG",
        hide_env_values = true,
        value_name = "FILE"
    )]
    pub config: Option<PathBuf>,
    /// Output format (default: table on a terminal; otherwise JSON, and JSON Lines for streamed lists).
    #[arg(
        long,
        short = 'o',
        global = true,
        value_enum,
        env = "GONG_OUTPUT",
        hide_env_values = true
    )]
    pub output: Option<Format>,
    /// Retries of failed requests (default 3; `raw` has its own --max-retries).
    #[arg(long, global = true, env = "GONG_RETRIES", hide_env_values = true, value_name = "N")]
    pub retries: Option<u32>,
    /// Where pacing (3 requests/s) and the daily budget (10,000) are kept: `file` (default:
    /// shared by every gong command and worker on this machine, in a file beside the profile
    /// file), `file:PATH`, `local` (this process only), or `redis://HOST[:PORT][/DB]` (shared
    /// by every machine; needs gong built with the `redis` feature).
    #[arg(
        long,
        global = true,
        env = "GONG_QUOTA",
        hide_env_values = true,
        value_name = "WHERE"
    )]
    pub quota: Option<String>,
    /// Never draw progress bars (they are drawn on stderr only when it is a terminal).
    #[arg(long, global = true)]
    pub no_progress: bool,
    /// Allow a plain http:// base URL on another machine: credentials then cross the network
    /// in clear. Without it such a URL is refused (loopback hosts are always allowed).
    #[arg(long, global = true)]
    pub insecure_http: bool,
    /// Run the command against an embedded Gong started for it (no credentials needed;
    /// configured ones are ignored). Needs a gong built with the `sandbox` feature.
    #[arg(long, global = true, help_heading = "Sandbox options")]
    pub sandbox: bool,
    /// Seed of the embedded Gong's data: the same seed gives the same ids every run.
    #[arg(
        long,
        global = true,
        default_value_t = 1,
        value_name = "N",
        help_heading = "Sandbox options"
    )]
    pub sandbox_seed: u64,
    /// Calls the embedded Gong starts with (100 a page; at most 100000).
    #[arg(
        long,
        global = true,
        default_value_t = 250,
        value_name = "N",
        value_parser = sandbox_calls,
        help_heading = "Sandbox options"
    )]
    pub sandbox_calls: usize,
    /// Requests per second the embedded Gong allows (429 past it; the client paces to it);
    /// default off.
    #[arg(long, global = true, value_name = "R|off", help_heading = "Sandbox options")]
    pub sandbox_rate_limit: Option<RateLimit>,
}

/// Most calls the embedded Gong can be asked to generate.
pub const MAX_SANDBOX_CALLS: usize = 100_000;

/// `--sandbox-calls`: 0 to [`MAX_SANDBOX_CALLS`].
fn sandbox_calls(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if n <= MAX_SANDBOX_CALLS => Ok(n),
        Ok(n) => Err(format!("at most {MAX_SANDBOX_CALLS} calls, got {n}")),
        Err(_) => Err(format!(
            "expected a whole number of calls from 0 to {MAX_SANDBOX_CALLS}"
        )),
    }
}

/// A request rate, or `off`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimit(pub Option<f64>);

impl std::str::FromStr for RateLimit {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("off") || text.eq_ignore_ascii_case("none") {
            return Ok(RateLimit(None));
        }
        match text.parse::<f64>() {
            Ok(r)
                if r.is_finite()
                    && (gong_client::MIN_RATE_PER_SECOND..=gong_client::MAX_RATE_PER_SECOND).contains(&r) =>
            {
                Ok(RateLimit(Some(r)))
            }
            Ok(r) if r.is_finite() && r > 0.0 => Err(format!(
                "expected requests per second from one a day ({:.6}) to {}, or `off`; got {}",
                gong_client::MIN_RATE_PER_SECOND,
                gong_client::MAX_RATE_PER_SECOND,
                crate::output::sanitize(text)
            )),
            _ => Err(format!(
                "expected a positive number of requests per second or `off`, got {:?}",
                crate::output::sanitize(text)
            )),
        }
    }
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON document (a list becomes a JSON array).
    Json,
    /// JSON Lines: one compact JSON value per line, as items arrive.
    Jsonl,
    /// A readable table.
    Table,
}

/// The command groups.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Calls: list, get, create.
    #[command(subcommand)]
    Calls(CallsCmd),
    /// Call transcripts.
    #[command(subcommand)]
    Transcripts(TranscriptsCmd),
    /// Call recordings.
    #[command(subcommand)]
    Media(MediaCmd),
    /// Users: list, get.
    #[command(subcommand)]
    Users(UsersCmd),
    /// Workspaces.
    #[command(subcommand)]
    Workspaces(WorkspacesCmd),
    /// The public call library.
    #[command(subcommand)]
    Library(LibraryCmd),
    /// Gong meetings: create, update, delete.
    #[command(subcommand)]
    Meetings(MeetingsCmd),
    /// Engagement events on Gong's activity timeline.
    #[command(subcommand)]
    Events(EventsCmd),
    /// Data privacy: find or erase what references an email address or phone number.
    #[command(subcommand)]
    Privacy(PrivacyCmd),
    /// Audit logs.
    #[command(subcommand)]
    Logs(LogsCmd),
    /// Any Gong endpoint, with the configured credentials ("Raw Request").
    Raw(Box<RawArgs>),
    /// OAuth login and connection status.
    #[command(subcommand)]
    Auth(AuthCmd),
    /// JSON Schema of an action's input; without an action, the list of actions.
    Schema(SchemaArgs),
    /// Automation-rule webhooks: receive and verify them, sign test deliveries, make test keys.
    #[command(subcommand)]
    Webhook(WebhookCmd),
    /// The embedded Gong: serve it standalone, or show what `--sandbox` runs against.
    #[command(subcommand)]
    Sandbox(SandboxCmd),
    /// A guided run with real results: calls across pages, transcripts, a new call with
    /// its media, and the automation-rule webhook it fires. Try `gong --sandbox tour`.
    Tour(TourArgs),
}

/// `--input`, accepted by every action.
#[derive(Debug, Args, Default)]
pub struct InputArg {
    /// The action's input as JSON (shape: `gong schema <action>`); `-` reads stdin. Flags override its fields.
    #[arg(long, value_name = "FILE|-")]
    pub input: Option<String>,
}

// ------------------------------------------------------------------ calls

/// `gong calls ...`
#[derive(Debug, Subcommand)]
pub enum CallsCmd {
    /// List calls by date range, every page (List Calls).
    List(ListCallsArgs),
    /// One call (Get Call).
    Get(GetCallArgs),
    /// Register a new call; upload its recording with `gong media add` (Create New Call).
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

// ------------------------------------------------------------ transcripts

/// `gong transcripts ...`
#[derive(Debug, Subcommand)]
pub enum TranscriptsCmd {
    /// Transcripts of calls, streamed (Get Call Transcript).
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
    pub input: InputArg,
}

// ------------------------------------------------------------------ media

/// `gong media ...`
#[derive(Debug, Subcommand)]
pub enum MediaCmd {
    /// Upload a call's recording, up to 1.5 GB (Add Call Media).
    Add(MediaAddArgs),
}

/// `gong media add`
#[derive(Debug, Args)]
pub struct MediaAddArgs {
    /// The call id returned by `gong calls create`.
    #[arg(long, value_name = "ID")]
    pub call_id: Option<String>,
    /// The recording.
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// File name sent to Gong (default: the file's own name).
    #[arg(long, value_name = "NAME")]
    pub file_name: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

// ------------------------------------------------------------------ users

/// `gong users ...`
#[derive(Debug, Subcommand)]
pub enum UsersCmd {
    /// Every user of the company, every page (List Users).
    List(ListUsersArgs),
    /// One user (Get User).
    Get(GetUserArgs),
}

/// `gong users list`
#[derive(Debug, Args)]
pub struct ListUsersArgs {
    /// Include avatars (synthetic users for Gong staff); default false.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub include_avatars: Option<bool>,
    /// Resume from a cursor.
    #[arg(long)]
    pub cursor: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

/// `gong users get`
#[derive(Debug, Args)]
pub struct GetUserArgs {
    /// Gong's id of the user (up to 20 digits).
    #[arg(long, value_name = "ID")]
    pub user_id: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

// ------------------------------------------------------------- workspaces

/// `gong workspaces ...`
#[derive(Debug, Subcommand)]
pub enum WorkspacesCmd {
    /// Every workspace (List Workspaces).
    List(WorkspacesArgs),
}

/// `gong workspaces list`
#[derive(Debug, Args)]
pub struct WorkspacesArgs {
    #[command(flatten)]
    pub input: InputArg,
}

// ---------------------------------------------------------------- library

/// `gong library ...`
#[derive(Debug, Subcommand)]
pub enum LibraryCmd {
    /// Public library folders (List Library Folders).
    Folders(LibraryFoldersArgs),
    /// Calls in a library folder (List Calls in Folder).
    FolderCalls(FolderCallsArgs),
}

/// `gong library folders`
#[derive(Debug, Args)]
pub struct LibraryFoldersArgs {
    /// Only folders of this workspace.
    #[arg(long, value_name = "ID")]
    pub workspace_id: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

/// `gong library folder-calls`
#[derive(Debug, Args)]
pub struct FolderCallsArgs {
    /// Gong's id of the library folder.
    #[arg(long, value_name = "ID")]
    pub folder_id: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

// --------------------------------------------------------------- meetings

/// `gong meetings ...`
#[derive(Debug, Subcommand)]
pub enum MeetingsCmd {
    /// Create a Gong meeting (Create New Gong Meeting).
    Create(MeetingArgs),
    /// Replace a Gong meeting's details (Update Gong Meeting).
    Update(UpdateMeetingArgs),
    /// Delete a Gong meeting (Delete Gong Meeting).
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

// ----------------------------------------------------------------- events

/// `gong events ...`
#[derive(Debug, Subcommand)]
pub enum EventsCmd {
    /// An outside participant acted on content (Custom Action Event).
    Action(Box<ActionEventArgs>),
    /// A Gong user shared content with outside participants (Custom Shared Event).
    Shared(Box<SharedEventArgs>),
    /// An outside participant viewed content (Custom Viewed Event).
    Viewed(Box<ViewedEventArgs>),
}

/// Fields every engagement event has. JSON flags take JSON text or @FILE.
#[derive(Debug, Args)]
pub struct EventFields {
    /// Id of the reporting system (the same for all its events).
    #[arg(long)]
    pub reporting_system: Option<String>,
    /// When it happened (ISO-8601 with offset).
    #[arg(long, value_name = "DATETIME")]
    pub event_timestamp: Option<String>,
    /// The event's id in the reporting system.
    #[arg(long)]
    pub event_id: Option<String>,
    /// The content's id.
    #[arg(long)]
    pub content_id: Option<String>,
    /// The content's URL.
    #[arg(long, value_name = "URL")]
    pub content_url: Option<String>,
    /// The content's title.
    #[arg(long)]
    pub content_title: Option<String>,
    /// The action's name, like "Document Viewed".
    #[arg(long)]
    pub action_name: Option<String>,
    /// CRM references (JSON list of CallUploadContext).
    #[arg(long, value_name = "JSON")]
    pub crm_context: Option<String>,
    /// Content properties (JSON list of {name, value, dataType}).
    #[arg(long, value_name = "JSON")]
    pub content_properties: Option<String>,
    /// Event properties (JSON list of {name, value, dataType}).
    #[arg(long, value_name = "JSON")]
    pub event_properties: Option<String>,
    /// Browser `User-Agent` of the interaction.
    #[arg(long)]
    pub user_agent: Option<String>,
    /// Mobile app id (bundle or package name).
    #[arg(long)]
    pub mobile_app_id: Option<String>,
    /// Platform of the interaction.
    #[arg(long)]
    pub agent_platform: Option<String>,
    /// Workspace.
    #[arg(long, value_name = "ID")]
    pub workspace_id: Option<String>,
    /// Outside participants (JSON list of Actor).
    #[arg(long, value_name = "JSON")]
    pub non_company_participants: Option<String>,
    /// A page with more information.
    #[arg(long, value_name = "URL")]
    pub more_info_url: Option<String>,
    /// Share id.
    #[arg(long)]
    pub share_id: Option<String>,
    /// Who shared (JSON Sharer).
    #[arg(long, value_name = "JSON")]
    pub sharer: Option<String>,
    /// Subject of the share message.
    #[arg(long)]
    pub sharing_message_subject: Option<String>,
    /// Body of the share message (HTML allowed).
    #[arg(long)]
    pub sharing_message_body: Option<String>,
}

/// `gong events action`
#[derive(Debug, Args)]
pub struct ActionEventArgs {
    #[command(flatten)]
    pub common: EventFields,
    /// A page with more about the event.
    #[arg(long, value_name = "URL")]
    pub event_info_url: Option<String>,
    /// Who acted (JSON Actor).
    #[arg(long, value_name = "JSON")]
    pub actor: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

/// `gong events shared`
#[derive(Debug, Args)]
pub struct SharedEventArgs {
    #[command(flatten)]
    pub common: EventFields,
    /// A page with more about the share.
    #[arg(long, value_name = "URL")]
    pub share_info_url: Option<String>,
    /// Recipients (JSON list of Actor).
    #[arg(long, value_name = "JSON")]
    pub recipients: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

/// `gong events viewed`
#[derive(Debug, Args)]
pub struct ViewedEventArgs {
    #[command(flatten)]
    pub common: EventFields,
    /// The view action, like "Presentation Opened".
    #[arg(long)]
    pub view_action_title: Option<String>,
    /// A page with more about the view.
    #[arg(long, value_name = "URL")]
    pub view_info_url: Option<String>,
    /// Who viewed (JSON Actor).
    #[arg(long, value_name = "JSON")]
    pub viewer: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

// ---------------------------------------------------------------- privacy

/// `gong privacy ...`
#[derive(Debug, Subcommand)]
pub enum PrivacyCmd {
    /// What in Gong references an email address (List References to an Email Address).
    ReferencesEmail(EmailArgs),
    /// What in Gong references a phone number (List References to a Phone Number).
    ReferencesPhone(PhoneArgs),
    /// Erase every call and email referencing an email address; asks first (Delete Email Address ...).
    EraseEmail(EraseEmailArgs),
    /// Erase leads and contacts with a phone number; asks first (Delete Phone Number ...).
    ErasePhone(ErasePhoneArgs),
}

/// An email address.
#[derive(Debug, Args)]
pub struct EmailArgs {
    /// The email address.
    #[arg(long, alias = "email", value_name = "EMAIL")]
    pub email_address: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

/// A phone number.
#[derive(Debug, Args)]
pub struct PhoneArgs {
    /// `+`, country code, area code and number (other non-digits are ignored).
    #[arg(long, alias = "phone", value_name = "PHONE", allow_hyphen_values = true)]
    pub phone_number: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

/// How an erase is confirmed.
#[derive(Debug, Args)]
pub struct Confirm {
    /// Do not ask: erase right away.
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Read the answer (y/yes) from stdin even when it is not a terminal (for scripts that pipe it).
    #[arg(long, conflicts_with = "yes")]
    pub confirm_from_stdin: bool,
}

/// `gong privacy erase-email`
#[derive(Debug, Args)]
pub struct EraseEmailArgs {
    #[command(flatten)]
    pub target: EmailArgs,
    #[command(flatten)]
    pub confirm: Confirm,
}

/// `gong privacy erase-phone`
#[derive(Debug, Args)]
pub struct ErasePhoneArgs {
    #[command(flatten)]
    pub target: PhoneArgs,
    #[command(flatten)]
    pub confirm: Confirm,
}

// ------------------------------------------------------------------- logs

/// `gong logs ...`
#[derive(Debug, Subcommand)]
pub enum LogsCmd {
    /// Log entries of a type in a time range, every page (Get Logs Data by Type and Time Range).
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
    pub input: InputArg,
}

// -------------------------------------------------------------------- raw

/// `gong raw`
#[derive(Debug, Args)]
pub struct RawArgs {
    /// HTTP method (GET when only a URL is given).
    #[arg(value_name = "METHOD")]
    pub method: Option<String>,
    /// Path under the base URL (/v2/calls) or an absolute URL on the API host.
    #[arg(value_name = "URL")]
    pub url: Option<String>,
    /// A query parameter (repeat).
    #[arg(long, value_name = "KEY=VALUE")]
    pub query: Vec<String>,
    /// A header (repeat).
    #[arg(long, value_name = "NAME=VALUE")]
    pub header: Vec<String>,
    /// JSON body (or @FILE).
    #[arg(long, value_name = "JSON")]
    pub data: Option<String>,
    /// A multipart text field (repeat).
    #[arg(long, value_name = "KEY=VALUE")]
    pub form: Vec<String>,
    /// A multipart file part: field name and path (repeat).
    #[arg(long, value_name = "FIELD=PATH")]
    pub file: Vec<String>,
    /// The file name sent for a file part (repeat; FIELD matches a --file).
    #[arg(long, value_name = "FIELD=NAME")]
    pub file_name: Vec<String>,
    /// What the response body is: json (default), text or binary.
    #[arg(long, value_name = "TYPE")]
    pub response_type: Option<String>,
    /// Time limit of each attempt, in milliseconds.
    #[arg(long, value_name = "MS")]
    pub timeout_ms: Option<u64>,
    /// Log the request on stderr (credentials redacted).
    #[arg(long)]
    pub debug: bool,
    /// Retries after the first attempt (default 0).
    #[arg(long, value_name = "N")]
    pub max_retries: Option<u32>,
    /// Delay between retries without --backoff, in milliseconds (default 0).
    #[arg(long, value_name = "MS")]
    pub retry_delay_ms: Option<u64>,
    /// Exponential backoff between retries (then --retry-delay-ms is ignored).
    #[arg(long)]
    pub backoff: bool,
    /// Retry every error status, not only 5xx and network errors.
    #[arg(long)]
    pub retry_on_all_errors: bool,
    /// Write the response body to this file instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub input: InputArg,
}

// ------------------------------------------------------------------- auth

/// `gong auth ...`
#[derive(Debug, Subcommand)]
pub enum AuthCmd {
    /// Authorize gong with OAuth: open the printed page, approve, and the tokens are stored in the profile.
    Login(LoginArgs),
    /// Which connection, base URL, scopes and token expiry are in use (never a secret).
    Status(StatusArgs),
}

/// `gong auth login`
#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The OAuth app's client id.
    #[arg(long, env = "GONG_CLIENT_ID", hide_env_values = true, value_name = "ID")]
    pub client_id: String,
    /// The OAuth app's client secret (prefer the environment variable).
    #[arg(long, env = "GONG_CLIENT_SECRET", hide_env_values = true, value_name = "SECRET")]
    pub client_secret: String,
    /// Scopes to ask for (space-separated, or repeat).
    #[arg(long, num_args = 1.., value_name = "SCOPE")]
    pub scopes: Vec<String>,
    /// Port of the local redirect listener on 127.0.0.1; register
    /// http://127.0.0.1:PORT/callback as the app's redirect URI (0 picks a free port).
    #[arg(long, default_value_t = 8765)]
    pub port: u16,
    /// Authorization page (default Gong's).
    #[arg(long, value_name = "URL")]
    pub authorize_url: Option<String>,
    /// Token endpoint (default Gong's).
    #[arg(long, value_name = "URL")]
    pub token_url: Option<String>,
    /// How long to wait for the redirect, in seconds.
    #[arg(long, default_value_t = 300, value_name = "SECONDS")]
    pub wait_secs: u64,
}

/// `gong auth status`
#[derive(Debug, Args)]
pub struct StatusArgs {}

// ----------------------------------------------------------------- schema

/// `gong schema`
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The action (`create-call`, `list-users`, ...).
    pub action: Option<String>,
}

// ---------------------------------------------------------------- webhook

/// `gong webhook ...`
#[derive(Debug, Subcommand)]
pub enum WebhookCmd {
    /// Receive automation-rule webhooks: verify each delivery and hand it off (print it as a
    /// JSON line, run a command, or spool it to a directory); 200 only once handed off.
    Listen(ListenArgs),
    /// Hand off the events a `listen --spool DIR` stored, oldest first (print each, or run
    /// --exec per event); with --remove, each file is deleted once its event is handed off.
    Replay(ReplayArgs),
    /// Sign a delivery as Gong does: prints the `Authorization` header value (an RS256 JWT).
    Sign(SignArgs),
    /// Write a test key pair: private.pem (owner-only), public.b64 (as Gong shows a rule's
    /// key) and public.pem.
    Keygen(KeygenArgs),
}

/// `gong webhook listen`
#[derive(Debug, Args)]
pub struct ListenArgs {
    /// A rule: `NAME=signed:KEY@URL` (KEY: the rule's public key, a file or the bare base64
    /// Gong shows, several separated by commas while a key is rotated; URL: the webhook URL
    /// configured on the rule, whose path is the route here), `NAME=key:SECRET` or
    /// `NAME=key-env:VAR` (a URL-key rule served on /NAME/SECRET). Repeat for each rule.
    #[arg(long, value_name = "NAME=MODE:...")]
    pub rule: Vec<String>,
    /// Rules as a JSON list: `[{"name": .., "publicKey"|"publicKeyFile": .., "url": ..}, {"name":
    /// .., "urlKey"|"urlKeyEnv": .., "keyIn": "path"|"query:PARAM"}]`, optional "route",
    /// "leewaySecs", "maxBodyBytes", "requireExp", "queryMatch" ("exact", "any-order",
    /// "ignore"), "publicKeys"/"publicKeyFiles" (lists, for key rotation).
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Port on the host (0 picks a free one; the address is printed on stderr).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1", value_name = "IP")]
    pub host: std::net::IpAddr,
    /// Run this shell command per verified event, with the event's JSON line on its stdin
    /// (and GONG_WEBHOOK_RULE, GONG_CALL_ID in its environment), instead of printing it. The
    /// delivery is answered 200 only if the command exits 0, else 503 (Gong may retry).
    #[arg(long, value_name = "CMD", conflicts_with = "spool")]
    pub exec: Option<String>,
    /// Store each verified event as a file in DIR (written and synced before the 200) instead
    /// of printing it; `gong webhook replay DIR` hands them on later.
    #[arg(long, value_name = "DIR")]
    pub spool: Option<PathBuf>,
    /// Stop after this many events were handed off (deliveries past it get 503).
    #[arg(long, value_name = "N")]
    pub max_events: Option<u64>,
    /// Most connections open at once (at the cap, the oldest half-sent request is dropped).
    #[arg(long, default_value_t = 256, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub max_connections: u32,
    /// Seconds a client has to send a request's headers, and longest pause in its body.
    #[arg(long, default_value_t = 10, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub read_timeout: u64,
    /// Seconds the events already received may take to be handed off when stopping.
    #[arg(long, default_value_t = 30, value_name = "SECS", value_parser = clap::value_parser!(u64).range(0..=3600))]
    pub drain_timeout: u64,
    /// Log why deliveries are refused (on stderr).
    #[arg(long)]
    pub debug: bool,
}

/// `gong webhook replay`
#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// The spool directory of `gong webhook listen --spool`.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// Run this shell command per event (its JSON line on stdin) instead of printing it;
    /// replay stops at the first command that fails.
    #[arg(long, value_name = "CMD")]
    pub exec: Option<String>,
    /// Delete each event's file once it was handed off.
    #[arg(long)]
    pub remove: bool,
}

/// `gong webhook sign`
#[derive(Debug, Args)]
pub struct SignArgs {
    /// The RSA private key (PKCS#8 or PKCS#1 PEM), e.g. private.pem from `gong webhook keygen`.
    #[arg(long, value_name = "FILE")]
    pub private_key: PathBuf,
    /// The webhook URL the delivery is for (the rule's URL, query included).
    #[arg(long, value_name = "URL")]
    pub url: String,
    /// The token expires this many seconds from now.
    #[arg(long, default_value_t = 300, value_name = "N")]
    pub exp_secs: u64,
    /// The body to sign, byte for byte; `-` reads stdin (the default when stdin is not a terminal).
    #[arg(long, value_name = "FILE|-")]
    pub body: Option<String>,
    /// Print `Bearer TOKEN` instead of the bare token.
    #[arg(long)]
    pub bearer: bool,
}

/// `gong webhook keygen`
#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Directory for the key files (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out_dir: PathBuf,
    /// Replace key files that are already there.
    #[arg(long)]
    pub force: bool,
}

// ---------------------------------------------------------------- sandbox

/// `gong sandbox ...`
#[derive(Debug, Subcommand)]
pub enum SandboxCmd {
    /// Run the embedded Gong on 127.0.0.1 until Ctrl-C: prints its URL, API key, OAuth app
    /// and example ids as one JSON line on stdout.
    Serve(ServeArgs),
    /// What `gong --sandbox` runs against: the same JSON as `serve`, without serving.
    Info(InfoArgs),
}

/// Data of an embedded Gong.
#[derive(Debug, Args, Clone, Copy)]
pub struct SandboxData {
    /// Seed of the data: the same seed gives the same ids.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub seed: u64,
    /// Calls to start with (100 a page; at most 100000).
    #[arg(long, default_value_t = 250, value_name = "N", value_parser = sandbox_calls)]
    pub calls: usize,
}

/// `gong sandbox serve`
#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub data: SandboxData,
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Requests per second the tenant allows, 429 with Retry-After past it (default 3, Gong's).
    #[arg(long, value_name = "R|off")]
    pub rate_limit: Option<RateLimit>,
    /// How the limit is enforced: token-bucket (bursts up to the rate), sliding-window (at
    /// most R in any second of arrivals) or fixed-window (at most R per clock second). Gong
    /// does not document which it uses.
    #[arg(long, value_name = "MODEL", default_value = "sliding-window")]
    pub rate_enforcement: crate::gong_sandbox::RateEnforcement,
    /// Delay each request by up to this many milliseconds before it reaches the rate limit
    /// (network jitter on the way in).
    #[arg(long, value_name = "MS", default_value_t = 0, value_parser = clap::value_parser!(u64).range(..=10_000))]
    pub arrival_jitter_ms: u64,
    /// Delay every answer by this many milliseconds ...
    #[arg(long, value_name = "MS", default_value_t = 0, value_parser = clap::value_parser!(u64).range(..=60_000))]
    pub latency_ms: u64,
    /// ... plus up to this many more, drawn per request.
    #[arg(long, value_name = "MS", default_value_t = 0, value_parser = clap::value_parser!(u64).range(..=60_000))]
    pub latency_jitter_ms: u64,
    /// An automation rule: when a call gets its media, a signed webhook goes to URL
    /// (repeat for more rules).
    #[arg(long, value_name = "NAME=URL")]
    pub webhook: Vec<String>,
    /// Private key (PEM) the rules sign with; default: a fresh key pair, whose public key is
    /// printed.
    #[arg(long, value_name = "FILE")]
    pub webhook_key: Option<PathBuf>,
    /// Stop after this many seconds (default: run until Ctrl-C).
    #[arg(long, value_name = "N")]
    pub for_secs: Option<u64>,
    /// Refuse OAuth tokens that lack an operation's scope (as the API document states it).
    #[arg(long)]
    pub enforce_scopes: bool,
    /// The status that refuses a missing scope: 401 (Gong's documented answer, the default)
    /// or 403. Implies --enforce-scopes.
    #[arg(long, value_name = "401|403", value_parser = clap::builder::PossibleValuesParser::new(["401", "403"]))]
    pub missing_scope_status: Option<String>,
}

/// `gong sandbox info`
#[derive(Debug, Args)]
pub struct InfoArgs {
    #[command(flatten)]
    pub data: SandboxData,
}

// ------------------------------------------------------------------- tour

/// `gong tour`
#[derive(Debug, Args)]
pub struct TourArgs {
    /// Against a real tenant: also create a call and upload a short generated recording.
    #[arg(long)]
    pub write: bool,
    /// Pages of calls to list at most.
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub pages: usize,
}
