//! Engagement events pushed to Gong's activity timeline.

use super::input::sealed::Rules;
use super::input::{Draft, input_serde, setters};
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

/// Input of "Custom Action Event": an external participant acted on content.
/// The generated `CustomActionEvent` request, checked; build it with
/// [`CustomActionEvent::builder`] and the setters of [`Draft<CustomActionEvent>`].
#[derive(Debug, Clone)]
pub struct CustomActionEvent {
    data: types::CustomActionEvent,
}

impl CustomActionEvent {
    /// An event with Gong's required fields: the reporting system's id (the
    /// same for all its events) and when it happened (ISO-8601 with offset).
    pub fn builder(
        reporting_system: impl Into<String>,
        event_timestamp: impl Into<String>,
    ) -> Draft<CustomActionEvent> {
        Draft::new(Ok(types::CustomActionEvent {
            reporting_system: reporting_system.into(),
            event_timestamp: event_timestamp.into(),
            action_name: None,
            actor: None,
            agent_platform: None,
            content_id: None,
            content_properties: Vec::new(),
            content_title: None,
            content_url: None,
            crm_context: Vec::new(),
            event_id: None,
            event_info_url: None,
            event_properties: Vec::new(),
            mobile_app_id: None,
            more_info_url: None,
            non_company_participants: Vec::new(),
            share_id: None,
            sharer: None,
            sharing_message_body: None,
            sharing_message_subject: None,
            tracking_id: None,
            user_agent: None,
            workspace_id: None,
        }))
    }
}

impl Rules for CustomActionEvent {
    type Data = types::CustomActionEvent;
    fn check(data: types::CustomActionEvent) -> Result<Self> {
        check_common(
            &data.reporting_system,
            &data.event_timestamp,
            data.workspace_id.as_ref(),
            None,
            &[
                ("contentUrl", data.content_url.as_ref()),
                ("eventInfoUrl", data.event_info_url.as_ref()),
                ("moreInfoUrl", data.more_info_url.as_ref()),
            ],
        )?;
        Ok(CustomActionEvent { data })
    }
    fn data(&self) -> &types::CustomActionEvent {
        &self.data
    }
}

setters!(CustomActionEvent {
    /// The event's id in the reporting system.
    event_id(v: impl Into<String>) => |d| d.event_id = Some(v.into());
    /// The content's id.
    content_id(v: impl Into<String>) => |d| d.content_id = Some(v.into());
    /// The content's URL.
    content_url(v: impl Into<String>) => |d| d.content_url = Some(v.into());
    /// The content's title.
    content_title(v: impl Into<String>) => |d| d.content_title = Some(v.into());
    /// The action, like "Document Signed".
    action_name(v: impl Into<String>) => |d| d.action_name = Some(v.into());
    /// A page with more about the event.
    event_info_url(v: impl Into<String>) => |d| d.event_info_url = Some(v.into());
    /// Who acted.
    actor(v: types::Actor) => |d| d.actor = Some(v);
    /// CRM references.
    crm_context(v: Vec<types::CallUploadContext>) => |d| d.crm_context = v;
    /// Content properties.
    content_properties(v: Vec<types::GenericProperty>) => |d| d.content_properties = v;
    /// Event properties.
    event_properties(v: Vec<types::GenericProperty>) => |d| d.event_properties = v;
    /// Browser `User-Agent`.
    user_agent(v: impl Into<String>) => |d| d.user_agent = Some(v.into());
    /// Mobile app id (bundle or package name).
    mobile_app_id(v: impl Into<String>) => |d| d.mobile_app_id = Some(v.into());
    /// Platform of the interaction.
    agent_platform(v: impl Into<String>) => |d| d.agent_platform = Some(v.into());
    /// Workspace.
    workspace_id(v: GongId) => |d| d.workspace_id = Some(v);
    /// Outside participants.
    non_company_participants(v: Vec<types::Actor>) => |d| d.non_company_participants = v;
    /// More information.
    more_info_url(v: impl Into<String>) => |d| d.more_info_url = Some(v.into());
    /// Share id.
    share_id(v: impl Into<String>) => |d| d.share_id = Some(v.into());
    /// Who shared.
    sharer(v: types::Sharer) => |d| d.sharer = Some(v);
    /// Subject of the share message.
    sharing_message_subject(v: impl Into<String>) => |d| d.sharing_message_subject = Some(v.into());
    /// Body of the share message (HTML allowed).
    sharing_message_body(v: impl Into<String>) => |d| d.sharing_message_body = Some(v.into());
    /// Tracking id.
    tracking_id(v: impl Into<String>) => |d| d.tracking_id = Some(v.into());
});

/// Input of "Custom Shared Event": a Gong user shared content with outside
/// participants. The generated `ContentSharedEvent` request, checked.
#[derive(Debug, Clone)]
pub struct CustomSharedEvent {
    data: types::ContentSharedEvent,
}

