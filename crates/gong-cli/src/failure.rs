//! Why a command failed, and the exit code that says so.

use std::process::ExitCode;

use gong_client::Error;

/// A failed command. Messages are one line and never hold a secret.
#[derive(Debug)]
pub enum Failure {
    /// Bad flags, invalid input, unusable configuration (exit 2).
    Usage(String),
    /// Missing or refused credentials (exit 3).
    Auth(String),
    /// Gong answered with an error, or an answer that did not decode (exit 4).
    Api(String),
    /// The network or a local file failed (exit 5).
    Network(String),
    /// The person declined a confirmation; nothing was sent (exit 1).
    Cancelled(String),
    /// Anything else (exit 1).
    Other(String),
    /// A run stopped cleanly before its end and can be resumed: `gong sync`
    /// at the budget or at Gong's long `Retry-After` (exit 6).
    Partial(String),
    /// Stdout was closed (`gong ... | head`): stop quietly (exit 0).
    BrokenPipe,
}

/// Exit code of a run that stopped at the budget or at Gong's long
/// `Retry-After`: partial, resumable (run again after the time it names).
pub const EXIT_PARTIAL: u8 = 6;

impl Failure {
    /// The process exit code.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            Failure::BrokenPipe => 0,
            Failure::Cancelled(_) | Failure::Other(_) => 1,
            Failure::Usage(_) => 2,
            Failure::Auth(_) => 3,
            Failure::Api(_) => 4,
            Failure::Network(_) => 5,
            Failure::Partial(_) => EXIT_PARTIAL,
        })
    }

    /// Prints the failure to stderr on one line.
    pub fn report(&self) {
        let message = match self {
            Failure::BrokenPipe => return,
            Failure::Usage(m) => format!("error: {m}"),
            Failure::Auth(m) => format!("authentication error: {m}"),
            Failure::Api(m) => format!("Gong API error: {m}"),
            Failure::Network(m) => format!("network error: {m}"),
            Failure::Cancelled(m) => format!("cancelled: {m}"),
            Failure::Other(m) => format!("error: {m}"),
            Failure::Partial(m) => m.clone(),
        };
        eprintln!("{}", one_line(&message));
    }

    /// A failure to write to stdout.
    pub fn output(e: std::io::Error) -> Failure {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Network(format!("writing the output: {e}"))
        }
    }
}

/// One line for an argument-parser error: clap's message without its usage
/// and help footer. A value that starts with `-` after a flag that takes a
/// value (`--call-id -1`) is read as a flag by the parser; the line then
/// names the flag and how to pass such a value.
pub fn usage_line(e: &clap::Error, args: &[String]) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() == ErrorKind::UnknownArgument
        && let Some(ContextValue::String(arg)) = e.get(ContextKind::InvalidArg)
        && arg.starts_with('-')
        && let Some(i) = args.iter().position(|a| a == arg)
        && i > 1
        && args[i - 1].starts_with("--")
        && !args[i - 1].contains('=')
    {
        let flag = &args[i - 1];
        return format!(
            "{flag}: the value {arg:?} starts with '-' and was read as a flag; if it is the value of {flag}, write {flag}={arg}"
        );
    }
    let rendered = e.render().to_string();
    let message: Vec<&str> = rendered
        .lines()
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .filter(|l| !l.trim_start().starts_with("tip:"))
        .collect();
    let text = message.join(" ");
    let text = text.trim().strip_prefix("error:").unwrap_or(&text).trim();
    one_line(text)
}

/// Collapses whitespace runs (newlines included) into single spaces, and
/// escapes control characters (a message may quote Gong or a file).
pub fn one_line(text: &str) -> String {
    crate::terminal::sanitize(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The error and its sources, joined: reqwest's top-level message alone
/// rarely says what happened ("error sending request"). URLs in it lose
/// their query values and passwords.
fn with_sources(e: &(dyn std::error::Error + 'static)) -> String {
    gong_client::redact::text(&joined_sources(e))
}

fn joined_sources(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let more = s.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        source = s.source();
    }
    text
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        match &e {
            Error::InvalidInput { .. } => Failure::Usage(gong_client::redact::text(&e.to_string())),
            Error::Auth(_) | Error::LimitedRelease { .. } => Failure::Auth(gong_client::redact::text(&e.to_string())),
            Error::Api { .. }
            | Error::ProviderDisconnected { .. }
            | Error::RateLimited { .. }
            | Error::BudgetSpent { .. }
            | Error::Paging(_)
            | Error::BodyTooLarge { .. }
            | Error::TooManyRecords { .. }
            | Error::Decode { .. } => Failure::Api(gong_client::redact::text(&e.to_string())),
            Error::Transport(_) | Error::Io { .. } => Failure::Network(with_sources(&e)),
            _ => Failure::Other(gong_client::redact::text(&e.to_string())),
        }
    }
}
