//! The project's one table of operation facts: a short summary in our words,
//! the OAuth scope, whether a retry is safe, where the cursor travels, and
//! the connector action the operation serves. `cargo xtask refresh` writes
//! them into `openapi/gong.json` as `x-gong-*` extensions; the generated
//! `api::operations` table, the transport's retries, the action catalog, the
//! CLI's help and the action table of `docs/actions.md` all come from there.
//!
//! Scopes come from Gong's reference; where the upstream text is garbled or
//! silent, this table is the authority.

/// What the project states about one operation.
pub struct OperationFacts {
    /// `METHOD /path`, upper-case method.
    pub key: &'static str,
    /// Our own one-line summary.
    pub summary: &'static str,
    /// OAuth scope; `None` where Gong states none.
    pub scope: Option<&'static str>,
    /// Replacement operationId where the upstream one is a generator artefact.
    pub rename: Option<&'static str>,
    /// Whether repeating the request is safe; `None` follows the method
    /// (GET, PUT and DELETE are, POST is not).
    pub retry: Option<Retry>,
    /// Where a listing's cursor travels; `None` for operations that do not page.
    pub cursor: Option<Cursor>,
    /// The connector action this operation serves.
    pub action: Option<Action>,
    /// Further scopes a request needs when its JSON body asks for more:
    /// `(JSON pointer into the body, scope)`, needed when the value there is
    /// `true`.
    pub scope_if: &'static [(&'static str, &'static str)],
    /// Why the project keeps an operation that Gong's newest document no
    /// longer has (tenants may still serve it); `None` for current ones.
    pub deprecated: Option<&'static str>,
}

/// Whether a request may be repeated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Repeating it changes nothing (a POST that only reads).
    Idempotent,
    /// Gong refuses a repeat itself (409 on the same `clientUniqueId`).
    Deduplicated,
}

/// Where a listing's cursor travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cursor {
    /// `?cursor=`.
    Query,
    /// Top-level `cursor` of the JSON body.
    Body,
}

/// A connector action: one name for the facade method (snake case), the
/// catalog and the CLI leaf (kebab case), the requirement's title, and the
/// CLI noun it lives under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Action {
    /// The requirement's title (`../shared/seed/gong-connector.txt`).
    pub title: &'static str,
    /// Kebab-case name: catalog name and CLI leaf (`erase-email-address`).
    pub name: &'static str,
    /// The CLI noun (`privacy`).
    pub noun: &'static str,
}

impl Action {
    /// The facade method (`erase_email_address`).
    pub fn method(&self) -> String {
        self.name.replace('-', "_")
    }

    /// The CLI command (`privacy erase-email-address`).
    pub fn cli(&self) -> String {
        format!("{} {}", self.noun, self.name)
    }
}

macro_rules! ops {
    ($( $key:literal => $summary:literal, $scope:expr
        $(, retry = $retry:ident)?
        $(, cursor = $cursor:ident)?
        $(, action = ($title:literal, $name:literal, $noun:literal))?
        $(, rename = $rename:literal)?
        $(, scope_if = [$(($pointer:literal, $extra:literal)),*])?
        $(, deprecated = $why:literal)? ;)*) => {
        &[ $( OperationFacts {
            key: $key,
            summary: $summary,
            scope: $scope,
            rename: ops!(@opt $($rename)?),
            retry: ops!(@opt $(Retry::$retry)?),
            cursor: ops!(@opt $(Cursor::$cursor)?),
            action: ops!(@opt $(Action { title: $title, name: $name, noun: $noun })?),
            scope_if: &[$($(($pointer, $extra)),*)?],
            deprecated: ops!(@opt $($why)?),
        } ),* ]
    };
    (@opt) => { None };
    (@opt $v:expr) => { Some($v) };
}

