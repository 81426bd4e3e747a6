//! `gong api`: every operation of Gong's document, its subcommands made at
//! run time from the generated table `gong_client::api::requests` (one per
//! operation, named by its operationId in kebab case), not written one by one.
//!
//! Each subcommand's flags are the operation's path and query parameters
//! (kebab case), each checked against its kind as it is parsed (ids,
//! integers, booleans, date-times, enum values; required ones enforced).
//! `--body JSON|@FILE|-` is checked against the generated request type
//! before anything is sent. A listing (`x-gong-cursor`) prints its answer
//! (one page) as is, or with `--all` / `--limit N` follows the cursor and
//! prints its records as they arrive.

use clap::{Arg, ArgAction, ArgMatches, Command};
use gong_client::api::requests::{self, Param, ParamKind, Request};
use gong_client::operation::OperationCall;
use serde_json::{Value, json};

use crate::context::{Ctx, LimitArg, print_pages};
use crate::failure::Failure;
use crate::global::Format;
use crate::input::{MAX_INPUT_BYTES, json_arg, read_limited};
use crate::output::write_out;

/// `gong api`
#[derive(Debug, Clone, Default)]
pub struct ApiArgs {
    /// `--list`: print every operation.
    pub list: bool,
    /// The operation to call, with its flags.
    pub call: Option<ApiCall>,
}

