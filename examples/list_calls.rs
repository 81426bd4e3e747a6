//! Lists the calls that started since a date, one line per call.
//!
//! ```sh
//! export GONG_BASE_URL=https://us-12345.api.gong.io   # your tenant's API URL
//! export GONG_ACCESS_KEY=... GONG_ACCESS_KEY_SECRET=...
//! cargo run --example list_calls -- 2026-01-01T00:00:00Z
//! ```
//!
//! Try it without a tenant: `gong sandbox serve` prints the `GONG_*`
//! variables of an embedded Gong (whose calls start in January 2025).
//!
//! The listing is a stream: pages are fetched as the loop asks for them,
//! paced at Gong's 3 requests/s, with retries on 429 and 5xx.

use futures::TryStreamExt;
use gong_client::Client;
use gong_client::actions::ListCalls;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let since = std::env::args()
        .nth(1)
        .ok_or("usage: list_calls SINCE (an ISO-8601 date-time, e.g. 2026-01-01T00:00:00Z)")?;
    // GONG_ACCESS_KEY, GONG_ACCESS_KEY_SECRET and (optionally) GONG_BASE_URL.
    let client = Client::from_env()?;

    // An invalid date is refused here, naming the field, before anything is sent.
    let mut calls = std::pin::pin!(client.list_calls(ListCalls::builder().from_date_time(since).build()?));
    let mut count = 0usize;
    while let Some(call) = calls.try_next().await? {
        count += 1;
        let id = call.id.as_ref().map(|id| id.as_str()).unwrap_or("?");
        let started = call.started.map(|t| t.to_string()).unwrap_or_default();
        // Titles come from Gong's users: escape control characters before
        // they reach a terminal.
        let title = call.title.as_deref().unwrap_or("").escape_debug().to_string();
        println!("{id}\t{started}\t{title}");
    }
    eprintln!("{count} calls");
    Ok(())
}