impl CustomSharedEvent {
    /// An event with Gong's required fields: the reporting system, when it
    /// happened (ISO-8601 with offset), and the content's id, URL and title.
    pub fn builder(
        reporting_system: impl Into<String>,
        event_timestamp: impl Into<String>,
        content_id: impl Into<String>,
        content_url: impl Into<String>,
        content_title: impl Into<String>,
    ) -> Draft<CustomSharedEvent> {
        Draft::new(Ok(types::ContentSharedEvent {
            reporting_system: reporting_system.into(),
            event_timestamp: event_timestamp.into(),
            content_id: content_id.into(),
            content_url: content_url.into(),
            content_title: content_title.into(),
            action_name: None,
            agent_platform: None,
            content_properties: Vec::new(),
            crm_context: Vec::new(),
            event_id: None,
            event_properties: Vec::new(),
            mobile_app_id: None,
            more_info_url: None,
            non_company_participants: Vec::new(),
            recipients: Vec::new(),
            share_id: None,
            share_info_url: None,
            sharer: None,
            sharing_message_body: None,
            sharing_message_subject: None,
            tracking_id: None,
            user_agent: None,
            workspace_id: None,
        }))
    }
}

impl Rules for CustomSharedEvent {
    type Data = types::ContentSharedEvent;
    fn check(data: types::ContentSharedEvent) -> Result<Self> {
        check_common(
            &data.reporting_system,
            &data.event_timestamp,
            data.workspace_id.as_ref(),
            Some((&data.content_id, &data.content_title)),
            &[
                ("contentUrl", Some(&data.content_url)),
                ("shareInfoUrl", data.share_info_url.as_ref()),
                ("moreInfoUrl", data.more_info_url.as_ref()),
            ],
        )?;
        Ok(CustomSharedEvent { data })
    }
    fn data(&self) -> &types::ContentSharedEvent {
        &self.data
    }
}

setters!(CustomSharedEvent {
    /// The event's id in the reporting system.
    event_id(v: impl Into<String>) => |d| d.event_id = Some(v.into());
    /// Share id.
    share_id(v: impl Into<String>) => |d| d.share_id = Some(v.into());
    /// A page with more about the share.
    share_info_url(v: impl Into<String>) => |d| d.share_info_url = Some(v.into());
    /// Subject of the share message.
    sharing_message_subject(v: impl Into<String>) => |d| d.sharing_message_subject = Some(v.into());
    /// Body of the share message (HTML allowed).
    sharing_message_body(v: impl Into<String>) => |d| d.sharing_message_body = Some(v.into());
    /// Who shared.
    sharer(v: types::Sharer) => |d| d.sharer = Some(v);
    /// Recipients.
    recipients(v: Vec<types::Actor>) => |d| d.recipients = v;
    /// CRM references.
    crm_context(v: Vec<types::CallUploadContext>) => |d| d.crm_context = v;
    /// Content properties.
    content_properties(v: Vec<types::GenericProperty>) => |d| d.content_properties = v;
    /// Event properties.
    event_properties(v: Vec<types::GenericProperty>) => |d| d.event_properties = v;
    /// Workspace.
    workspace_id(v: GongId) => |d| d.workspace_id = Some(v);
    /// The action's name.
    action_name(v: impl Into<String>) => |d| d.action_name = Some(v.into());
    /// Outside participants.
    non_company_participants(v: Vec<types::Actor>) => |d| d.non_company_participants = v;
    /// More information.
    more_info_url(v: impl Into<String>) => |d| d.more_info_url = Some(v.into());
    /// Mobile app id.
    mobile_app_id(v: impl Into<String>) => |d| d.mobile_app_id = Some(v.into());
    /// Platform of the interaction.
    agent_platform(v: impl Into<String>) => |d| d.agent_platform = Some(v.into());
    /// Browser `User-Agent`.
    user_agent(v: impl Into<String>) => |d| d.user_agent = Some(v.into());
    /// Tracking id.
    tracking_id(v: impl Into<String>) => |d| d.tracking_id = Some(v.into());
});

/// Input of "Custom Viewed Event": an outside participant viewed content.
/// The generated `ContentViewedEvent` request, checked.
#[derive(Debug, Clone)]
pub struct CustomViewedEvent {
    data: types::ContentViewedEvent,
}

