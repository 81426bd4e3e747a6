//! Gong's cursor paging, as streams of pages and of items.
//!
//! Gong answers lists 100 records at a time with
//! `records { totalRecords, currentPageSize, currentPageNumber, cursor }`;
//! `cursor` is there only when more pages exist, and the same request is
//! repeated with it: in the query string for GET lists, in the JSON body for
//! POST lists. One loop serves both: the caller's fetch function decides where
//! the cursor travels. The loop
//! - treats Gong's "no ... found" 404 as an empty list,
//! - refuses a cursor it has already followed (a loop, not more data),
//! - turns Gong's refusal of a cursor into [`PagingError::CursorExpired`].

use std::collections::HashSet;
use std::future::Future;

use futures::stream::{self, Stream, TryStreamExt};

use crate::error::{Error, PagingError, Result};

/// One page of a listing.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The records of this page.
    pub items: Vec<T>,
    /// Gong's count of all matching records, when it said.
    pub total_records: Option<i64>,
    /// 0-based page number, when Gong said.
    pub page_number: Option<i64>,
    /// The cursor of the next page; `None` on the last page.
    pub next_cursor: Option<String>,
}

impl<T> Page<T> {
    /// A page of `items`; `next_cursor` is `None` on the last page.
    pub fn new(items: Vec<T>, next_cursor: Option<String>) -> Self {
        Page {
            items,
            total_records: None,
            page_number: None,
            next_cursor,
        }
    }

    /// Sets Gong's count of all matching records.
    pub fn with_total_records(mut self, total: Option<i64>) -> Self {
        self.total_records = total;
        self
    }

    /// Sets the 0-based page number.
    pub fn with_page_number(mut self, number: Option<i64>) -> Self {
        self.page_number = number;
        self
    }

    /// An empty last page.
    pub fn empty() -> Self {
        Page {
            items: Vec::new(),
            total_records: Some(0),
            page_number: None,
            next_cursor: None,
        }
    }
}

/// Where a listing's cursor travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CursorIn {
    /// `?cursor=` on a GET.
    Query,
    /// Top-level `cursor` in a POST's JSON body.
    Body,
}

/// Decides the cursor of the next request from the one Gong returned, and
/// records it: `Ok(None)` ends the listing; a cursor already followed is an
/// error. `page` is the 1-based index of the page that returned `returned`.
pub fn next_cursor(
    seen: &mut HashSet<String>,
    returned: Option<String>,
    operation: &str,
    page: usize,
) -> Result<Option<String>> {
    match returned.filter(|c| !c.is_empty()) {
        None => Ok(None),
        Some(cursor) => {
            if seen.insert(cursor.clone()) {
                Ok(Some(cursor))
            } else {
                Err(PagingError::RepeatedCursor {
                    operation: operation.to_owned(),
                    page,
                }
                .into())
            }
        }
    }
}

/// Classifies a failed page request: the empty-list 404 ends the listing,
/// Gong's refusal of a cursor we sent becomes `CursorExpired`.
fn classify(error: Error, sent_cursor: bool, operation: &str) -> std::result::Result<(), Error> {
    if error.is_empty_result() {
        return Ok(());
    }
    if sent_cursor
        && let Error::Api {
            status: 400 | 404 | 410,
            messages,
            ..
        } = &error
        && messages.iter().any(|m| m.to_ascii_lowercase().contains("cursor"))
    {
        return Err(PagingError::CursorExpired {
            operation: operation.to_owned(),
            message: messages.join("; "),
        }
        .into());
    }
    Err(error)
}

struct State<F> {
    fetch: F,
    cursor: Option<String>,
    seen: HashSet<String>,
    page: usize,
    done: bool,
    /// An error found after a page was fetched: reported after that page,
    /// so its records are not lost.
    pending: Option<Error>,
}

/// A lazy stream of pages. `fetch(cursor)` requests one page: `None` for the
/// first, then each cursor Gong returned. Nothing is requested until the
/// stream is polled, and only one page is held at a time.
pub fn pages<T, F, Fut>(operation: impl Into<String>, fetch: F) -> impl Stream<Item = Result<Page<T>>>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: Future<Output = Result<Page<T>>>,
{
    pages_from(operation, None, fetch)
}

