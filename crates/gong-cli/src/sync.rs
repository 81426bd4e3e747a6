//! `gong sync`: the tenant (or the embedded Gong) into SQLite or
//! PostgreSQL, incrementally and resumably, within the daily budget.

use std::io::IsTerminal;
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use clap::Args;
use gong_sync::{Plan, SyncOptions, SyncOutcome, SyncReport, SyncStream, Syncer, open_store, parse_duration};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::{Value, json};

use crate::context::Ctx;
use crate::failure::Failure;

/// `gong sync`
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Where to keep the data: `sqlite:PATH` (one file, created if missing) or a
    /// `postgres://user@host/db` URL.
    #[arg(long, default_value = "sqlite:gong.db", value_name = "URL")]
    pub db: String,
    /// Streams to sync, comma separated: workspaces, users, calls, transcripts, library,
    /// scorecards, answered_scorecards, trackers, call_outcomes, flows, tasks (default: all but
    /// flows and tasks, which Gong lists one user at a time).
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    pub streams: Vec<String>,
    /// A new pass of calls starts at this date (YYYY-MM-DD, UTC) or date-time (RFC 3339)
    /// instead of the last high-water mark less the hold-back window.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Print the estimate of requests against today's budget; send nothing but the first
    /// pages the estimate needs.
    #[arg(long)]
    pub plan: bool,
    /// How far behind the last high-water mark a new pass of calls starts, for calls
    /// Gong finishes processing late (s, m, h or d).
    #[arg(long, default_value = "24h", value_name = "DURATION")]
    pub hold_back: String,
    /// Share of the daily budget, in percent, left for the tenant's other integrations.
    #[arg(long, default_value_t = 20, value_name = "PERCENT")]
    pub reserve: u8,
    /// Users, workspaces and the library are read again when their last pass is older
    /// than this.
    #[arg(long, default_value = "24h", value_name = "DURATION")]
    pub refresh_every: String,
    /// Days of calls a new pass reads again for late updates (renamed calls, CRM changes);
    /// 0 turns it off. `--plan` shows its cost on a line of its own.
    #[arg(long, default_value_t = 7, value_name = "DAYS")]
    pub lookback: u16,
    /// Also ask Gong for the calls' media URLs (needs the api:calls:read:media-url scope)
    /// and keep them, with their 8-hour expiry, in the call_media table.
    #[arg(long)]
    pub media: bool,
    /// Keep calls Gong marks private (left out by default, as Gong asks of integrations).
    #[arg(long)]
    pub include_private: bool,
}

fn since(text: &str) -> Result<DateTime<Utc>, Failure> {
    let t = text.trim();
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d")
        && let Some(dt) = d.and_hms_opt(0, 0, 0)
    {
        return Ok(dt.and_utc());
    }
    DateTime::parse_from_rfc3339(t)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|_| Failure::Usage("invalid --since: must be a date (YYYY-MM-DD) or an RFC 3339 date-time".into()))
}

/// The options the flags ask for.
pub fn options(a: &SyncArgs) -> Result<SyncOptions, Failure> {
    let mut options = SyncOptions::new()
        .hold_back(parse_duration("hold-back", &a.hold_back)?)
        .refresh_every(parse_duration("refresh-every", &a.refresh_every)?)
        .since(a.since.as_deref().map(since).transpose()?)
        .lookback(Duration::from_secs(u64::from(a.lookback) * 86_400))
        .media(a.media)
        .include_private(a.include_private);
    if a.reserve >= 100 {
        return Err(Failure::Usage(
            "invalid --reserve: must be a percentage below 100".into(),
        ));
    }
    options = options.reserve(f64::from(a.reserve) / 100.0);
    if !a.streams.is_empty() {
        let streams = a
            .streams
            .iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.parse::<SyncStream>())
            .collect::<Result<Vec<_>, _>>()?;
        options = options.streams(streams);
    }
    options.validate()?;
    Ok(options)
}

fn plan_json(plan: &Plan) -> Value {
    json!({
        "requests": plan.requests,
        "planningRequests": plan.planning_requests,
        "spentToday": plan.spent_today,
        "dailyLimit": plan.daily_limit,
        "reservePercent": (plan.reserve * 100.0).round() as u64,
        "budgetLeft": plan.budget_left,
        "fits": plan.fits(),
        "lookback": plan.lookback.as_ref().map(|l| json!({
            "days": l.window.as_secs() / 86_400,
            "records": l.records,
            "requests": l.requests,
            "included": l.included,
        })),
        "streams": plan.streams.iter().map(|s| json!({
            "stream": s.stream.name(),
            "due": s.due,
            "resumes": s.resumes,
            "records": s.records,
            "requests": s.requests,
        })).collect::<Vec<_>>(),
    })
}

