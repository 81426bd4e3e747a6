//! Progress bars on stderr, only when stderr is a terminal.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Makes progress bars, or hidden ones.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    enabled: bool,
}

impl Progress {
    /// Bars are drawn when stderr is a terminal and `--no-progress` is not given.
    pub fn new(no_progress: bool) -> Self {
        Progress {
            enabled: !no_progress && std::io::stderr().is_terminal(),
        }
    }

    fn target(&self) -> ProgressDrawTarget {
        if self.enabled {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        }
    }

    /// A byte bar for an upload of `total` bytes.
    pub fn upload(&self, total: u64, name: &str) -> ProgressBar {
        let bar = ProgressBar::with_draw_target(Some(total), self.target());
        if let Ok(style) =
            ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(format!("uploading {name}"));
        bar
    }

    /// A counter for a listing; its length is set once Gong says how many records match.
    pub fn listing(&self, what: &str) -> ProgressBar {
        let bar = ProgressBar::with_draw_target(None, self.target());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg}: {pos}{len_suffix} {per_sec}") {
            bar.set_style(style.with_key(
                "len_suffix",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    if let Some(len) = state.len() {
                        let _ = write!(w, " of {len}");
                    }
                },
            ));
        }
        bar.set_message(what.to_owned());
        if self.enabled {
            bar.enable_steady_tick(Duration::from_millis(120));
        }
        bar
    }
}
