//! `gong tour`: a guided run printing real results.
//!
//! With `--sandbox` it runs against an embedded Gong whose automation rule
//! posts to a webhook receiver started for the tour, with a freshly
//! generated key pair: calls across pages, transcripts of a few of them in
//! one request, a new call with a generated recording uploaded with a
//! progress bar, and the signed webhook that call fires, verified. Against
//! the configured tenant it reads only, unless `--write`; the webhook step
//! needs the sandbox (Gong posts to a public URL configured in Gong).

use std::path::PathBuf;
use std::time::Instant;

use clap::Args;
use futures::StreamExt;
use gong_client::Client;
use gong_client::GongId;
use gong_client::actions::{CallDirection, CallTranscripts, ListCalls, ListUsers, NewCall, Party};
use gong_client::api::types::{CallBasicData, CallTranscript, UserMetadata};
use gong_client::media::MediaFile;

use crate::config::{self, Tuning};
use crate::failure::Failure;
use crate::global::Global;
use crate::output::{clip, write_out};
use crate::progress::Progress;

/// `gong tour`
#[derive(Debug, Args)]
pub struct TourArgs {
    /// Against a real tenant: also create a call and upload a short generated recording.
    #[arg(long)]
    pub write: bool,
    /// Pages of calls to list at most.
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub pages: usize,
}

/// How many calls get their transcripts fetched.
const TRANSCRIPTS: usize = 3;

/// Seconds of generated audio.
const AUDIO_SECS: u32 = 8;

/// What the tour did, for the last line.
#[derive(Default)]
struct Summary {
    calls: usize,
    pages: usize,
    transcripts: usize,
    created: Option<(GongId, u64)>,
    webhook: Option<String>,
}

fn say(text: impl AsRef<str>) -> Result<(), Failure> {
    write_out(text.as_ref())
}

/// `gong tour`
pub async fn tour(global: &Global, progress: Progress, a: &TourArgs) -> Result<(), Failure> {
    if a.pages == 0 {
        return Err(Failure::Usage("--pages must be at least 1".into()));
    }
    let started = Instant::now();
    let tuning = Tuning::of(global, false);
    let summary = if global.sandbox {
        #[cfg(feature = "sandbox")]
        {
            embedded::tour(global, progress, a, tuning).await?
        }
        #[cfg(not(feature = "sandbox"))]
        {
            return Err(Failure::Usage(crate::sandbox::NOT_BUILT.into()));
        }
    } else {
        tenant_tour(global, progress, a, tuning).await?
    };
    let mut parts = vec![format!(
        "{} calls in {} page{}",
        summary.calls,
        summary.pages,
        plural(summary.pages)
    )];
    parts.push(format!(
        "{} transcript{} in 1 request",
        summary.transcripts,
        plural(summary.transcripts)
    ));
    if let Some((id, bytes)) = &summary.created {
        parts.push(format!("call {id} created with {} of media", size(*bytes)));
    }
    parts.push(match &summary.webhook {
        Some(rule) => format!("webhook of rule {rule:?} verified"),
        None => "no webhook (sandbox only)".to_owned(),
    });
    say("")?;
    say(format!(
        "Tour done in {:.1} s: {}.",
        started.elapsed().as_secs_f64(),
        parts.join(", ")
    ))
}

