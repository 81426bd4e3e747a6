//! `gong users list|get`.

use clap::{Args, Subcommand};
use gong_client::actions::{GetUser, ListUsers};
use gong_client::api::operations;

use crate::context::{Ctx, LimitArg, print_pages};
use crate::failure::Failure;
use crate::input::{Fields, InputArg};

/// `gong users ...`
#[derive(Debug, Subcommand)]
pub enum UsersCmd {
    /// Every user of the company, every page (List Users).
    #[command(name = crate::leaf(&operations::LIST_USERS), alias = "list")]
    List(ListUsersArgs),
    /// One user (Get User).
    #[command(name = crate::leaf(&operations::GET_USER), alias = "get")]
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
    pub limit: LimitArg,
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

/// Runs `gong users ...`.
pub async fn run(ctx: &Ctx<'_>, cmd: &UsersCmd) -> Result<(), Failure> {
    match cmd {
        UsersCmd::List(a) => {
            let input: ListUsers = Fields::new()
                .boolean("includeAvatars", a.include_avatars)
                .text("cursor", &a.cursor)
                .build(&a.input)?;
            let client = ctx.client()?;
            print_pages(ctx, "users", &a.limit, client.list_users_pages(input)).await
        }
        UsersCmd::Get(a) => {
            let input: GetUser = Fields::new().text("userId", &a.user_id).build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.get_user(input).await?)
        }
    }
}