/// `gong api OPERATION ...`
#[derive(Debug, Clone)]
pub struct ApiCall {
    /// The operation.
    pub request: &'static Request,
    /// Each given parameter and its values (checked by the parser).
    pub values: Vec<(&'static Param, Vec<String>)>,
    /// `--body`.
    pub body: Option<String>,
    /// `--limit`.
    pub limit: LimitArg,
    /// `--all`.
    pub all: bool,
    /// `--body-schema`: print the body's schema instead of sending.
    pub body_schema: bool,
}

/// Flags every operation's subcommand has; no parameter of the document may take them.
#[cfg(test)]
const OWN_FLAGS: [&str; 3] = ["body", "limit", "all"];

/// The help of one parameter: its description's first line, and its kind.
fn param_help(p: &Param) -> String {
    let first = p.description.lines().next().unwrap_or_default().trim();
    let kind = match p.kind {
        ParamKind::String => String::new(),
        ParamKind::Id => "a Gong id".into(),
        ParamKind::Integer => "an integer".into(),
        ParamKind::Number => "a number".into(),
        ParamKind::Boolean => "true or false".into(),
        ParamKind::DateTime => "ISO-8601 date-time with offset".into(),
        ParamKind::Enum(values) => format!("one of {}", values.join(", ")),
        ParamKind::List => "repeat for several".into(),
    };
    let place = match p.location {
        requests::ParamIn::Path => "path",
        requests::ParamIn::Query => "query",
    };
    let mut help = format!("`{}` ({place}", p.name);
    if !kind.is_empty() {
        help.push_str("; ");
        help.push_str(&kind);
    }
    help.push(')');
    if !first.is_empty() {
        help.push_str(": ");
        help.push_str(first);
    }
    help
}

/// The subcommand of one operation.
fn operation_command(r: &'static Request) -> Command {
    let op = r.operation;
    let about = format!(
        "{} ({} {}{})",
        op.summary.trim_end_matches('.'),
        op.method,
        op.path,
        op.scope.map(|s| format!(", scope {s}")).unwrap_or_default()
    );
    let mut cmd = Command::new(r.name).about(about);
    for p in r.params {
        let parser = move |text: &str| -> Result<String, String> { p.check(text).map_err(|e| e.to_string()) };
        let mut arg = Arg::new(p.flag)
            .long(p.flag)
            .value_name(match p.kind {
                ParamKind::Id => "ID",
                ParamKind::Integer | ParamKind::Number => "N",
                ParamKind::Boolean => "BOOL",
                ParamKind::DateTime => "DATETIME",
                _ => "VALUE",
            })
            .required(p.required)
            .value_parser(clap::builder::ValueParser::new(parser))
            .help(param_help(p));
        arg = match p.kind {
            ParamKind::List => arg.action(ArgAction::Append),
            ParamKind::Boolean => arg.num_args(0..=1).default_missing_value("true"),
            _ => arg,
        };
        cmd = cmd.arg(arg);
    }
    if let Some(body) = r.body {
        cmd = cmd.arg(
            Arg::new("body")
                .long("body")
                .value_name("JSON|@FILE|-")
                .required(body.required)
                .help(format!(
                    "The JSON body (a `{}`; `gong api {} --body-schema` prints its schema), or @FILE, or - for stdin",
                    body.type_name, r.name
                )),
        );
        cmd = cmd.arg(
            Arg::new("body-schema")
                .long("body-schema")
                .action(ArgAction::SetTrue)
                .help("Print the body's JSON Schema and exit (nothing is sent)"),
        );
    }
    if op.cursor.is_some() {
        cmd = cmd
            .arg(
                Arg::new("all")
                    .long("all")
                    .action(ArgAction::SetTrue)
                    .help("Follow Gong's cursor to the last page and print the records as they arrive"),
            )
            .arg(
                Arg::new("limit")
                    .long("limit")
                    .value_name("N")
                    .value_parser(clap::value_parser!(u64).range(1..))
                    .help("Print at most N records (following the cursor as needed); no page past the Nth record is fetched"),
            );
    }
    cmd
}

impl clap::FromArgMatches for ApiArgs {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let list = m.get_flag("list");
        let call = match m.subcommand() {
            None => None,
            Some((name, sub)) => {
                let request = requests::find(name)
                    .ok_or_else(|| clap::Error::raw(clap::error::ErrorKind::InvalidSubcommand, name))?;
                let values = request
                    .params
                    .iter()
                    .filter_map(|p| {
                        sub.get_many::<String>(p.flag)
                            .map(|v| (p, v.cloned().collect::<Vec<_>>()))
                    })
                    .collect();
                let flag = |id: &str| sub.try_get_one::<bool>(id).ok().flatten().copied().unwrap_or(false);
                Some(ApiCall {
                    request,
                    values,
                    body: sub.try_get_one::<String>("body").ok().flatten().cloned(),
                    limit: LimitArg {
                        limit: sub.try_get_one::<u64>("limit").ok().flatten().copied(),
                    },
                    all: flag("all"),
                    body_schema: flag("body-schema"),
                })
            }
        };
        Ok(ApiArgs { list, call })
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

impl clap::Args for ApiArgs {
    fn augment_args(cmd: Command) -> Command {
        let mut cmd = cmd
            .arg(
                Arg::new("list")
                    .long("list")
                    .action(ArgAction::SetTrue)
                    .help("Print every operation: its command, method, path and OAuth scope"),
            )
            .args_conflicts_with_subcommands(true);
        for r in requests::ALL {
            cmd = cmd.subcommand(operation_command(r));
        }
        cmd
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

/// Prints every operation, one line each: command, method, path, scope.
fn print_list(ctx: &Ctx<'_>) -> Result<(), Failure> {
    if matches!(ctx.out.explicit(), Some(Format::Json | Format::Jsonl)) {
        let mut writer = ctx.out.list();
        for r in requests::ALL {
            let op = r.operation;
            writer.push(&json!({
                "command": r.name,
                "operationId": op.id,
                "method": op.method,
                "path": op.path,
                "scope": op.scope,
                "paged": op.cursor.is_some(),
                "deprecated": op.deprecated.is_some(),
            }))?;
        }
        return writer.finish();
    }
    let width = |f: fn(&Request) -> usize| requests::ALL.iter().map(f).max().unwrap_or(0);
    let (w_name, w_method, w_path) = (
        width(|r| r.name.len()),
        width(|r| r.operation.method.len()),
        width(|r| r.operation.path.len()),
    );
    let mut text = String::new();
    for r in requests::ALL {
        let op = r.operation;
        let line = format!(
            "{:w_name$}  {:w_method$}  {:w_path$}  {}",
            r.name,
            op.method,
            op.path,
            op.scope.unwrap_or("-"),
        );
        text.push_str(line.trim_end());
        text.push('\n');
    }
    write_out(text.trim_end_matches('\n'))
}

/// Reads `--body`: JSON text, `@FILE` or `-` (stdin), at most 16 MiB.
fn body_value(text: &str) -> Result<Value, Failure> {
    if text == "-" {
        let data = read_limited(std::io::stdin().lock(), MAX_INPUT_BYTES, "--body from stdin")?;
        return serde_json::from_slice(&data)
            .map_err(|e| Failure::Usage(format!("--body from stdin is not JSON: {e}")));
    }
    json_arg("body", text)
}

/// Runs `gong api`.
pub async fn run(ctx: &Ctx<'_>, a: &ApiArgs) -> Result<(), Failure> {
    let Some(call) = &a.call else {
        return print_list(ctx);
    };
    let r = call.request;
    if call.body_schema {
        let body = r
            .body
            .ok_or_else(|| Failure::Usage(format!("{} takes no body", r.name)))?;
        let schema =
            serde_json::to_value((body.schema)()).map_err(|e| Failure::Other(format!("encoding the schema: {e}")))?;
        return ctx.out.print_json(&schema);
    }
    let mut request = OperationCall::of(r);
    for (p, values) in &call.values {
        for v in values {
            request = request.param(p.name, v)?;
        }
    }
    if let Some(text) = &call.body {
        request = request.body(body_value(text)?)?;
    }
    request.check()?;
    let client = ctx.client()?;
    if call.all || call.limit.limit.is_some() {
        let what = r.items.unwrap_or("records");
        return print_pages(ctx, what, &call.limit, client.operation_pages(request)).await;
    }
    let answer = client.call_operation(&request).await?;
    ctx.out.print(&answer)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every operation makes a subcommand clap accepts (no flag twice, none
    /// taking `gong api`'s own), and its name is the operationId in kebab case.
    #[test]
    fn every_operation_is_a_command() {
        use clap::CommandFactory;
        let cli = crate::Cli::command();
        let api = cli.find_subcommand("api").expect("gong api");
        assert!(requests::ALL.len() >= 67);
        for r in requests::ALL {
            let cmd = api.find_subcommand(r.name).expect("a subcommand per operation");
            for p in r.params {
                assert!(
                    !OWN_FLAGS.contains(&p.flag),
                    "{}: --{} is gong api's own",
                    r.name,
                    p.flag
                );
                assert!(cmd.get_arguments().any(|a| a.get_long() == Some(p.flag)));
            }
        }
        for name in ["list-call-outcomes", "list-briefs", "list-flows-folders"] {
            assert!(requests::find(name).is_some(), "{name}");
        }
        cli.debug_assert();
    }
}
