//! What every command's handler gets ([`Ctx`]), and printing of listings.

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
        let tuning = Tuning {
            retries: self.global.retries,
            no_timeout,
            insecure_http: self.global.insecure_http,
        };
        match &self.local {
            Some(local) => local.client(tuning),
            None => config::resolve(self.global)?.client(tuning),
        }
    }
}

/// Prints a stream of pages item by item, with a counter on stderr.
pub async fn print_pages<T: Serialize>(
    ctx: &Ctx<'_>,
    what: &str,
    pages: impl Stream<Item = gong_client::Result<Page<T>>>,
) -> Result<(), Failure> {
    let bar = ctx.progress.listing(what);
    let mut writer = ctx.out.list();
    let mut pages = std::pin::pin!(pages);
    while let Some(page) = pages.next().await {
        match page {
            Ok(page) => {
                if let Some(total) = page.total_records.and_then(|t| u64::try_from(t).ok()) {
                    bar.set_length(total);
                }
                for item in &page.items {
                    if writer.collects() {
                        writer.push(item)?;
                    } else {
                        bar.suspend(|| writer.push(item))?;
                    }
                    bar.inc(1);
                }
            }
            Err(e) => {
                bar.finish_and_clear();
                writer.abort()?;
                return Err(e.into());
            }
        }
    }
    bar.finish_and_clear();
    writer.finish()
}

/// Prints a stream of items (a listing without a page view).
pub async fn print_items<T: Serialize>(
    ctx: &Ctx<'_>,
    what: &str,
    items: impl Stream<Item = gong_client::Result<T>>,
) -> Result<(), Failure> {
    let pages = items.map(|r| r.map(|item| Page::new(vec![item], None)));
    print_pages(ctx, what, pages).await
}
