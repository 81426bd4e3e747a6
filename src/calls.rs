//! Call listings as streams: `GET /v2/calls` (cursor in the query) and
//! `POST /v2/calls/extensive` (cursor in the body).

use futures::Stream;

use crate::api::types;
use crate::error::Result;
use crate::paging::{self, Page};
use crate::{Client, GongId};

/// The request body of `POST /v2/calls/extensive`: a filter, the content
/// sections wanted, and the cursor (set by the pager).
pub type ExtensiveCallsRequest = types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector;

/// Filters of `GET /v2/calls`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallsFilter {
    /// Calls that started at or after this ISO-8601 date-time.
    pub from_date_time: Option<String>,
    /// Calls that started before this ISO-8601 date-time.
    pub to_date_time: Option<String>,
    /// Only calls of this workspace.
    pub workspace_id: Option<GongId>,
}

impl Client {
    /// Pages of `GET /v2/calls` (scope `api:calls:read:basic`); the cursor
    /// travels in the query string.
    pub fn list_calls_pages(
        &self,
        filter: CallsFilter,
    ) -> impl Stream<Item = Result<Page<types::CallBasicData>>> + use<> {
        let client = self.clone();
        paging::pages("listCalls", move |cursor| {
            let (client, filter) = (client.clone(), filter.clone());
            async move {
                let api = client.api();
                let mut call = api.list_calls();
                if let Some(c) = cursor {
                    call = call.cursor(c);
                }
                if let Some(v) = filter.from_date_time {
                    call = call.from_date_time(v);
                }
                if let Some(v) = filter.to_date_time {
                    call = call.to_date_time(v);
                }
                if let Some(v) = filter.workspace_id {
                    call = call.workspace_id(v);
                }
                let page = client.run("listCalls", call.send()).await?;
                Ok(paging::page_from(page.calls, page.records.as_ref()))
            }
        })
    }

    /// Pages of `POST /v2/calls/extensive` (scope `api:calls:read:extensive`);
    /// the cursor travels in the JSON body. Any cursor already in `request`
    /// is ignored: listings always start at the first page.
    pub fn list_calls_extensive_pages(
        &self,
        request: ExtensiveCallsRequest,
    ) -> impl Stream<Item = Result<Page<types::CallData>>> + use<> {
        let client = self.clone();
        paging::pages("listCallsExtensive", move |cursor| {
            let client = client.clone();
            let mut body = request.clone();
            body.cursor = cursor;
            async move {
                let api = client.api();
                let page = client
                    .run("listCallsExtensive", api.list_calls_extensive().body(body).send())
                    .await?;
                Ok(paging::page_from(page.calls, page.records.as_ref()))
            }
        })
    }
}
