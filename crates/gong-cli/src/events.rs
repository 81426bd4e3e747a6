//! `gong events action|shared|viewed`: engagement events on Gong's timeline.

use clap::{Args, Subcommand};
use gong_client::actions::{CustomActionEvent, CustomSharedEvent, CustomViewedEvent};
use gong_client::api::operations;

use crate::context::Ctx;
use crate::failure::Failure;
use crate::input::{Fields, InputArg};

/// `gong events ...`
#[derive(Debug, Subcommand)]
pub enum EventsCmd {
    /// An outside participant acted on content (Custom Action Event).
    #[command(name = crate::leaf(&operations::CUSTOM_ACTION), alias = "action")]
    Action(Box<ActionEventArgs>),
    /// A Gong user shared content with outside participants (Custom Shared Event).
    #[command(name = crate::leaf(&operations::CONTENT_SHARED), alias = "shared")]
    Shared(Box<SharedEventArgs>),
    /// An outside participant viewed content (Custom Viewed Event).
    #[command(name = crate::leaf(&operations::CONTENT_VIEWED), alias = "viewed")]
    Viewed(Box<ViewedEventArgs>),
}

/// Fields every engagement event has. JSON flags take JSON text or @FILE.
#[derive(Debug, Args)]
pub struct EventFields {
    /// Id of the reporting system (the same for all its events).
    #[arg(long)]
    pub reporting_system: Option<String>,
    /// When it happened (ISO-8601 with offset).
    #[arg(long, value_name = "DATETIME")]
    pub event_timestamp: Option<String>,
    /// The event's id in the reporting system.
    #[arg(long)]
    pub event_id: Option<String>,
    /// The content's id.
    #[arg(long)]
    pub content_id: Option<String>,
    /// The content's URL.
    #[arg(long, value_name = "URL")]
    pub content_url: Option<String>,
    /// The content's title.
    #[arg(long)]
    pub content_title: Option<String>,
    /// The action's name, like "Document Viewed".
    #[arg(long)]
    pub action_name: Option<String>,
    /// CRM references (JSON list of CallUploadContext).
    #[arg(long, value_name = "JSON")]
    pub crm_context: Option<String>,
    /// Content properties (JSON list of {name, value, dataType}).
    #[arg(long, value_name = "JSON")]
    pub content_properties: Option<String>,
    /// Event properties (JSON list of {name, value, dataType}).
    #[arg(long, value_name = "JSON")]
    pub event_properties: Option<String>,
    /// Browser `User-Agent` of the interaction.
    #[arg(long)]
    pub user_agent: Option<String>,
    /// Mobile app id (bundle or package name).
    #[arg(long)]
    pub mobile_app_id: Option<String>,
    /// Platform of the interaction.
    #[arg(long)]
    pub agent_platform: Option<String>,
    /// Workspace.
    #[arg(long, value_name = "ID")]
    pub workspace_id: Option<String>,
    /// Outside participants (JSON list of Actor).
    #[arg(long, value_name = "JSON")]
    pub non_company_participants: Option<String>,
    /// A page with more information.
    #[arg(long, value_name = "URL")]
    pub more_info_url: Option<String>,
    /// Share id.
    #[arg(long)]
    pub share_id: Option<String>,
    /// Who shared (JSON Sharer).
    #[arg(long, value_name = "JSON")]
    pub sharer: Option<String>,
    /// Subject of the share message.
    #[arg(long)]
    pub sharing_message_subject: Option<String>,
    /// Body of the share message (HTML allowed).
    #[arg(long)]
    pub sharing_message_body: Option<String>,
}

/// `gong events action`
#[derive(Debug, Args)]
pub struct ActionEventArgs {
    #[command(flatten)]
    pub common: EventFields,
    /// A page with more about the event.
    #[arg(long, value_name = "URL")]
    pub event_info_url: Option<String>,
    /// Who acted (JSON Actor).
    #[arg(long, value_name = "JSON")]
    pub actor: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

/// `gong events shared`
#[derive(Debug, Args)]
pub struct SharedEventArgs {
    #[command(flatten)]
    pub common: EventFields,
    /// A page with more about the share.
    #[arg(long, value_name = "URL")]
    pub share_info_url: Option<String>,
    /// Recipients (JSON list of Actor).
    #[arg(long, value_name = "JSON")]
    pub recipients: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

/// `gong events viewed`
#[derive(Debug, Args)]
pub struct ViewedEventArgs {
    #[command(flatten)]
    pub common: EventFields,
    /// The view action, like "Presentation Opened".
    #[arg(long)]
    pub view_action_title: Option<String>,
    /// A page with more about the view.
    #[arg(long, value_name = "URL")]
    pub view_info_url: Option<String>,
    /// Who viewed (JSON Actor).
    #[arg(long, value_name = "JSON")]
    pub viewer: Option<String>,
    #[command(flatten)]
    pub input: InputArg,
}

fn event_fields(e: &EventFields) -> Result<Fields, Failure> {
    let fields = Fields::new()
        .text("reportingSystem", &e.reporting_system)
        .text("eventTimestamp", &e.event_timestamp)
        .text("eventId", &e.event_id)
        .text("contentId", &e.content_id)
        .text("contentUrl", &e.content_url)
        .text("contentTitle", &e.content_title)
        .text("actionName", &e.action_name)
        .json("crmContext", &e.crm_context)?
        .json("contentProperties", &e.content_properties)?
        .json("eventProperties", &e.event_properties)?
        .text("userAgent", &e.user_agent)
        .text("mobileAppId", &e.mobile_app_id)
        .text("agentPlatform", &e.agent_platform)
        .text("workspaceId", &e.workspace_id)
        .json("nonCompanyParticipants", &e.non_company_participants)?
        .text("moreInfoUrl", &e.more_info_url)
        .text("shareId", &e.share_id)
        .json("sharer", &e.sharer)?
        .text("sharingMessageSubject", &e.sharing_message_subject)
        .text("sharingMessageBody", &e.sharing_message_body);
    Ok(fields)
}

/// Runs `gong events ...`.
pub async fn run(ctx: &Ctx<'_>, cmd: &EventsCmd) -> Result<(), Failure> {
    match cmd {
        EventsCmd::Action(a) => {
            let input: CustomActionEvent = event_fields(&a.common)?
                .text("eventInfoUrl", &a.event_info_url)
                .json("actor", &a.actor)?
                .build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.custom_action_event(input).await?)
        }
        EventsCmd::Shared(a) => {
            let input: CustomSharedEvent = event_fields(&a.common)?
                .text("shareInfoUrl", &a.share_info_url)
                .json("recipients", &a.recipients)?
                .build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.custom_shared_event(input).await?)
        }
        EventsCmd::Viewed(a) => {
            let input: CustomViewedEvent = event_fields(&a.common)?
                .text("viewActionTitle", &a.view_action_title)
                .text("viewInfoUrl", &a.view_info_url)
                .json("viewer", &a.viewer)?
                .build(&a.input)?;
            let client = ctx.client()?;
            ctx.out.print(&client.custom_viewed_event(input).await?)
        }
    }
}
