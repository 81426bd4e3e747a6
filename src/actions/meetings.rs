//! Gong meetings: create, update, delete.

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::input::sealed::Rules;
use super::input::{Draft, input_serde, setters};
use crate::api::types;
use crate::error::Result;
use crate::validate;
use crate::{Client, GongId};

/// Input of "Create New Gong Meeting": the generated `NewMeetingRequest`,
/// checked. Build it with [`Meeting::builder`] and the setters of
/// [`Draft<Meeting>`].
#[derive(Debug, Clone)]
pub struct Meeting {
    data: types::NewMeetingRequest,
}

/// Start before end, organizer and invitees with email addresses.
fn check_meeting(start: &str, end: &str, organizer: &str, invitees: &[types::MeetingInvitee]) -> Result<()> {
    validate::ordered("startTime", start, "endTime", end)?;
    validate::email("organizerEmail", organizer)?;
    for (i, invitee) in invitees.iter().enumerate() {
        match &invitee.email {
            Some(e) => validate::email(&format!("invitees[{i}].email"), e)?,
            None => {
                return Err(crate::Error::invalid(
                    format!("invitees[{i}].email"),
                    "is required: Gong invites by email address",
                ));
            }
        }
    }
    Ok(())
}

impl Meeting {
    /// A meeting with Gong's required fields: start and end (ISO-8601 with
    /// offset, the end after the start) and the email of the user creating
    /// it (their consent settings apply).
    pub fn builder(
        start_time: impl Into<String>,
        end_time: impl Into<String>,
        organizer_email: impl Into<String>,
    ) -> Draft<Meeting> {
        Draft::new(Ok(types::NewMeetingRequest {
            start_time: start_time.into(),
            end_time: end_time.into(),
            organizer_email: organizer_email.into(),
            invitees: Vec::new(),
            external_id: None,
            provider: None,
            title: None,
        }))
    }
}

impl Rules for Meeting {
    type Data = types::NewMeetingRequest;
    fn check(data: types::NewMeetingRequest) -> Result<Self> {
        check_meeting(&data.start_time, &data.end_time, &data.organizer_email, &data.invitees)?;
        Ok(Meeting { data })
    }
    fn data(&self) -> &types::NewMeetingRequest {
        &self.data
    }
}

/// An invitee by email address.
fn invitee(email: String) -> types::MeetingInvitee {
    types::MeetingInvitee {
        email: Some(email),
        ..Default::default()
    }
}

setters!(Meeting {
    /// Adds an invitee by email address (not the organizer).
    invitee(email: impl Into<String>) => |d| d.invitees.push(invitee(email.into()));
    /// Adds an invitee with more details.
    invitee_details(v: types::MeetingInvitee) => |d| d.invitees.push(v);
    /// The meeting's id in the external system.
    external_id(v: impl Into<String>) => |d| d.external_id = Some(v.into());
    /// Title.
    title(v: impl Into<String>) => |d| d.title = Some(v.into());
});

/// Input of "Update Gong Meeting": the meeting's id and the generated
/// `UpdateMeetingRequest` (the meeting's new details), checked.
#[derive(Debug, Clone)]
pub struct UpdateMeeting {
    data: UpdateMeetingParams,
}

/// The path parameter and the body of `PUT /v2/meetings/{meetingId}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct UpdateMeetingParams {
    /// Gong's id of the meeting (up to 20 digits).
    meeting_id: GongId,
    /// The meeting's new details.
    #[serde(flatten)]
    body: types::UpdateMeetingRequest,
}

impl UpdateMeeting {
    /// Gives the meeting `meeting_id` the details of `meeting`.
    pub fn new(meeting_id: GongId, meeting: Meeting) -> Result<UpdateMeeting> {
        let m = meeting.data;
        Self::check(UpdateMeetingParams {
            meeting_id,
            body: types::UpdateMeetingRequest {
                start_time: m.start_time,
                end_time: m.end_time,
                organizer_email: m.organizer_email,
                invitees: m.invitees,
                external_id: m.external_id,
                provider: m.provider,
                title: m.title,
            },
        })
    }
}