/// Like [`pages`], but the first request carries `start` (a cursor from an
/// earlier page of the same listing, to resume it).
pub fn pages_from<T, F, Fut>(
    operation: impl Into<String>,
    start: Option<String>,
    fetch: F,
) -> impl Stream<Item = Result<Page<T>>>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: Future<Output = Result<Page<T>>>,
{
    let operation = operation.into();
    let mut seen = HashSet::new();
    if let Some(c) = &start {
        seen.insert(c.clone());
    }
    let state = State {
        fetch,
        cursor: start,
        seen,
        page: 0,
        done: false,
        pending: None,
    };
    stream::try_unfold(state, move |mut st| {
        let operation = operation.clone();
        async move {
            if let Some(e) = st.pending.take() {
                return Err(e);
            }
            if st.done {
                return Ok(None);
            }
            let sent_cursor = st.cursor.is_some();
            let page = match (st.fetch)(st.cursor.take()).await {
                Ok(page) => page,
                Err(e) => {
                    classify(e, sent_cursor, &operation)?;
                    return Ok(None);
                }
            };
            st.page += 1;
            match next_cursor(&mut st.seen, page.next_cursor.clone(), &operation, st.page) {
                Ok(Some(c)) => st.cursor = Some(c),
                Ok(None) => st.done = true,
                Err(e) => {
                    st.pending = Some(e);
                    st.done = true;
                }
            }
            Ok(Some((page, st)))
        }
    })
}

/// The items of [`pages`], one at a time.
pub fn items<T, F, Fut>(operation: impl Into<String>, fetch: F) -> impl Stream<Item = Result<T>>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: Future<Output = Result<Page<T>>>,
{
    flatten(pages(operation, fetch))
}

/// The items of a stream of pages, one at a time, in order; an error ends
/// the stream where it happened. Every item stream of the facade is this over
/// its page stream.
pub fn flatten<T>(pages: impl Stream<Item = Result<Page<T>>>) -> impl Stream<Item = Result<T>> {
    pages
        .map_ok(|p| stream::iter(p.items.into_iter().map(Ok)))
        .try_flatten()
}

/// A listing of the document: one page at a time, given a cursor.
///
/// Generated, not written by hand: every operation whose document entry
/// carries `x-gong-cursor` has an owned request type in
/// [`crate::api::listings`] implementing this (its fields are the
/// operation's parameters or its body), which names the answer's records
/// field and puts the cursor where the document says. Stream one with
/// [`crate::Client::listing_pages`] or [`crate::Client::listing_items`].
pub trait Listing: Clone + Send + Sync + 'static {
    /// One record of the listing.
    type Item: Send + 'static;
    /// The operation's facts (its id names the listing in errors).
    const OPERATION: &'static crate::api::operations::Operation;
    /// The cursor the request already carries (resuming a listing), if any.
    fn start(&self) -> Option<String>;
    /// Requests one page: `cursor` is `None` for a fresh start, then each
    /// cursor Gong returned.
    fn page(
        self,
        api: crate::api::Client,
        cursor: Option<String>,
    ) -> impl Future<Output = Result<Page<Self::Item>>> + Send + 'static;
}

impl crate::Client {
    /// The pages of a generated listing ([`crate::api::listings`]): lazy,
    /// one page held at a time, with the loop's checks (the empty-list 404,
    /// repeated and refused cursors).
    pub fn listing_pages<L: Listing>(&self, listing: L) -> impl Stream<Item = Result<Page<L::Item>>> + Send + use<L> {
        let client = self.clone();
        pages_from(L::OPERATION.id, listing.start(), move |cursor| {
            listing.clone().page(client.api(), cursor)
        })
    }

    /// The records of [`crate::Client::listing_pages`], one at a time.
    pub fn listing_items<L: Listing>(&self, listing: L) -> impl Stream<Item = Result<L::Item>> + Send + use<L> {
        flatten(self.listing_pages(listing))
    }
}

