//! Where an OAuth profile's tokens live: a private file (default) or, in a
//! gong built with the `keyring` feature, the OS keyring. `gong auth login`
//! chooses (`--token-store`), the profile remembers it, and every command,
//! `auth status`, `auth token` and `auth logout` use the same place.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use gong_client::auth::{FileTokenStore, TokenSet, TokenStore};
use serde_json::{Value, json};

use crate::failure::Failure;

/// The keyring service name of gong's entries.
#[cfg_attr(not(feature = "keyring"), allow(dead_code))]
pub const KEYRING_SERVICE: &str = "gong-cli";

/// Where one profile's tokens are kept.
#[derive(Debug, Clone)]
pub enum TokenPlace {
    /// A JSON file, mode 0600, replaced atomically.
    File(PathBuf),
    /// An entry of the OS keyring; `lock_of` is the token file path whose
    /// `.lock` sidecar serializes refreshes between processes.
    Keyring {
        /// The entry's user name: the profile file and the profile.
        user: String,
        /// The file path whose lock file the store locks.
        #[cfg_attr(not(feature = "keyring"), allow(dead_code))]
        lock_of: PathBuf,
    },
}

impl TokenPlace {
    /// The place `token_store` (`file`, `keyring` or none) names for a
    /// profile whose token file would be `token_file`.
    pub fn of(token_store: Option<&str>, token_file: PathBuf, profile: &str, config: &Path) -> Result<Self, Failure> {
        match token_store.map(str::trim).unwrap_or("file") {
            "" | "file" => Ok(TokenPlace::File(token_file)),
            "keyring" => {
                let config = std::path::absolute(config).unwrap_or_else(|_| config.to_path_buf());
                Ok(TokenPlace::Keyring {
                    user: format!("{profile}@{}", config.display()),
                    lock_of: token_file,
                })
            }
            other => Err(Failure::Usage(format!(
                "tokenStore: expected `file` or `keyring`, got {:?}",
                crate::terminal::sanitize(other)
            ))),
        }
    }

    /// The library's store for this place.
    pub fn store(&self) -> Result<Arc<dyn TokenStore>, Failure> {
        match self {
            TokenPlace::File(path) => Ok(Arc::new(FileTokenStore::new(path.clone()))),
            #[cfg(feature = "keyring")]
            TokenPlace::Keyring { user, lock_of } => Ok(Arc::new(keyring_store::KeyringTokenStore::new(
                KEYRING_SERVICE,
                user,
                lock_of.clone(),
            )?)),
            #[cfg(not(feature = "keyring"))]
            TokenPlace::Keyring { .. } => Err(Failure::Usage(
                "this profile keeps its OAuth tokens in the OS keyring, but this gong was built without \
                 the `keyring` feature (cargo install gong-cli --features keyring)"
                    .into(),
            )),
        }
    }

    /// The stored tokens, if any.
    pub async fn load(&self) -> Result<Option<TokenSet>, Failure> {
        self.store()?
            .load()
            .await
            .map_err(|e| Failure::Network(format!("reading the OAuth tokens ({}): {e}", self.name())))
    }

    /// Removes the stored tokens under the store's lock (so no refresh in
    /// another process writes them back half-way). True when there were some.
    pub async fn remove(&self) -> Result<bool, Failure> {
        let fail = |e: std::io::Error| Failure::Network(format!("removing the OAuth tokens ({}): {e}", self.name()));
        match self {
            TokenPlace::File(path) => {
                let _lock = FileTokenStore::new(path.clone()).lock().await.map_err(fail)?;
                match std::fs::remove_file(path) {
                    Ok(()) => Ok(true),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
                    Err(e) => Err(fail(e)),
                }
            }
            #[cfg(feature = "keyring")]
            TokenPlace::Keyring { user, lock_of } => {
                let store = keyring_store::KeyringTokenStore::new(KEYRING_SERVICE, user, lock_of.clone())?;
                let _lock = store.lock().await.map_err(fail)?;
                store.delete().await.map_err(fail)
            }
            #[cfg(not(feature = "keyring"))]
            TokenPlace::Keyring { .. } => self.store().map(|_| false),
        }
    }

    /// A short name for messages: the file, or "the OS keyring".
    pub fn name(&self) -> String {
        match self {
            TokenPlace::File(path) => path.display().to_string(),
            TokenPlace::Keyring { .. } => "the OS keyring".into(),
        }
    }

    /// Fields for `auth status`/`login`/`logout` output (never a secret).
    pub fn describe(&self) -> Value {
        match self {
            TokenPlace::File(path) => json!({ "tokenStore": "file", "tokenFile": path }),
            TokenPlace::Keyring { user, .. } => {
                json!({ "tokenStore": "keyring", "keyringService": KEYRING_SERVICE, "keyringUser": user })
            }
        }
    }
}

