//! Testing your own Gong code against the embedded Gong (`gong-sandbox`),
//! with no tenant, no credentials and no network.
//!
//! Take the sandbox as a dev-dependency:
//!
//! ```toml
//! [dev-dependencies]
//! gong-sandbox = "0.1"
//! tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
//! ```
//!
//! `calls_per_user` below stands for your application's code: it takes a
//! [`Client`], so production passes one from [`Client::from_env`] and the
//! tests one from [`gong_sandbox::SandboxHandle::client_builder`]. The
//! sandbox's data follows from its seed, and the handle tells the tests
//! what is there (`call_ids`, `users`, ...) and what it saw (`stats`).
//!
//! ```sh
//! cargo test --example sandbox_in_tests                  # the tests, against the sandbox
//! cargo run --example sandbox_in_tests -- 2026-01-01T00:00:00Z   # the code, against GONG_*
//! ```

use std::collections::BTreeMap;

use futures::TryStreamExt;
use gong_client::actions::ListCalls;
use gong_client::{Client, GongId};

/// Your code: how many calls each primary user had since `since`.
async fn calls_per_user(client: &Client, since: &str) -> gong_client::Result<BTreeMap<GongId, usize>> {
    let mut counts = BTreeMap::new();
    let mut calls = std::pin::pin!(client.list_calls(ListCalls::builder().from_date_time(since).build()?));
    while let Some(call) = calls.try_next().await? {
        if let Some(user) = call.primary_user_id {
            *counts.entry(user).or_default() += 1;
        }
    }
    Ok(counts)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let since = std::env::args().nth(1).ok_or("usage: sandbox_in_tests SINCE")?;
    let client = Client::from_env()?;
    for (user, calls) in calls_per_user(&client, &since).await? {
        println!("{user}\t{calls}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use gong_client::Error;
    use gong_sandbox::Sandbox;

    use super::*;

    #[tokio::test]
    async fn counts_every_call_of_the_tenant() -> Result<(), Box<dyn std::error::Error>> {
        // 230 calls: three pages of Gong's 100. No rate limit, so the test
        // does not wait for Gong's 3 requests/s.
        let sandbox = Sandbox::builder().seed(42).calls(230).rate_limit(None).start().await?;
        let client = sandbox.client_builder().rate_limit(None).build()?;

        let counts = calls_per_user(&client, "2000-01-01T00:00:00Z").await?;

        assert_eq!(counts.values().sum::<usize>(), sandbox.call_ids().len());
        let users: Vec<GongId> = sandbox.users().into_iter().map(|u| u.id).collect();
        assert!(
            counts.keys().all(|u| users.contains(u)),
            "every call belongs to a user of the tenant"
        );
        assert_eq!(sandbox.stats().requests, 3, "one request per page");
        sandbox.shutdown().await;
        Ok(())
    }

    #[tokio::test]
    async fn a_bad_date_is_refused_before_anything_is_sent() -> Result<(), Box<dyn std::error::Error>> {
        let sandbox = Sandbox::builder().calls(10).start().await?;
        let client = sandbox.client_builder().build()?;

        let err = calls_per_user(&client, "last tuesday").await.unwrap_err();

        assert!(
            matches!(&err, Error::InvalidInput { field, .. } if field == "fromDateTime"),
            "{err}"
        );
        assert_eq!(sandbox.stats().requests, 0);
        sandbox.shutdown().await;
        Ok(())
    }
}