/// Builds a [`Page`] from Gong's `records` block (any generated `Records`).
pub fn page_from<T>(items: Vec<T>, records: Option<&crate::api::types::Records>) -> Page<T> {
    Page {
        items,
        total_records: records.and_then(|r| r.total_records),
        page_number: records.and_then(|r| r.current_page_number),
        next_cursor: records.and_then(|r| r.cursor.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::StreamExt;

    #[test]
    fn next_cursor_table() {
        let mut seen = HashSet::new();
        assert_eq!(
            next_cursor(&mut seen, Some("a".into()), "op", 1).unwrap(),
            Some("a".into())
        );
        assert_eq!(
            next_cursor(&mut seen, Some("b".into()), "op", 2).unwrap(),
            Some("b".into())
        );
        assert_eq!(next_cursor(&mut seen, None, "op", 3).unwrap(), None);
        assert_eq!(next_cursor(&mut seen, Some(String::new()), "op", 3).unwrap(), None);
        assert!(matches!(
            next_cursor(&mut seen, Some("a".into()), "op", 3),
            Err(Error::Paging(PagingError::RepeatedCursor { page: 3, .. }))
        ));
    }

    fn page(items: Vec<u32>, next: Option<&str>) -> Page<u32> {
        Page {
            items,
            total_records: None,
            page_number: None,
            next_cursor: next.map(str::to_owned),
        }
    }

    #[tokio::test]
    async fn items_follow_cursors_in_order() {
        let mut sent = Vec::new();
        let answers = vec![
            page(vec![1, 2], Some("c1")),
            page(vec![3], Some("c2")),
            page(vec![4], None),
        ];
        let mut answers = answers.into_iter();
        let all: Vec<u32> = items("op", |c| {
            sent.push(c);
            let p = answers.next().unwrap();
            async move { Ok(p) }
        })
        .try_collect()
        .await
        .unwrap();
        assert_eq!(all, vec![1, 2, 3, 4]);
        assert_eq!(sent, vec![None, Some("c1".into()), Some("c2".into())]);
    }

    #[tokio::test]
    async fn empty_404_is_an_empty_listing() {
        let all: Vec<u32> = items("listCalls", |_| async {
            Result::<Page<u32>>::Err(Error::Api {
                status: 404,
                operation: "listCalls".into(),
                request_id: None,
                messages: vec!["No calls found corresponding to the provided filters".into()],
                details: Default::default(),
            })
        })
        .try_collect()
        .await
        .unwrap();
        assert!(all.is_empty());
    }

    #[tokio::test]
    async fn other_404s_stay_errors() {
        let r: Result<Vec<u32>> = items("getCall", |_| async {
            Result::<Page<u32>>::Err(Error::Api {
                status: 404,
                operation: "getCall".into(),
                request_id: None,
                messages: vec!["Call 1 not found".into()],
                details: Default::default(),
            })
        })
        .try_collect()
        .await;
        assert!(matches!(r, Err(Error::Api { status: 404, .. })));
    }

    #[tokio::test]
    async fn repeated_cursor_errors_after_yielding_the_page() {
        let mut n = 0;
        let got: Vec<Result<Page<u32>>> = pages("op", |_| {
            n += 1;
            async move { Ok(page(vec![n], Some("same"))) }
        })
        .collect()
        .await;
        assert_eq!(got.len(), 3);
        assert!(got[0].is_ok() && got[1].is_ok());
        assert!(matches!(
            got[2],
            Err(Error::Paging(PagingError::RepeatedCursor { page: 2, .. }))
        ));
    }

    #[tokio::test]
    async fn refused_cursor_is_cursor_expired() {
        let mut first = true;
        let got: Vec<Result<Page<u32>>> = pages("op", |_| {
            let answer = if first {
                Ok(page(vec![1], Some("old")))
            } else {
                Err(Error::Api {
                    status: 400,
                    operation: "op".into(),
                    request_id: None,
                    messages: vec!["Invalid cursor".into()],
                    details: Default::default(),
                })
            };
            first = false;
            async move { answer }
        })
        .collect()
        .await;
        assert!(matches!(got[1], Err(Error::Paging(PagingError::CursorExpired { .. }))));
    }
}