impl CustomViewedEvent {
    /// An event with Gong's required fields: the reporting system, when it
    /// happened (ISO-8601 with offset), and the content's id, URL and title.
    pub fn builder(
        reporting_system: impl Into<String>,
        event_timestamp: impl Into<String>,
        content_id: impl Into<String>,
        content_url: impl Into<String>,
        content_title: impl Into<String>,
    ) -> Draft<CustomViewedEvent> {
        Draft::new(Ok(types::ContentViewedEvent {
            reporting_system: reporting_system.into(),
            event_timestamp: event_timestamp.into(),
            content_id: content_id.into(),
            content_url: content_url.into(),
            content_title: content_title.into(),
            action_name: None,
            agent_platform: None,
            content_properties: Vec::new(),
            crm_context: Vec::new(),
            event_id: None,
            event_properties: Vec::new(),
            mobile_app_id: None,
            more_info_url: None,
            non_company_participants: Vec::new(),
            share_id: None,
            sharer: None,
            sharing_message_body: None,
            sharing_message_subject: None,
            tracking_id: None,
            user_agent: None,
            view_action_title: None,
            view_info_url: None,
            viewer: None,
            workspace_id: None,
        }))
    }
}

impl Rules for CustomViewedEvent {
    type Data = types::ContentViewedEvent;
    fn check(data: types::ContentViewedEvent) -> Result<Self> {
        check_common(
            &data.reporting_system,
            &data.event_timestamp,
            data.workspace_id.as_ref(),
            Some((&data.content_id, &data.content_title)),
            &[
                ("contentUrl", Some(&data.content_url)),
                ("viewInfoUrl", data.view_info_url.as_ref()),
                ("moreInfoUrl", data.more_info_url.as_ref()),
            ],
        )?;
        Ok(CustomViewedEvent { data })
    }
    fn data(&self) -> &types::ContentViewedEvent {
        &self.data
    }
}

setters!(CustomViewedEvent {
    /// The event's id in the reporting system.
    event_id(v: impl Into<String>) => |d| d.event_id = Some(v.into());
    /// The view action, like "Presentation Opened".
    view_action_title(v: impl Into<String>) => |d| d.view_action_title = Some(v.into());
    /// Share id.
    share_id(v: impl Into<String>) => |d| d.share_id = Some(v.into());
    /// A page with more about the view.
    view_info_url(v: impl Into<String>) => |d| d.view_info_url = Some(v.into());
    /// Who viewed.
    viewer(v: types::Actor) => |d| d.viewer = Some(v);
    /// CRM references.
    crm_context(v: Vec<types::CallUploadContext>) => |d| d.crm_context = v;
    /// Content properties.
    content_properties(v: Vec<types::GenericProperty>) => |d| d.content_properties = v;
    /// Event properties.
    event_properties(v: Vec<types::GenericProperty>) => |d| d.event_properties = v;
    /// Browser `User-Agent`.
    user_agent(v: impl Into<String>) => |d| d.user_agent = Some(v.into());
    /// Mobile app id.
    mobile_app_id(v: impl Into<String>) => |d| d.mobile_app_id = Some(v.into());
    /// Platform of the interaction.
    agent_platform(v: impl Into<String>) => |d| d.agent_platform = Some(v.into());
    /// Workspace.
    workspace_id(v: GongId) => |d| d.workspace_id = Some(v);
    /// Outside participants.
    non_company_participants(v: Vec<types::Actor>) => |d| d.non_company_participants = v;
    /// More information.
    more_info_url(v: impl Into<String>) => |d| d.more_info_url = Some(v.into());
    /// The action's name.
    action_name(v: impl Into<String>) => |d| d.action_name = Some(v.into());
    /// Who shared.
    sharer(v: types::Sharer) => |d| d.sharer = Some(v);
    /// Subject of the share message.
    sharing_message_subject(v: impl Into<String>) => |d| d.sharing_message_subject = Some(v.into());
    /// Body of the share message.
    sharing_message_body(v: impl Into<String>) => |d| d.sharing_message_body = Some(v.into());
    /// Tracking id.
    tracking_id(v: impl Into<String>) => |d| d.tracking_id = Some(v.into());
});

input_serde!(CustomActionEvent, CustomSharedEvent, CustomViewedEvent);

impl Client {
    /// "Custom Action Event" (`PUT /v2/customer-engagement/action`, scope `api:engagement-data:write`).
    pub async fn custom_action_event(&self, input: CustomActionEvent) -> Result<types::RegisterGenericCrmResponse> {
        let body = input.data;
        self.api().custom_action().body(body).send().await
    }

    /// "Custom Shared Event" (`PUT /v2/customer-engagement/content/shared`, scope `api:engagement-data:write`).
    pub async fn custom_shared_event(&self, input: CustomSharedEvent) -> Result<types::RegisterGenericCrmResponse> {
        let body = input.data;
        self.api().content_shared().body(body).send().await
    }

    /// "Custom Viewed Event" (`PUT /v2/customer-engagement/content/viewed`, scope `api:engagement-data:write`).
    pub async fn custom_viewed_event(&self, input: CustomViewedEvent) -> Result<types::RegisterGenericCrmResponse> {
        let body = input.data;
        self.api().content_viewed().body(body).send().await
    }
}