/// Every operation the project knows, current and retired.
pub const OPERATIONS: &[OperationFacts] = ops! {
    "GET /v2/calls" => "List calls that started in a time range, one page at a time", Some("api:calls:read:basic"), cursor = Query, action = ("List Calls", "list-calls", "calls");
    "POST /v2/calls" => "Register a new call; its media follows by upload or download URL", Some("api:calls:create"), retry = Deduplicated, action = ("Create New Call", "create-call", "calls");
    "PUT /v2/calls/{id}/media" => "Upload the recording of a registered call", Some("api:calls:create"), action = ("Add Call Media", "add-call-media", "media");
    "GET /v2/calls/{id}" => "Fetch one call by its Gong id", Some("api:calls:read:basic"), action = ("Get Call", "get-call", "calls");
    "POST /v2/calls/extensive" => "List calls with the content sections the filter asks for", Some("api:calls:read:extensive"), retry = Idempotent, cursor = Body, scope_if = [("/contentSelector/exposedFields/media", "api:calls:read:media-url")];
    "GET /v2/permission-profile" => "Fetch one permission profile", None;
    "PUT /v2/permission-profile" => "Change a permission profile", None;
    "POST /v2/permission-profile" => "Create a permission profile in a workspace", None;
    "PUT /v2/meetings/{meetingId}" => "Change a Gong meeting", Some("api:meetings:user:update"), action = ("Update Gong Meeting", "update-meeting", "meetings");
    "DELETE /v2/meetings/{meetingId}" => "Remove a Gong meeting", Some("api:meetings:user:delete"), action = ("Delete Gong Meeting", "delete-meeting", "meetings");
    "PUT /v2/customer-engagement/content/viewed" => "Report that an external participant viewed content", Some("api:engagement-data:write"), action = ("Custom Viewed Event", "custom-viewed-event", "events");
    "PUT /v2/customer-engagement/content/shared" => "Report that a user shared content with external participants", Some("api:engagement-data:write"), action = ("Custom Shared Event", "custom-shared-event", "events");
    "PUT /v2/customer-engagement/action" => "Report a custom engagement action on content", Some("api:engagement-data:write"), action = ("Custom Action Event", "custom-action-event", "events");
    "GET /v2/crm/integrations" => "List the generic CRM integrations", Some("api:crm:integrations:read");
    "PUT /v2/crm/integrations" => "Register a generic CRM integration", Some("api:crm:integration:register");
    "DELETE /v2/crm/integrations" => "Remove a generic CRM integration", Some("api:crm:integration:delete");
    "PUT /v2/calls/users-access" => "Grant users access to calls", Some("api:call-user-access:write");
    "POST /v2/calls/users-access" => "Read which users were granted access to calls", Some("api:call-user-access:read"), retry = Idempotent;
    "DELETE /v2/calls/users-access" => "Revoke users' access to calls", Some("api:call-user-access:write");
    "POST /v2/users/extensive" => "List users matching a filter, with their settings", Some("api:users:read"), retry = Idempotent, cursor = Body;
    "POST /v2/stats/interaction" => "Interaction statistics per user", Some("api:stats:interaction"), retry = Idempotent, cursor = Body;
    "POST /v2/stats/activity/scorecards" => "Answered scorecards in a time range", Some("api:stats:scorecards"), retry = Idempotent, cursor = Body;
    "POST /v2/stats/activity/day-by-day" => "Per-day activity of users", Some("api:stats:user-actions:detailed"), retry = Idempotent, cursor = Body;
    "POST /v2/stats/activity/aggregate" => "Aggregated activity of users", Some("api:stats:user-actions"), retry = Idempotent, cursor = Body;
    "POST /v2/stats/activity/aggregate-by-period" => "Activity of users aggregated per period", Some("api:stats:user-actions"), retry = Idempotent, cursor = Body;
    "POST /v2/meetings" => "Create a Gong meeting", Some("api:meetings:user:create"), action = ("Create New Gong Meeting", "create-meeting", "meetings");
    "POST /v2/meetings/integration/status" => "Check the meeting integration of users", Some("api:meetings:integration:status"), retry = Idempotent;
    "POST /v2/integration-settings" => "Change integration settings", Some("api:integration-settings:write");
    "POST /v2/flows/prospects" => "Engage flows that prospects are in", Some("api:flows:read"), retry = Idempotent;
    "POST /v2/flows/prospects/assign" => "Put prospects into an Engage flow", Some("api:flows:write");
    "POST /v2/digital-interaction" => "Report a digital interaction", Some("api:digital-interactions:write");
    "POST /v2/data-privacy/erase-data-for-phone-number" => "Erase every element that references a phone number", Some("api:data-privacy:delete"), action = ("Delete Phone Number and Associated Elements", "erase-phone-number", "privacy");
    "POST /v2/data-privacy/erase-data-for-email-address" => "Erase every element that references an email address", Some("api:data-privacy:delete"), action = ("Delete Email Address and Associated Elements", "erase-email-address", "privacy");
    "GET /v2/crm/entity-schema" => "List the fields of a CRM object type", Some("api:crm:schema");
    "POST /v2/crm/entity-schema" => "Upload the fields of a CRM object type", Some("api:crm:schema");
    "GET /v2/crm/entities" => "Fetch CRM objects by their CRM ids", Some("api:crm:get-objects");
    "POST /v2/crm/entities" => "Upload CRM objects from a file", Some("api:crm:upload");
    "POST /v2/calls/transcript" => "Transcripts of calls, by ids or time range", Some("api:calls:read:transcript"), retry = Idempotent, cursor = Body, action = ("Get Call Transcript", "get-call-transcripts", "transcripts");
    "GET /v2/workspaces" => "List the company's workspaces", Some("api:workspaces:read"), action = ("List Workspaces", "list-workspaces", "workspaces");
    "GET /v2/users" => "List the company's users", Some("api:users:read"), cursor = Query, action = ("List Users", "list-users", "users");
    "GET /v2/users/{id}" => "Fetch one user by Gong id", Some("api:users:read"), action = ("Get User", "get-user", "users");
    "GET /v2/users/{id}/settings-history" => "Settings history of one user", Some("api:users:read");
    "GET /v2/settings/trackers" => "List keyword trackers", Some("api:settings:trackers:read");
    "GET /v2/settings/scorecards" => "List scorecards", Some("api:settings:scorecards:read");
    "GET /v2/permission-profile/users" => "Users who hold a permission profile", Some("api:users:read");
    "GET /v2/logs" => "Log entries of one type in a time range", Some("api:logs:read"), cursor = Query, action = ("Get Logs Data by Type and Time Range", "get-logs", "logs");
    "GET /v2/library/folders" => "List public library folders", Some("api:library:read"), action = ("List Library Folders", "list-library-folders", "library");
    "GET /v2/library/folder-content" => "Calls in one library folder", Some("api:library:read"), action = ("List Calls in Folder", "list-folder-calls", "library");
    "GET /v2/flows" => "List Engage flows", Some("api:flows:read"), cursor = Query;
    "GET /v2/data-privacy/data-for-phone-number" => "Elements that reference a phone number", Some("api:data-privacy:read"), action = ("List References to a Phone Number", "list-phone-number-references", "privacy");
    "GET /v2/data-privacy/data-for-email-address" => "Elements that reference an email address", Some("api:data-privacy:read"), action = ("List References to an Email Address", "list-email-address-references", "privacy");
    "GET /v2/crm/request-status" => "Progress of a CRM upload request", Some("api:crm:upload");
    "GET /v2/coaching" => "Coaching metrics of a manager's team", Some("api:coaching:read"), rename = "getCoachingMetrics";
    "GET /v2/calls/manual-crm-associations" => "Calls associated with CRM objects by hand", Some("api:crm-calls:manual-association:read"), cursor = Query, deprecated = "Gong's document of 2026-07 no longer lists this operation; tenants may still serve it";
    "GET /v2/all-permission-profiles" => "List permission profiles of a workspace", None;
    "GET /v2/call-outcomes" => "List the call outcomes the company defined", Some("api:call-outcomes:read");
    "GET /v2/entities/ask-entity" => "Ask Gong's AI a question about a CRM entity (spends AI credits)", Some("api:ai-ask:read");
    "GET /v2/entities/get-brief" => "Generate an AI brief of a CRM entity (spends AI credits)", Some("api:ai-briefer:read");
    "GET /v2/settings/briefs" => "List the brief templates of a workspace", Some("api:ai-briefer:read");
    "GET /v2/flows/folders" => "List the Engage flows in a user's flow folders", Some("api:flows:read"), cursor = Query;
    "POST /v2/flows/steps" => "The steps of Engage flows", Some("api:flows:read"), retry = Idempotent;
    "POST /v2/flows/prospects/assign/cool-off-override" => "Put prospects into an Engage flow despite their cool-off period", Some("api:flows:write");
    "POST /v2/flows/prospects/bulk-assignments" => "Start putting many prospects into an Engage flow (answers 202; poll its id)", Some("api:flows:write");
    "GET /v2/flows/prospects/bulk-assignments/{id}" => "Progress of a bulk flow assignment", Some("api:flows:read");
    "POST /v2/flows/prospects/unassign-flows-by-crm-id" => "Take prospects out of their Engage flows, by CRM id", Some("api:flows:write");
    "POST /v2/flows/prospects/unassign-flows-by-instance-id" => "Take prospects out of Engage flows, by flow instance", Some("api:flows:write");
    "POST /v2/tasks" => "List Engage tasks of a user", Some("api:tasks:read"), retry = Idempotent;
    "PATCH /v2/tasks/{taskId}" => "Change an Engage task", Some("api:tasks:write");
    // Retired CRM v1 operations, still described by older snapshots.
    "PUT /v2/crm/integration/new" => "Register a CRM integration (retired v1 form)", None;
    "POST /v2/crm/stages" => "Upload deal stages (retired v1 form)", None;
    "POST /v2/crm/object/schema" => "Upload CRM object fields (retired v1 form)", None;
    "POST /v2/crm/object/entities" => "Upload CRM objects (retired v1 form)", None;
    "POST /v2/crm/map/users" => "Map CRM users to Gong users (retired v1 form)", None;
    "GET /v2/crm/object/schema/list" => "List CRM object fields (retired v1 form)", None;
    "GET /v2/crm/object/list" => "List CRM objects (retired v1 form)", None;
    "GET /v2/crm/integration/list" => "List CRM integrations (retired v1 form)", None;
    "DELETE /v2/crm/integration/delete" => "Remove a CRM integration (retired v1 form)", None;
};

