//! `gong media add`: upload a call's recording, with a progress bar.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use gong_client::actions::AddCallMedia;
use gong_client::api::operations;

use crate::context::Ctx;
use crate::failure::Failure;
use crate::input::{Fields, InputArg};

/// `gong media ...`
#[derive(Debug, Subcommand)]
pub enum MediaCmd {
    /// Upload a call's recording, up to 1.5 GB (Add Call Media).
    #[command(name = crate::leaf(&operations::ADD_CALL_RECORDING), alias = "add")]
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

/// Runs `gong media ...`.
pub async fn run(ctx: &Ctx<'_>, cmd: &MediaCmd) -> Result<(), Failure> {
    match cmd {
        MediaCmd::Add(a) => add(ctx, a).await,
    }
}

async fn add(ctx: &Ctx<'_>, a: &MediaAddArgs) -> Result<(), Failure> {
    let file = a.file.as_ref().map(|p| p.to_string_lossy().into_owned());
    let input: AddCallMedia = Fields::new()
        .text("callId", &a.call_id)
        .text("file", &file)
        .text("fileName", &a.file_name)
        .build(&a.input)?;
    if !input.file().is_file() {
        return Err(Failure::Usage(format!(
            "file: {} is not a readable file",
            input.file().display()
        )));
    }
    let media = input.media_file().await?;
    let shown = input
        .file_name()
        .map(str::to_owned)
        .or_else(|| input.file().file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let bar = ctx.progress.upload(media.len(), &shown);
    let on = bar.clone();
    let media = media.on_progress(move |sent, total| {
        on.set_length(total);
        on.set_position(sent);
    });
    let client = ctx.client_with(true)?;
    let answer = client.add_call_media(input.call_id(), media).await;
    bar.finish_and_clear();
    ctx.out.print(&answer?)
}
