//! Engagement events pushed to Gong's activity timeline.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::api::types;
use crate::error::Result;
use crate::validate;
use crate::{Client, GongId};

/// Fields the three engagement events share, checked the same way.
fn check_common(
    reporting_system: &str,
    event_timestamp: &str,
    workspace_id: Option<&GongId>,
    content: Option<(&str, &str)>,
    urls: &[(&str, Option<&String>)],
) -> Result<()> {
    validate::non_empty("reportingSystem", reporting_system)?;
    validate::date_time("eventTimestamp", event_timestamp)?;
    if let Some(id) = workspace_id {
        validate::gong_id("workspaceId", id)?;
    }
    if let Some((id, title)) = content {
        validate::non_empty("contentId", id)?;
        validate::non_empty("contentTitle", title)?;
    }
    for (field, v) in urls {
        if let Some(v) = v {
            validate::url(field, v)?;
        }
    }
    Ok(())
}

macro_rules! event {
    (
        $(#[$meta:meta])* $name:ident, required { $( $(#[$rdoc:meta])* $req:ident : $rty:ty ),* },
        optional { $( $(#[$odoc:meta])* $opt:ident : $oty:ty ),* $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub struct $name {
            $( $(#[$rdoc])* $req: $rty, )*
            $( $(#[$odoc])* #[serde(default, skip_serializing_if = "Option::is_none")] $opt: Option<$oty>, )*
        }

        impl $name {
            /// An event with Gong's required fields.
            pub fn new($( $req: impl Into<$rty> ),*) -> Self {
                $name { $( $req: $req.into(), )* $( $opt: None, )* }
            }
        }

        super::calls::setters!($name { $( $(#[$odoc])* $opt: $oty ),* });
    };
}

event! {
    /// Input of "Custom Action Event": an external participant acted on content.
    CustomActionEvent,
    required {
        /// Id of the reporting system (the same for all its events).
        reporting_system: String,
        /// When it happened (ISO-8601 with offset).
        event_timestamp: String
    },
    optional {
        /// The event's id in the reporting system.
        event_id: String,
        /// The content's id.
        content_id: String,
        /// The content's URL.
        content_url: String,
        /// The content's title.
        content_title: String,
        /// The action, like "Document Signed".
        action_name: String,
        /// A page with more about the event.
        event_info_url: String,
        /// Who acted (Gong's `Actor`).
        actor: serde_json::Value,
        /// CRM references (`CallUploadContext` list).
        crm_context: serde_json::Value,
        /// Content properties (list of `{name, value, dataType}`).
        content_properties: serde_json::Value,
        /// Event properties (list of `{name, value, dataType}`).
        event_properties: serde_json::Value,
        /// Browser `User-Agent`.
        user_agent: String,
        /// Mobile app id (bundle or package name).
        mobile_app_id: String,
        /// Platform of the interaction.
        agent_platform: String,
        /// Workspace.
        workspace_id: GongId,
        /// Outside participants (`Actor` list).
        non_company_participants: serde_json::Value,
        /// More information.
        more_info_url: String,
        /// Share id.
        share_id: String,
        /// Who shared (Gong's `Sharer`).
        sharer: serde_json::Value,
        /// Subject of the share message.
        sharing_message_subject: String,
        /// Body of the share message (HTML allowed).
        sharing_message_body: String,
    }
}

event! {
    /// Input of "Custom Shared Event": a Gong user shared content with outside participants.
    CustomSharedEvent,
    required {
        /// Id of the reporting system.
        reporting_system: String,
        /// When it happened (ISO-8601 with offset).
        event_timestamp: String,
        /// The content's id.
        content_id: String,
        /// The content's URL.
        content_url: String,
        /// The content's title.
        content_title: String
    },
    optional {
        /// The event's id in the reporting system.
        event_id: String,
        /// Share id.
        share_id: String,
        /// A page with more about the share.
        share_info_url: String,
        /// Subject of the share message.
        sharing_message_subject: String,
        /// Body of the share message (HTML allowed).
        sharing_message_body: String,
        /// Who shared (Gong's `Sharer`).
        sharer: serde_json::Value,
        /// Recipients (`Actor` list).
        recipients: serde_json::Value,
        /// CRM references.
        crm_context: serde_json::Value,
        /// Content properties.
        content_properties: serde_json::Value,
        /// Event properties.
        event_properties: serde_json::Value,
        /// Workspace.
        workspace_id: GongId,
        /// The action's name.
        action_name: String,
        /// Outside participants.
        non_company_participants: serde_json::Value,
        /// More information.
        more_info_url: String,
        /// Mobile app id.
        mobile_app_id: String,
        /// Platform of the interaction.
        agent_platform: String,
        /// Browser `User-Agent`.
        user_agent: String,
    }
}

event! {
    /// Input of "Custom Viewed Event": an outside participant viewed content.
    CustomViewedEvent,
    required {
        /// Id of the reporting system.
        reporting_system: String,
        /// When it happened (ISO-8601 with offset).
        event_timestamp: String,
        /// The content's id.
        content_id: String,
        /// The content's URL.
        content_url: String,
        /// The content's title.
        content_title: String
    },
    optional {
        /// The event's id in the reporting system.
        event_id: String,
        /// The view action, like "Presentation Opened".
        view_action_title: String,
        /// Share id.
        share_id: String,
        /// A page with more about the view.
        view_info_url: String,
        /// Who viewed (Gong's `Actor`).
        viewer: serde_json::Value,
        /// CRM references.
        crm_context: serde_json::Value,
        /// Content properties.
        content_properties: serde_json::Value,
        /// Event properties.
        event_properties: serde_json::Value,
        /// Browser `User-Agent`.
        user_agent: String,
        /// Mobile app id.
        mobile_app_id: String,
        /// Platform of the interaction.
        agent_platform: String,
        /// Workspace.
        workspace_id: GongId,
        /// Outside participants.
        non_company_participants: serde_json::Value,
        /// More information.
        more_info_url: String,
        /// The action's name.
        action_name: String,
        /// Who shared (Gong's `Sharer`).
        sharer: serde_json::Value,
        /// Subject of the share message.
        sharing_message_subject: String,
        /// Body of the share message.
        sharing_message_body: String,
    }
}

impl CustomActionEvent {
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        check_common(
            &self.reporting_system,
            &self.event_timestamp,
            self.workspace_id.as_ref(),
            None,
            &[
                ("contentUrl", self.content_url.as_ref()),
                ("eventInfoUrl", self.event_info_url.as_ref()),
                ("moreInfoUrl", self.more_info_url.as_ref()),
            ],
        )
    }
}

impl CustomSharedEvent {
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        check_common(
            &self.reporting_system,
            &self.event_timestamp,
            self.workspace_id.as_ref(),
            Some((&self.content_id, &self.content_title)),
            &[
                ("contentUrl", Some(&self.content_url)),
                ("shareInfoUrl", self.share_info_url.as_ref()),
                ("moreInfoUrl", self.more_info_url.as_ref()),
            ],
        )
    }
}

impl CustomViewedEvent {
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        check_common(
            &self.reporting_system,
            &self.event_timestamp,
            self.workspace_id.as_ref(),
            Some((&self.content_id, &self.content_title)),
            &[
                ("contentUrl", Some(&self.content_url)),
                ("viewInfoUrl", self.view_info_url.as_ref()),
                ("moreInfoUrl", self.more_info_url.as_ref()),
            ],
        )
    }
}

impl Client {
    /// "Custom Action Event" (`PUT /v2/customer-engagement/action`, scope `api:engagement-data:write`).
    pub async fn custom_action_event(&self, input: CustomActionEvent) -> Result<types::RegisterGenericCrmResponse> {
        input.validate()?;
        let body: types::CustomActionEvent = super::into_request(&input)?;
        self.api().custom_action().body(body).send().await
    }

    /// "Custom Shared Event" (`PUT /v2/customer-engagement/content/shared`, scope `api:engagement-data:write`).
    pub async fn custom_shared_event(&self, input: CustomSharedEvent) -> Result<types::RegisterGenericCrmResponse> {
        input.validate()?;
        let body: types::ContentSharedEvent = super::into_request(&input)?;
        self.api().content_shared().body(body).send().await
    }

    /// "Custom Viewed Event" (`PUT /v2/customer-engagement/content/viewed`, scope `api:engagement-data:write`).
    pub async fn custom_viewed_event(&self, input: CustomViewedEvent) -> Result<types::RegisterGenericCrmResponse> {
        input.validate()?;
        let body: types::ContentViewedEvent = super::into_request(&input)?;
        self.api().content_viewed().body(body).send().await
    }
}
