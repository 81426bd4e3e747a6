//! The sandbox's OAuth 2.0 pair, as Gong's: an authorization page that
//! redirects with a code, and a token endpoint for the code exchange and
//! refreshes, where each refresh token works once.

use std::time::Duration;

use axum::extract::Request;
use axum::http::{Method, header};
use base64::Engine as _;
use secrecy::ExposeSecret;
use serde_json::json;
use subtle::ConstantTimeEq;
use tokio::time::Instant;

use super::handlers::Reply;
use super::state::{Access, Code, Refresh, Shared, State};

/// How long an authorization code can be exchanged.
const CODE_TTL: Duration = Duration::from_secs(600);

/// Handles `/oauth2/...`.
pub(crate) async fn handle(sb: &Shared, req: Request) -> Reply {
    let path = req.uri().path().to_owned();
    match (req.method(), path.as_str()) {
        (&Method::GET, "/oauth2/authorize") => authorize(sb, req.uri().query().unwrap_or_default()),
        (&Method::POST, "/oauth2/generate-customer-token") => token(sb, req).await,
        (_, "/oauth2/authorize" | "/oauth2/generate-customer-token") => {
            oauth_error(405, "invalid_request", "method not allowed")
        }
        _ => oauth_error(404, "invalid_request", "no such OAuth endpoint"),
    }
}

fn oauth_error(status: u16, error: &str, description: &str) -> Reply {
    Reply::json(status, &json!({ "error": error, "error_description": description }))
}

fn params(text: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(text.as_bytes()).into_owned().collect()
}

fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

fn redirect(to: &str, pairs: &[(&str, &str)]) -> Reply {
    let query = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs.iter().copied())
        .finish();
    let sep = if to.contains('?') { '&' } else { '?' };
    Reply {
        status: 302,
        headers: vec![(header::LOCATION, format!("{to}{sep}{query}"))],
        body: bytes::Bytes::new(),
        json: false,
    }
}

/// `GET /oauth2/authorize`: the person approves at once; redirects to
/// `redirect_uri` with `code` and `state`.
fn authorize(sb: &Shared, query: &str) -> Reply {
    let p = params(query);
    let client_ok = param(&p, "client_id").is_some_and(|c| c == sb.creds.client_id);
    if !client_ok {
        return oauth_error(400, "invalid_client", "unknown client_id");
    }
    let Some(redirect_uri) = param(&p, "redirect_uri") else {
        return oauth_error(400, "invalid_request", "redirect_uri is required");
    };
    if url_is_bad(redirect_uri)
        || sb
            .config
            .redirect_uris
            .as_ref()
            .is_some_and(|allowed| !allowed.iter().any(|u| u == redirect_uri))
    {
        return oauth_error(400, "invalid_request", "redirect_uri is not registered for this app");
    }
    let state = param(&p, "state").unwrap_or_default();
    if param(&p, "response_type") != Some("code") {
        return redirect(
            redirect_uri,
            &[("error", "unsupported_response_type"), ("state", state)],
        );
    }
    let scope = param(&p, "scope")
        .unwrap_or(gong_client::auth::DEFAULT_SCOPES)
        .to_owned();
    let code = {
        let mut st = sb.lock();
        let code = st.rng.token(32);
        st.codes.insert(
            code.clone(),
            Code {
                redirect_uri: redirect_uri.to_owned(),
                scope,
                expires: Instant::now() + CODE_TTL,
            },
        );
        st.stats.codes_issued += 1;
        code
    };
    redirect(redirect_uri, &[("code", &code), ("state", state)])
}

fn url_is_bad(u: &str) -> bool {
    reqwest::Url::parse(u).map_or(true, |u| !matches!(u.scheme(), "http" | "https"))
}

fn client_authenticated(sb: &Shared, req: &Request) -> bool {
    let Some(value) = req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let Some(rest) = value
        .split_once(' ')
        .filter(|(s, _)| s.eq_ignore_ascii_case("basic"))
        .map(|(_, r)| r)
    else {
        return false;
    };
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(rest.trim())
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .unwrap_or_default();
    let (id, secret) = decoded.split_once(':').unwrap_or(("", ""));
    bool::from(
        id.as_bytes().ct_eq(sb.creds.client_id.as_bytes())
            & secret
                .as_bytes()
                .ct_eq(sb.creds.client_secret.expose_secret().as_bytes()),
    )
}

/// `POST /oauth2/generate-customer-token`: parameters in the form body or
/// the query string (the body wins).
async fn token(sb: &Shared, req: Request) -> Reply {
    if !client_authenticated(sb, &req) {
        return oauth_error(401, "invalid_client", "client authentication failed");
    }
    let mut p = params(req.uri().query().unwrap_or_default());
    let body = match axum::body::to_bytes(req.into_body(), 64 * 1024).await {
        Ok(b) => b,
        Err(_) => return oauth_error(400, "invalid_request", "the body could not be read"),
    };
    p.extend(params(&String::from_utf8_lossy(&body)));
    let now = Instant::now();
    let mut st = sb.lock();
    let scope = match param(&p, "grant_type") {
        Some("authorization_code") => {
            let Some(code) = param(&p, "code") else {
                return oauth_error(400, "invalid_request", "code is required");
            };
            match st.codes.remove(code) {
                Some(c) if c.expires > now && param(&p, "redirect_uri") == Some(c.redirect_uri.as_str()) => {
                    st.stats.code_exchanges += 1;
                    c.scope
                }
                _ => {
                    return invalid_grant(
                        &mut st,
                        "the code is unknown, used, expired or for another redirect_uri",
                    );
                }
            }
        }
        Some("refresh_token") => {
            let Some(token) = param(&p, "refresh_token") else {
                return oauth_error(400, "invalid_request", "refresh_token is required");
            };
            let (used, scope) = match st.refresh.get_mut(token) {
                None => return invalid_grant(&mut st, "the refresh token is unknown"),
                Some(r) => {
                    let was = r.used;
                    r.used = true;
                    (was, r.scope.clone())
                }
            };
            if used {
                st.stats.refresh_token_reuses += 1;
                return invalid_grant(&mut st, "the refresh token was already used");
            }
            st.stats.token_refreshes += 1;
            scope
        }
        Some(_) => return oauth_error(400, "unsupported_grant_type", "use authorization_code or refresh_token"),
        None => return oauth_error(400, "invalid_request", "grant_type is required"),
    };
    let access = format!("sbx-at-{}", st.rng.token(40));
    let refresh = format!("sbx-rt-{}", st.rng.token(40));
    let ttl = sb.config.access_token_ttl;
    st.access.insert(
        access.clone(),
        Access {
            expires: now + ttl,
            scope: scope.clone(),
        },
    );
    st.refresh.insert(
        refresh.clone(),
        Refresh {
            scope: scope.clone(),
            used: false,
        },
    );
    Reply::json(
        200,
        &json!({
            "access_token": access,
            "refresh_token": refresh,
            "scope": scope,
            "token_type": "bearer",
            "expires_in": ttl.as_secs_f64().ceil().max(1.0) as u64,
            "api_base_url_for_customer": sb.config.customer_base_url,
        }),
    )
}

fn invalid_grant(st: &mut State, description: &str) -> Reply {
    st.stats.invalid_grants += 1;
    oauth_error(400, "invalid_grant", description)
}
