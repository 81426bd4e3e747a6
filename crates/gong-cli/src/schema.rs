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

/// The action of a command given as words (`calls create-call`,
/// `calls-create`): the noun, then a leaf or one of its aliases.
fn by_command(words: &str) -> Option<&'static actions::ActionInfo> {
    let cli = <crate::Cli as clap::CommandFactory>::command();
    let words = words.strip_prefix("gong ").unwrap_or(words);
    words
        .char_indices()
        .filter(|(_, c)| matches!(c, '-' | ' '))
        .find_map(|(i, _)| {
            let leaf = cli.find_subcommand(&words[..i])?.find_subcommand(&words[i + 1..])?;
            actions::action(leaf.get_name())
        })
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
                        "command": format!("gong {}", info.cli),
                        "operation": info.operation,
                    })
                })
                .collect();
            ctx.out.print(&list)
        }
        Some(name) => {
            let name = name.trim();
            // Also accept the command's words, old leaves too: `calls-create`, `calls create-call`.
            let info = actions::action(name).or_else(|| by_command(name));
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
