//! `gong`: the Gong API from the command line.
//!
//! One subcommand per connector action (`gong calls list`, `gong media add`,
//! ...), OAuth login, and the JSON Schema of every action's input. Each
//! action takes its inputs as flags or as JSON (`--input FILE|-`), so people
//! and agents drive it the same way. Also: automation-rule webhooks
//! (`gong webhook listen|sign|keygen`), the embedded Gong (`--sandbox`,
//! `gong sandbox serve`, feature `sandbox`), `gong sync` and `gong tour`. See
//! `gong --help` and the README's "Command line" section.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// Shared by every command.
mod clock;
mod config;
mod context;
mod failure;
mod global;
mod input;
mod logging;
mod output;
mod progress;
mod reaper;
mod terminal;
mod tokens;

// One module per noun: its arguments and its handler.
mod api;
mod auth;
mod calls;
mod completions;
mod event_line;
mod events;
mod library;
mod logs;
mod mcp;
mod media;
mod meetings;
mod privacy;
mod raw;
mod sandbox;
mod schema;
mod search;
mod sync;
mod tour;
mod transcripts;
mod users;
mod webhook;
mod webhook_queue;
mod workspaces;

#[cfg(test)]
mod actions_table;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::context::Ctx;
use crate::failure::Failure;
use crate::output::Output;
use crate::progress::Progress;
use crate::sandbox::Local;

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
    pub global: global::Global,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The command groups.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Calls: list, get, create.
    #[command(subcommand)]
    Calls(calls::CallsCmd),
    /// Call transcripts.
    #[command(subcommand)]
    Transcripts(transcripts::TranscriptsCmd),
    /// Call recordings.
    #[command(subcommand)]
    Media(media::MediaCmd),
    /// Users: list, get.
    #[command(subcommand)]
    Users(users::UsersCmd),
    /// Workspaces.
    #[command(subcommand)]
    Workspaces(workspaces::WorkspacesCmd),
    /// The public call library.
    #[command(subcommand)]
    Library(library::LibraryCmd),
    /// Gong meetings: create, update, delete.
    #[command(subcommand)]
    Meetings(meetings::MeetingsCmd),
    /// Engagement events on Gong's activity timeline.
    #[command(subcommand)]
    Events(events::EventsCmd),
    /// Data privacy: find or erase what references an email address or phone number.
    #[command(subcommand)]
    Privacy(privacy::PrivacyCmd),
    /// Audit logs.
    #[command(subcommand)]
    Logs(logs::LogsCmd),
    /// Any Gong endpoint, with the configured credentials ("Raw Request").
    Raw(Box<raw::RawArgs>),
    /// Every operation of Gong's document, one subcommand each, generated from it:
    /// `gong api --list`, `gong api list-call-outcomes`, `gong api OPERATION --help`.
    Api(api::ApiArgs),
    /// OAuth login and connection status.
    #[command(subcommand)]
    Auth(auth::AuthCmd),
    /// JSON Schema of an action's input; without an action, the list of actions.
    Schema(schema::SchemaArgs),
    /// Automation-rule webhooks: receive and verify them, sign test deliveries, make test keys.
    #[command(subcommand)]
    Webhook(webhook::WebhookCmd),
    /// The embedded Gong: serve it standalone, or show what `--sandbox` runs against.
    #[command(subcommand)]
    Sandbox(sandbox::SandboxCmd),
    /// Copy the tenant into SQLite or PostgreSQL, incrementally and resumably, within
    /// the daily budget: `gong sync --db sqlite:gong.db` (add `--plan` for the estimate).
    Sync(Box<sync::SyncArgs>),
    /// A guided run with real results: calls across pages, transcripts, a new call with
    /// its media, and the automation-rule webhook it fires. Try `gong --sandbox tour`.
    Tour(tour::TourArgs),
    /// Serve Gong to AI agents over the Model Context Protocol: stdio, or streamable HTTP with
    /// --http (needs the `mcp` feature). Read tools only unless --allow-writes/--allow-erase.
    Mcp(Box<mcp::McpArgs>),
    /// Search the transcripts of a `gong sync` database (no Gong request):
    /// `gong search --db sqlite:gong.db pricing --limit 5`.
    Search(search::SearchArgs),
    /// A shell completion script: `gong completions bash|zsh|fish|powershell`.
    Completions(completions::CompletionsArgs),
    /// The man page gong(1) in roff, or every page into a directory (for packagers).
    #[command(hide = true)]
    Man(completions::ManArgs),
}

/// Whether the command talks to Gong through the configured connection
/// (and so to the embedded Gong under `--sandbox`).
/// The `gong` leaf of a connector action's subcommand: the action's one
/// name, from the operation table (`xtask/src/table.rs`).
fn leaf(op: &'static gong_client::api::operations::Operation) -> &'static str {
    match op.action {
        Some(action) => action.name,
        None => panic!("the operation table gives this operation no connector action"),
    }
}

fn uses_connection(command: &Command) -> bool {
    !matches!(
        command,
        Command::Schema(_)
            | Command::Search(_)
            | Command::Webhook(_)
            | Command::Sandbox(_)
            | Command::Tour(_)
            | Command::Auth(_)
            | Command::Completions(_)
            | Command::Man(_)
            | Command::Api(api::ApiArgs { call: None, .. })
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
        Command::Calls(c) => calls::run(&ctx, c).await,
        Command::Transcripts(c) => transcripts::run(&ctx, c).await,
        Command::Media(c) => media::run(&ctx, c).await,
        Command::Users(c) => users::run(&ctx, c).await,
        Command::Workspaces(c) => workspaces::run(&ctx, c).await,
        Command::Library(c) => library::run(&ctx, c).await,
        Command::Meetings(c) => meetings::run(&ctx, c).await,
        Command::Events(c) => events::run(&ctx, c).await,
        Command::Privacy(c) => privacy::run(&ctx, c).await,
        Command::Logs(c) => logs::run(&ctx, c).await,
        Command::Raw(a) => raw::run(&ctx, a).await,
        Command::Api(a) => api::run(&ctx, a).await,
        Command::Auth(c) => auth::run(&ctx, c).await,
        Command::Schema(a) => schema::run(&ctx, a),
        Command::Webhook(c) => webhook::run(&ctx, c).await,
        Command::Sandbox(c) => sandbox::run(c, ctx.global.sandbox_variations, &ctx.out).await,
        Command::Sync(a) => sync::run(&ctx, a).await,
        Command::Tour(a) => tour::tour(ctx.global, ctx.progress, a).await,
        Command::Mcp(a) => mcp::run(&ctx, a).await,
        Command::Search(a) => search::run(&ctx, a).await,
        Command::Completions(a) => completions::completions(a),
        Command::Man(a) => completions::man(a),
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            // Help and version go to stdout with 0; usage errors to stderr
            // with 2, on one line like every other error.
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
            }
            let args: Vec<String> = std::env::args().collect();
            failure::Failure::Usage(failure::usage_line(&e, &args)).report();
            return ExitCode::from(2);
        }
    };
    let rust_log = std::env::var("RUST_LOG").ok();
    match logging::filter(cli.global.verbose, rust_log.as_deref()) {
        Ok(filter) => logging::init(filter),
        Err(f) => {
            f.report();
            return f.exit_code();
        }
    }
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            let f = failure::Failure::Other(format!("starting the async runtime: {e}"));
            f.report();
            return f.exit_code();
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            f.report();
            f.exit_code()
        }
    }
}
