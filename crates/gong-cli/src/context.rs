//! What every command's handler gets ([`Ctx`]), and printing of listings.

use clap::Args;
use futures::{Stream, StreamExt};
use gong_client::Client;
use gong_client::paging::Page;
use serde::Serialize;

use crate::config::{self, Tuning};
use crate::failure::Failure;
use crate::global::Global;
use crate::output::Output;
use crate::progress::Progress;
use crate::sandbox::Local;

/// What every command needs.
pub struct Ctx<'a> {
    pub global: &'a Global,
    pub out: Output,
    pub progress: Progress,
    /// The embedded Gong of `--sandbox`, started for this command.
    pub local: Option<Local>,
}

impl Ctx<'_> {
    pub fn client(&self) -> Result<Client, Failure> {
        self.client_with(false)
    }

    pub fn client_with(&self, no_timeout: bool) -> Result<Client, Failure> {
        let tuning = Tuning::of(self.global, no_timeout);
        match &self.local {
            Some(local) => local.client(tuning),
            None => config::resolve(self.global)?.client(tuning),
        }
    }
}

/// `--limit N`, which every listing command takes.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct LimitArg {
    /// Print at most N items; no page past the one holding the Nth is fetched.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
}

impl LimitArg {
    /// Keeps the first `--limit` items of the one list in a list answer
    /// (`{"requestId": .., "folders": [..]}`): for listings Gong answers in
    /// one request, where there is no further page to leave unfetched.
    pub fn cut_answer(&self, answer: &impl Serialize) -> Result<serde_json::Value, Failure> {
        let mut value =
            serde_json::to_value(answer).map_err(|e| Failure::Other(format!("encoding the result: {e}")))?;
        if let (Some(n), Some(map)) = (self.limit, value.as_object_mut()) {
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            for list in map.values_mut().filter_map(|v| v.as_array_mut()) {
                list.truncate(n);
            }
        }
        Ok(value)
    }
}

/// Prints a stream of pages item by item, with a counter on stderr. With
/// `--limit N` it stops after the Nth item and drops the stream, so the
/// next page is never requested.
pub async fn print_pages<T: Serialize>(
    ctx: &Ctx<'_>,
    what: &str,
    limit: &LimitArg,
    pages: impl Stream<Item = gong_client::Result<Page<T>>>,
) -> Result<(), Failure> {
    let bar = ctx.progress.listing(what);
    let mut writer = ctx.out.list();
    let mut pages = std::pin::pin!(pages);
    let mut left = limit.limit.unwrap_or(u64::MAX);
    while left > 0
        && let Some(page) = pages.next().await
    {
        match page {
            Ok(page) => {
                if let Some(total) = page.total_records.and_then(|t| u64::try_from(t).ok()) {
                    bar.set_length(total.min(limit.limit.unwrap_or(u64::MAX)));
                }
                for item in &page.items {
                    if left == 0 {
                        break;
                    }
                    if writer.collects() {
                        writer.push(item)?;
                    } else {
                        bar.suspend(|| writer.push(item))?;
                    }
                    bar.inc(1);
                    left -= 1;
                }
            }
            Err(e) => {
                bar.finish_and_clear();
                writer.abort()?;
                return Err(e.into());
            }
        }
    }
    if left == 0 {
        tracing::info!(limit = limit.limit, "--limit reached; no further page requested");
    }
    bar.finish_and_clear();
    writer.finish()
}

/// Prints a stream of items (a listing without a page view).
pub async fn print_items<T: Serialize>(
    ctx: &Ctx<'_>,
    what: &str,
    limit: &LimitArg,
    items: impl Stream<Item = gong_client::Result<T>>,
) -> Result<(), Failure> {
    let pages = items.map(|r| r.map(|item| Page::new(vec![item], None)));
    print_pages(ctx, what, limit, pages).await
}