/// Against the configured tenant.
async fn tenant_tour(global: &Global, progress: Progress, a: &TourArgs, tuning: Tuning) -> Result<Summary, Failure> {
    let resolved = config::resolve(global)?;
    let client = resolved.client(tuning)?;
    let shown = resolved
        .base_url
        .as_ref()
        .map(|(u, _)| u.clone())
        .unwrap_or_else(|| gong_client::DEFAULT_BASE_URL.to_owned());
    say(format!(
        "Gong tour against {shown} ({}).",
        if a.write {
            "--write: it creates one call and uploads a short recording"
        } else {
            "read-only"
        }
    ))?;
    let mut summary = Summary::default();
    let calls = list_calls(&client, a.pages, &mut summary).await?;
    transcripts(&client, &calls, &mut summary).await?;
    say("")?;
    say("3. A new call and its recording (Create New Call, Add Call Media)")?;
    if a.write {
        let user = first_user(&client).await?;
        let (id, bytes) = create_and_upload(&client, progress, &user).await?;
        summary.created = Some((id, bytes));
    } else {
        say("   skipped: read-only (pass --write to create a call in your tenant and upload 8 s of audio)")?;
    }
    say("")?;
    say("4. The automation-rule webhook")?;
    say("   skipped: Gong posts it to the public URL configured on the rule; receive it with")?;
    say("   `gong webhook listen`, or see the whole loop with `gong --sandbox tour`")?;
    Ok(summary)
}

// ------------------------------------------------------------------ steps

/// Step 1: lists calls page by page; returns the calls seen.
async fn list_calls(client: &Client, max_pages: usize, summary: &mut Summary) -> Result<Vec<CallBasicData>, Failure> {
    say("")?;
    say("1. Calls, 100 a page, the cursor carried from page to page (List Calls)")?;
    let mut pages = std::pin::pin!(client.list_calls_pages(ListCalls::all()));
    let mut calls: Vec<CallBasicData> = Vec::new();
    let mut more = false;
    while let Some(page) = pages.next().await {
        let page = page?;
        summary.pages += 1;
        let total = page.total_records.map(|t| format!(" ({t} in all)")).unwrap_or_default();
        say(format!(
            "   page {}: {} calls{}",
            summary.pages,
            page.items.len(),
            if summary.pages == 1 { total } else { String::new() }
        ))?;
        more = page.next_cursor.is_some();
        calls.extend(page.items);
        if summary.pages >= max_pages {
            break;
        }
    }
    summary.calls = calls.len();
    if calls.is_empty() {
        say("   no calls yet")?;
        return Ok(calls);
    }
    say(format!(
        "   {} calls in {} page{}{}. The first {}:",
        calls.len(),
        summary.pages,
        plural(summary.pages),
        if more {
            format!(" (stopped there; --pages {} for more)", max_pages + 1)
        } else {
            String::new()
        },
        calls.len().min(TRANSCRIPTS)
    ))?;
    for call in calls.iter().take(TRANSCRIPTS) {
        say(format!(
            "     {}  {}  {}",
            call.id.as_ref().map(|i| i.as_str()).unwrap_or("?"),
            call.started
                .as_ref()
                .map(|t| t.utc().format("%Y-%m-%d %H:%M").to_string())
                .unwrap_or_default(),
            clip(call.title.as_deref().unwrap_or("(untitled)"), 60)
        ))?;
    }
    Ok(calls)
}

/// Step 2: transcripts of the first calls, in one request.
async fn transcripts(client: &Client, calls: &[CallBasicData], summary: &mut Summary) -> Result<(), Failure> {
    say("")?;
    let ids: Vec<GongId> = calls.iter().filter_map(|c| c.id.clone()).take(TRANSCRIPTS).collect();
    say(format!(
        "2. Transcripts of {} of those calls, in one request (Get Call Transcript)",
        ids.len()
    ))?;
    if ids.is_empty() {
        say("   skipped: no calls")?;
        return Ok(());
    }
    let before = client.stats().requests_sent;
    let mut found: Vec<CallTranscript> = Vec::new();
    let mut pages = std::pin::pin!(client.get_call_transcripts_pages(CallTranscripts::of_calls(ids.clone()).build()?));
    while let Some(page) = pages.next().await {
        found.extend(page?.items);
    }
    let requests = client.stats().requests_sent - before;
    for t in &found {
        let sentences: usize = t.transcript.iter().map(|m| m.sentences.len()).sum();
        let first = t
            .transcript
            .iter()
            .find_map(|m| m.sentences.first().and_then(|s| s.text.clone()))
            .unwrap_or_default();
        say(format!(
            "   {}: {} monologues, {} sentences; it opens: \"{}\"",
            t.call_id.as_ref().map(|i| i.as_str()).unwrap_or("?"),
            t.transcript.len(),
            sentences,
            clip(&first, 70)
        ))?;
    }
    say(format!(
        "   {} transcript{} in {} request{}",
        found.len(),
        plural(found.len()),
        requests,
        plural(requests as usize)
    ))?;
    summary.transcripts = found.len();
    Ok(())
}