/// Property and parameter names that carry Gong's own numeric ids.
pub const GONG_ID_NAMES: &[&str] = &[
    "id",
    "callId",
    "callIds",
    "userId",
    "userIds",
    "workspaceId",
    "workspace-id",
    "manager-id",
    "managerId",
    "meetingId",
    "folderId",
    "parentFolderId",
    "libraryFolderIds",
    "primaryUser",
    "primaryUserId",
    "primaryUserIds",
    "creatorUserId",
    "updaterUserId",
    "commenterUserId",
    "reviewedUserId",
    "reviewedUserIds",
    "reviewerUserId",
    "impersonatorUserId",
    "impersonatorCompanyId",
    "teamLeadIds",
    "scorecardId",
    "scorecardIds",
    "questionId",
    "questionRevisionId",
    "answeredScorecardId",
    "trackerId",
    "integrationId",
    "profileId",
];

/// Look up an operation by `METHOD /path`.
pub fn operation(key: &str) -> Option<&'static OperationFacts> {
    OPERATIONS.iter().find(|o| o.key == key)
}

/// Parameters Gong's reference describes as optional ("if not provided, the
/// list starts with the earliest call") that the upstream marks required.
pub const OPTIONAL_PARAMETERS: &[(&str, &str)] = &[("GET /v2/calls", "fromDateTime"), ("GET /v2/calls", "toDateTime")];
