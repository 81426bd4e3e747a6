//! `gong schema [ACTION]`: the JSON Schema of an action's input, or the list
//! of actions with their commands.

use clap::Args;
use gong_client::actions;
use serde_json::{Value, json};

use crate::context::Ctx;
use crate::failure::Failure;

/// `gong schema`
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The action (`create-call`, `list-users`, ...).
    pub action: Option<String>,
}

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

/// Runs `gong schema`.
pub fn run(ctx: &Ctx<'_>, a: &SchemaArgs) -> Result<(), Failure> {
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