/// The first company user, to host the new call.
async fn first_user(client: &Client) -> Result<UserMetadata, Failure> {
    let mut users = std::pin::pin!(client.list_users(ListUsers::all()));
    while let Some(user) = users.next().await {
        let user = user?;
        if user.id.is_some() && user.active != Some(false) {
            return Ok(user);
        }
    }
    Err(Failure::Api(
        "the tenant has no active user to host the new call".into(),
    ))
}

/// Step 3: creates a call, writes a short WAV file and uploads it.
async fn create_and_upload(client: &Client, progress: Progress, user: &UserMetadata) -> Result<(GongId, u64), Failure> {
    let user_id = user
        .id
        .clone()
        .ok_or_else(|| Failure::Api("a user without an id".into()))?;
    let now = chrono::Utc::now();
    let unique = format!("gong-tour-{}", now.timestamp_nanos_opt().unwrap_or_default());
    let new_call = NewCall::builder(
        unique,
        user_id.clone(),
        vec![Party::user(user_id), Party::email("buyer@customer.example")],
        CallDirection::Outbound,
        now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    )
    .title("Gong tour: discovery call")
    .duration(f64::from(AUDIO_SECS))
    .build()?;
    let created = client.create_call(new_call).await?;
    let call_id = created
        .call_id
        .ok_or_else(|| Failure::Api("Create New Call answered without a callId".into()))?;
    say(format!(
        "   created call {call_id}, hosted by {} <{}>",
        [user.first_name.as_deref(), user.last_name.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" "),
        user.email_address.as_deref().unwrap_or("?")
    ))?;

    let dir = TempDir::new()?;
    let path = dir.0.join("gong-tour-call.wav");
    std::fs::write(&path, wav(AUDIO_SECS)).map_err(|e| Failure::Network(format!("writing {}: {e}", path.display())))?;
    let media = MediaFile::from_path(&path).await?;
    let bytes = media.len();
    let bar = progress.upload(bytes, "gong-tour-call.wav");
    let on = bar.clone();
    let media = media.on_progress(move |sent, total| {
        on.set_length(total);
        on.set_position(sent);
    });
    let upload_started = Instant::now();
    let answer = client.add_call_media(&call_id, media).await;
    bar.finish_and_clear();
    let answer = answer?;
    say(format!(
        "   uploaded gong-tour-call.wav ({} of 16 kHz mono audio, {} s) in {} ms{}",
        size(bytes),
        AUDIO_SECS,
        upload_started.elapsed().as_millis(),
        answer.url.map(|u| format!("; {u}")).unwrap_or_default()
    ))?;
    Ok((call_id, bytes))
}

// ------------------------------------------------------------ sandbox

#[cfg(feature = "sandbox")]
mod embedded {
    use std::time::Duration;

    use gong_client::webhook::server::{ReceivedEvent, WebhookServer};
    use gong_client::webhook::{AutomationRule, AutomationRules, test_util};
    use gong_sandbox::WebhookRule;
    use tokio::sync::{mpsc, oneshot};

    use super::TourArgs;
    use super::{Summary, clip, create_and_upload, first_user, list_calls, say, transcripts};
    use crate::clock::unix_now;
    use crate::config::Tuning;
    use crate::failure::Failure;
    use crate::global::Global;
    use crate::progress::Progress;
    use crate::sandbox::{Setup, client, start};

