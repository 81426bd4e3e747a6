//! Gong meetings: create, update, delete.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::api::types;
use crate::error::Result;
use crate::validate;
use crate::{Client, GongId};

/// Input of "Create New Gong Meeting" (and the body of an update).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Meeting {
    /// Start (ISO-8601 with offset).
    start_time: String,
    /// End (ISO-8601 with offset), after the start.
    end_time: String,
    /// Email of the user creating the meeting; their consent settings apply.
    organizer_email: String,
    /// Email addresses of the invitees, not including the organizer.
    #[serde(default)]
    invitees: Vec<String>,
    /// The meeting's id in the external system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    external_id: Option<String>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
}

impl Meeting {
    /// A meeting with Gong's required fields.
    pub fn new(start_time: impl Into<String>, end_time: impl Into<String>, organizer_email: impl Into<String>) -> Self {
        Meeting {
            start_time: start_time.into(),
            end_time: end_time.into(),
            organizer_email: organizer_email.into(),
            invitees: Vec::new(),
            external_id: None,
            title: None,
        }
    }

    /// Adds an invitee by email address.
    pub fn invitee(mut self, email: impl Into<String>) -> Self {
        self.invitees.push(email.into());
        self
    }

    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        validate::ordered("startTime", &self.start_time, "endTime", &self.end_time)?;
        validate::email("organizerEmail", &self.organizer_email)?;
        for (i, e) in self.invitees.iter().enumerate() {
            validate::email(&format!("invitees[{i}]"), e)?;
        }
        Ok(())
    }

    fn body<T: serde::de::DeserializeOwned>(&self) -> Result<T> {
        let invitees: Vec<_> = self.invitees.iter().map(|e| json!({ "email": e })).collect();
        super::into_request(&json!({
            "startTime": self.start_time,
            "endTime": self.end_time,
            "organizerEmail": self.organizer_email,
            "invitees": invitees,
            "externalId": self.external_id,
            "title": self.title,
        }))
    }
}

super::calls::setters!(Meeting {
    /// The meeting's id in the external system.
    external_id: String,
    /// Title.
    title: String,
});

/// Input of "Update Gong Meeting".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateMeeting {
    /// Gong's id of the meeting (up to 20 digits).
    pub meeting_id: GongId,
    /// The meeting's new details.
    #[serde(flatten)]
    pub meeting: Meeting,
}

/// Input of "Delete Gong Meeting".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DeleteMeeting {
    /// Gong's id of the meeting (up to 20 digits).
    meeting_id: GongId,
    /// Email of the meeting's organizer (Gong requires it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    organizer_email: Option<String>,
}

impl DeleteMeeting {
    /// Deletes the meeting with this id.
    pub fn new(meeting_id: GongId) -> Self {
        DeleteMeeting {
            meeting_id,
            organizer_email: None,
        }
    }
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        validate::gong_id("meetingId", &self.meeting_id)?;
        // Gong finds the meeting through its organizer: without the email it
        // answers 400 or 404, so the input is refused before it is sent.
        match &self.organizer_email {
            Some(e) => validate::email("organizerEmail", e),
            None => Err(crate::Error::invalid(
                "organizerEmail",
                "is required: Gong deletes a meeting only for its organizer",
            )),
        }
    }
}

impl UpdateMeeting {
    /// Checks the input.
    pub fn validate(&self) -> Result<()> {
        validate::gong_id("meetingId", &self.meeting_id)?;
        self.meeting.validate()
    }
}

super::calls::setters!(DeleteMeeting {
    /// Email of the meeting's organizer (required: Gong deletes a meeting only for its organizer).
    organizer_email: String,
});

impl Client {
    /// "Create New Gong Meeting" (`POST /v2/meetings`, scope `api:meetings:user:create`).
    pub async fn create_meeting(&self, input: Meeting) -> Result<types::NewMeetingResponse> {
        input.validate()?;
        let body: types::NewMeetingRequest = input.body()?;
        self.api().add_meeting().body(body).send().await
    }

    /// "Update Gong Meeting" (`PUT /v2/meetings/{meetingId}`, scope `api:meetings:user:update`).
    pub async fn update_meeting(&self, input: UpdateMeeting) -> Result<types::UpdateMeetingResponse> {
        input.validate()?;
        let body: types::UpdateMeetingRequest = input.meeting.body()?;
        self.api()
            .update_meeting()
            .meeting_id(input.meeting_id)
            .body(body)
            .send()
            .await
    }

    /// "Delete Gong Meeting" (`DELETE /v2/meetings/{meetingId}`, scope `api:meetings:user:delete`).
    pub async fn delete_meeting(&self, input: DeleteMeeting) -> Result<types::DeleteMeetingRequest> {
        input.validate()?;
        let body = types::DeleteMeetingRequest {
            organizer_email: input.organizer_email,
        };
        self.api()
            .delete_meeting()
            .meeting_id(input.meeting_id)
            .body(body)
            .send()
            .await
    }
}
