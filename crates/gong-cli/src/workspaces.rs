//! `gong workspaces list`.

use clap::{Args, Subcommand};
use gong_client::actions::ListWorkspaces;
use gong_client::api::operations;

use crate::context::{Ctx, LimitArg};
use crate::failure::Failure;
use crate::input::{Fields, InputArg};

/// `gong workspaces ...`
#[derive(Debug, Subcommand)]
pub enum WorkspacesCmd {
    /// Every workspace (List Workspaces).
    #[command(name = crate::leaf(&operations::LIST_WORKSPACES), alias = "list")]
    List(WorkspacesArgs),
}

/// `gong workspaces list`
#[derive(Debug, Args)]
pub struct WorkspacesArgs {
    #[command(flatten)]
    pub limit: LimitArg,
    #[command(flatten)]
    pub input: InputArg,
}

/// Runs `gong workspaces ...`.
pub async fn run(ctx: &Ctx<'_>, cmd: &WorkspacesCmd) -> Result<(), Failure> {
    match cmd {
        WorkspacesCmd::List(a) => {
            let _: ListWorkspaces = Fields::new().build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&a.limit.cut_answer(&client.list_workspaces().await?)?)
        }
    }
}