    /// The tour's automation rule.
    const RULE: &str = "tour-new-calls";

    pub async fn tour(global: &Global, progress: Progress, a: &TourArgs, tuning: Tuning) -> Result<Summary, Failure> {
        let pace = global.sandbox_rate_limit.and_then(|r| r.0);
        say("Gong tour against an embedded Gong, with a webhook receiver for its automation rule.")?;
        say("Generating the rule's RSA key pair (2048 bits; slower in a debug build)...")?;
        // The receiver: a fresh key pair, one signed-JWT rule, on a free port.
        let keys = fresh_key_pair().await?;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| Failure::Network(format!("starting the webhook receiver: {e}")))?;
        let addr = listener
            .local_addr()
            .map_err(|e| Failure::Network(format!("starting the webhook receiver: {e}")))?;
        let hook_url = format!("http://{addr}/hooks/gong");
        let rule = AutomationRule::signed_jwt(RULE, &keys.public_base64, &hook_url)
            .and_then(|r| r.with_route("/hooks/gong"))
            .map_err(|e| Failure::Other(format!("the tour's rule: {e}")))?;
        let rules = AutomationRules::new()
            .with(rule)
            .map_err(|e| Failure::Other(format!("the tour's rule: {e}")))?;
        let (tx, mut rx) = mpsc::channel::<ReceivedEvent>(8);
        let app = WebhookServer::new(rules).router(tx);
        let (stop, stopped) = oneshot::channel::<()>();
        let receiver = tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
        });

        let sandbox = start(
            Setup {
                seed: global.sandbox_seed,
                calls: global.sandbox_calls,
                port: 0,
                rate_limit: pace,
                variations: global.sandbox_variations,
                ..Default::default()
            },
            vec![WebhookRule::signed_jwt(RULE, &hook_url, keys.private_pem())],
        )
        .await?;
        let client = client(&sandbox.handle, pace, tuning)?;
        say(format!(
            "The embedded Gong is at {} (seed {}, {} calls); its automation rule {RULE:?} posts to {hook_url}.",
            sandbox.handle.url(),
            global.sandbox_seed,
            sandbox.handle.call_ids().len()
        ))?;

        let mut summary = Summary::default();
        let calls = list_calls(&client, a.pages, &mut summary).await?;
        transcripts(&client, &calls, &mut summary).await?;
        say("")?;
        say("3. A new call and its recording (Create New Call, Add Call Media)")?;
        let user = first_user(&client).await?;
        let (call_id, bytes) = create_and_upload(&client, progress, &user).await?;
        summary.created = Some((call_id.clone(), bytes));

        say("")?;
        say("4. The automation-rule webhook Gong fires once the media is in")?;
        let received = tokio::time::timeout(Duration::from_secs(10), rx.recv())
            .await
            .ok()
            .flatten()
            .ok_or_else(|| {
                let why = sandbox
                    .handle
                    .webhook_deliveries()
                    .last()
                    .map(|d| {
                        d.error
                            .clone()
                            .unwrap_or_else(|| format!("HTTP {}", d.status.unwrap_or(0)))
                    })
                    .unwrap_or_else(|| "nothing was sent".to_owned());
                Failure::Other(format!("no verified webhook within 10 s ({why})"))
            })?;
        let event = &received.event;
        let title = event
            .call
            .meta_data
            .as_ref()
            .and_then(|m| m.title.clone())
            .unwrap_or_default();
        say(format!(
            "   verified webhook: rule {:?}, call {} \"{}\", isTest {}, {} parties (RS256 signature, body SHA-256, URL and expiry checked)",
            received.rule.as_ref(),
            event.call_id().map(|i| i.as_str()).unwrap_or("?"),
            clip(&title, 50),
            event.is_test,
            event.call.parties.len()
        ))?;
        if event.call_id() != Some(&call_id) {
            return Err(Failure::Other(format!(
                "the webhook was about another call than {call_id}"
            )));
        }
        summary.webhook = Some(received.rule.to_string());

        // The same delivery with one byte added: the receiver refuses it.
        let body = event.raw_body().to_vec();
        let pem = keys.private_pem().to_owned();
        let url = hook_url.clone();
        let token = tokio::task::spawn_blocking(move || {
            test_util::sign(&body, &url, &pem, unix_now() + 300).map(|t| (t, body))
        })
        .await
        .map_err(|e| Failure::Other(format!("signing: {e}")))?
        .map_err(|e| Failure::Other(format!("signing: {e}")))?;
        let (token, mut body) = token;
        body.push(b' ');
        let status = reqwest::Client::new()
            .post(&hook_url)
            .header("authorization", token)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .map(|r| r.status().as_u16())
            .map_err(|e| Failure::Network(format!("posting to the receiver: {e}")))?;
        say(format!(
            "   a tampered copy (one byte added to the body) was refused: HTTP {status}"
        ))?;

        let listed = client
            .get_call(gong_client::actions::GetCall::new(call_id.clone())?)
            .await?;
        say(format!(
            "   the call is listed now: Get Call {call_id} -> \"{}\", {} s",
            listed.call.as_ref().and_then(|c| c.title.as_deref()).unwrap_or("?"),
            listed.call.as_ref().and_then(|c| c.duration).unwrap_or(0)
        ))?;

        let _ = stop.send(());
        let _ = tokio::time::timeout(Duration::from_secs(2), receiver).await;
        sandbox.handle.shutdown().await;
        Ok(summary)
    }

    /// A fresh key pair. Generating one is a random search for primes, and
    /// slow without optimizations; several searches race on the machine's
    /// cores and the first key wins (the others finish unheeded).
    async fn fresh_key_pair() -> Result<test_util::TestKeyPair, Failure> {
        let racers = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 4);
        let (tx, rx) = oneshot::channel();
        let tx = std::sync::Arc::new(std::sync::Mutex::new(Some(tx)));
        for _ in 0..racers {
            let tx = tx.clone();
            std::thread::spawn(move || {
                let keys = test_util::generate_key_pair();
                if let Some(tx) = tx.lock().ok().and_then(|mut t| t.take()) {
                    let _ = tx.send(keys);
                }
            });
        }
        rx.await
            .map_err(|_| Failure::Other("generating a key pair failed".into()))
    }
}