impl Rules for UpdateMeeting {
    type Data = UpdateMeetingParams;
    fn check(data: UpdateMeetingParams) -> Result<Self> {
        validate::gong_id("meetingId", &data.meeting_id)?;
        let b = &data.body;
        check_meeting(&b.start_time, &b.end_time, &b.organizer_email, &b.invitees)?;
        Ok(UpdateMeeting { data })
    }
    fn data(&self) -> &UpdateMeetingParams {
        &self.data
    }
}

/// Input of "Delete Gong Meeting": the meeting's id and the generated
/// `DeleteMeetingRequest` (its organizer), checked.
#[derive(Debug, Clone)]
pub struct DeleteMeeting {
    data: DeleteMeetingParams,
}

/// The path parameter and the body of `DELETE /v2/meetings/{meetingId}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct DeleteMeetingParams {
    /// Gong's id of the meeting (up to 20 digits).
    meeting_id: GongId,
    /// Email of the meeting's organizer (Gong requires it).
    #[serde(flatten)]
    body: types::DeleteMeetingRequest,
}

impl DeleteMeeting {
    /// Deletes the meeting `meeting_id` of the organizer with this email
    /// (Gong finds the meeting through its organizer).
    pub fn new(meeting_id: GongId, organizer_email: impl Into<String>) -> Result<DeleteMeeting> {
        Self::check(DeleteMeetingParams {
            meeting_id,
            body: types::DeleteMeetingRequest {
                organizer_email: Some(organizer_email.into()),
                extra: Default::default(),
            },
        })
    }
}

impl Rules for DeleteMeeting {
    type Data = DeleteMeetingParams;
    fn check(data: DeleteMeetingParams) -> Result<Self> {
        validate::gong_id("meetingId", &data.meeting_id)?;
        // Without the email Gong answers 400 or 404, so the input is refused
        // before it is sent.
        match &data.body.organizer_email {
            Some(e) => validate::email("organizerEmail", e)?,
            None => {
                return Err(crate::Error::invalid(
                    "organizerEmail",
                    "is required: Gong deletes a meeting only for its organizer",
                ));
            }
        }
        Ok(DeleteMeeting { data })
    }
    fn data(&self) -> &DeleteMeetingParams {
        &self.data
    }
}

input_serde!(Meeting, UpdateMeeting, DeleteMeeting);

impl Client {
    /// "Create New Gong Meeting" (`POST /v2/meetings`, scope `api:meetings:user:create`).
    pub async fn create_meeting(&self, input: Meeting) -> Result<types::NewMeetingResponse> {
        let body = input.data;
        self.api().add_meeting().body(body).send().await
    }

    /// "Update Gong Meeting" (`PUT /v2/meetings/{meetingId}`, scope `api:meetings:user:update`).
    pub async fn update_meeting(&self, input: UpdateMeeting) -> Result<types::UpdateMeetingResponse> {
        let input = input.data;
        let body = input.body;
        self.api()
            .update_meeting()
            .meeting_id(input.meeting_id)
            .body(body)
            .send()
            .await
    }

    /// "Delete Gong Meeting" (`DELETE /v2/meetings/{meetingId}`, scope `api:meetings:user:delete`).
    pub async fn delete_meeting(&self, input: DeleteMeeting) -> Result<types::DeleteMeetingRequest> {
        let input = input.data;
        let body = input.body;
        self.api()
            .delete_meeting()
            .meeting_id(input.meeting_id)
            .body(body)
            .send()
            .await
    }
}

// `flatten` makes serde read these as maps: the path parameter, then the body's fields.
impl crate::actions::input::sealed::Fields for UpdateMeetingParams {
    fn names() -> Vec<&'static str> {
        let mut names = vec!["meetingId"];
        names.extend(<types::UpdateMeetingRequest as crate::actions::input::sealed::Fields>::names());
        names
    }
}

impl crate::actions::input::sealed::Fields for DeleteMeetingParams {
    fn names() -> Vec<&'static str> {
        let mut names = vec!["meetingId"];
        names.extend(<types::DeleteMeetingRequest as crate::actions::input::sealed::Fields>::names());
        names
    }
}
