//! The last pages fetched from Gong, kept so that a cursor continuing a
//! result the size cap cut is answered from the page already fetched, with
//! no second request for it.
//!
//! Bounded three ways: a few pages, a total size, and an age (a page older
//! than that is fetched again). Pages are keyed by the tool, its arguments
//! and Gong's cursor of the page, so a key only matches the same request.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rmcp::model::CallToolResult;
use serde_json::{Map, Value};

use crate::answer::Source;
use crate::cursor::Position;
use crate::transcript::Speakers;

/// Most pages kept.
const MAX_PAGES: usize = 16;
/// Most bytes (of the pages' JSON) kept in all.
const MAX_BYTES: usize = 64 * 1024 * 1024;
/// How long a page is reused.
const MAX_AGE: Duration = Duration::from_secs(600);

/// A page of a listing as Gong gave it.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The list's name in the result (`calls`, `users`, ...).
    pub key: String,
    /// The page's items.
    pub items: Vec<Value>,
    /// Gong's cursor of the page after it.
    pub gong_next: Option<String>,
    /// The other fields of Gong's answer, given beside the list.
    pub extra: Map<String, Value>,
    /// For transcripts: the speakers' names of the page's calls.
    pub speakers: Speakers,
    /// Where and when it was fetched.
    pub source: Source,
}

impl Fetched {
    /// The result of listing tool `tool` from `pos` on, out of this page.
    pub fn render(&self, tool: &str, pos: &Position, cap: usize) -> CallToolResult {
        if tool == "get-call-transcripts" {
            return crate::transcript::chunk(
                tool,
                &self.items,
                &self.speakers,
                pos,
                self.gong_next.clone(),
                &self.source,
                cap,
            );
        }
        let listed = crate::answer::Listed {
            key: &self.key,
            items: &self.items,
            gong_next: self.gong_next.clone(),
            extra: self.extra.clone(),
        };
        crate::answer::listing(tool, listed, pos, &self.source, cap)
    }

    fn bytes(&self) -> usize {
        let items: usize = self.items.iter().map(|v| v.to_string().len() + 1).sum();
        let names: usize = self
            .speakers
            .values()
            .flat_map(|m| m.iter())
            .map(|(k, v)| k.len() + v.len() + 16)
            .sum();
        items + names + Value::Object(self.extra.clone()).to_string().len()
    }
}

struct Entry {
    key: String,
    at: Instant,
    bytes: usize,
    page: Arc<Fetched>,
}

/// The cache of pages (shared by every session of a server).
#[derive(Default)]
pub struct PageCache {
    entries: Mutex<VecDeque<Entry>>,
}

impl PageCache {
    /// The page kept under `key`, if it is there and young enough.
    pub fn get(&self, key: &str) -> Option<Arc<Fetched>> {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.retain(|e| e.at.elapsed() < MAX_AGE);
        entries.iter().find(|e| e.key == key).map(|e| e.page.clone())
    }

    /// Keeps `page` under `key`, dropping the oldest pages past the bounds.
    /// A page larger than the whole bound is not kept.
    pub fn put(&self, key: String, page: Arc<Fetched>) {
        let bytes = page.bytes() + key.len();
        if bytes > MAX_BYTES {
            return;
        }
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.retain(|e| e.key != key && e.at.elapsed() < MAX_AGE);
        entries.push_back(Entry {
            key,
            at: Instant::now(),
            bytes,
            page,
        });
        while entries.len() > MAX_PAGES || entries.iter().map(|e| e.bytes).sum::<usize>() > MAX_BYTES {
            entries.pop_front();
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.lock().unwrap().len()
    }
}

/// The key of a page: the tool, its arguments (Gong's cursor included) as JSON.
pub fn key(tool: &str, args: &Map<String, Value>) -> String {
    format!("{tool}\n{}", Value::Object(args.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn page(n: usize, size: usize) -> Arc<Fetched> {
        Arc::new(Fetched {
            key: "calls".into(),
            items: (0..n).map(|i| json!({ "id": i, "pad": "x".repeat(size) })).collect(),
            gong_next: None,
            extra: Map::new(),
            speakers: Speakers::new(),
            source: Source::gong(),
        })
    }

    #[test]
    fn bounded_by_count_and_size() {
        let cache = PageCache::default();
        for i in 0..40 {
            cache.put(format!("k{i}"), page(2, 10));
        }
        assert_eq!(cache.len(), MAX_PAGES);
        assert!(cache.get("k0").is_none() && cache.get("k39").is_some());
        // Too big alone: not kept; big ones push the others out.
        cache.put("huge".into(), page(1, MAX_BYTES));
        assert!(cache.get("huge").is_none());
        cache.put("big1".into(), page(1, MAX_BYTES / 2));
        cache.put("big2".into(), page(1, MAX_BYTES / 2 + 1000));
        assert!(cache.get("big1").is_none() && cache.get("big2").is_some());
        // The same key again replaces the page.
        cache.put("k39".into(), page(5, 1));
        assert_eq!(cache.get("k39").unwrap().items.len(), 5);
    }

    #[test]
    fn keys_differ_by_arguments() {
        let a: Map<String, Value> = serde_json::from_value(json!({ "cursor": "g1", "x": 1 })).unwrap();
        let b: Map<String, Value> = serde_json::from_value(json!({ "cursor": "g2", "x": 1 })).unwrap();
        assert_ne!(key("list-calls", &a), key("list-calls", &b));
        assert_ne!(key("list-calls", &a), key("list-users", &a));
    }
}
