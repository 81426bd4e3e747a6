//! `gong search`: full-text search of the transcripts a `gong sync` database
//! keeps. It makes no Gong request (the MCP server's `search-transcripts` runs
//! the same search).

use clap::Args;
use gong_sync::{TranscriptQuery, open_store};

use crate::context::Ctx;
use crate::failure::Failure;

/// `gong search`
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The database of `gong sync`: sqlite:PATH or a postgres:// URL.
    #[arg(long, default_value = "sqlite:gong.db", value_name = "URL")]
    pub db: String,
    /// Words to find (every one of them, stemmed; no operators).
    #[arg(value_name = "QUERY", required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// Only sentences of this speaker (Gong's speakerId).
    #[arg(long, value_name = "ID")]
    pub speaker: Option<String>,
    /// Only calls that started at or after this date-time (ISO-8601 with offset).
    #[arg(long, value_name = "DATE-TIME")]
    pub from: Option<String>,
    /// Only calls that started before this date-time (ISO-8601 with offset).
    #[arg(long, value_name = "DATE-TIME")]
    pub to: Option<String>,
    /// Most hits, best first.
    #[arg(long, default_value_t = 20, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub limit: u32,
}

fn time(flag: &str, text: &Option<String>) -> Result<Option<chrono::DateTime<chrono::Utc>>, Failure> {
    text.as_deref()
        .map(|t| {
            chrono::DateTime::parse_from_rfc3339(t.trim())
                .map(|t| t.with_timezone(&chrono::Utc))
                .map_err(|_| {
                    Failure::Usage(format!(
                        "{flag}: expected an ISO-8601 date-time with an offset (2026-01-01T00:00:00Z)"
                    ))
                })
        })
        .transpose()
}

/// Runs `gong search`.
pub async fn run(ctx: &Ctx<'_>, a: &SearchArgs) -> Result<(), Failure> {
    let query = TranscriptQuery {
        text: a.query.join(" "),
        speaker_id: a.speaker.clone(),
        from: time("--from", &a.from)?,
        to: time("--to", &a.to)?,
        limit: a.limit,
    };
    let store = open_store(&a.db).await?;
    let hits = store.search_transcripts(query).await?;
    ctx.out.print(&hits)
}