#[cfg(feature = "keyring")]
pub mod keyring_store {
    //! [`TokenStore`] over the OS keyring (feature `keyring`).

    use std::path::PathBuf;
    use std::sync::Arc;

    use futures::future::BoxFuture;
    use gong_client::auth::{FileTokenStore, StoreLock, TokenSet, TokenStore};

    use crate::failure::Failure;

    /// OAuth tokens as one keyring entry (the token set as JSON), locked
    /// across processes by the lock file of `lock_of`, like
    /// [`FileTokenStore`]. Keyring calls block, so they run on Tokio's
    /// blocking pool.
    #[derive(Debug)]
    pub struct KeyringTokenStore {
        entry: Arc<keyring::Entry>,
        lock: FileTokenStore,
    }

    impl KeyringTokenStore {
        /// The entry `service`/`user`.
        pub fn new(service: &str, user: &str, lock_of: PathBuf) -> Result<Self, Failure> {
            let entry = keyring::Entry::new(service, user)
                .map_err(|e| Failure::Other(format!("opening the OS keyring entry: {e}")))?;
            Ok(KeyringTokenStore {
                entry: Arc::new(entry),
                lock: FileTokenStore::new(lock_of),
            })
        }

        /// Deletes the entry; false when there was none.
        pub async fn delete(&self) -> std::io::Result<bool> {
            let entry = self.entry.clone();
            blocking(move || match entry.delete_credential() {
                Ok(()) => Ok(true),
                Err(keyring::Error::NoEntry) => Ok(false),
                Err(e) => Err(std::io::Error::other(e.to_string())),
            })
            .await
        }
    }

    async fn blocking<T: Send + 'static>(
        f: impl FnOnce() -> std::io::Result<T> + Send + 'static,
    ) -> std::io::Result<T> {
        tokio::task::spawn_blocking(f)
            .await
            .unwrap_or_else(|e| Err(std::io::Error::other(format!("keyring task failed: {e}"))))
    }

    impl TokenStore for KeyringTokenStore {
        fn load(&self) -> BoxFuture<'_, std::io::Result<Option<TokenSet>>> {
            let entry = self.entry.clone();
            Box::pin(blocking(move || match entry.get_password() {
                Ok(text) => serde_json::from_str(&text)
                    .map(Some)
                    .map_err(|e| std::io::Error::other(format!("the keyring entry is not a token set: {e}"))),
                Err(keyring::Error::NoEntry) => Ok(None),
                Err(e) => Err(std::io::Error::other(e.to_string())),
            }))
        }

        fn save<'a>(&'a self, tokens: &'a TokenSet) -> BoxFuture<'a, std::io::Result<()>> {
            let entry = self.entry.clone();
            let text = serde_json::to_string(tokens).map_err(std::io::Error::other);
            Box::pin(async move {
                let text = text?;
                blocking(move || {
                    entry
                        .set_password(&text)
                        .map_err(|e| std::io::Error::other(e.to_string()))
                })
                .await
            })
        }

        fn lock(&self) -> BoxFuture<'_, std::io::Result<StoreLock>> {
            self.lock.lock()
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use secrecy::ExposeSecret;

        /// Against keyring's mock backend: no secret service or session
        /// keyring needed.
        #[tokio::test]
        async fn tokens_round_trip_and_delete() {
            keyring::set_default_credential_builder(keyring::mock::default_credential_builder());
            let dir = std::env::temp_dir().join(format!("gong-keyring-test-{}", std::process::id()));
            let store = KeyringTokenStore::new("gong-cli-test", "p@/x", dir.join("p.tokens.json")).unwrap();
            assert!(store.load().await.unwrap().is_none());
            let tokens = TokenSet::new("acc-1", "ref-1", 42).with_api_base_url("https://t.example");
            let _held = store.lock().await.unwrap();
            store.save(&tokens).await.unwrap();
            let back = store.load().await.unwrap().expect("saved");
            assert_eq!(back.access_token().expose_secret(), "acc-1");
            assert_eq!(back.refresh_token().expose_secret(), "ref-1");
            assert_eq!(
                (back.expires_at, back.api_base_url.as_deref()),
                (42, Some("https://t.example"))
            );
            assert!(store.delete().await.unwrap());
            assert!(store.load().await.unwrap().is_none());
            assert!(!store.delete().await.unwrap());
            // A damaged entry is an error, not "no tokens".
            store.entry.set_password("not json").unwrap();
            assert!(store.load().await.is_err());
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}