// ---------------------------------------------------------------- helpers

/// A temporary directory removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<TempDir, Failure> {
        let dir = std::env::temp_dir().join(format!(
            "gong-tour-{}-{:016x}",
            std::process::id(),
            rand::random::<u64>()
        ));
        std::fs::create_dir_all(&dir).map_err(|e| Failure::Network(format!("creating {}: {e}", dir.display())))?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A mono 16-bit 16 kHz PCM WAV file: a few seconds of a rising tone.
fn wav(secs: u32) -> Vec<u8> {
    const RATE: u32 = 16_000;
    let samples = RATE * secs;
    let data_len = samples * 2;
    let mut out = Vec::with_capacity(44 + data_len as usize);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&RATE.to_le_bytes());
    out.extend_from_slice(&(RATE * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    let mut phase = 0f64;
    for i in 0..samples {
        let t = f64::from(i) / f64::from(RATE);
        let freq = 220.0 + 40.0 * t;
        phase += 2.0 * std::f64::consts::PI * freq / f64::from(RATE);
        let sample = (phase.sin() * 8_000.0) as i16;
        out.extend_from_slice(&sample.to_le_bytes());
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wav_header_adds_up() {
        let bytes = wav(1);
        assert_eq!(bytes.len(), 44 + 32_000);
        assert_eq!(&bytes[..4], b"RIFF");
        assert_eq!(
            u32::from_le_bytes(bytes[4..8].try_into().unwrap()) as usize,
            bytes.len() - 8
        );
        assert_eq!(&bytes[36..40], b"data");
    }
}
