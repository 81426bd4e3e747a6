//! Automation rules: when a call gets its media, every rule receives
//! `{"callData": ..., "isTest": false}` signed with its key (RS256 JWT in
//! `Authorization`, claims `body_sha256`, `webhook_url`, `exp`).

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderValue};
use secrecy::ExposeSecret;
use serde_json::json;

use super::render::{self, Selector};
use super::settings::{WebhookDelivery, WebhookRule};
use super::state::Shared;
use gong_client::GongId;
use gong_client::webhook::test_util;

/// How long a delivery's token is valid.
const TOKEN_LIFETIME: Duration = Duration::from_secs(300);

/// Sends the call to every rule, each on its own task.
pub(crate) fn fire(sb: &Arc<Shared>, call_id: &str) {
    if sb.config.rules.is_empty() {
        return;
    }
    let body = {
        let st = sb.lock();
        let Some(call) = st.data.call(call_id) else {
            return;
        };
        let payload = json!({
            "callData": render::extensive(st.data.seed, call, &Selector::everything()),
            "isTest": false,
        });
        serde_json::to_vec(&payload).unwrap_or_default()
    };
    let Ok(call_id) = GongId::new(call_id) else {
        return;
    };
    for rule in &sb.config.rules {
        let (sb, rule, body, call_id) = (sb.clone(), rule.clone(), body.clone(), call_id.clone());
        tokio::spawn(async move {
            let outcome = deliver(&sb, &rule, body).await;
            let mut st = sb.lock();
            match &outcome {
                Ok(status) if (200..300).contains(status) => st.stats.webhook_deliveries += 1,
                _ => st.stats.webhook_failures += 1,
            }
            st.deliveries.push(WebhookDelivery {
                rule: rule.name.clone(),
                call_id,
                status: outcome.as_ref().ok().copied(),
                error: outcome.err(),
            });
        });
    }
}

async fn deliver(sb: &Shared, rule: &WebhookRule, body: Vec<u8>) -> Result<u16, String> {
    let exp = (SystemTime::now() + TOKEN_LIFETIME)
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let token = test_util::sign(&body, &rule.url, rule.private_key_pem.expose_secret(), exp)
        .map_err(|e| format!("signing the delivery failed: {e}"))?;
    let mut auth = HeaderValue::from_str(&token).map_err(|_| "the token is not a header value".to_owned())?;
    auth.set_sensitive(true);
    let response = sb
        .http
        .post(&rule.url)
        .header(AUTHORIZATION, auth)
        .header(CONTENT_TYPE, "application/json")
        .body(body)
        .send()
        .await
        .map_err(|e| format!("the receiver could not be reached: {e}"))?;
    Ok(response.status().as_u16())
}