fn report_json(r: &SyncReport) -> Value {
    json!({
        "outcome": match r.outcome {
            SyncOutcome::Done => "done",
            SyncOutcome::BudgetReached { .. } => "budgetReached",
        },
        "resumeAfter": r.outcome.resume_after().map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        "records": r.records(),
        "requests": r.requests,
        "seconds": (r.elapsed.as_secs_f64() * 10.0).round() / 10.0,
        "streams": r.streams.iter().map(|s| json!({
            "stream": s.stream.name(),
            "records": s.records,
            "inserted": s.counts.inserted,
            "updated": s.counts.updated,
            "unchanged": s.counts.unchanged,
            "removed": s.counts.removed,
            "requests": s.requests,
            "finished": s.finished,
            "skipped": s.skipped,
            "message": s.message,
        })).collect::<Vec<_>>(),
        "plan": plan_json(&r.plan),
    })
}

/// The one-line summary of a run.
pub fn summary(r: &SyncReport) -> String {
    let budget = match r.plan.budget_left {
        Some(left) => format!("; {} requests of today's budget were left", left),
        None => String::new(),
    };
    let end = match r.outcome {
        SyncOutcome::Done => "done".to_owned(),
        SyncOutcome::BudgetReached { resume_after: None } => {
            "stopped at the daily budget (less the reserve); run again to go on from here".to_owned()
        }
        SyncOutcome::BudgetReached { resume_after: Some(t) } => format!(
            "budget reached, resume after {}: stopped cleanly; run again then to go on from here",
            t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        ),
    };
    format!(
        "synced {} records with {} requests in {:.1} s{budget}: {end}",
        r.records(),
        r.requests,
        r.elapsed.as_secs_f64()
    )
}

/// Runs `gong sync`.
pub async fn run(ctx: &Ctx<'_>, a: &SyncArgs) -> Result<(), Failure> {
    let options = options(a)?;
    let client = ctx.client()?;
    let store = open_store(&a.db).await?;
    let syncer = Syncer::new(&client, store.as_ref(), options);
    if a.plan {
        let plan = syncer.plan().await?;
        if let Some(l) = &plan.lookback {
            eprintln!(
                "lookback: {} days, {} calls read again, about {} requests{}",
                l.window.as_secs() / 86_400,
                l.records,
                l.requests,
                if l.included {
                    ""
                } else {
                    " (skipped: the budget left cannot pay for it)"
                }
            );
        }
        if !plan.fits() {
            eprintln!(
                "warning: the run needs about {} requests, more than the {} left today; it would stop at the budget and go on in the next run",
                plan.requests,
                plan.budget_left.unwrap_or_default()
            );
        }
        return ctx.out.print(&plan_json(&plan));
    }
    let rate = client
        .transport()
        .quota()
        .settings()
        .per_second
        .unwrap_or(gong_client::MAX_RATE_PER_SECOND);
    let bar = progress_bar(ctx);
    let shown = bar.clone();
    let syncer = syncer.on_progress(move |p| {
        let left = p.requests_expected.saturating_sub(p.requests);
        let eta = Duration::from_secs_f64(left as f64 / rate.max(0.01));
        let of = p.records_expected.map(|n| format!(" of {n}")).unwrap_or_default();
        let budget = p.budget_left.map(|b| format!(", budget left {b}")).unwrap_or_default();
        shown.set_message(format!(
            "{}: {}{of} records, {} of ~{} requests{budget}, eta {}s",
            p.stream,
            p.records,
            p.requests,
            p.requests_expected,
            eta.as_secs()
        ));
    });
    let report = syncer.run().await;
    bar.finish_and_clear();
    let report = report?;
    for s in &report.streams {
        if let Some(m) = &s.message {
            eprintln!("warning: {}", crate::terminal::sanitize(m));
        }
    }
    ctx.out.print(&report_json(&report))?;
    if report.outcome.is_done() {
        eprintln!("{}", summary(&report));
        Ok(())
    } else {
        Err(Failure::Partial(summary(&report)))
    }
}

fn progress_bar(ctx: &Ctx<'_>) -> ProgressBar {
    let _ = ctx.progress;
    let on = std::io::stderr().is_terminal() && !ctx.global.no_progress;
    let target = if on {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(None, target);
    if let Ok(style) = ProgressStyle::with_template("{spinner} sync {msg}") {
        bar.set_style(style);
    }
    if on {
        bar.enable_steady_tick(Duration::from_millis(120));
    }
    bar
}
