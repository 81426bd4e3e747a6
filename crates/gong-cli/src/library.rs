//! `gong library folders|folder-calls`.

use clap::{Args, Subcommand};
use gong_client::actions::{FolderCalls, LibraryFolders};
use gong_client::api::operations;

use crate::context::{Ctx, LimitArg};
use crate::failure::Failure;
use crate::input::{Fields, InputArg};

/// `gong library ...`
#[derive(Debug, Subcommand)]
pub enum LibraryCmd {
    /// Public library folders (List Library Folders).
    #[command(name = crate::leaf(&operations::GET_LIBRARY_STRUCTURE), alias = "folders")]
    Folders(LibraryFoldersArgs),
    /// Calls in a library folder (List Calls in Folder).
    #[command(name = crate::leaf(&operations::GET_CALLS_IN_SPECIFIC_FOLDER), alias = "folder-calls")]
    FolderCalls(FolderCallsArgs),
}

/// `gong library folders`
#[derive(Debug, Args)]
pub struct LibraryFoldersArgs {
    /// Only folders of this workspace.
    #[arg(long, value_name = "ID")]
    pub workspace_id: Option<String>,
    #[command(flatten)]
    pub limit: LimitArg,
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
    pub limit: LimitArg,
    #[command(flatten)]
    pub input: InputArg,
}

/// Runs `gong library ...`.
pub async fn run(ctx: &Ctx<'_>, cmd: &LibraryCmd) -> Result<(), Failure> {
    match cmd {
        LibraryCmd::Folders(a) => {
            let input: LibraryFolders = Fields::new().text("workspaceId", &a.workspace_id).build(&a.input)?;
            let client = ctx.client()?;
            ctx.out
                .print(&a.limit.cut_answer(&client.list_library_folders(input).await?)?)
        }
        LibraryCmd::FolderCalls(a) => {
            let input: FolderCalls = Fields::new().text("folderId", &a.folder_id).build(&a.input)?;
            let client = ctx.client()?;
            ctx.out
                .print(&a.limit.cut_answer(&client.list_folder_calls(input).await?)?)
        }
    }
}
