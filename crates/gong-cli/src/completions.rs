//! `gong completions SHELL` (a completion script for bash, zsh, fish,
//! PowerShell or elvish) and the hidden `gong man` (roff man pages).

use std::path::PathBuf;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::failure::Failure;
use crate::output::write_bytes;

/// `gong completions`
#[derive(Debug, Args)]
#[command(after_help = "Install, for example:\n  \
    bash:       gong completions bash > ~/.local/share/bash-completion/completions/gong\n  \
    zsh:        gong completions zsh > \"${fpath[1]}/_gong\"\n  \
    fish:       gong completions fish > ~/.config/fish/completions/gong.fish\n  \
    PowerShell: gong completions powershell | Out-String | Invoke-Expression")]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, powershell or elvish.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// `gong man`
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write gong.1 and one page per subcommand (gong-calls-list.1, ...) into this
    /// directory instead of printing gong.1.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Prints the completion script of `a.shell`.
pub fn completions(a: &CompletionsArgs) -> Result<(), Failure> {
    let mut script = Vec::new();
    clap_complete::generate(a.shell, &mut crate::Cli::command(), "gong", &mut script);
    write_bytes(&script)
}

/// Prints gong(1), or writes every page into `--dir`.
pub fn man(a: &ManArgs) -> Result<(), Failure> {
    let command = crate::Cli::command();
    match &a.dir {
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(command)
                .render(&mut page)
                .map_err(|e| Failure::Other(format!("rendering the man page: {e}")))?;
            write_bytes(&page)
        }
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| Failure::Network(format!("creating {}: {e}", dir.display())))?;
            clap_mangen::generate_to(command, dir)
                .map_err(|e| Failure::Network(format!("writing the man pages into {}: {e}", dir.display())))
        }
    }
}
