//! Exports the calls that started since a date, each with its transcript,
//! to a JSON Lines file: one `{"call": ..., "transcript": [...]}` per line.
//!
//! ```sh
//! export GONG_BASE_URL=... GONG_ACCESS_KEY=... GONG_ACCESS_KEY_SECRET=...
//! cargo run --example export_calls_jsonl -- 2026-01-01T00:00:00Z calls.jsonl
//! ```
//!
//! Calls are read page by page and their transcripts fetched in batches of
//! [`BATCH`] ids, one `POST /v2/calls/transcript` per batch, so memory holds
//! one batch at a time however many calls the tenant has. The file is
//! written beside its final name and renamed into place only once every
//! line is written and synced: an interrupted export leaves no
//! half-written file under the name you asked for.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use futures::TryStreamExt;
use gong_client::actions::{CallTranscripts, ListCalls};
use gong_client::api::types::{CallBasicData, Monologue};
use gong_client::{Client, GongId};

/// Calls whose transcripts are fetched in one request.
const BATCH: usize = 100;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(since), Some(output)) = (args.next(), args.next()) else {
        return Err("usage: export_calls_jsonl SINCE OUTPUT.jsonl".into());
    };
    let output = PathBuf::from(output);
    let client = Client::from_env()?;

    let partial = partial_path(&output);
    let mut out = BufWriter::new(File::create(&partial)?);
    let result = export(&client, &since, &mut out).await;
    let written = match result {
        Ok(n) => n,
        Err(e) => {
            drop(out);
            let _ = std::fs::remove_file(&partial);
            return Err(e);
        }
    };
    let file = out.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()?;
    std::fs::rename(&partial, &output)?;
    eprintln!("{written} calls written to {}", output.display());
    Ok(())
}

/// Writes every call since `since` with its transcript; returns the count.
async fn export(client: &Client, since: &str, out: &mut impl Write) -> Result<usize, Box<dyn std::error::Error>> {
    let mut calls = std::pin::pin!(client.list_calls(ListCalls::builder().from_date_time(since).build()?));
    let mut batch: Vec<CallBasicData> = Vec::with_capacity(BATCH);
    let mut written = 0;
    loop {
        let next = calls.try_next().await?;
        let done = next.is_none();
        batch.extend(next);
        if batch.len() == BATCH || (done && !batch.is_empty()) {
            written += write_batch(client, std::mem::take(&mut batch), out).await?;
        }
        if done {
            return Ok(written);
        }
    }
}

/// Fetches the transcripts of `calls` and writes one line per call.
async fn write_batch(
    client: &Client,
    calls: Vec<CallBasicData>,
    out: &mut impl Write,
) -> Result<usize, Box<dyn std::error::Error>> {
    let ids: Vec<GongId> = calls.iter().filter_map(|c| c.id.clone()).collect();
    let mut transcripts: HashMap<GongId, Vec<Monologue>> = HashMap::new();
    if !ids.is_empty() {
        let mut stream = std::pin::pin!(client.get_call_transcripts(CallTranscripts::of_calls(ids).build()?));
        while let Some(t) = stream.try_next().await? {
            if let Some(id) = t.call_id {
                transcripts.insert(id, t.transcript);
            }
        }
    }
    for call in &calls {
        // A call Gong has no transcript for (yet) gets an empty list.
        let transcript = call
            .id
            .as_ref()
            .and_then(|id| transcripts.remove(id))
            .unwrap_or_default();
        let line = serde_json::json!({ "call": call, "transcript": transcript });
        serde_json::to_writer(&mut *out, &line)?;
        out.write_all(b"\n")?;
    }
    Ok(calls.len())
}

/// `calls.jsonl` -> `.calls.jsonl.partial` in the same directory, so the
/// final rename stays on one file system.
fn partial_path(output: &Path) -> PathBuf {
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    output.with_file_name(format!(".{name}.partial"))
}
