//! `gong`: the Gong API from the command line.
//!
//! One subcommand per connector action (`gong calls list`, `gong media add`,
//! ...), OAuth login, and the JSON Schema of every action's input. Each
//! action takes its inputs as flags or as JSON (`--input FILE|-`), so people
//! and agents drive it the same way. Also: automation-rule webhooks
//! (`gong webhook listen|sign|keygen`), the embedded Gong (`--sandbox`,
//! `gong sandbox serve`, feature `sandbox`) and `gong tour`. See
//! `gong --help` and the README's "Command line" section.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod cli;
mod config;
mod failure;
mod input;
mod login;
mod output;
mod progress;
mod run;
mod sandbox;
mod tour;
mod webhook;

/// The embedded Gong: the `gong-sandbox` crate's source, compiled into the
/// binary (a dependency of this package on `gong-sandbox`, which depends on
/// this package, would be a cycle). Used with the `sandbox` feature.
#[path = "../../../crates/gong-sandbox/src/lib.rs"]
#[allow(dead_code, unused_imports)]
mod gong_sandbox;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
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
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            let f = failure::Failure::Other(format!("starting the async runtime: {e}"));
            f.report();
            return f.exit_code();
        }
    };
    match runtime.block_on(run::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            f.report();
            f.exit_code()
        }
    }
}
