//! The project's own table of operation facts: a short summary in our words
//! and the OAuth scope each operation needs.
//!
//! Scopes come from Gong's reference; where the upstream text is garbled or
//! silent, this table is the authority (and says so in `note`).

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
}

macro_rules! ops {
    ($( $key:literal => $summary:literal, $scope:expr $(, rename = $rename:literal)? ;)*) => {
        &[ $( OperationFacts { key: $key, summary: $summary, scope: $scope, rename: ops!(@r $($rename)?) } ),* ]
    };
    (@r) => { None };
    (@r $r:literal) => { Some($r) };
}

/// Every operation the project knows, current and retired.
pub const OPERATIONS: &[OperationFacts] = ops! {
    "GET /v2/calls" => "List calls that started in a time range, one page at a time", Some("api:calls:read:basic");
    "POST /v2/calls" => "Register a new call; its media follows by upload or download URL", Some("api:calls:create");
    "PUT /v2/calls/{id}/media" => "Upload the recording of a registered call", Some("api:calls:create");
    "GET /v2/calls/{id}" => "Fetch one call by its Gong id", Some("api:calls:read:basic");
    "POST /v2/calls/extensive" => "List calls with the content sections the filter asks for", Some("api:calls:read:extensive");
    "GET /v2/permission-profile" => "Fetch one permission profile", None;
    "PUT /v2/permission-profile" => "Change a permission profile", None;
    "POST /v2/permission-profile" => "Create a permission profile in a workspace", None;
    "PUT /v2/meetings/{meetingId}" => "Change a Gong meeting", Some("api:meetings:user:update");
    "DELETE /v2/meetings/{meetingId}" => "Remove a Gong meeting", Some("api:meetings:user:delete");
    "PUT /v2/customer-engagement/content/viewed" => "Report that an external participant viewed content", Some("api:engagement-data:write");
    "PUT /v2/customer-engagement/content/shared" => "Report that a user shared content with external participants", Some("api:engagement-data:write");
    "PUT /v2/customer-engagement/action" => "Report a custom engagement action on content", Some("api:engagement-data:write");
    "GET /v2/crm/integrations" => "List the generic CRM integrations", Some("api:crm:integrations:read");
    "PUT /v2/crm/integrations" => "Register a generic CRM integration", Some("api:crm:integration:register");
    "DELETE /v2/crm/integrations" => "Remove a generic CRM integration", Some("api:crm:integration:delete");
    "PUT /v2/calls/users-access" => "Grant users access to calls", Some("api:call-user-access:write");
    "POST /v2/calls/users-access" => "Read which users were granted access to calls", Some("api:call-user-access:read");
    "DELETE /v2/calls/users-access" => "Revoke users' access to calls", Some("api:call-user-access:write");
    "POST /v2/users/extensive" => "List users matching a filter, with their settings", Some("api:users:read");
    "POST /v2/stats/interaction" => "Interaction statistics per user", Some("api:stats:interaction");
    "POST /v2/stats/activity/scorecards" => "Answered scorecards in a time range", Some("api:stats:scorecards");
    "POST /v2/stats/activity/day-by-day" => "Per-day activity of users", Some("api:stats:user-actions:detailed");
    "POST /v2/stats/activity/aggregate" => "Aggregated activity of users", Some("api:stats:user-actions");
    "POST /v2/stats/activity/aggregate-by-period" => "Activity of users aggregated per period", Some("api:stats:user-actions");
    "POST /v2/meetings" => "Create a Gong meeting", Some("api:meetings:user:create");
    "POST /v2/meetings/integration/status" => "Check the meeting integration of users", Some("api:meetings:integration:status");
    "POST /v2/integration-settings" => "Change integration settings", Some("api:integration-settings:write");
    "POST /v2/flows/prospects" => "Engage flows that prospects are in", Some("api:flows:read");
    "POST /v2/flows/prospects/assign" => "Put prospects into an Engage flow", Some("api:flows:write");
    "POST /v2/digital-interaction" => "Report a digital interaction", Some("api:digital-interactions:write");
    "POST /v2/data-privacy/erase-data-for-phone-number" => "Erase every element that references a phone number", Some("api:data-privacy:delete");
    "POST /v2/data-privacy/erase-data-for-email-address" => "Erase every element that references an email address", Some("api:data-privacy:delete");
    "GET /v2/crm/entity-schema" => "List the fields of a CRM object type", Some("api:crm:schema");
    "POST /v2/crm/entity-schema" => "Upload the fields of a CRM object type", Some("api:crm:schema");
    "GET /v2/crm/entities" => "Fetch CRM objects by their CRM ids", Some("api:crm:get-objects");
    "POST /v2/crm/entities" => "Upload CRM objects from a file", Some("api:crm:upload");
    "POST /v2/calls/transcript" => "Transcripts of calls, by ids or time range", Some("api:calls:read:transcript");
    "GET /v2/workspaces" => "List the company's workspaces", Some("api:workspaces:read");
    "GET /v2/users" => "List the company's users", Some("api:users:read");
    "GET /v2/users/{id}" => "Fetch one user by Gong id", Some("api:users:read");
    "GET /v2/users/{id}/settings-history" => "Settings history of one user", Some("api:users:read");
    "GET /v2/settings/trackers" => "List keyword trackers", Some("api:settings:trackers:read");
    "GET /v2/settings/scorecards" => "List scorecards", Some("api:settings:scorecards:read");
    "GET /v2/permission-profile/users" => "Users who hold a permission profile", Some("api:users:read");
    "GET /v2/logs" => "Log entries of one type in a time range", Some("api:logs:read");
    "GET /v2/library/folders" => "List public library folders", Some("api:library:read");
    "GET /v2/library/folder-content" => "Calls in one library folder", Some("api:library:read");
    "GET /v2/flows" => "List Engage flows", Some("api:flows:read");
    "GET /v2/data-privacy/data-for-phone-number" => "Elements that reference a phone number", Some("api:data-privacy:read");
    "GET /v2/data-privacy/data-for-email-address" => "Elements that reference an email address", Some("api:data-privacy:read");
    "GET /v2/crm/request-status" => "Progress of a CRM upload request", Some("api:crm:upload");
    "GET /v2/coaching" => "Coaching metrics of a manager's team", Some("api:coaching:read"), rename = "getCoachingMetrics";
    "GET /v2/calls/manual-crm-associations" => "Calls associated with CRM objects by hand", Some("api:crm-calls:manual-association:read");
    "GET /v2/all-permission-profiles" => "List permission profiles of a workspace", None;
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
