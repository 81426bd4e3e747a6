// @generated from openapi/gong.json (sha256 42a78acdab843eb6f15fd1c18825118f9d2784ea7e0fbe58a7f86e6fdbe39955) by build.rs.
// Do not edit: change the document or the generator settings instead.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AccountDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AccountDto {
        #[serde(
            rename = "crmId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "crmUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Actor`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct Actor {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub context: ::std::vec::Vec<PartyUploadContext>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    ///`AggregateActivity`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AggregateActivity {
        #[serde(
            rename = "callsAsHost",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_as_host: ::std::option::Option<i64>,
        #[serde(
            rename = "callsAttended",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_attended: ::std::option::Option<i64>,
        #[serde(
            rename = "callsCommentsGiven",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_comments_given: ::std::option::Option<i64>,
        #[serde(
            rename = "callsCommentsReceived",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_comments_received: ::std::option::Option<i64>,
        #[serde(
            rename = "callsGaveFeedback",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_gave_feedback: ::std::option::Option<i64>,
        #[serde(
            rename = "callsMarkedAsFeedbackGiven",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_marked_as_feedback_given: ::std::option::Option<i64>,
        #[serde(
            rename = "callsMarkedAsFeedbackReceived",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_marked_as_feedback_received: ::std::option::Option<i64>,
        #[serde(
            rename = "callsReceivedFeedback",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_received_feedback: ::std::option::Option<i64>,
        #[serde(
            rename = "callsRequestedFeedback",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_requested_feedback: ::std::option::Option<i64>,
        #[serde(
            rename = "callsScorecardsFilled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_scorecards_filled: ::std::option::Option<i64>,
        #[serde(
            rename = "callsScorecardsReceived",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_scorecards_received: ::std::option::Option<i64>,
        #[serde(
            rename = "callsSharedExternally",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_shared_externally: ::std::option::Option<i64>,
        #[serde(
            rename = "callsSharedInternally",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_shared_internally: ::std::option::Option<i64>,
        #[serde(
            rename = "othersCallsListenedTo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub others_calls_listened_to: ::std::option::Option<i64>,
        #[serde(
            rename = "ownCallsListenedTo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub own_calls_listened_to: ::std::option::Option<i64>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`AggregateActivityWithDates`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AggregateActivityWithDates {
        #[serde(
            rename = "callsAsHost",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_as_host: ::std::option::Option<i64>,
        #[serde(
            rename = "callsAttended",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_attended: ::std::option::Option<i64>,
        #[serde(
            rename = "callsCommentsGiven",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_comments_given: ::std::option::Option<i64>,
        #[serde(
            rename = "callsCommentsReceived",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_comments_received: ::std::option::Option<i64>,
        #[serde(
            rename = "callsGaveFeedback",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_gave_feedback: ::std::option::Option<i64>,
        #[serde(
            rename = "callsMarkedAsFeedbackGiven",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_marked_as_feedback_given: ::std::option::Option<i64>,
        #[serde(
            rename = "callsMarkedAsFeedbackReceived",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_marked_as_feedback_received: ::std::option::Option<i64>,
        #[serde(
            rename = "callsReceivedFeedback",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_received_feedback: ::std::option::Option<i64>,
        #[serde(
            rename = "callsRequestedFeedback",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_requested_feedback: ::std::option::Option<i64>,
        #[serde(
            rename = "callsScorecardsFilled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_scorecards_filled: ::std::option::Option<i64>,
        #[serde(
            rename = "callsScorecardsReceived",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_scorecards_received: ::std::option::Option<i64>,
        #[serde(
            rename = "callsSharedExternally",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_shared_externally: ::std::option::Option<i64>,
        #[serde(
            rename = "callsSharedInternally",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub calls_shared_internally: ::std::option::Option<i64>,
        #[serde(
            rename = "fromDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub from_date: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "othersCallsListenedTo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub others_calls_listened_to: ::std::option::Option<i64>,
        #[serde(
            rename = "ownCallsListenedTo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub own_calls_listened_to: ::std::option::Option<i64>,
        #[serde(
            rename = "toDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub to_date: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Answer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Answer {
        #[serde(
            rename = "answerText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub answer_text: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "isOverall",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_overall: ::std::option::Option<bool>,
        #[serde(
            rename = "notApplicable",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub not_applicable: ::std::option::Option<bool>,
        #[serde(
            rename = "questionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub question_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "questionRevisionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub question_revision_id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub score: ::std::option::Option<i64>,
        #[serde(
            rename = "selectedOptions",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub selected_options: ::std::vec::Vec<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`AnswerSectionDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AnswerSectionDto {
        #[serde(
            rename = "answerItems",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub answer_items: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "callFindings",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub call_findings: ::std::vec::Vec<EntityCallFindingDto>,
        #[serde(
            rename = "emailFindings",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub email_findings: ::std::vec::Vec<EmailFindingDto>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`AnsweredScorecard`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AnsweredScorecard {
        #[serde(
            rename = "answeredScorecardId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub answered_scorecard_id: ::std::option::Option<crate::GongId>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub answers: ::std::vec::Vec<Answer>,
        #[serde(
            rename = "callId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "callStartTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_start_time: ::std::option::Option<crate::GongDateTime>,
        #[serde(
            rename = "editorUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub editor_user_id: ::std::option::Option<i64>,
        #[serde(
            rename = "reviewMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub review_method: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "reviewTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub review_time: ::std::option::Option<crate::GongDateTime>,
        #[serde(
            rename = "reviewedUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reviewed_user_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "reviewerUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reviewer_user_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "scorecardId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scorecard_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "scorecardName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scorecard_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "visibilityType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub visibility_type: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`AnsweredScorecards`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AnsweredScorecards {
        #[serde(
            rename = "answeredScorecards",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub answered_scorecards: ::std::vec::Vec<AnsweredScorecard>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub records: ::std::option::Option<Records>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`AnsweredScorecardsFilter`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct AnsweredScorecardsFilter {
        #[serde(
            rename = "callFromDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_from_date: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "callToDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_to_date: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "reviewFromDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub review_from_date: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "reviewMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub review_method: ::std::option::Option<AnsweredScorecardsFilterReviewMethod>,
        #[serde(
            rename = "reviewToDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub review_to_date: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "reviewedUserIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reviewed_user_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        #[serde(
            rename = "scorecardIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scorecard_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
    }
    ///`AnsweredScorecardsFilterReviewMethod`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum AnsweredScorecardsFilterReviewMethod {
        #[serde(rename = "AUTOMATIC")]
        Automatic,
        #[serde(rename = "MANUAL")]
        Manual,
        #[serde(rename = "BOTH")]
        Both,
    }
    impl ::std::fmt::Display for AnsweredScorecardsFilterReviewMethod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Automatic => f.write_str("AUTOMATIC"),
                Self::Manual => f.write_str("MANUAL"),
                Self::Both => f.write_str("BOTH"),
            }
        }
    }
    impl ::std::str::FromStr for AnsweredScorecardsFilterReviewMethod {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "AUTOMATIC" => Ok(Self::Automatic),
                "MANUAL" => Ok(Self::Manual),
                "BOTH" => Ok(Self::Both),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AnsweredScorecardsFilterReviewMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AnsweredScorecardsFilterReviewMethod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AskEntityCrmEntityType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum AskEntityCrmEntityType {
        #[serde(rename = "ACCOUNT")]
        Account,
        #[serde(rename = "CONTACT")]
        Contact,
        #[serde(rename = "DEAL")]
        Deal,
        #[serde(rename = "LEAD")]
        Lead,
    }
    impl ::std::fmt::Display for AskEntityCrmEntityType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Account => f.write_str("ACCOUNT"),
                Self::Contact => f.write_str("CONTACT"),
                Self::Deal => f.write_str("DEAL"),
                Self::Lead => f.write_str("LEAD"),
            }
        }
    }
    impl ::std::str::FromStr for AskEntityCrmEntityType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ACCOUNT" => Ok(Self::Account),
                "CONTACT" => Ok(Self::Contact),
                "DEAL" => Ok(Self::Deal),
                "LEAD" => Ok(Self::Lead),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AskEntityCrmEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AskEntityCrmEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AskEntityResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AskEntityResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub answer: ::std::vec::Vec<AnswerSectionDto>,
        #[serde(
            rename = "numOfCallsSearched",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub num_of_calls_searched: ::std::option::Option<i64>,
        #[serde(
            rename = "numOfEmailsSearched",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub num_of_emails_searched: ::std::option::Option<i64>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`AskEntityTimePeriod`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum AskEntityTimePeriod {
        #[serde(rename = "LAST_7DAYS")]
        Last7days,
        #[serde(rename = "LAST_30DAYS")]
        Last30days,
        #[serde(rename = "LAST_90DAYS")]
        Last90days,
        #[serde(rename = "LAST_90_DAYS_SINCE_LAST_ACTIVITY")]
        Last90DaysSinceLastActivity,
        #[serde(rename = "LAST_YEAR_SINCE_LAST_ACTIVITY")]
        LastYearSinceLastActivity,
        #[serde(rename = "LAST_YEAR")]
        LastYear,
        #[serde(rename = "THIS_WEEK")]
        ThisWeek,
        #[serde(rename = "THIS_MONTH")]
        ThisMonth,
        #[serde(rename = "THIS_YEAR")]
        ThisYear,
        #[serde(rename = "THIS_QUARTER")]
        ThisQuarter,
        #[serde(rename = "CUSTOM_RANGE")]
        CustomRange,
        #[serde(rename = "ALL_CONVERSATIONS")]
        AllConversations,
    }
    impl ::std::fmt::Display for AskEntityTimePeriod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Last7days => f.write_str("LAST_7DAYS"),
                Self::Last30days => f.write_str("LAST_30DAYS"),
                Self::Last90days => f.write_str("LAST_90DAYS"),
                Self::Last90DaysSinceLastActivity => {
                    f.write_str("LAST_90_DAYS_SINCE_LAST_ACTIVITY")
                }
                Self::LastYearSinceLastActivity => {
                    f.write_str("LAST_YEAR_SINCE_LAST_ACTIVITY")
                }
                Self::LastYear => f.write_str("LAST_YEAR"),
                Self::ThisWeek => f.write_str("THIS_WEEK"),
                Self::ThisMonth => f.write_str("THIS_MONTH"),
                Self::ThisYear => f.write_str("THIS_YEAR"),
                Self::ThisQuarter => f.write_str("THIS_QUARTER"),
                Self::CustomRange => f.write_str("CUSTOM_RANGE"),
                Self::AllConversations => f.write_str("ALL_CONVERSATIONS"),
            }
        }
    }
    impl ::std::str::FromStr for AskEntityTimePeriod {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "LAST_7DAYS" => Ok(Self::Last7days),
                "LAST_30DAYS" => Ok(Self::Last30days),
                "LAST_90DAYS" => Ok(Self::Last90days),
                "LAST_90_DAYS_SINCE_LAST_ACTIVITY" => {
                    Ok(Self::Last90DaysSinceLastActivity)
                }
                "LAST_YEAR_SINCE_LAST_ACTIVITY" => Ok(Self::LastYearSinceLastActivity),
                "LAST_YEAR" => Ok(Self::LastYear),
                "THIS_WEEK" => Ok(Self::ThisWeek),
                "THIS_MONTH" => Ok(Self::ThisMonth),
                "THIS_YEAR" => Ok(Self::ThisYear),
                "THIS_QUARTER" => Ok(Self::ThisQuarter),
                "CUSTOM_RANGE" => Ok(Self::CustomRange),
                "ALL_CONVERSATIONS" => Ok(Self::AllConversations),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AskEntityTimePeriod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AskEntityTimePeriod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AssignFlowRequestV2`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct AssignFlowRequestV2 {
        #[serde(rename = "crmProspectsIds")]
        pub crm_prospects_ids: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "flowId")]
        pub flow_id: ::std::string::String,
        #[serde(
            rename = "flowInstanceDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_instance_description: ::std::option::Option<::std::string::String>,
        #[serde(rename = "flowInstanceOwnerEmail")]
        pub flow_instance_owner_email: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub overrides: ::std::option::Option<AssignOverrides>,
    }
    ///`AssignFlowResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AssignFlowResponse {
        #[serde(
            rename = "prospectsAssigned",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub prospects_assigned: ::std::vec::Vec<PublicApiAssignedFlow>,
        #[serde(
            rename = "prospectsNotAssigned",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub prospects_not_assigned: ::std::vec::Vec<AssignedFlowFailure>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`AssignOverrides`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct AssignOverrides {
        #[serde(
            rename = "coolOffOverride",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cool_off_override: ::std::option::Option<bool>,
        #[serde(
            rename = "flowInstanceVariables",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub flow_instance_variables: ::std::vec::Vec<PublicApiVariableValueOverride>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub steps: ::std::vec::Vec<PublicApiStepContentOverride>,
    }
    ///`AssignedFlowFailure`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AssignedFlowFailure {
        #[serde(
            rename = "crmProspectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_prospect_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "errorCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_code: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "errorMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_message: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "flowId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`AssociationObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AssociationObject {
        #[serde(
            rename = "accountCrmId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_crm_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "dealCrmId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deal_crm_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`AsyncProcessingResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AsyncProcessingResponse {
        #[serde(
            rename = "clientRequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_request_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`BaseResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BaseResponse {
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Brief`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Brief {
        #[serde(
            rename = "briefId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub brief_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "briefName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub brief_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub creator: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "creatorUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creator_user_id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "workspaceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workspace_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`BriefCallFindingDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BriefCallFindingDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call: ::std::option::Option<CallInfoDto>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`BriefSectionDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BriefSectionDto {
        #[serde(
            rename = "briefSectionType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub brief_section_type: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "conversationFindings",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub conversation_findings: ::std::option::Option<ConversationFindingsDto>,
        #[serde(
            rename = "mcpResult",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mcp_result: ::std::option::Option<McpResultDto>,
        #[serde(
            rename = "sectionSummary",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub section_summary: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "webFindings",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub web_findings: ::std::vec::Vec<WebFindingDto>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Briefs`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Briefs {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub briefs: ::std::vec::Vec<Brief>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallAccessDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallAccessDetails {
        #[serde(
            rename = "callId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_id: ::std::option::Option<crate::GongId>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub users: ::std::vec::Vec<UserAccessDetails>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallAccessWithPermissionLevel`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CallAccessWithPermissionLevel {
        #[serde(
            rename = "permissionLevel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_level: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "teamLeadIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub team_lead_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallBasicData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallBasicData {
        #[serde(
            rename = "calendarEventId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub calendar_event_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "clientUniqueId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_unique_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "customData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_data: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub direction: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub duration: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "isPrivate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_private: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub media: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "meetingUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meeting_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "primaryUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub primary_user_id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purpose: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scheduled: ::std::option::Option<crate::GongDateTime>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "sdrDisposition",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sdr_disposition: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started: ::std::option::Option<crate::GongDateTime>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "workspaceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workspace_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallCollaboration`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CallCollaboration {
        #[serde(
            rename = "publicComments",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub public_comments: ::std::option::Option<bool>,
    }
    ///`CallContent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CallContent {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub brief: ::std::option::Option<bool>,
        #[serde(
            rename = "callOutcome",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_outcome: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub highlights: ::std::option::Option<bool>,
        #[serde(
            rename = "keyPoints",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub key_points: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub outline: ::std::option::Option<bool>,
        #[serde(
            rename = "pointsOfInterest",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub points_of_interest: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub structure: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub topics: ::std::option::Option<bool>,
        #[serde(
            rename = "trackerOccurrences",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tracker_occurrences: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trackers: ::std::option::Option<bool>,
    }
    ///`CallContextDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallContextDto {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub objects: ::std::vec::Vec<ExternalCallObject>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub collaboration: ::std::option::Option<CollaborationDto>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<ContentDto>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub context: ::std::vec::Vec<CallContextDto>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interaction: ::std::option::Option<InteractionMeasuresDto>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub media: ::std::option::Option<MediaDto>,
        #[serde(
            rename = "metaData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meta_data: ::std::option::Option<CallBasicData>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub parties: ::std::vec::Vec<Party>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallHighlightsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallHighlightsItem {
        #[serde(
            rename = "startTimes",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::numbers")]
        pub start_times: ::std::vec::Vec<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallHighlightsSection`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallHighlightsSection {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub items: ::std::vec::Vec<CallHighlightsItem>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallInfoDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallInfoDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started: ::std::option::Option<crate::GongDateTime>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallInteraction`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CallInteraction {
        #[serde(
            rename = "personInteractionStats",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub person_interaction_stats: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub questions: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub speakers: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub video: ::std::option::Option<bool>,
    }
    ///`CallKeyPoint`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallKeyPoint {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallOutcome`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallOutcome {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallOutcomeDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallOutcomeDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub automation: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "callOutcome",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_outcome: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub category: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "connectStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub connect_status: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "displayOrder",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub display_order: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sentiment: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "todoAction",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub todo_action: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallOutcomesResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallOutcomesResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub outcomes: ::std::option::Option<::std::vec::Vec<CallOutcomeDto>>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallOutlineItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallOutlineItem {
        #[serde(
            rename = "startTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub start_time: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallOutlineSection`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallOutlineSection {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub duration: ::std::option::Option<f64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub items: ::std::vec::Vec<CallOutlineItem>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub section: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "startTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub start_time: ::std::option::Option<f64>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallParticipant`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CallParticipant {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub context: ::std::vec::Vec<PartyUploadContext>,
        #[serde(
            rename = "emailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_address: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "mediaChannelId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub media_channel_id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "partyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub party_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "phoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<crate::GongId>,
    }
    ///`CallReference`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallReference {
        #[serde(
            rename = "externalSystems",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub external_systems: ::std::vec::Vec<ExternalSystem>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallTranscript`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallTranscript {
        #[serde(
            rename = "callId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_id: ::std::option::Option<crate::GongId>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub transcript: ::std::vec::Vec<Monologue>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallTranscripts`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallTranscripts {
        #[serde(
            rename = "callTranscripts",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub call_transcripts: ::std::vec::Vec<CallTranscript>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub records: ::std::option::Option<Records>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallUploadContext`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CallUploadContext {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub objects: ::std::vec::Vec<ExternalCrmCallObject>,
        pub system: CallUploadContextSystem,
    }
    ///`CallUploadContextSystem`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum CallUploadContextSystem {
        Salesforce,
        HubSpot,
        MicrosoftDynamic,
        Generic,
    }
    impl ::std::fmt::Display for CallUploadContextSystem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Salesforce => f.write_str("Salesforce"),
                Self::HubSpot => f.write_str("HubSpot"),
                Self::MicrosoftDynamic => f.write_str("MicrosoftDynamic"),
                Self::Generic => f.write_str("Generic"),
            }
        }
    }
    impl ::std::str::FromStr for CallUploadContextSystem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Salesforce" => Ok(Self::Salesforce),
                "HubSpot" => Ok(Self::HubSpot),
                "MicrosoftDynamic" => Ok(Self::MicrosoftDynamic),
                "Generic" => Ok(Self::Generic),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CallUploadContextSystem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CallUploadContextSystem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CallUsersAccessDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CallUsersAccessDto {
        #[serde(rename = "callId")]
        pub call_id: crate::GongId,
        #[serde(rename = "userIds")]
        pub user_ids: ::std::vec::Vec<crate::GongId>,
    }
    ///`Calls`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Calls {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls: ::std::vec::Vec<CallData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub records: ::std::option::Option<Records>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallsAccessDetailsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallsAccessDetailsResponse {
        #[serde(
            rename = "callAccessList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub call_access_list: ::std::vec::Vec<CallAccessDetails>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallsAccessGetDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CallsAccessGetDto {
        #[serde(rename = "callIds")]
        pub call_ids: ::std::vec::Vec<crate::GongId>,
    }
    ///`CallsFilter`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CallsFilter {
        #[serde(
            rename = "callIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        #[serde(
            rename = "fromDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub from_date_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "toDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub to_date_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "workspaceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workspace_id: ::std::option::Option<crate::GongId>,
    }
    ///`CallsRequestFilterWithOwners`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CallsRequestFilterWithOwners {
        #[serde(
            rename = "callIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        #[serde(
            rename = "fromDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub from_date_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "primaryUserIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub primary_user_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        #[serde(
            rename = "toDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub to_date_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "workspaceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workspace_id: ::std::option::Option<crate::GongId>,
    }
    ///`CallsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls: ::std::vec::Vec<CallBasicData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub records: ::std::option::Option<Records>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CallsUsersAccessAddDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CallsUsersAccessAddDto {
        #[serde(
            rename = "callAccessList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub call_access_list: ::std::vec::Vec<CallUsersAccessDto>,
    }
    ///`CallsUsersAccessDeleteDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CallsUsersAccessDeleteDto {
        #[serde(
            rename = "callAccessList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub call_access_list: ::std::vec::Vec<CallUsersAccessDto>,
    }
    ///`CoachingAccessWithPermissionLevel`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CoachingAccessWithPermissionLevel {
        #[serde(
            rename = "permissionLevel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_level: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "teamLeadIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub team_lead_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CoachingMetrics`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CoachingMetrics {
        #[serde(
            rename = "coachingData",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub coaching_data: ::std::vec::Vec<CoachingMetricsData>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CoachingMetricsData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CoachingMetricsData {
        #[serde(
            rename = "directReportsMetrics",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub direct_reports_metrics: ::std::vec::Vec<CoachingRepData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub manager: ::std::option::Option<CoachingUser>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CoachingRepData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CoachingRepData {
        #[serde(
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::or_default")]
        pub metrics: ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub report: ::std::option::Option<CoachingUser>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CoachingUser`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CoachingUser {
        #[serde(
            rename = "emailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_address: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "firstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "lastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CollaborationDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CollaborationDto {
        #[serde(
            rename = "publicComments",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub public_comments: ::std::vec::Vec<CommentDto>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CommentDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CommentDto {
        #[serde(
            rename = "audioEndTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub audio_end_time: ::std::option::Option<f64>,
        #[serde(
            rename = "audioStartTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub audio_start_time: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub comment: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "commenterUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub commenter_user_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "duringCall",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub during_call: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "inReplyTo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub in_reply_to: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub posted: ::std::option::Option<crate::GongDateTime>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Company`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct Company {
        #[serde(
            rename = "companyBusinessContexts",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub company_business_contexts: ::std::vec::Vec<CompanyBusinessContext>,
        #[serde(
            rename = "companyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub company_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub domain: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    ///`CompanyBusinessContext`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CompanyBusinessContext {
        #[serde(rename = "objectId")]
        pub object_id: ::std::string::String,
        #[serde(rename = "objectType")]
        pub object_type: CompanyBusinessContextObjectType,
        #[serde(
            rename = "systemName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub system_name: ::std::option::Option<::std::string::String>,
    }
    ///`CompanyBusinessContextObjectType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum CompanyBusinessContextObjectType {
        #[serde(rename = "ACCOUNT")]
        Account,
        #[serde(rename = "OPPORTUNITY")]
        Opportunity,
    }
    impl ::std::fmt::Display for CompanyBusinessContextObjectType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Account => f.write_str("ACCOUNT"),
                Self::Opportunity => f.write_str("OPPORTUNITY"),
            }
        }
    }
    impl ::std::str::FromStr for CompanyBusinessContextObjectType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ACCOUNT" => Ok(Self::Account),
                "OPPORTUNITY" => Ok(Self::Opportunity),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CompanyBusinessContextObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CompanyBusinessContextObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CompanyUsersAggregateActivityResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CompanyUsersAggregateActivityResponse {
        #[serde(
            rename = "fromDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub from_date_time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub records: ::std::option::Option<Records>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "timeZone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub time_zone: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "toDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub to_date_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "usersAggregateActivityStats",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub users_aggregate_activity_stats: ::std::vec::Vec<UserActivity>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CompanyUsersIntercationStatsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CompanyUsersIntercationStatsResponse {
        #[serde(
            rename = "fromDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub from_date_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "peopleInteractionStats",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub people_interaction_stats: ::std::vec::Vec<InteractionStats>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub records: ::std::option::Option<Records>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "timeZone",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub time_zone: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "toDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub to_date_time: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ConferencingProvider`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ConferencingProvider {
        #[serde(
            rename = "isDefault",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_default: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ConnectionResultDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ConnectionResultDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ContactCrmData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ContactCrmData {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub affiliation: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "companyName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub company_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "crmUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub emails: ::std::option::Option<::std::vec::Vec<ContactEmailDto>>,
        #[serde(
            rename = "firstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "lastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "linkedinProfile",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub linkedin_profile: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "optOutChannels",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub opt_out_channels: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        #[serde(
            rename = "phoneNumbers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_numbers: ::std::option::Option<::std::vec::Vec<PersonPhoneDto>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timezone: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub zipcode: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ContactDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ContactDto {
        #[serde(
            rename = "crmId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<ContactCrmData>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ContactEmailDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ContactEmailDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Content`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct Content {
        #[serde(
            rename = "contentAdditionalInfoUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_additional_info_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "contentCustomFields",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub content_custom_fields: ::std::vec::Vec<CustomField>,
        #[serde(
            rename = "contentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "contentLabel",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub content_label: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "contentTitle")]
        pub content_title: ::std::string::String,
        #[serde(
            rename = "contentUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "numericContentDetails",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub numeric_content_details: ::std::option::Option<NumericContentDetails>,
        #[serde(
            rename = "searchObjectDetails",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub search_object_details: ::std::option::Option<SearchObjectDetails>,
        #[serde(
            rename = "stepContentDetails",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub step_content_details: ::std::option::Option<StepContentDetails>,
    }
    ///`ContentDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ContentDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub brief: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "callOutcome",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_outcome: ::std::option::Option<CallOutcome>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub highlights: ::std::vec::Vec<CallHighlightsSection>,
        #[serde(
            rename = "keyPoints",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub key_points: ::std::vec::Vec<CallKeyPoint>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub outline: ::std::vec::Vec<CallOutlineSection>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub structure: ::std::vec::Vec<StructureDto>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub topics: ::std::vec::Vec<TopicDto>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub trackers: ::std::vec::Vec<TrackerDto>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ContentSelector`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ContentSelector {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub context: ::std::option::Option<ContentSelectorContext>,
        #[serde(
            rename = "contextTiming",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub context_timing: ::std::vec::Vec<ContentSelectorContextTimingItem>,
        #[serde(
            rename = "exposedFields",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub exposed_fields: ::std::option::Option<ExposedFields>,
    }
    ///`ContentSelectorContext`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ContentSelectorContext {
        None,
        Basic,
        Extended,
    }
    impl ::std::fmt::Display for ContentSelectorContext {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::None => f.write_str("None"),
                Self::Basic => f.write_str("Basic"),
                Self::Extended => f.write_str("Extended"),
            }
        }
    }
    impl ::std::str::FromStr for ContentSelectorContext {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "None" => Ok(Self::None),
                "Basic" => Ok(Self::Basic),
                "Extended" => Ok(Self::Extended),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentSelectorContext {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ContentSelectorContext {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentSelectorContextTimingItem`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ContentSelectorContextTimingItem {
        Now,
        TimeOfCall,
    }
    impl ::std::fmt::Display for ContentSelectorContextTimingItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Now => f.write_str("Now"),
                Self::TimeOfCall => f.write_str("TimeOfCall"),
            }
        }
    }
    impl ::std::str::FromStr for ContentSelectorContextTimingItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Now" => Ok(Self::Now),
                "TimeOfCall" => Ok(Self::TimeOfCall),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ContentSelectorContextTimingItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ContentSelectorContextTimingItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ContentSharedEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ContentSharedEvent {
        #[serde(
            rename = "actionName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "agentPlatform",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub agent_platform: ::std::option::Option<::std::string::String>,
        #[serde(rename = "contentId")]
        pub content_id: ::std::string::String,
        #[serde(
            rename = "contentProperties",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub content_properties: ::std::vec::Vec<GenericProperty>,
        #[serde(rename = "contentTitle")]
        pub content_title: ::std::string::String,
        #[serde(rename = "contentUrl")]
        pub content_url: ::std::string::String,
        #[serde(
            rename = "crmContext",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub crm_context: ::std::vec::Vec<CallUploadContext>,
        #[serde(
            rename = "eventId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "eventProperties",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub event_properties: ::std::vec::Vec<GenericProperty>,
        #[serde(rename = "eventTimestamp")]
        pub event_timestamp: ::std::string::String,
        #[serde(
            rename = "mobileAppId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mobile_app_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "moreInfoUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub more_info_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "nonCompanyParticipants",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub non_company_participants: ::std::vec::Vec<Actor>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub recipients: ::std::vec::Vec<Actor>,
        #[serde(rename = "reportingSystem")]
        pub reporting_system: ::std::string::String,
        #[serde(
            rename = "shareId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub share_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "shareInfoUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub share_info_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sharer: ::std::option::Option<Sharer>,
        #[serde(
            rename = "sharingMessageBody",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sharing_message_body: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "sharingMessageSubject",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sharing_message_subject: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "trackingId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tracking_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "userAgent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_agent: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "workspaceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workspace_id: ::std::option::Option<crate::GongId>,
    }
    ///`ContentViewedEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ContentViewedEvent {
        #[serde(
            rename = "actionName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "agentPlatform",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub agent_platform: ::std::option::Option<::std::string::String>,
        #[serde(rename = "contentId")]
        pub content_id: ::std::string::String,
        #[serde(
            rename = "contentProperties",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub content_properties: ::std::vec::Vec<GenericProperty>,
        #[serde(rename = "contentTitle")]
        pub content_title: ::std::string::String,
        #[serde(rename = "contentUrl")]
        pub content_url: ::std::string::String,
        #[serde(
            rename = "crmContext",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub crm_context: ::std::vec::Vec<CallUploadContext>,
        #[serde(
            rename = "eventId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "eventProperties",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub event_properties: ::std::vec::Vec<GenericProperty>,
        #[serde(rename = "eventTimestamp")]
        pub event_timestamp: ::std::string::String,
        #[serde(
            rename = "mobileAppId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mobile_app_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "moreInfoUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub more_info_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "nonCompanyParticipants",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub non_company_participants: ::std::vec::Vec<Actor>,
        #[serde(rename = "reportingSystem")]
        pub reporting_system: ::std::string::String,
        #[serde(
            rename = "shareId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub share_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sharer: ::std::option::Option<Sharer>,
        #[serde(
            rename = "sharingMessageBody",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sharing_message_body: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "sharingMessageSubject",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sharing_message_subject: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "trackingId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tracking_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "userAgent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_agent: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "viewActionTitle",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub view_action_title: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "viewInfoUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub view_info_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub viewer: ::std::option::Option<Actor>,
        #[serde(
            rename = "workspaceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workspace_id: ::std::option::Option<crate::GongId>,
    }
    ///`ContextField`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ContextField {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::serde_json::Value>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ConversationFindingsDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ConversationFindingsDto {
        #[serde(
            rename = "callFindings",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub call_findings: ::std::vec::Vec<BriefCallFindingDto>,
        #[serde(
            rename = "emailFindings",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub email_findings: ::std::vec::Vec<EmailFindingDto>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CrmPartyContextField`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CrmPartyContextField {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::serde_json::Value>,
    }
    ///`CustomActionEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CustomActionEvent {
        #[serde(
            rename = "actionName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub actor: ::std::option::Option<Actor>,
        #[serde(
            rename = "agentPlatform",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub agent_platform: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "contentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "contentProperties",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub content_properties: ::std::vec::Vec<GenericProperty>,
        #[serde(
            rename = "contentTitle",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_title: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "contentUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "crmContext",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub crm_context: ::std::vec::Vec<CallUploadContext>,
        #[serde(
            rename = "eventId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "eventInfoUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_info_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "eventProperties",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub event_properties: ::std::vec::Vec<GenericProperty>,
        #[serde(rename = "eventTimestamp")]
        pub event_timestamp: ::std::string::String,
        #[serde(
            rename = "mobileAppId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mobile_app_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "moreInfoUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub more_info_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "nonCompanyParticipants",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub non_company_participants: ::std::vec::Vec<Actor>,
        #[serde(rename = "reportingSystem")]
        pub reporting_system: ::std::string::String,
        #[serde(
            rename = "shareId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub share_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sharer: ::std::option::Option<Sharer>,
        #[serde(
            rename = "sharingMessageBody",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sharing_message_body: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "sharingMessageSubject",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sharing_message_subject: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "trackingId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tracking_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "userAgent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_agent: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "workspaceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workspace_id: ::std::option::Option<crate::GongId>,
    }
    ///`CustomField`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct CustomField {
        #[serde(
            rename = "dataType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub data_type: ::std::option::Option<CustomFieldDataType>,
        pub name: ::std::string::String,
        pub value: ::std::string::String,
    }
    ///`CustomFieldDataType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum CustomFieldDataType {
        #[serde(rename = "STRING")]
        String,
        #[serde(rename = "NUMBER")]
        Number,
        #[serde(rename = "DATE")]
        Date,
        #[serde(rename = "URL")]
        Url,
        #[serde(rename = "BOOLEAN")]
        Boolean,
        #[serde(rename = "DURATION")]
        Duration,
    }
    impl ::std::fmt::Display for CustomFieldDataType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::String => f.write_str("STRING"),
                Self::Number => f.write_str("NUMBER"),
                Self::Date => f.write_str("DATE"),
                Self::Url => f.write_str("URL"),
                Self::Boolean => f.write_str("BOOLEAN"),
                Self::Duration => f.write_str("DURATION"),
            }
        }
    }
    impl ::std::str::FromStr for CustomFieldDataType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "STRING" => Ok(Self::String),
                "NUMBER" => Ok(Self::Number),
                "DATE" => Ok(Self::Date),
                "URL" => Ok(Self::Url),
                "BOOLEAN" => Ok(Self::Boolean),
                "DURATION" => Ok(Self::Duration),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CustomFieldDataType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CustomFieldDataType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CustomerData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CustomerData {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub objects: ::std::vec::Vec<CustomerDataObject>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CustomerDataObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CustomerDataObject {
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub fields: ::std::vec::Vec<ContextField>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "mirrorId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mirror_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "objectType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_type: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`CustomerEngagement`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CustomerEngagement {
        #[serde(
            rename = "contentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "contentUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "eventName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "eventType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_type: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "reportingSystem",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reporting_system: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "sourceEventId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_event_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timestamp: ::std::option::Option<crate::GongDateTime>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`DailyActivityWithDates`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DailyActivityWithDates {
        #[serde(
            rename = "callsAsHost",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls_as_host: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "callsAttended",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls_attended: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "callsCommentsGiven",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls_comments_given: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "callsCommentsReceived",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls_comments_received: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "callsGaveFeedback",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls_gave_feedback: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "callsMarkedAsFeedbackGiven",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls_marked_as_feedback_given: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "callsMarkedAsFeedbackReceived",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls_marked_as_feedback_received: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "callsReceivedFeedback",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls_received_feedback: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "callsRequestedFeedback",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls_requested_feedback: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "callsScorecardsFilled",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls_scorecards_filled: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "callsScorecardsReceived",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls_scorecards_received: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "callsSharedExternally",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls_shared_externally: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "callsSharedInternally",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls_shared_internally: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "fromDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub from_date: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "othersCallsListenedTo",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub others_calls_listened_to: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "ownCallsListenedTo",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub own_calls_listened_to: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "toDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub to_date: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`DealsAccessWithPermissionLevel`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct DealsAccessWithPermissionLevel {
        #[serde(
            rename = "permissionLevel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_level: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "teamLeadIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub team_lead_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`DeleteMeetingRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct DeleteMeetingRequest {
        #[serde(
            rename = "organizerEmail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub organizer_email: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`DigitalInteractionRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct DigitalInteractionRequest {
        pub content: Content,
        #[serde(
            rename = "customFields",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub custom_fields: ::std::vec::Vec<CustomField>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device: ::std::option::Option<DigitalInteractionRequestDevice>,
        #[serde(rename = "eventId")]
        pub event_id: ::std::string::String,
        #[serde(rename = "eventType")]
        pub event_type: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub person: ::std::option::Option<Person>,
        #[serde(
            rename = "sessionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub session_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "sourceSystemName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_system_name: ::std::option::Option<::std::string::String>,
        pub timestamp: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            rename = "trackingId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tracking_id: ::std::option::Option<::std::string::String>,
    }
    ///`DigitalInteractionRequestDevice`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum DigitalInteractionRequestDevice {
        #[serde(rename = "MOBILE")]
        Mobile,
        #[serde(rename = "PC")]
        Pc,
    }
    impl ::std::fmt::Display for DigitalInteractionRequestDevice {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Mobile => f.write_str("MOBILE"),
                Self::Pc => f.write_str("PC"),
            }
        }
    }
    impl ::std::str::FromStr for DigitalInteractionRequestDevice {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "MOBILE" => Ok(Self::Mobile),
                "PC" => Ok(Self::Pc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DigitalInteractionRequestDevice {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for DigitalInteractionRequestDevice {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`EmailAddressReferences`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EmailAddressReferences {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls: ::std::vec::Vec<CallReference>,
        #[serde(
            rename = "customerData",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub customer_data: ::std::vec::Vec<CustomerData>,
        #[serde(
            rename = "customerEngagement",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub customer_engagement: ::std::vec::Vec<CustomerEngagement>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub emails: ::std::vec::Vec<EmailMessage>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub meetings: ::std::vec::Vec<Meeting>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`EmailFindingDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EmailFindingDto {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub emails: ::std::vec::Vec<EmailInfoDto>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`EmailInfoDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EmailInfoDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "sentDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sent_date_time: ::std::option::Option<crate::GongDateTime>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`EmailMessage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EmailMessage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mailbox: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "messageHash",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message_hash: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "sentTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sent_time: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`EmailsAccessWithPermissionLevel`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct EmailsAccessWithPermissionLevel {
        #[serde(
            rename = "permissionLevel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_level: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "teamLeadIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub team_lead_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`EntityCallFindingDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EntityCallFindingDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call: ::std::option::Option<CallInfoDto>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ErrorResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub errors: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`EventAcceptedResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EventAcceptedResponse {
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ExposedFields`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ExposedFields {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub collaboration: ::std::option::Option<CallCollaboration>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub content: ::std::option::Option<CallContent>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interaction: ::std::option::Option<CallInteraction>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub media: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parties: ::std::option::Option<bool>,
    }
    ///`ExternalCallObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ExternalCallObject {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub fields: ::std::vec::Vec<ContextField>,
        #[serde(
            rename = "objectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "objectType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timing: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ExternalCrmCallObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ExternalCrmCallObject {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub fields: ::std::vec::Vec<ContextField>,
        #[serde(rename = "objectId")]
        pub object_id: ::std::string::String,
        #[serde(rename = "objectType")]
        pub object_type: ExternalCrmCallObjectObjectType,
    }
    ///`ExternalCrmCallObjectObjectType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ExternalCrmCallObjectObjectType {
        Opportunity,
        Account,
        Lead,
        Contact,
        User,
    }
    impl ::std::fmt::Display for ExternalCrmCallObjectObjectType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Opportunity => f.write_str("Opportunity"),
                Self::Account => f.write_str("Account"),
                Self::Lead => f.write_str("Lead"),
                Self::Contact => f.write_str("Contact"),
                Self::User => f.write_str("User"),
            }
        }
    }
    impl ::std::str::FromStr for ExternalCrmCallObjectObjectType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Opportunity" => Ok(Self::Opportunity),
                "Account" => Ok(Self::Account),
                "Lead" => Ok(Self::Lead),
                "Contact" => Ok(Self::Contact),
                "User" => Ok(Self::User),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ExternalCrmCallObjectObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ExternalCrmCallObjectObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ExternalCrmPartyObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ExternalCrmPartyObject {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub fields: ::std::vec::Vec<CrmPartyContextField>,
        #[serde(rename = "objectId")]
        pub object_id: ::std::string::String,
        #[serde(rename = "objectType")]
        pub object_type: ExternalCrmPartyObjectObjectType,
    }
    ///`ExternalCrmPartyObjectObjectType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ExternalCrmPartyObjectObjectType {
        Lead,
        Contact,
        Account,
        Opportunity,
        User,
    }
    impl ::std::fmt::Display for ExternalCrmPartyObjectObjectType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Lead => f.write_str("Lead"),
                Self::Contact => f.write_str("Contact"),
                Self::Account => f.write_str("Account"),
                Self::Opportunity => f.write_str("Opportunity"),
                Self::User => f.write_str("User"),
            }
        }
    }
    impl ::std::str::FromStr for ExternalCrmPartyObjectObjectType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Lead" => Ok(Self::Lead),
                "Contact" => Ok(Self::Contact),
                "Account" => Ok(Self::Account),
                "Opportunity" => Ok(Self::Opportunity),
                "User" => Ok(Self::User),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ExternalCrmPartyObjectObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ExternalCrmPartyObjectObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ExternalPartyObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ExternalPartyObject {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub fields: ::std::vec::Vec<PartyContextField>,
        #[serde(
            rename = "objectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "objectType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub timing: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ExternalSystem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ExternalSystem {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub objects: ::std::vec::Vec<ExternalSystemObject>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ExternalSystemObject`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ExternalSystemObject {
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "objectType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_type: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FilterRequestCallsAccessGetDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct FilterRequestCallsAccessGetDto {
        pub filter: CallsAccessGetDto,
    }
    ///`FlowAssignmentProspect`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct FlowAssignmentProspect {
        #[serde(
            rename = "accountCrmId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_crm_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "companyName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub company_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "crmId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "firstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "jobTitle",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub job_title: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "lastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "linkedInUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub linked_in_url: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FlowAssignmentResult`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct FlowAssignmentResult {
        #[serde(
            rename = "crmId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "errorCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_code: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "errorMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_message: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "flowInstanceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_instance_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prospect: ::std::option::Option<FlowAssignmentProspect>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FlowContext`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct FlowContext {
        #[serde(
            rename = "taskId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub task_id: ::std::option::Option<::std::string::String>,
    }
    ///`FlowDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct FlowDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub step: ::std::option::Option<StepDto>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FlowProspectsBulkAssignmentRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct FlowProspectsBulkAssignmentRequest {
        #[serde(rename = "flowId")]
        pub flow_id: ::std::string::String,
        #[serde(rename = "flowInstanceOwnerEmail")]
        pub flow_instance_owner_email: ::std::string::String,
        pub prospects: ::std::vec::Vec<FlowAssignmentProspect>,
    }
    ///`FlowProspectsBulkAssignmentResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct FlowProspectsBulkAssignmentResponse {
        #[serde(
            rename = "failedCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub failed_count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "processedCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub processed_count: ::std::option::Option<i64>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub results: ::std::vec::Vec<FlowAssignmentResult>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "successCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub success_count: ::std::option::Option<i64>,
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub total_count: ::std::option::Option<i64>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FlowStepsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct FlowStepsRequest {
        #[serde(
            rename = "flowIds",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub flow_ids: ::std::vec::Vec<::std::string::String>,
    }
    ///`FlowStepsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct FlowStepsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub flows: ::std::vec::Vec<PublicApiFlowWithSteps>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`FlowsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct FlowsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub flows: ::std::vec::Vec<PublicApiFlow>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub records: ::std::option::Option<Records>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ForecastAccess`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ForecastAccess {
        #[serde(
            rename = "permissionLevel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_level: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "teamLeadIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub team_lead_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ForecastEditSubmissions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ForecastEditSubmissions {
        #[serde(
            rename = "permissionLevel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_level: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "teamLeadIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub team_lead_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ForecastEditTargets`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ForecastEditTargets {
        #[serde(
            rename = "permissionLevel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_level: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "teamLeadIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub team_lead_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ForecastPermissions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ForecastPermissions {
        #[serde(
            rename = "forecastAccess",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub forecast_access: ::std::option::Option<ForecastAccess>,
        #[serde(
            rename = "forecastEditSubmissions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub forecast_edit_submissions: ::std::option::Option<ForecastEditSubmissions>,
        #[serde(
            rename = "forecastEditTargets",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub forecast_edit_targets: ::std::option::Option<ForecastEditTargets>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`GenerateBriefCrmEntityType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum GenerateBriefCrmEntityType {
        #[serde(rename = "ACCOUNT")]
        Account,
        #[serde(rename = "CONTACT")]
        Contact,
        #[serde(rename = "DEAL")]
        Deal,
        #[serde(rename = "LEAD")]
        Lead,
    }
    impl ::std::fmt::Display for GenerateBriefCrmEntityType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Account => f.write_str("ACCOUNT"),
                Self::Contact => f.write_str("CONTACT"),
                Self::Deal => f.write_str("DEAL"),
                Self::Lead => f.write_str("LEAD"),
            }
        }
    }
    impl ::std::str::FromStr for GenerateBriefCrmEntityType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ACCOUNT" => Ok(Self::Account),
                "CONTACT" => Ok(Self::Contact),
                "DEAL" => Ok(Self::Deal),
                "LEAD" => Ok(Self::Lead),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GenerateBriefCrmEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GenerateBriefCrmEntityType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GenerateBriefResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct GenerateBriefResponse {
        #[serde(
            rename = "briefSections",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub brief_sections: ::std::vec::Vec<BriefSectionDto>,
        #[serde(
            rename = "numOfCallsSearched",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub num_of_calls_searched: ::std::option::Option<i64>,
        #[serde(
            rename = "numOfEmailsSearched",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub num_of_emails_searched: ::std::option::Option<i64>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`GenerateBriefTimePeriod`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum GenerateBriefTimePeriod {
        #[serde(rename = "LAST_7DAYS")]
        Last7days,
        #[serde(rename = "LAST_30DAYS")]
        Last30days,
        #[serde(rename = "LAST_90DAYS")]
        Last90days,
        #[serde(rename = "LAST_90_DAYS_SINCE_LAST_ACTIVITY")]
        Last90DaysSinceLastActivity,
        #[serde(rename = "LAST_YEAR_SINCE_LAST_ACTIVITY")]
        LastYearSinceLastActivity,
        #[serde(rename = "LAST_YEAR")]
        LastYear,
        #[serde(rename = "THIS_WEEK")]
        ThisWeek,
        #[serde(rename = "THIS_MONTH")]
        ThisMonth,
        #[serde(rename = "THIS_YEAR")]
        ThisYear,
        #[serde(rename = "THIS_QUARTER")]
        ThisQuarter,
        #[serde(rename = "CUSTOM_RANGE")]
        CustomRange,
        #[serde(rename = "ALL_CONVERSATIONS")]
        AllConversations,
    }
    impl ::std::fmt::Display for GenerateBriefTimePeriod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Last7days => f.write_str("LAST_7DAYS"),
                Self::Last30days => f.write_str("LAST_30DAYS"),
                Self::Last90days => f.write_str("LAST_90DAYS"),
                Self::Last90DaysSinceLastActivity => {
                    f.write_str("LAST_90_DAYS_SINCE_LAST_ACTIVITY")
                }
                Self::LastYearSinceLastActivity => {
                    f.write_str("LAST_YEAR_SINCE_LAST_ACTIVITY")
                }
                Self::LastYear => f.write_str("LAST_YEAR"),
                Self::ThisWeek => f.write_str("THIS_WEEK"),
                Self::ThisMonth => f.write_str("THIS_MONTH"),
                Self::ThisYear => f.write_str("THIS_YEAR"),
                Self::ThisQuarter => f.write_str("THIS_QUARTER"),
                Self::CustomRange => f.write_str("CUSTOM_RANGE"),
                Self::AllConversations => f.write_str("ALL_CONVERSATIONS"),
            }
        }
    }
    impl ::std::str::FromStr for GenerateBriefTimePeriod {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "LAST_7DAYS" => Ok(Self::Last7days),
                "LAST_30DAYS" => Ok(Self::Last30days),
                "LAST_90DAYS" => Ok(Self::Last90days),
                "LAST_90_DAYS_SINCE_LAST_ACTIVITY" => {
                    Ok(Self::Last90DaysSinceLastActivity)
                }
                "LAST_YEAR_SINCE_LAST_ACTIVITY" => Ok(Self::LastYearSinceLastActivity),
                "LAST_YEAR" => Ok(Self::LastYear),
                "THIS_WEEK" => Ok(Self::ThisWeek),
                "THIS_MONTH" => Ok(Self::ThisMonth),
                "THIS_YEAR" => Ok(Self::ThisYear),
                "THIS_QUARTER" => Ok(Self::ThisQuarter),
                "CUSTOM_RANGE" => Ok(Self::CustomRange),
                "ALL_CONVERSATIONS" => Ok(Self::AllConversations),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GenerateBriefTimePeriod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GenerateBriefTimePeriod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GenericCrmIntegration`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct GenericCrmIntegration {
        #[serde(
            rename = "integrationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub integration_id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ownerEmail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub owner_email: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`GenericCrmRegistrationRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct GenericCrmRegistrationRequest {
        pub name: ::std::string::String,
        #[serde(rename = "ownerEmail")]
        pub owner_email: ::std::string::String,
    }
    ///`GenericProperty`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct GenericProperty {
        #[serde(rename = "dataType")]
        pub data_type: ::std::string::String,
        pub name: ::std::string::String,
        pub value: ::std::string::String,
    }
    ///`GenericSchemaFieldRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct GenericSchemaFieldRequest {
        #[serde(
            rename = "isDeleted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_deleted: ::std::option::Option<bool>,
        pub label: ::std::string::String,
        #[serde(
            rename = "lastModified",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_modified: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "orderedValueList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub ordered_value_list: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "referenceTo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reference_to: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(rename = "uniqueName")]
        pub unique_name: ::std::string::String,
    }
    ///`GenericSchemaFieldRequestAnswer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct GenericSchemaFieldRequestAnswer {
        #[serde(
            rename = "isDeleted",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_deleted: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "lastModified",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_modified: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "orderedValueList",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub ordered_value_list: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "referenceTo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reference_to: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "uniqueName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unique_name: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`GetCrmObjectsObjectType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum GetCrmObjectsObjectType {
        #[serde(rename = "ACCOUNT")]
        Account,
        #[serde(rename = "CONTACT")]
        Contact,
        #[serde(rename = "DEAL")]
        Deal,
        #[serde(rename = "LEAD")]
        Lead,
    }
    impl ::std::fmt::Display for GetCrmObjectsObjectType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Account => f.write_str("ACCOUNT"),
                Self::Contact => f.write_str("CONTACT"),
                Self::Deal => f.write_str("DEAL"),
                Self::Lead => f.write_str("LEAD"),
            }
        }
    }
    impl ::std::str::FromStr for GetCrmObjectsObjectType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ACCOUNT" => Ok(Self::Account),
                "CONTACT" => Ok(Self::Contact),
                "DEAL" => Ok(Self::Deal),
                "LEAD" => Ok(Self::Lead),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GetCrmObjectsObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCrmObjectsObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`GetGenericCrmObjectsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct GetGenericCrmObjectsResponse {
        #[serde(
            rename = "crmObjectsMap",
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::or_default")]
        pub crm_objects_map: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`InsightsAccessWithPermissionLevel`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct InsightsAccessWithPermissionLevel {
        #[serde(
            rename = "permissionLevel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_level: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "teamLeadIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub team_lead_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`IntegrationSettingsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct IntegrationSettingsRequest {
        #[serde(rename = "integrationTypeSettings")]
        pub integration_type_settings: ::std::vec::Vec<IntegrationTypeSettings>,
    }
    ///`IntegrationStatusRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct IntegrationStatusRequest {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub emails: ::std::vec::Vec<::std::string::String>,
    }
    ///`IntegrationStatusResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct IntegrationStatusResponse {
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub users: ::std::vec::Vec<UserIntegrationStatus>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`IntegrationTypeSettings`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct IntegrationTypeSettings {
        #[serde(rename = "allowedOrigin")]
        pub allowed_origin: ::std::string::String,
        #[serde(rename = "integrationType")]
        pub integration_type: IntegrationTypeSettingsIntegrationType,
    }
    ///`IntegrationTypeSettingsIntegrationType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum IntegrationTypeSettingsIntegrationType {
        #[serde(rename = "EMAIL_COMPOSER")]
        EmailComposer,
        #[serde(rename = "ACCOUNT_PAGES")]
        AccountPages,
        #[serde(rename = "DIALER")]
        Dialer,
    }
    impl ::std::fmt::Display for IntegrationTypeSettingsIntegrationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::EmailComposer => f.write_str("EMAIL_COMPOSER"),
                Self::AccountPages => f.write_str("ACCOUNT_PAGES"),
                Self::Dialer => f.write_str("DIALER"),
            }
        }
    }
    impl ::std::str::FromStr for IntegrationTypeSettingsIntegrationType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "EMAIL_COMPOSER" => Ok(Self::EmailComposer),
                "ACCOUNT_PAGES" => Ok(Self::AccountPages),
                "DIALER" => Ok(Self::Dialer),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for IntegrationTypeSettingsIntegrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for IntegrationTypeSettingsIntegrationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`InteractionMeasuresDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct InteractionMeasuresDto {
        #[serde(
            rename = "interactionStats",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub interaction_stats: ::std::vec::Vec<InteractionStatsDto>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub questions: ::std::option::Option<Questions>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub speakers: ::std::vec::Vec<UserSpeaker>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub video: ::std::vec::Vec<VideoInteractionDto>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`InteractionStat`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct InteractionStat {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub value: ::std::option::Option<f64>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`InteractionStats`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct InteractionStats {
        #[serde(
            rename = "personInteractionStats",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub person_interaction_stats: ::std::vec::Vec<InteractionStat>,
        #[serde(
            rename = "userEmailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_email_address: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`InteractionStatsDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct InteractionStatsDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub value: ::std::option::Option<f64>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`KeywordTracker`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct KeywordTracker {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub affiliation: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "creatorUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creator_user_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "filterQuery",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub filter_query: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "languageKeywords",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub language_keywords: ::std::vec::Vec<TrackerLanguageKeyword>,
        #[serde(
            rename = "partOfQuestion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub part_of_question: ::std::option::Option<bool>,
        #[serde(
            rename = "saidAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub said_at: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "saidAtInterval",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub said_at_interval: ::std::option::Option<i64>,
        #[serde(
            rename = "saidAtUnit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub said_at_unit: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "saidInTopics",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub said_in_topics: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "trackerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tracker_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "trackerName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tracker_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "updaterUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updater_user_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "workspaceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workspace_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`LibraryCall`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct LibraryCall {
        #[serde(
            rename = "addedBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub added_by: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<crate::GongDateTime>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub note: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub snippet: ::std::option::Option<Snippet>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`LibraryFolder`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct LibraryFolder {
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "parentFolderId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_folder_id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<crate::GongDateTime>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`LibraryFolderAccess`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct LibraryFolderAccess {
        #[serde(
            rename = "libraryFolderIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub library_folder_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        #[serde(
            rename = "manageFolderCalls",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manage_folder_calls: ::std::option::Option<bool>,
        #[serde(
            rename = "managePublicFolder",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manage_public_folder: ::std::option::Option<bool>,
        #[serde(
            rename = "manageStreams",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manage_streams: ::std::option::Option<bool>,
        #[serde(
            rename = "permissionLevel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_level: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "shareFoldersAndStreams",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub share_folders_and_streams: ::std::option::Option<bool>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`LibraryFolderListOfCallsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct LibraryFolderListOfCallsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls: ::std::vec::Vec<LibraryCall>,
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<crate::GongDateTime>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`LibraryResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct LibraryResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub folders: ::std::vec::Vec<LibraryFolder>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`LineErrorResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct LineErrorResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub line: ::std::option::Option<i64>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ListCrmSchemaFieldsObjectType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ListCrmSchemaFieldsObjectType {
        #[serde(rename = "ACCOUNT")]
        Account,
        #[serde(rename = "CONTACT")]
        Contact,
        #[serde(rename = "DEAL")]
        Deal,
        #[serde(rename = "LEAD")]
        Lead,
    }
    impl ::std::fmt::Display for ListCrmSchemaFieldsObjectType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Account => f.write_str("ACCOUNT"),
                Self::Contact => f.write_str("CONTACT"),
                Self::Deal => f.write_str("DEAL"),
                Self::Lead => f.write_str("LEAD"),
            }
        }
    }
    impl ::std::str::FromStr for ListCrmSchemaFieldsObjectType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ACCOUNT" => Ok(Self::Account),
                "CONTACT" => Ok(Self::Contact),
                "DEAL" => Ok(Self::Deal),
                "LEAD" => Ok(Self::Lead),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListCrmSchemaFieldsObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListCrmSchemaFieldsObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListGenericCrmIntegrationsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ListGenericCrmIntegrationsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub integrations: ::std::vec::Vec<GenericCrmIntegration>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ListLogsLogType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ListLogsLogType {
        AccessLog,
        UserActivityLog,
        UserCallPlay,
        ExternallySharedCallAccess,
        ExternallySharedCallPlay,
    }
    impl ::std::fmt::Display for ListLogsLogType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::AccessLog => f.write_str("AccessLog"),
                Self::UserActivityLog => f.write_str("UserActivityLog"),
                Self::UserCallPlay => f.write_str("UserCallPlay"),
                Self::ExternallySharedCallAccess => {
                    f.write_str("ExternallySharedCallAccess")
                }
                Self::ExternallySharedCallPlay => f.write_str("ExternallySharedCallPlay"),
            }
        }
    }
    impl ::std::str::FromStr for ListLogsLogType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "AccessLog" => Ok(Self::AccessLog),
                "UserActivityLog" => Ok(Self::UserActivityLog),
                "UserCallPlay" => Ok(Self::UserCallPlay),
                "ExternallySharedCallAccess" => Ok(Self::ExternallySharedCallAccess),
                "ExternallySharedCallPlay" => Ok(Self::ExternallySharedCallPlay),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ListLogsLogType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListLogsLogType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ListReminderRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ListReminderRequest {
        pub filter: ReminderFilter,
    }
    ///`ListSelectedFieldsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ListSelectedFieldsResponse {
        #[serde(
            rename = "objectTypeToSelectedFields",
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::or_default")]
        pub object_type_to_selected_fields: ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<GenericSchemaFieldRequestAnswer>,
        >,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Location`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct Location {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub region: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    ///`LogEntry`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct LogEntry {
        #[serde(
            rename = "eventTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "impersonatorCompanyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub impersonator_company_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "impersonatorEmailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub impersonator_email_address: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "impersonatorFullName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub impersonator_full_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "impersonatorUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub impersonator_user_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "logRecord",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::or_default")]
        pub log_record: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(
            rename = "userEmailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_email_address: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "userFullName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_full_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`LogsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct LogsResponse {
        #[serde(
            rename = "logEntries",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub log_entries: ::std::vec::Vec<LogEntry>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub records: ::std::option::Option<Records>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ManualAssociationResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ManualAssociationResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub associations: ::std::vec::Vec<ManualAssociationsBasicData>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub records: ::std::option::Option<Records>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ManualAssociationsBasicData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ManualAssociationsBasicData {
        #[serde(
            rename = "associatedCrmObjects",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub associated_crm_objects: ::std::vec::Vec<AssociationObject>,
        #[serde(
            rename = "callId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<crate::GongDateTime>,
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`McpResultDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct McpResultDto {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub connections: ::std::vec::Vec<ConnectionResultDto>,
        #[serde(
            rename = "errorMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_message: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "mcpStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mcp_status: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub servers: ::std::vec::Vec<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`MediaDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct MediaDto {
        #[serde(
            rename = "audioUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub audio_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "videoUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub video_url: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Meeting`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Meeting {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`MeetingInvitee`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct MeetingInvitee {
        #[serde(
            rename = "displayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "firstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "lastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Monologue`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Monologue {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub sentences: ::std::vec::Vec<Sentence>,
        #[serde(
            rename = "speakerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub speaker_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub topic: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`MultipleUsersRequestWithCreationDates`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct MultipleUsersRequestWithCreationDates {
        #[serde(
            rename = "createdFromDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_from_date_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "createdToDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_to_date_time: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "includeAvatars",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub include_avatars: ::std::option::Option<bool>,
        #[serde(
            rename = "userIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
    }
    ///`MultipleUsersWithDates`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct MultipleUsersWithDates {
        #[serde(
            rename = "createdFromDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_from_date_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "createdToDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_to_date_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(rename = "fromDate")]
        pub from_date: ::std::string::String,
        #[serde(rename = "toDate")]
        pub to_date: ::std::string::String,
        #[serde(
            rename = "userIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
    }
    ///`NewCallAddingRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct NewCallAddingRequest {
        #[serde(rename = "actualStart")]
        pub actual_start: ::std::string::String,
        #[serde(
            rename = "callProviderCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_provider_code: ::std::option::Option<::std::string::String>,
        #[serde(rename = "clientUniqueId")]
        pub client_unique_id: NewCallAddingRequestClientUniqueId,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub context: ::std::vec::Vec<CallUploadContext>,
        #[serde(
            rename = "customData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_data: ::std::option::Option<::std::string::String>,
        pub direction: NewCallAddingRequestDirection,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disposition: ::std::option::Option<NewCallAddingRequestDisposition>,
        #[serde(
            rename = "downloadMediaUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub download_media_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<f64>,
        #[serde(
            rename = "flowContext",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_context: ::std::option::Option<FlowContext>,
        #[serde(
            rename = "languageCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub language_code: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "meetingUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meeting_url: ::std::option::Option<::std::string::String>,
        pub parties: ::std::vec::Vec<CallParticipant>,
        #[serde(rename = "primaryUser")]
        pub primary_user: crate::GongId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub purpose: ::std::option::Option<NewCallAddingRequestPurpose>,
        #[serde(
            rename = "scheduledEnd",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scheduled_end: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "scheduledStart",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scheduled_start: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "speakersTimeline",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub speakers_timeline: ::std::option::Option<SpeakersTimeline>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "workspaceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workspace_id: ::std::option::Option<crate::GongId>,
    }
    ///`NewCallAddingRequestClientUniqueId`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct NewCallAddingRequestClientUniqueId(::std::string::String);
    impl ::std::ops::Deref for NewCallAddingRequestClientUniqueId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NewCallAddingRequestClientUniqueId>
    for ::std::string::String {
        fn from(value: NewCallAddingRequestClientUniqueId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NewCallAddingRequestClientUniqueId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 2048usize {
                return Err("longer than 2048 characters".into());
            }
            if value.chars().count() < 0usize {
                return Err("shorter than 0 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NewCallAddingRequestClientUniqueId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for NewCallAddingRequestClientUniqueId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NewCallAddingRequestClientUniqueId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`NewCallAddingRequestDirection`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum NewCallAddingRequestDirection {
        Inbound,
        Outbound,
        Conference,
        Unknown,
    }
    impl ::std::fmt::Display for NewCallAddingRequestDirection {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Inbound => f.write_str("Inbound"),
                Self::Outbound => f.write_str("Outbound"),
                Self::Conference => f.write_str("Conference"),
                Self::Unknown => f.write_str("Unknown"),
            }
        }
    }
    impl ::std::str::FromStr for NewCallAddingRequestDirection {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Inbound" => Ok(Self::Inbound),
                "Outbound" => Ok(Self::Outbound),
                "Conference" => Ok(Self::Conference),
                "Unknown" => Ok(Self::Unknown),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for NewCallAddingRequestDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for NewCallAddingRequestDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`NewCallAddingRequestDisposition`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct NewCallAddingRequestDisposition(::std::string::String);
    impl ::std::ops::Deref for NewCallAddingRequestDisposition {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NewCallAddingRequestDisposition>
    for ::std::string::String {
        fn from(value: NewCallAddingRequestDisposition) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NewCallAddingRequestDisposition {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 0usize {
                return Err("shorter than 0 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NewCallAddingRequestDisposition {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for NewCallAddingRequestDisposition {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NewCallAddingRequestDisposition {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`NewCallAddingRequestPurpose`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    #[serde(transparent)]
    pub struct NewCallAddingRequestPurpose(::std::string::String);
    impl ::std::ops::Deref for NewCallAddingRequestPurpose {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NewCallAddingRequestPurpose> for ::std::string::String {
        fn from(value: NewCallAddingRequestPurpose) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NewCallAddingRequestPurpose {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 255usize {
                return Err("longer than 255 characters".into());
            }
            if value.chars().count() < 0usize {
                return Err("shorter than 0 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NewCallAddingRequestPurpose {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NewCallAddingRequestPurpose {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NewCallAddingRequestPurpose {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`NewCallAddingResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct NewCallAddingResponse {
        #[serde(
            rename = "callId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`NewCallRecordingResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct NewCallRecordingResponse {
        #[serde(
            rename = "callId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///`NewMeetingRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct NewMeetingRequest {
        #[serde(rename = "endTime")]
        pub end_time: ::std::string::String,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        pub invitees: ::std::vec::Vec<MeetingInvitee>,
        #[serde(rename = "organizerEmail")]
        pub organizer_email: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider: ::std::option::Option<::std::string::String>,
        #[serde(rename = "startTime")]
        pub start_time: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    ///`NewMeetingResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct NewMeetingResponse {
        #[serde(
            rename = "additionalInvitees",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub additional_invitees: ::std::vec::Vec<MeetingInvitee>,
        #[serde(
            rename = "meetingId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meeting_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "meetingUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meeting_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`NumericContentDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct NumericContentDetails {
        #[serde(
            rename = "numericType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub numeric_type: ::std::option::Option<NumericContentDetailsNumericType>,
        #[serde(rename = "rangeFrom")]
        pub range_from: i64,
        #[serde(rename = "rangeTo")]
        pub range_to: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<i64>,
    }
    ///`NumericContentDetailsNumericType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum NumericContentDetailsNumericType {
        #[serde(rename = "PERCENTAGE")]
        Percentage,
        #[serde(rename = "NPS")]
        Nps,
        #[serde(rename = "RATING")]
        Rating,
        #[serde(rename = "OTHER")]
        Other,
    }
    impl ::std::fmt::Display for NumericContentDetailsNumericType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Percentage => f.write_str("PERCENTAGE"),
                Self::Nps => f.write_str("NPS"),
                Self::Rating => f.write_str("RATING"),
                Self::Other => f.write_str("OTHER"),
            }
        }
    }
    impl ::std::str::FromStr for NumericContentDetailsNumericType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "PERCENTAGE" => Ok(Self::Percentage),
                "NPS" => Ok(Self::Nps),
                "RATING" => Ok(Self::Rating),
                "OTHER" => Ok(Self::Other),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for NumericContentDetailsNumericType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for NumericContentDetailsNumericType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Occurrences`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Occurrences {
        #[serde(
            rename = "speakerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub speaker_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "startTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub start_time: ::std::option::Option<f64>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`OpportunityDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OpportunityDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub amount: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "closeDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub close_date: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "crmId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "crmUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub probability: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stage: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Party`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Party {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub affiliation: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub context: ::std::vec::Vec<PartyContextDto>,
        #[serde(
            rename = "emailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_address: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub methods: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "phoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "speakerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub speaker_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`PartyContextDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PartyContextDto {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub objects: ::std::vec::Vec<ExternalPartyObject>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub system: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`PartyContextField`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PartyContextField {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::serde_json::Value>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`PartyUploadContext`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct PartyUploadContext {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub objects: ::std::vec::Vec<ExternalCrmPartyObject>,
        pub system: PartyUploadContextSystem,
    }
    ///`PartyUploadContextSystem`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum PartyUploadContextSystem {
        Salesforce,
        HubSpot,
        MicrosoftDynamic,
        Generic,
    }
    impl ::std::fmt::Display for PartyUploadContextSystem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Salesforce => f.write_str("Salesforce"),
                Self::HubSpot => f.write_str("HubSpot"),
                Self::MicrosoftDynamic => f.write_str("MicrosoftDynamic"),
                Self::Generic => f.write_str("Generic"),
            }
        }
    }
    impl ::std::str::FromStr for PartyUploadContextSystem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Salesforce" => Ok(Self::Salesforce),
                "HubSpot" => Ok(Self::HubSpot),
                "MicrosoftDynamic" => Ok(Self::MicrosoftDynamic),
                "Generic" => Ok(Self::Generic),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PartyUploadContextSystem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PartyUploadContextSystem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PermissionProfileDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct PermissionProfileDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activity: ::std::option::Option<bool>,
        #[serde(
            rename = "aiBuilder",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ai_builder: ::std::option::Option<bool>,
        #[serde(
            rename = "callsAccess",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub calls_access: ::std::option::Option<CallAccessWithPermissionLevel>,
        #[serde(
            rename = "callsAndSearch",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub calls_and_search: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub coaching: ::std::option::Option<bool>,
        #[serde(
            rename = "coachingAccess",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub coaching_access: ::std::option::Option<CoachingAccessWithPermissionLevel>,
        #[serde(
            rename = "createEditAndDeleteDealsBoards",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_edit_and_delete_deals_boards: ::std::option::Option<bool>,
        #[serde(
            rename = "crmDataImport",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_data_import: ::std::option::Option<bool>,
        #[serde(
            rename = "crmDataInlineEditing",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_data_inline_editing: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deals: ::std::option::Option<bool>,
        #[serde(
            rename = "dealsAccess",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deals_access: ::std::option::Option<DealsAccessWithPermissionLevel>,
        #[serde(
            rename = "dealsDataExport",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deals_data_export: ::std::option::Option<bool>,
        #[serde(
            rename = "dealsInlineEditing",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deals_inline_editing: ::std::option::Option<bool>,
        #[serde(
            rename = "deleteCalls",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub delete_calls: ::std::option::Option<bool>,
        #[serde(
            rename = "deleteEmails",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub delete_emails: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "downloadCallMedia",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub download_call_media: ::std::option::Option<bool>,
        #[serde(
            rename = "emailsAccess",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub emails_access: ::std::option::Option<EmailsAccessWithPermissionLevel>,
        #[serde(
            rename = "engageAllowCrmFieldsViewChange",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub engage_allow_crm_fields_view_change: ::std::option::Option<bool>,
        #[serde(
            rename = "engageAssignFlowToDosToOthers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub engage_assign_flow_to_dos_to_others: ::std::option::Option<bool>,
        #[serde(
            rename = "engageCreateAndManageRulesets",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub engage_create_and_manage_rulesets: ::std::option::Option<bool>,
        #[serde(
            rename = "engageManageCompanySequences",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub engage_manage_company_sequences: ::std::option::Option<bool>,
        #[serde(
            rename = "engageManageCompanyTemplates",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub engage_manage_company_templates: ::std::option::Option<bool>,
        #[serde(
            rename = "engageReassignFlowToDosToOthers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub engage_reassign_flow_to_dos_to_others: ::std::option::Option<bool>,
        #[serde(
            rename = "engageSnoozeFlowToDosForOthers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub engage_snooze_flow_to_dos_for_others: ::std::option::Option<bool>,
        #[serde(
            rename = "exportCallsAndCoachingDataToCSV",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub export_calls_and_coaching_data_to_csv: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub forecast: ::std::option::Option<bool>,
        #[serde(
            rename = "forecastManage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub forecast_manage: ::std::option::Option<bool>,
        #[serde(
            rename = "forecastPermissions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub forecast_permissions: ::std::option::Option<ForecastPermissions>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub initiatives: ::std::option::Option<bool>,
        #[serde(
            rename = "insightsAccess",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub insights_access: ::std::option::Option<InsightsAccessWithPermissionLevel>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub library: ::std::option::Option<bool>,
        #[serde(
            rename = "libraryFolderAccess",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub library_folder_access: ::std::option::Option<LibraryFolderAccess>,
        #[serde(
            rename = "listenInCalls",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub listen_in_calls: ::std::option::Option<bool>,
        #[serde(
            rename = "manageGeneralBusinessSettings",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manage_general_business_settings: ::std::option::Option<bool>,
        #[serde(
            rename = "manageRevenueAnalytics",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manage_revenue_analytics: ::std::option::Option<bool>,
        #[serde(
            rename = "manageScorecards",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manage_scorecards: ::std::option::Option<bool>,
        #[serde(
            rename = "manuallyScheduleAndUploadCalls",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manually_schedule_and_upload_calls: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub market: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "orchestrateCreateAndManagePlays",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub orchestrate_create_and_manage_plays: ::std::option::Option<bool>,
        #[serde(
            rename = "overrideScore",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub override_score: ::std::option::Option<bool>,
        #[serde(
            rename = "privateCalls",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub private_calls: ::std::option::Option<bool>,
        #[serde(
            rename = "scoreCalls",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub score_calls: ::std::option::Option<bool>,
        #[serde(
            rename = "shareCallsWithCustomers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub share_calls_with_customers: ::std::option::Option<bool>,
        #[serde(
            rename = "teamStats",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub team_stats: ::std::option::Option<bool>,
        #[serde(
            rename = "trimCalls",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub trim_calls: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub usage: ::std::option::Option<bool>,
        #[serde(
            rename = "usageAccess",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub usage_access: ::std::option::Option<UsageAccessWithPermissionLevel>,
        #[serde(
            rename = "viewEngageAnalyticsActivity",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub view_engage_analytics_activity: ::std::option::Option<bool>,
        #[serde(
            rename = "viewEngageAnalyticsFlows",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub view_engage_analytics_flows: ::std::option::Option<bool>,
        #[serde(
            rename = "viewEngageAnalyticsPerformance",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub view_engage_analytics_performance: ::std::option::Option<bool>,
        #[serde(
            rename = "viewRevenueAnalytics",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub view_revenue_analytics: ::std::option::Option<bool>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`PermissionProfileResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PermissionProfileResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub profile: ::std::option::Option<PermissionProfileDto>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`PermissionProfileUsersResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PermissionProfileUsersResponse {
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub users: ::std::vec::Vec<UserSimpleMetadata>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`PermissionProfilesResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PermissionProfilesResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub profiles: ::std::vec::Vec<PermissionProfileDto>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Person`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct Person {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub company: ::std::option::Option<Company>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub location: ::std::option::Option<Location>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "personBusinessContext",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub person_business_context: ::std::option::Option<PersonBusinessContext>,
        #[serde(
            rename = "personCustomFields",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub person_custom_fields: ::std::vec::Vec<CustomField>,
        #[serde(
            rename = "personId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub person_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "phoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_number: ::std::option::Option<::std::string::String>,
    }
    ///`PersonBusinessContext`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct PersonBusinessContext {
        #[serde(rename = "objectId")]
        pub object_id: ::std::string::String,
        #[serde(rename = "objectType")]
        pub object_type: PersonBusinessContextObjectType,
        #[serde(
            rename = "systemName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub system_name: ::std::option::Option<::std::string::String>,
    }
    ///`PersonBusinessContextObjectType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum PersonBusinessContextObjectType {
        #[serde(rename = "CONTACT")]
        Contact,
        #[serde(rename = "LEAD")]
        Lead,
    }
    impl ::std::fmt::Display for PersonBusinessContextObjectType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Contact => f.write_str("CONTACT"),
                Self::Lead => f.write_str("LEAD"),
            }
        }
    }
    impl ::std::str::FromStr for PersonBusinessContextObjectType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "CONTACT" => Ok(Self::Contact),
                "LEAD" => Ok(Self::Lead),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PersonBusinessContextObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for PersonBusinessContextObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`PersonPhoneDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PersonPhoneDto {
        #[serde(
            rename = "countryCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub country_code: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extension: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "isVerified",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_verified: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub normalized: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub raw: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`PhoneNumberReferences`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PhoneNumberReferences {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub calls: ::std::vec::Vec<CallReference>,
        #[serde(
            rename = "customerData",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub customer_data: ::std::vec::Vec<CustomerData>,
        #[serde(
            rename = "emailAddresses",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_addresses: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub emails: ::std::vec::Vec<EmailMessage>,
        #[serde(
            rename = "matchingPhoneNumbers",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub matching_phone_numbers: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub meetings: ::std::vec::Vec<Meeting>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "suppliedPhoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub supplied_phone_number: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Priority`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Priority {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub weight: ::std::option::Option<i64>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ProspectsAssignedFlowsRequestV2`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ProspectsAssignedFlowsRequestV2 {
        #[serde(
            rename = "crmProspectsIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_prospects_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        #[serde(
            rename = "flowInstanceIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_instance_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
    }
    ///`ProspectsFlowsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ProspectsFlowsResponse {
        #[serde(
            rename = "prospectsAssigned",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub prospects_assigned: ::std::vec::Vec<PublicApiAssignedFlow>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`PublicApiAssignedFlow`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PublicApiAssignedFlow {
        #[serde(
            rename = "crmProspectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_prospect_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exclusive: ::std::option::Option<bool>,
        #[serde(
            rename = "flowId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "flowInstanceCreateDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_instance_create_date: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "flowInstanceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_instance_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "flowInstanceOwnerEmail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_instance_owner_email: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "flowInstanceOwnerFullName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_instance_owner_full_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "flowInstanceStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_instance_status: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "flowName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "workspaceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workspace_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`PublicApiBaseRequestV2AnsweredScorecardsFilter`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct PublicApiBaseRequestV2AnsweredScorecardsFilter {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cursor: ::std::option::Option<::std::string::String>,
        pub filter: AnsweredScorecardsFilter,
    }
    ///`PublicApiBaseRequestV2CallsFilter`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct PublicApiBaseRequestV2CallsFilter {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cursor: ::std::option::Option<::std::string::String>,
        pub filter: CallsFilter,
    }
    ///`PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cursor: ::std::option::Option<::std::string::String>,
        pub filter: MultipleUsersRequestWithCreationDates,
    }
    ///`PublicApiBaseRequestV2MultipleUsersWithDates`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct PublicApiBaseRequestV2MultipleUsersWithDates {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cursor: ::std::option::Option<::std::string::String>,
        pub filter: MultipleUsersWithDates,
    }
    ///`PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector {
        #[serde(
            rename = "contentSelector",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_selector: ::std::option::Option<ContentSelector>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cursor: ::std::option::Option<::std::string::String>,
        pub filter: CallsRequestFilterWithOwners,
    }
    ///`PublicApiFlow`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PublicApiFlow {
        #[serde(
            rename = "creationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exclusive: ::std::option::Option<bool>,
        #[serde(
            rename = "folderId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub folder_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "folderName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub folder_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub visibility: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`PublicApiFlowStep`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PublicApiFlowStep {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub action: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "isReply",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_reply: ::std::option::Option<bool>,
        #[serde(
            rename = "stepOrder",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub step_order: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subject: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`PublicApiFlowWithSteps`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PublicApiFlowWithSteps {
        #[serde(
            rename = "creationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_date: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exclusive: ::std::option::Option<bool>,
        #[serde(
            rename = "folderId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub folder_id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub steps: ::std::vec::Vec<PublicApiFlowStep>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub visibility: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`PublicApiStepContentOverride`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct PublicApiStepContentOverride {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body: ::std::option::Option<::std::string::String>,
        pub number: i64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subject: ::std::option::Option<::std::string::String>,
    }
    ///`PublicApiVariableValueOverride`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct PublicApiVariableValueOverride {
        pub name: ::std::string::String,
        pub value: ::std::string::String,
    }
    ///`Question`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Question {
        #[serde(
            rename = "answerGuide",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub answer_guide: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "answerOptions",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub answer_options: ::std::vec::Vec<QuestionOption>,
        #[serde(
            rename = "isOverall",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_overall: ::std::option::Option<bool>,
        #[serde(
            rename = "maxRange",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub max_range: ::std::option::Option<i64>,
        #[serde(
            rename = "minRange",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub min_range: ::std::option::Option<i64>,
        #[serde(
            rename = "questionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub question_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "questionRevisionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub question_revision_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "questionText",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub question_text: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "questionType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub question_type: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`QuestionOption`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct QuestionOption {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub id: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Questions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Questions {
        #[serde(
            rename = "companyCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub company_count: ::std::option::Option<i64>,
        #[serde(
            rename = "nonCompanyCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub non_company_count: ::std::option::Option<i64>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Records`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Records {
        #[serde(
            rename = "currentPageNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub current_page_number: ::std::option::Option<i64>,
        #[serde(
            rename = "currentPageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub current_page_size: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cursor: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "totalRecords",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub total_records: ::std::option::Option<i64>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`RegisterGenericCrmResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct RegisterGenericCrmResponse {
        #[serde(
            rename = "integrationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub integration_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ReminderDataDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ReminderDataDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account: ::std::option::Option<AccountDto>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub actions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(
            rename = "additionalContacts",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub additional_contacts: ::std::vec::Vec<ContactDto>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contact: ::std::option::Option<ContactDto>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<crate::GongDateTime>,
        #[serde(
            rename = "dueDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub due_date: ::std::option::Option<crate::GongDateTime>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flow: ::std::option::Option<FlowDto>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub opportunity: ::std::option::Option<OpportunityDto>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<Priority>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<crate::GongDateTime>,
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`ReminderFilter`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct ReminderFilter {
        pub status: ::std::vec::Vec<ReminderFilterStatusItem>,
        #[serde(rename = "taskAction")]
        pub task_action: ::std::vec::Vec<ReminderFilterTaskActionItem>,
        pub types: ::std::vec::Vec<ReminderFilterTypesItem>,
        #[serde(rename = "userId")]
        pub user_id: crate::GongId,
        #[serde(
            rename = "workspaceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workspace_id: ::std::option::Option<crate::GongId>,
    }
    ///`ReminderFilterStatusItem`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ReminderFilterStatusItem {
        #[serde(rename = "OPEN")]
        Open,
        #[serde(rename = "DONE")]
        Done,
        #[serde(rename = "DISMISSED")]
        Dismissed,
    }
    impl ::std::fmt::Display for ReminderFilterStatusItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Open => f.write_str("OPEN"),
                Self::Done => f.write_str("DONE"),
                Self::Dismissed => f.write_str("DISMISSED"),
            }
        }
    }
    impl ::std::str::FromStr for ReminderFilterStatusItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "OPEN" => Ok(Self::Open),
                "DONE" => Ok(Self::Done),
                "DISMISSED" => Ok(Self::Dismissed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ReminderFilterStatusItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReminderFilterStatusItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ReminderFilterTaskActionItem`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ReminderFilterTaskActionItem {
        #[serde(rename = "CALL")]
        Call,
    }
    impl ::std::fmt::Display for ReminderFilterTaskActionItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Call => f.write_str("CALL"),
            }
        }
    }
    impl ::std::str::FromStr for ReminderFilterTaskActionItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "CALL" => Ok(Self::Call),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ReminderFilterTaskActionItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ReminderFilterTaskActionItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ReminderFilterTypesItem`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ReminderFilterTypesItem {
        #[serde(rename = "FLOW")]
        Flow,
        #[serde(rename = "MANUAL")]
        Manual,
    }
    impl ::std::fmt::Display for ReminderFilterTypesItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Flow => f.write_str("FLOW"),
                Self::Manual => f.write_str("MANUAL"),
            }
        }
    }
    impl ::std::str::FromStr for ReminderFilterTypesItem {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "FLOW" => Ok(Self::Flow),
                "MANUAL" => Ok(Self::Manual),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ReminderFilterTypesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReminderFilterTypesItem {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`RequestStatusResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct RequestStatusResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub errors: ::std::vec::Vec<LineErrorResponse>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "totalErrorCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub total_error_count: ::std::option::Option<i64>,
        #[serde(
            rename = "totalSuccessCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub total_success_count: ::std::option::Option<i64>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`RequestWithTimePeriod`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct RequestWithTimePeriod {
        #[serde(rename = "aggregationPeriod")]
        pub aggregation_period: RequestWithTimePeriodAggregationPeriod,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cursor: ::std::option::Option<::std::string::String>,
        pub filter: MultipleUsersWithDates,
    }
    ///`RequestWithTimePeriodAggregationPeriod`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum RequestWithTimePeriodAggregationPeriod {
        #[serde(rename = "DAY")]
        Day,
        #[serde(rename = "WEEK")]
        Week,
        #[serde(rename = "MONTH")]
        Month,
        #[serde(rename = "QUARTER")]
        Quarter,
        #[serde(rename = "YEAR")]
        Year,
    }
    impl ::std::fmt::Display for RequestWithTimePeriodAggregationPeriod {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Day => f.write_str("DAY"),
                Self::Week => f.write_str("WEEK"),
                Self::Month => f.write_str("MONTH"),
                Self::Quarter => f.write_str("QUARTER"),
                Self::Year => f.write_str("YEAR"),
            }
        }
    }
    impl ::std::str::FromStr for RequestWithTimePeriodAggregationPeriod {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "DAY" => Ok(Self::Day),
                "WEEK" => Ok(Self::Week),
                "MONTH" => Ok(Self::Month),
                "QUARTER" => Ok(Self::Quarter),
                "YEAR" => Ok(Self::Year),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for RequestWithTimePeriodAggregationPeriod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for RequestWithTimePeriodAggregationPeriod {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`SchemaUpdateResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SchemaUpdateResponse {
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    ///`Scorecard`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Scorecard {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<crate::GongDateTime>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub questions: ::std::vec::Vec<Question>,
        #[serde(
            rename = "reviewMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub review_method: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "scorecardId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scorecard_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "scorecardName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scorecard_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub updated: ::std::option::Option<crate::GongDateTime>,
        #[serde(
            rename = "updaterUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub updater_user_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "workspaceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub workspace_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Scorecards`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Scorecards {
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub scorecards: ::std::vec::Vec<Scorecard>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`SearchObjectDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct SearchObjectDetails {
        pub domain: ::std::string::String,
        pub name: ::std::string::String,
        #[serde(
            rename = "objectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "objectType")]
        pub object_type: SearchObjectDetailsObjectType,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///`SearchObjectDetailsObjectType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum SearchObjectDetailsObjectType {
        #[serde(rename = "VENDOR")]
        Vendor,
        #[serde(rename = "PRODUCT")]
        Product,
        #[serde(rename = "CATEGORY")]
        Category,
    }
    impl ::std::fmt::Display for SearchObjectDetailsObjectType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Vendor => f.write_str("VENDOR"),
                Self::Product => f.write_str("PRODUCT"),
                Self::Category => f.write_str("CATEGORY"),
            }
        }
    }
    impl ::std::str::FromStr for SearchObjectDetailsObjectType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "VENDOR" => Ok(Self::Vendor),
                "PRODUCT" => Ok(Self::Product),
                "CATEGORY" => Ok(Self::Category),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SearchObjectDetailsObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for SearchObjectDetailsObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`Sentence`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Sentence {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub end: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub start: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub text: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Settings`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct Settings {
        #[serde(
            rename = "emailsImported",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub emails_imported: ::std::option::Option<bool>,
        #[serde(
            rename = "gongConnectEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub gong_connect_enabled: ::std::option::Option<bool>,
        #[serde(
            rename = "nonRecordedMeetingsImported",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub non_recorded_meetings_imported: ::std::option::Option<bool>,
        #[serde(
            rename = "preventEmailImport",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub prevent_email_import: ::std::option::Option<bool>,
        #[serde(
            rename = "preventWebConferenceRecording",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub prevent_web_conference_recording: ::std::option::Option<bool>,
        #[serde(
            rename = "telephonyCallsImported",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub telephony_calls_imported: ::std::option::Option<bool>,
        #[serde(
            rename = "webConferencesRecorded",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub web_conferences_recorded: ::std::option::Option<bool>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`SettingsHistory`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SettingsHistory {
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "userSettingsHistory",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub user_settings_history: ::std::vec::Vec<UserSettingsHistory>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Sharer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct Sharer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    ///`Snippet`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Snippet {
        #[serde(
            rename = "fromSec",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub from_sec: ::std::option::Option<i64>,
        #[serde(
            rename = "toSec",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub to_sec: ::std::option::Option<i64>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`SpeakersTimeline`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct SpeakersTimeline {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub precise: ::std::option::Option<bool>,
        #[serde(
            rename = "speechSegments",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub speech_segments: ::std::vec::Vec<SpeechSegment>,
    }
    ///`SpecificCall`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SpecificCall {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call: ::std::option::Option<CallBasicData>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`SpeechSegment`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct SpeechSegment {
        #[serde(rename = "fromTime")]
        pub from_time: i64,
        #[serde(rename = "partyIds")]
        pub party_ids: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "toTime")]
        pub to_time: i64,
    }
    ///`SpokenLanguage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct SpokenLanguage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary: ::std::option::Option<bool>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`StepContentDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct StepContentDetails {
        #[serde(rename = "availableSteps")]
        pub available_steps: ::std::vec::Vec<::std::string::String>,
        pub value: ::std::string::String,
    }
    ///`StepDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct StepDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "stepNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub step_number: ::std::option::Option<i64>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`StructureDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct StructureDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub duration: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`TopicDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TopicDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub duration: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`TrackerDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrackerDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub count: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub occurrences: ::std::vec::Vec<Occurrences>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub phrases: ::std::vec::Vec<TrackerPhrases>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`TrackerLanguageKeyword`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrackerLanguageKeyword {
        #[serde(
            rename = "includeRelatedForms",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub include_related_forms: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub keywords: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub language: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`TrackerPhrases`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TrackerPhrases {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub count: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub occurrences: ::std::vec::Vec<Occurrences>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phrase: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`Trackers`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Trackers {
        #[serde(
            rename = "keywordTrackers",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub keyword_trackers: ::std::vec::Vec<KeywordTracker>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UnassignFlowsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct UnassignFlowsRequest {
        #[serde(rename = "flowInstanceIds")]
        pub flow_instance_ids: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "unassignedByUserEmail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unassigned_by_user_email: ::std::option::Option<::std::string::String>,
    }
    ///`UnassignFlowsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UnassignFlowsResponse {
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "unassignedFlowInstanceIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unassigned_flow_instance_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UnassignProspectFlowsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct UnassignProspectFlowsRequest {
        #[serde(rename = "crmProspectId")]
        pub crm_prospect_id: ::std::string::String,
        #[serde(
            rename = "flowId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "unassignedByUserEmail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub unassigned_by_user_email: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateMeetingRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct UpdateMeetingRequest {
        #[serde(rename = "endTime")]
        pub end_time: ::std::string::String,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        pub invitees: ::std::vec::Vec<MeetingInvitee>,
        #[serde(rename = "organizerEmail")]
        pub organizer_email: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider: ::std::option::Option<::std::string::String>,
        #[serde(rename = "startTime")]
        pub start_time: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
    }
    ///`UpdateMeetingResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateMeetingResponse {
        #[serde(
            rename = "meetingId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meeting_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UpdateReminderRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct UpdateReminderRequest {
        #[serde(
            rename = "dueDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub due_date: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<UpdateReminderRequestStatus>,
        #[serde(rename = "userId")]
        pub user_id: crate::GongId,
    }
    ///`UpdateReminderRequestStatus`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum UpdateReminderRequestStatus {
        #[serde(rename = "OPEN")]
        Open,
        #[serde(rename = "DONE")]
        Done,
        #[serde(rename = "DISMISSED")]
        Dismissed,
    }
    impl ::std::fmt::Display for UpdateReminderRequestStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Open => f.write_str("OPEN"),
                Self::Done => f.write_str("DONE"),
                Self::Dismissed => f.write_str("DISMISSED"),
            }
        }
    }
    impl ::std::str::FromStr for UpdateReminderRequestStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "OPEN" => Ok(Self::Open),
                "DONE" => Ok(Self::Done),
                "DISMISSED" => Ok(Self::Dismissed),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateReminderRequestStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateReminderRequestStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`UploadCrmSchemaFieldObjectType`
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum UploadCrmSchemaFieldObjectType {
        #[serde(rename = "ACCOUNT")]
        Account,
        #[serde(rename = "CONTACT")]
        Contact,
        #[serde(rename = "DEAL")]
        Deal,
        #[serde(rename = "LEAD")]
        Lead,
    }
    impl ::std::fmt::Display for UploadCrmSchemaFieldObjectType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Account => f.write_str("ACCOUNT"),
                Self::Contact => f.write_str("CONTACT"),
                Self::Deal => f.write_str("DEAL"),
                Self::Lead => f.write_str("LEAD"),
            }
        }
    }
    impl ::std::str::FromStr for UploadCrmSchemaFieldObjectType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ACCOUNT" => Ok(Self::Account),
                "CONTACT" => Ok(Self::Contact),
                "DEAL" => Ok(Self::Deal),
                "LEAD" => Ok(Self::Lead),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for UploadCrmSchemaFieldObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UploadCrmSchemaFieldObjectType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`UsageAccessWithPermissionLevel`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct UsageAccessWithPermissionLevel {
        #[serde(
            rename = "permissionLevel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub permission_level: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "teamLeadIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub team_lead_ids: ::std::option::Option<::std::vec::Vec<crate::GongId>>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`User`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct User {
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<UserMetadata>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UserAccessDetails`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UserAccessDetails {
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UserActivity`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UserActivity {
        #[serde(
            rename = "userAggregateActivityStats",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_aggregate_activity_stats: ::std::option::Option<AggregateActivity>,
        #[serde(
            rename = "userEmailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_email_address: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UserAggregateByPeriodActivities`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UserAggregateByPeriodActivities {
        #[serde(
            rename = "userAggregateActivity",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub user_aggregate_activity: ::std::vec::Vec<AggregateActivityWithDates>,
        #[serde(
            rename = "userEmailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_email_address: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UserDayByDayActivity`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UserDayByDayActivity {
        #[serde(
            rename = "userDailyActivityStats",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub user_daily_activity_stats: ::std::vec::Vec<DailyActivityWithDates>,
        #[serde(
            rename = "userEmailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_email_address: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UserIntegrationStatus`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UserIntegrationStatus {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub exists: ::std::option::Option<bool>,
        #[serde(
            rename = "fixUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fix_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "helpUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub help_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "userFacingError",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_facing_error: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub valid: ::std::option::Option<bool>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UserMetadata`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub struct UserMetadata {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active: ::std::option::Option<bool>,
        #[serde(
            rename = "conferencingProviders",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub conferencing_providers: ::std::vec::Vec<ConferencingProvider>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "emailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_address: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "emailAliases",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub email_aliases: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub extension: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "firstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "lastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "managerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub manager_id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "meetingConsentPageUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub meeting_consent_page_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "personalMeetingUrls",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub personal_meeting_urls: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "phoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_number: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub settings: ::std::option::Option<Settings>,
        #[serde(
            rename = "spokenLanguages",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub spoken_languages: ::std::vec::Vec<SpokenLanguage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "trustedEmailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub trusted_email_address: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UserRemindersResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UserRemindersResponse {
        #[serde(
            rename = "crmType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub crm_type: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub tasks: ::std::vec::Vec<ReminderDataDto>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UserSettingsHistory`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UserSettingsHistory {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub setting: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub time: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<bool>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UserSimpleMetadata`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UserSimpleMetadata {
        #[serde(
            rename = "emailAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_address: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "fullName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub full_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UserSpeaker`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UserSpeaker {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(
            rename = "talkTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub talk_time: ::std::option::Option<f64>,
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<crate::GongId>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UsersAggregateByPeriodActivity`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UsersAggregateByPeriodActivity {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub records: ::std::option::Option<Records>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "usersAggregateActivity",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub users_aggregate_activity: ::std::vec::Vec<UserAggregateByPeriodActivities>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UsersDayByDayActivity`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UsersDayByDayActivity {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub records: ::std::option::Option<Records>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "usersDetailedActivities",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::decode::list")]
        pub users_detailed_activities: ::std::vec::Vec<UserDayByDayActivity>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`UsersMetadata`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UsersMetadata {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub records: ::std::option::Option<Records>,
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub users: ::std::vec::Vec<UserMetadata>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`VideoInteractionDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct VideoInteractionDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        #[serde(default)]
        #[serde(deserialize_with = "crate::decode::opt_number")]
        pub duration: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`WebFindingDto`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct WebFindingDto {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub domain: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub title: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`WorkspaceMetadata`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct WorkspaceMetadata {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<crate::GongId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    ///`WorkspacesMetadata`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct WorkspacesMetadata {
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::decode::list")]
        pub workspaces: ::std::vec::Vec<WorkspaceMetadata>,
        /// Fields Gong sent that its document does not name, kept so
        /// that re-emitting this value gives back everything Gong sent.
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    impl crate::actions::input::sealed::Fields for Actor {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["context", "email", "name", "title"]
        }
    }
    impl crate::actions::input::sealed::Fields for AnsweredScorecardsFilter {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "callFromDate", "callToDate", "reviewFromDate", "reviewMethod",
                "reviewToDate", "reviewedUserIds", "scorecardIds"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for AssignFlowRequestV2 {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "crmProspectsIds", "flowId", "flowInstanceDescription",
                "flowInstanceOwnerEmail", "overrides"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for AssignOverrides {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["coolOffOverride", "flowInstanceVariables", "steps"]
        }
    }
    impl crate::actions::input::sealed::Fields for CallAccessWithPermissionLevel {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["permissionLevel", "teamLeadIds"]
        }
    }
    impl crate::actions::input::sealed::Fields for CallCollaboration {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["publicComments"]
        }
    }
    impl crate::actions::input::sealed::Fields for CallContent {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "brief", "callOutcome", "highlights", "keyPoints", "outline",
                "pointsOfInterest", "structure", "topics", "trackerOccurrences",
                "trackers"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for CallInteraction {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["personInteractionStats", "questions", "speakers", "video"]
        }
    }
    impl crate::actions::input::sealed::Fields for CallParticipant {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "context", "emailAddress", "mediaChannelId", "name", "partyId",
                "phoneNumber", "userId"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for CallUploadContext {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["objects", "system"]
        }
    }
    impl crate::actions::input::sealed::Fields for CallUsersAccessDto {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["callId", "userIds"]
        }
    }
    impl crate::actions::input::sealed::Fields for CallsAccessGetDto {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["callIds"]
        }
    }
    impl crate::actions::input::sealed::Fields for CallsFilter {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["callIds", "fromDateTime", "toDateTime", "workspaceId"]
        }
    }
    impl crate::actions::input::sealed::Fields for CallsRequestFilterWithOwners {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "callIds", "fromDateTime", "primaryUserIds", "toDateTime", "workspaceId"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for CallsUsersAccessAddDto {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["callAccessList"]
        }
    }
    impl crate::actions::input::sealed::Fields for CallsUsersAccessDeleteDto {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["callAccessList"]
        }
    }
    impl crate::actions::input::sealed::Fields for CoachingAccessWithPermissionLevel {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["permissionLevel", "teamLeadIds"]
        }
    }
    impl crate::actions::input::sealed::Fields for Company {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["companyBusinessContexts", "companyId", "domain", "name"]
        }
    }
    impl crate::actions::input::sealed::Fields for CompanyBusinessContext {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["objectId", "objectType", "systemName"]
        }
    }
    impl crate::actions::input::sealed::Fields for ConferencingProvider {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["isDefault", "provider"]
        }
    }
    impl crate::actions::input::sealed::Fields for Content {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "contentAdditionalInfoUrl", "contentCustomFields", "contentId",
                "contentLabel", "contentTitle", "contentUrl", "numericContentDetails",
                "searchObjectDetails", "stepContentDetails"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for ContentSelector {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["context", "contextTiming", "exposedFields"]
        }
    }
    impl crate::actions::input::sealed::Fields for ContentSharedEvent {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "actionName", "agentPlatform", "contentId", "contentProperties",
                "contentTitle", "contentUrl", "crmContext", "eventId", "eventProperties",
                "eventTimestamp", "mobileAppId", "moreInfoUrl", "nonCompanyParticipants",
                "recipients", "reportingSystem", "shareId", "shareInfoUrl", "sharer",
                "sharingMessageBody", "sharingMessageSubject", "trackingId", "userAgent",
                "workspaceId"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for ContentViewedEvent {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "actionName", "agentPlatform", "contentId", "contentProperties",
                "contentTitle", "contentUrl", "crmContext", "eventId", "eventProperties",
                "eventTimestamp", "mobileAppId", "moreInfoUrl", "nonCompanyParticipants",
                "reportingSystem", "shareId", "sharer", "sharingMessageBody",
                "sharingMessageSubject", "trackingId", "userAgent", "viewActionTitle",
                "viewInfoUrl", "viewer", "workspaceId"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for ContextField {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["name", "value"]
        }
    }
    impl crate::actions::input::sealed::Fields for CrmPartyContextField {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["name", "value"]
        }
    }
    impl crate::actions::input::sealed::Fields for CustomActionEvent {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "actionName", "actor", "agentPlatform", "contentId", "contentProperties",
                "contentTitle", "contentUrl", "crmContext", "eventId", "eventInfoUrl",
                "eventProperties", "eventTimestamp", "mobileAppId", "moreInfoUrl",
                "nonCompanyParticipants", "reportingSystem", "shareId", "sharer",
                "sharingMessageBody", "sharingMessageSubject", "trackingId", "userAgent",
                "workspaceId"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for CustomField {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["dataType", "name", "value"]
        }
    }
    impl crate::actions::input::sealed::Fields for DealsAccessWithPermissionLevel {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["permissionLevel", "teamLeadIds"]
        }
    }
    impl crate::actions::input::sealed::Fields for DeleteMeetingRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["organizerEmail"]
        }
    }
    impl crate::actions::input::sealed::Fields for DigitalInteractionRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "content", "customFields", "device", "eventId", "eventType", "person",
                "sessionId", "sourceSystemName", "timestamp", "trackingId"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for EmailsAccessWithPermissionLevel {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["permissionLevel", "teamLeadIds"]
        }
    }
    impl crate::actions::input::sealed::Fields for ExposedFields {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["collaboration", "content", "interaction", "media", "parties"]
        }
    }
    impl crate::actions::input::sealed::Fields for ExternalCrmCallObject {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["fields", "objectId", "objectType"]
        }
    }
    impl crate::actions::input::sealed::Fields for ExternalCrmPartyObject {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["fields", "objectId", "objectType"]
        }
    }
    impl crate::actions::input::sealed::Fields for FilterRequestCallsAccessGetDto {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["filter"]
        }
    }
    impl crate::actions::input::sealed::Fields for FlowAssignmentProspect {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "accountCrmId", "companyName", "crmId", "email", "firstName", "jobTitle",
                "lastName", "linkedInUrl"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for FlowContext {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["taskId"]
        }
    }
    impl crate::actions::input::sealed::Fields for FlowProspectsBulkAssignmentRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["flowId", "flowInstanceOwnerEmail", "prospects"]
        }
    }
    impl crate::actions::input::sealed::Fields for FlowStepsRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["flowIds"]
        }
    }
    impl crate::actions::input::sealed::Fields for ForecastAccess {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["permissionLevel", "teamLeadIds"]
        }
    }
    impl crate::actions::input::sealed::Fields for ForecastEditSubmissions {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["permissionLevel", "teamLeadIds"]
        }
    }
    impl crate::actions::input::sealed::Fields for ForecastEditTargets {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["permissionLevel", "teamLeadIds"]
        }
    }
    impl crate::actions::input::sealed::Fields for ForecastPermissions {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "forecastAccess", "forecastEditSubmissions", "forecastEditTargets"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for GenericCrmRegistrationRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["name", "ownerEmail"]
        }
    }
    impl crate::actions::input::sealed::Fields for GenericProperty {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["dataType", "name", "value"]
        }
    }
    impl crate::actions::input::sealed::Fields for GenericSchemaFieldRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "isDeleted", "label", "lastModified", "orderedValueList", "referenceTo",
                "type", "uniqueName"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for InsightsAccessWithPermissionLevel {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["permissionLevel", "teamLeadIds"]
        }
    }
    impl crate::actions::input::sealed::Fields for IntegrationSettingsRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["integrationTypeSettings"]
        }
    }
    impl crate::actions::input::sealed::Fields for IntegrationStatusRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["emails"]
        }
    }
    impl crate::actions::input::sealed::Fields for IntegrationTypeSettings {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["allowedOrigin", "integrationType"]
        }
    }
    impl crate::actions::input::sealed::Fields for LibraryFolderAccess {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "libraryFolderIds", "manageFolderCalls", "managePublicFolder",
                "manageStreams", "permissionLevel", "shareFoldersAndStreams"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for ListReminderRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["filter"]
        }
    }
    impl crate::actions::input::sealed::Fields for Location {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["city", "country", "region", "state"]
        }
    }
    impl crate::actions::input::sealed::Fields for MeetingInvitee {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["displayName", "email", "firstName", "lastName"]
        }
    }
    impl crate::actions::input::sealed::Fields
    for MultipleUsersRequestWithCreationDates {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "createdFromDateTime", "createdToDateTime", "includeAvatars", "userIds"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for MultipleUsersWithDates {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "createdFromDateTime", "createdToDateTime", "fromDate", "toDate",
                "userIds"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for NewCallAddingRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "actualStart", "callProviderCode", "clientUniqueId", "context",
                "customData", "direction", "disposition", "downloadMediaUrl", "duration",
                "flowContext", "languageCode", "meetingUrl", "parties", "primaryUser",
                "purpose", "scheduledEnd", "scheduledStart", "speakersTimeline", "title",
                "workspaceId"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for NewCallAddingRequestClientUniqueId {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![]
        }
    }
    impl crate::actions::input::sealed::Fields for NewCallAddingRequestDisposition {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![]
        }
    }
    impl crate::actions::input::sealed::Fields for NewCallAddingRequestPurpose {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![]
        }
    }
    impl crate::actions::input::sealed::Fields for NewMeetingRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "endTime", "externalId", "invitees", "organizerEmail", "provider",
                "startTime", "title"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for NumericContentDetails {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["numericType", "rangeFrom", "rangeTo", "value"]
        }
    }
    impl crate::actions::input::sealed::Fields for PartyUploadContext {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["objects", "system"]
        }
    }
    impl crate::actions::input::sealed::Fields for PermissionProfileDto {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "account", "activity", "aiBuilder", "callsAccess", "callsAndSearch",
                "coaching", "coachingAccess", "createEditAndDeleteDealsBoards",
                "crmDataImport", "crmDataInlineEditing", "deals", "dealsAccess",
                "dealsDataExport", "dealsInlineEditing", "deleteCalls", "deleteEmails",
                "description", "downloadCallMedia", "emailsAccess",
                "engageAllowCrmFieldsViewChange", "engageAssignFlowToDosToOthers",
                "engageCreateAndManageRulesets", "engageManageCompanySequences",
                "engageManageCompanyTemplates", "engageReassignFlowToDosToOthers",
                "engageSnoozeFlowToDosForOthers", "exportCallsAndCoachingDataToCSV",
                "forecast", "forecastManage", "forecastPermissions", "id", "initiatives",
                "insightsAccess", "library", "libraryFolderAccess", "listenInCalls",
                "manageGeneralBusinessSettings", "manageRevenueAnalytics",
                "manageScorecards", "manuallyScheduleAndUploadCalls", "market", "name",
                "orchestrateCreateAndManagePlays", "overrideScore", "privateCalls",
                "scoreCalls", "shareCallsWithCustomers", "teamStats", "trimCalls",
                "usage", "usageAccess", "viewEngageAnalyticsActivity",
                "viewEngageAnalyticsFlows", "viewEngageAnalyticsPerformance",
                "viewRevenueAnalytics"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for Person {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "company", "email", "location", "name", "personBusinessContext",
                "personCustomFields", "personId", "phoneNumber"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for PersonBusinessContext {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["objectId", "objectType", "systemName"]
        }
    }
    impl crate::actions::input::sealed::Fields for ProspectsAssignedFlowsRequestV2 {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["crmProspectsIds", "flowInstanceIds"]
        }
    }
    impl crate::actions::input::sealed::Fields
    for PublicApiBaseRequestV2AnsweredScorecardsFilter {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["cursor", "filter"]
        }
    }
    impl crate::actions::input::sealed::Fields for PublicApiBaseRequestV2CallsFilter {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["cursor", "filter"]
        }
    }
    impl crate::actions::input::sealed::Fields
    for PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["cursor", "filter"]
        }
    }
    impl crate::actions::input::sealed::Fields
    for PublicApiBaseRequestV2MultipleUsersWithDates {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["cursor", "filter"]
        }
    }
    impl crate::actions::input::sealed::Fields
    for PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["contentSelector", "cursor", "filter"]
        }
    }
    impl crate::actions::input::sealed::Fields for PublicApiStepContentOverride {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["body", "number", "subject"]
        }
    }
    impl crate::actions::input::sealed::Fields for PublicApiVariableValueOverride {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["name", "value"]
        }
    }
    impl crate::actions::input::sealed::Fields for ReminderFilter {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["status", "taskAction", "types", "userId", "workspaceId"]
        }
    }
    impl crate::actions::input::sealed::Fields for RequestWithTimePeriod {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["aggregationPeriod", "cursor", "filter"]
        }
    }
    impl crate::actions::input::sealed::Fields for SearchObjectDetails {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["domain", "name", "objectId", "objectType", "url"]
        }
    }
    impl crate::actions::input::sealed::Fields for Settings {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "emailsImported", "gongConnectEnabled", "nonRecordedMeetingsImported",
                "preventEmailImport", "preventWebConferenceRecording",
                "telephonyCallsImported", "webConferencesRecorded"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for Sharer {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["email", "id", "name"]
        }
    }
    impl crate::actions::input::sealed::Fields for SpeakersTimeline {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["precise", "speechSegments"]
        }
    }
    impl crate::actions::input::sealed::Fields for SpeechSegment {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["fromTime", "partyIds", "toTime"]
        }
    }
    impl crate::actions::input::sealed::Fields for SpokenLanguage {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["language", "primary"]
        }
    }
    impl crate::actions::input::sealed::Fields for StepContentDetails {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["availableSteps", "value"]
        }
    }
    impl crate::actions::input::sealed::Fields for UnassignFlowsRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["flowInstanceIds", "unassignedByUserEmail"]
        }
    }
    impl crate::actions::input::sealed::Fields for UnassignProspectFlowsRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["crmProspectId", "flowId", "unassignedByUserEmail"]
        }
    }
    impl crate::actions::input::sealed::Fields for UpdateMeetingRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "endTime", "externalId", "invitees", "organizerEmail", "provider",
                "startTime", "title"
            ]
        }
    }
    impl crate::actions::input::sealed::Fields for UpdateReminderRequest {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["dueDate", "priority", "status", "userId"]
        }
    }
    impl crate::actions::input::sealed::Fields for UsageAccessWithPermissionLevel {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["permissionLevel", "teamLeadIds"]
        }
    }
    impl crate::actions::input::sealed::Fields for User {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec!["requestId", "user"]
        }
    }
    impl crate::actions::input::sealed::Fields for UserMetadata {
        fn names() -> ::std::vec::Vec<&'static str> {
            ::std::vec![
                "active", "conferencingProviders", "created", "emailAddress",
                "emailAliases", "extension", "firstName", "id", "lastName", "managerId",
                "meetingConsentPageUrl", "personalMeetingUrls", "phoneNumber",
                "settings", "spokenLanguages", "title", "trustedEmailAddress"
            ]
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Gong API

Version: V2*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::transport::Transport,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::transport::Transport) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::Transport,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::transport::Transport> for Client {
    fn api_version() -> &'static str {
        "V2"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::transport::Transport {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::transport::Transport>,
    {}
};
impl Client {
    /**List calls that started in a time range, one page at a time

Sends a `GET` request to `/v2/calls`

```ignore
let response = client.list_calls()
    .cursor(cursor)
    .from_date_time(from_date_time)
    .to_date_time(to_date_time)
    .workspace_id(workspace_id)
    .send()
    .await;
```*/
    pub fn list_calls(&self) -> builder::ListCalls<'_> {
        builder::ListCalls::new(self)
    }
    /**Register a new call; its media follows by upload or download URL

Sends a `POST` request to `/v2/calls`

```ignore
let response = client.add_call()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_call(&self) -> builder::AddCall<'_> {
        builder::AddCall::new(self)
    }
    /**Fetch one call by its Gong id

Sends a `GET` request to `/v2/calls/{id}`

```ignore
let response = client.get_call()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_call(&self) -> builder::GetCall<'_> {
        builder::GetCall::new(self)
    }
    /**List calls with the content sections the filter asks for

Sends a `POST` request to `/v2/calls/extensive`

```ignore
let response = client.list_calls_extensive()
    .body(body)
    .send()
    .await;
```*/
    pub fn list_calls_extensive(&self) -> builder::ListCallsExtensive<'_> {
        builder::ListCallsExtensive::new(self)
    }
    /**Fetch one permission profile

Sends a `GET` request to `/v2/permission-profile`

```ignore
let response = client.get_permission_profile()
    .profile_id(profile_id)
    .send()
    .await;
```*/
    pub fn get_permission_profile(&self) -> builder::GetPermissionProfile<'_> {
        builder::GetPermissionProfile::new(self)
    }
    /**Change a permission profile

Sends a `PUT` request to `/v2/permission-profile`

```ignore
let response = client.update_permission_profile()
    .profile_id(profile_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_permission_profile(&self) -> builder::UpdatePermissionProfile<'_> {
        builder::UpdatePermissionProfile::new(self)
    }
    /**Create a permission profile in a workspace

Sends a `POST` request to `/v2/permission-profile`

```ignore
let response = client.create_permission_profile()
    .workspace_id(workspace_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_permission_profile(&self) -> builder::CreatePermissionProfile<'_> {
        builder::CreatePermissionProfile::new(self)
    }
    /**Change a Gong meeting

Sends a `PUT` request to `/v2/meetings/{meetingId}`

```ignore
let response = client.update_meeting()
    .meeting_id(meeting_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_meeting(&self) -> builder::UpdateMeeting<'_> {
        builder::UpdateMeeting::new(self)
    }
    /**Remove a Gong meeting

Sends a `DELETE` request to `/v2/meetings/{meetingId}`

```ignore
let response = client.delete_meeting()
    .meeting_id(meeting_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_meeting(&self) -> builder::DeleteMeeting<'_> {
        builder::DeleteMeeting::new(self)
    }
    /**Report that an external participant viewed content

Sends a `PUT` request to `/v2/customer-engagement/content/viewed`

```ignore
let response = client.content_viewed()
    .body(body)
    .send()
    .await;
```*/
    pub fn content_viewed(&self) -> builder::ContentViewed<'_> {
        builder::ContentViewed::new(self)
    }
    /**Report that a user shared content with external participants

Sends a `PUT` request to `/v2/customer-engagement/content/shared`

```ignore
let response = client.content_shared()
    .body(body)
    .send()
    .await;
```*/
    pub fn content_shared(&self) -> builder::ContentShared<'_> {
        builder::ContentShared::new(self)
    }
    /**Report a custom engagement action on content

Sends a `PUT` request to `/v2/customer-engagement/action`

```ignore
let response = client.custom_action()
    .body(body)
    .send()
    .await;
```*/
    pub fn custom_action(&self) -> builder::CustomAction<'_> {
        builder::CustomAction::new(self)
    }
    /**List the generic CRM integrations

Sends a `GET` request to `/v2/crm/integrations`

```ignore
let response = client.list_generic_crm_integration()
    .send()
    .await;
```*/
    pub fn list_generic_crm_integration(
        &self,
    ) -> builder::ListGenericCrmIntegration<'_> {
        builder::ListGenericCrmIntegration::new(self)
    }
    /**Register a generic CRM integration

Sends a `PUT` request to `/v2/crm/integrations`

```ignore
let response = client.register_generic_crm_integration()
    .body(body)
    .send()
    .await;
```*/
    pub fn register_generic_crm_integration(
        &self,
    ) -> builder::RegisterGenericCrmIntegration<'_> {
        builder::RegisterGenericCrmIntegration::new(self)
    }
    /**Remove a generic CRM integration

Sends a `DELETE` request to `/v2/crm/integrations`

```ignore
let response = client.delete_generic_crm_integration()
    .client_request_id(client_request_id)
    .integration_id(integration_id)
    .send()
    .await;
```*/
    pub fn delete_generic_crm_integration(
        &self,
    ) -> builder::DeleteGenericCrmIntegration<'_> {
        builder::DeleteGenericCrmIntegration::new(self)
    }
    /**Grant users access to calls

Sends a `PUT` request to `/v2/calls/users-access`

```ignore
let response = client.add_users_access_to_calls()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_users_access_to_calls(&self) -> builder::AddUsersAccessToCalls<'_> {
        builder::AddUsersAccessToCalls::new(self)
    }
    /**Read which users were granted access to calls

Sends a `POST` request to `/v2/calls/users-access`

```ignore
let response = client.get_users_access_to_calls()
    .body(body)
    .send()
    .await;
```*/
    pub fn get_users_access_to_calls(&self) -> builder::GetUsersAccessToCalls<'_> {
        builder::GetUsersAccessToCalls::new(self)
    }
    /**Revoke users' access to calls

Sends a `DELETE` request to `/v2/calls/users-access`

```ignore
let response = client.delete_users_access_to_calls()
    .body(body)
    .send()
    .await;
```*/
    pub fn delete_users_access_to_calls(&self) -> builder::DeleteUsersAccessToCalls<'_> {
        builder::DeleteUsersAccessToCalls::new(self)
    }
    /**List users matching a filter, with their settings

Sends a `POST` request to `/v2/users/extensive`

```ignore
let response = client.list_multiple_users()
    .body(body)
    .send()
    .await;
```*/
    pub fn list_multiple_users(&self) -> builder::ListMultipleUsers<'_> {
        builder::ListMultipleUsers::new(self)
    }
    /**List Engage tasks of a user

Sends a `POST` request to `/v2/tasks`

```ignore
let response = client.list_tasks()
    .body(body)
    .send()
    .await;
```*/
    pub fn list_tasks(&self) -> builder::ListTasks<'_> {
        builder::ListTasks::new(self)
    }
    /**Interaction statistics per user

Sends a `POST` request to `/v2/stats/interaction`

```ignore
let response = client.list_interaction_stats()
    .body(body)
    .send()
    .await;
```*/
    pub fn list_interaction_stats(&self) -> builder::ListInteractionStats<'_> {
        builder::ListInteractionStats::new(self)
    }
    /**Answered scorecards in a time range

Sends a `POST` request to `/v2/stats/activity/scorecards`

```ignore
let response = client.list_answered_scorecards()
    .body(body)
    .send()
    .await;
```*/
    pub fn list_answered_scorecards(&self) -> builder::ListAnsweredScorecards<'_> {
        builder::ListAnsweredScorecards::new(self)
    }
    /**Per-day activity of users

Sends a `POST` request to `/v2/stats/activity/day-by-day`

```ignore
let response = client.list_multiple_users_day_by_day_activity()
    .body(body)
    .send()
    .await;
```*/
    pub fn list_multiple_users_day_by_day_activity(
        &self,
    ) -> builder::ListMultipleUsersDayByDayActivity<'_> {
        builder::ListMultipleUsersDayByDayActivity::new(self)
    }
    /**Aggregated activity of users

Sends a `POST` request to `/v2/stats/activity/aggregate`

```ignore
let response = client.list_multiple_users_aggregate_activity()
    .body(body)
    .send()
    .await;
```*/
    pub fn list_multiple_users_aggregate_activity(
        &self,
    ) -> builder::ListMultipleUsersAggregateActivity<'_> {
        builder::ListMultipleUsersAggregateActivity::new(self)
    }
    /**Activity of users aggregated per period

Sends a `POST` request to `/v2/stats/activity/aggregate-by-period`

```ignore
let response = client.list_multiple_users_aggregate_by_period()
    .body(body)
    .send()
    .await;
```*/
    pub fn list_multiple_users_aggregate_by_period(
        &self,
    ) -> builder::ListMultipleUsersAggregateByPeriod<'_> {
        builder::ListMultipleUsersAggregateByPeriod::new(self)
    }
    /**Create a Gong meeting

Sends a `POST` request to `/v2/meetings`

```ignore
let response = client.add_meeting()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_meeting(&self) -> builder::AddMeeting<'_> {
        builder::AddMeeting::new(self)
    }
    /**Check the meeting integration of users

Sends a `POST` request to `/v2/meetings/integration/status`

```ignore
let response = client.integration_status()
    .body(body)
    .send()
    .await;
```*/
    pub fn integration_status(&self) -> builder::IntegrationStatus<'_> {
        builder::IntegrationStatus::new(self)
    }
    /**Change integration settings

Sends a `POST` request to `/v2/integration-settings`

```ignore
let response = client.integration_settings()
    .body(body)
    .send()
    .await;
```*/
    pub fn integration_settings(&self) -> builder::IntegrationSettings<'_> {
        builder::IntegrationSettings::new(self)
    }
    /**The steps of Engage flows

Sends a `POST` request to `/v2/flows/steps`

```ignore
let response = client.get_flow_steps()
    .body(body)
    .send()
    .await;
```*/
    pub fn get_flow_steps(&self) -> builder::GetFlowSteps<'_> {
        builder::GetFlowSteps::new(self)
    }
    /**Engage flows that prospects are in

Sends a `POST` request to `/v2/flows/prospects`

```ignore
let response = client.get_prospects_assigned_flows()
    .body(body)
    .send()
    .await;
```*/
    pub fn get_prospects_assigned_flows(
        &self,
    ) -> builder::GetProspectsAssignedFlows<'_> {
        builder::GetProspectsAssignedFlows::new(self)
    }
    /**Take prospects out of Engage flows, by flow instance

Sends a `POST` request to `/v2/flows/prospects/unassign-flows-by-instance-id`

```ignore
let response = client.unassign_flows()
    .body(body)
    .send()
    .await;
```*/
    pub fn unassign_flows(&self) -> builder::UnassignFlows<'_> {
        builder::UnassignFlows::new(self)
    }
    /**Take prospects out of their Engage flows, by CRM id

Sends a `POST` request to `/v2/flows/prospects/unassign-flows-by-crm-id`

```ignore
let response = client.unassign_prospect_flows()
    .body(body)
    .send()
    .await;
```*/
    pub fn unassign_prospect_flows(&self) -> builder::UnassignProspectFlows<'_> {
        builder::UnassignProspectFlows::new(self)
    }
    /**Start putting many prospects into an Engage flow (answers 202; poll its id)

Sends a `POST` request to `/v2/flows/prospects/bulk-assignments`

```ignore
let response = client.submit_flow_prospects_bulk_assignment()
    .body(body)
    .send()
    .await;
```*/
    pub fn submit_flow_prospects_bulk_assignment(
        &self,
    ) -> builder::SubmitFlowProspectsBulkAssignment<'_> {
        builder::SubmitFlowProspectsBulkAssignment::new(self)
    }
    /**Put prospects into an Engage flow

Sends a `POST` request to `/v2/flows/prospects/assign`

```ignore
let response = client.assign_prospects()
    .body(body)
    .send()
    .await;
```*/
    pub fn assign_prospects(&self) -> builder::AssignProspects<'_> {
        builder::AssignProspects::new(self)
    }
    /**Put prospects into an Engage flow despite their cool-off period

Sends a `POST` request to `/v2/flows/prospects/assign/cool-off-override`

```ignore
let response = client.assign_prospects_cool_off_overrides()
    .body(body)
    .send()
    .await;
```*/
    pub fn assign_prospects_cool_off_overrides(
        &self,
    ) -> builder::AssignProspectsCoolOffOverrides<'_> {
        builder::AssignProspectsCoolOffOverrides::new(self)
    }
    /**Report a digital interaction

Sends a `POST` request to `/v2/digital-interaction`

```ignore
let response = client.add_digital_interaction()
    .body(body)
    .send()
    .await;
```*/
    pub fn add_digital_interaction(&self) -> builder::AddDigitalInteraction<'_> {
        builder::AddDigitalInteraction::new(self)
    }
    /**Erase every element that references a phone number

Sends a `POST` request to `/v2/data-privacy/erase-data-for-phone-number`

```ignore
let response = client.purge_phone_number()
    .phone_number(phone_number)
    .send()
    .await;
```*/
    pub fn purge_phone_number(&self) -> builder::PurgePhoneNumber<'_> {
        builder::PurgePhoneNumber::new(self)
    }
    /**Erase every element that references an email address

Sends a `POST` request to `/v2/data-privacy/erase-data-for-email-address`

```ignore
let response = client.purge_email_address()
    .email_address(email_address)
    .send()
    .await;
```*/
    pub fn purge_email_address(&self) -> builder::PurgeEmailAddress<'_> {
        builder::PurgeEmailAddress::new(self)
    }
    /**List the fields of a CRM object type

Sends a `GET` request to `/v2/crm/entity-schema`

```ignore
let response = client.list_crm_schema_fields()
    .integration_id(integration_id)
    .object_type(object_type)
    .send()
    .await;
```*/
    pub fn list_crm_schema_fields(&self) -> builder::ListCrmSchemaFields<'_> {
        builder::ListCrmSchemaFields::new(self)
    }
    /**Upload the fields of a CRM object type

Sends a `POST` request to `/v2/crm/entity-schema`

```ignore
let response = client.upload_crm_schema_field()
    .integration_id(integration_id)
    .object_type(object_type)
    .body(body)
    .send()
    .await;
```*/
    pub fn upload_crm_schema_field(&self) -> builder::UploadCrmSchemaField<'_> {
        builder::UploadCrmSchemaField::new(self)
    }
    /**Fetch CRM objects by their CRM ids

Sends a `GET` request to `/v2/crm/entities`

```ignore
let response = client.get_crm_objects()
    .integration_id(integration_id)
    .object_type(object_type)
    .objects_crm_ids(objects_crm_ids)
    .send()
    .await;
```*/
    pub fn get_crm_objects(&self) -> builder::GetCrmObjects<'_> {
        builder::GetCrmObjects::new(self)
    }
    /**Transcripts of calls, by ids or time range

Sends a `POST` request to `/v2/calls/transcript`

```ignore
let response = client.get_call_transcripts()
    .body(body)
    .send()
    .await;
```*/
    pub fn get_call_transcripts(&self) -> builder::GetCallTranscripts<'_> {
        builder::GetCallTranscripts::new(self)
    }
    /**Change an Engage task

Sends a `PATCH` request to `/v2/tasks/{taskId}`

```ignore
let response = client.update_reminder()
    .task_id(task_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_reminder(&self) -> builder::UpdateReminder<'_> {
        builder::UpdateReminder::new(self)
    }
    /**List the company's workspaces

Sends a `GET` request to `/v2/workspaces`

```ignore
let response = client.list_workspaces()
    .send()
    .await;
```*/
    pub fn list_workspaces(&self) -> builder::ListWorkspaces<'_> {
        builder::ListWorkspaces::new(self)
    }
    /**List the company's users

Sends a `GET` request to `/v2/users`

```ignore
let response = client.list_users()
    .cursor(cursor)
    .include_avatars(include_avatars)
    .send()
    .await;
```*/
    pub fn list_users(&self) -> builder::ListUsers<'_> {
        builder::ListUsers::new(self)
    }
    /**Fetch one user by Gong id

Sends a `GET` request to `/v2/users/{id}`

```ignore
let response = client.get_user()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_user(&self) -> builder::GetUser<'_> {
        builder::GetUser::new(self)
    }
    /**Settings history of one user

Sends a `GET` request to `/v2/users/{id}/settings-history`

```ignore
let response = client.get_user_history()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_user_history(&self) -> builder::GetUserHistory<'_> {
        builder::GetUserHistory::new(self)
    }
    /**List keyword trackers

Sends a `GET` request to `/v2/settings/trackers`

```ignore
let response = client.list_trackers()
    .workspace_id(workspace_id)
    .send()
    .await;
```*/
    pub fn list_trackers(&self) -> builder::ListTrackers<'_> {
        builder::ListTrackers::new(self)
    }
    /**List scorecards

Sends a `GET` request to `/v2/settings/scorecards`

```ignore
let response = client.list_scorecards()
    .send()
    .await;
```*/
    pub fn list_scorecards(&self) -> builder::ListScorecards<'_> {
        builder::ListScorecards::new(self)
    }
    /**List the brief templates of a workspace

Sends a `GET` request to `/v2/settings/briefs`

```ignore
let response = client.list_briefs()
    .workspace_id(workspace_id)
    .send()
    .await;
```*/
    pub fn list_briefs(&self) -> builder::ListBriefs<'_> {
        builder::ListBriefs::new(self)
    }
    /**Users who hold a permission profile

Sends a `GET` request to `/v2/permission-profile/users`

```ignore
let response = client.list_permission_profile_users()
    .profile_id(profile_id)
    .send()
    .await;
```*/
    pub fn list_permission_profile_users(
        &self,
    ) -> builder::ListPermissionProfileUsers<'_> {
        builder::ListPermissionProfileUsers::new(self)
    }
    /**Log entries of one type in a time range

Sends a `GET` request to `/v2/logs`

```ignore
let response = client.list_logs()
    .cursor(cursor)
    .from_date_time(from_date_time)
    .log_type(log_type)
    .to_date_time(to_date_time)
    .send()
    .await;
```*/
    pub fn list_logs(&self) -> builder::ListLogs<'_> {
        builder::ListLogs::new(self)
    }
    /**List public library folders

Sends a `GET` request to `/v2/library/folders`

```ignore
let response = client.get_library_structure()
    .workspace_id(workspace_id)
    .send()
    .await;
```*/
    pub fn get_library_structure(&self) -> builder::GetLibraryStructure<'_> {
        builder::GetLibraryStructure::new(self)
    }
    /**Calls in one library folder

Sends a `GET` request to `/v2/library/folder-content`

```ignore
let response = client.get_calls_in_specific_folder()
    .folder_id(folder_id)
    .send()
    .await;
```*/
    pub fn get_calls_in_specific_folder(&self) -> builder::GetCallsInSpecificFolder<'_> {
        builder::GetCallsInSpecificFolder::new(self)
    }
    /**List Engage flows

Sends a `GET` request to `/v2/flows`

```ignore
let response = client.list_flows()
    .cursor(cursor)
    .flow_owner_email(flow_owner_email)
    .folder_id(folder_id)
    .most_recently_assigned(most_recently_assigned)
    .workspace_id(workspace_id)
    .send()
    .await;
```*/
    pub fn list_flows(&self) -> builder::ListFlows<'_> {
        builder::ListFlows::new(self)
    }
    /**Progress of a bulk flow assignment

Sends a `GET` request to `/v2/flows/prospects/bulk-assignments/{id}`

```ignore
let response = client.get_flow_prospects_bulk_assignment()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_flow_prospects_bulk_assignment(
        &self,
    ) -> builder::GetFlowProspectsBulkAssignment<'_> {
        builder::GetFlowProspectsBulkAssignment::new(self)
    }
    /**List the Engage flows in a user's flow folders

Sends a `GET` request to `/v2/flows/folders`

```ignore
let response = client.list_flows_folders()
    .cursor(cursor)
    .flow_folder_owner_email(flow_folder_owner_email)
    .parent_id(parent_id)
    .workspace_id(workspace_id)
    .send()
    .await;
```*/
    pub fn list_flows_folders(&self) -> builder::ListFlowsFolders<'_> {
        builder::ListFlowsFolders::new(self)
    }
    /**Generate an AI brief of a CRM entity (spends AI credits)

Sends a `GET` request to `/v2/entities/get-brief`

```ignore
let response = client.generate_brief()
    .brief_name(brief_name)
    .crm_entity_id(crm_entity_id)
    .crm_entity_type(crm_entity_type)
    .from_date_time(from_date_time)
    .time_period(time_period)
    .to_date_time(to_date_time)
    .workspace_id(workspace_id)
    .send()
    .await;
```*/
    pub fn generate_brief(&self) -> builder::GenerateBrief<'_> {
        builder::GenerateBrief::new(self)
    }
    /**Ask Gong's AI a question about a CRM entity (spends AI credits)

Sends a `GET` request to `/v2/entities/ask-entity`

```ignore
let response = client.ask_entity()
    .crm_entity_id(crm_entity_id)
    .crm_entity_type(crm_entity_type)
    .from_date_time(from_date_time)
    .question(question)
    .time_period(time_period)
    .to_date_time(to_date_time)
    .workspace_id(workspace_id)
    .send()
    .await;
```*/
    pub fn ask_entity(&self) -> builder::AskEntity<'_> {
        builder::AskEntity::new(self)
    }
    /**Elements that reference a phone number

Sends a `GET` request to `/v2/data-privacy/data-for-phone-number`

```ignore
let response = client.find_all_references_to_phone_number()
    .phone_number(phone_number)
    .send()
    .await;
```*/
    pub fn find_all_references_to_phone_number(
        &self,
    ) -> builder::FindAllReferencesToPhoneNumber<'_> {
        builder::FindAllReferencesToPhoneNumber::new(self)
    }
    /**Elements that reference an email address

Sends a `GET` request to `/v2/data-privacy/data-for-email-address`

```ignore
let response = client.find_all_references_to_email_address()
    .email_address(email_address)
    .send()
    .await;
```*/
    pub fn find_all_references_to_email_address(
        &self,
    ) -> builder::FindAllReferencesToEmailAddress<'_> {
        builder::FindAllReferencesToEmailAddress::new(self)
    }
    /**Progress of a CRM upload request

Sends a `GET` request to `/v2/crm/request-status`

```ignore
let response = client.get_request_status()
    .client_request_id(client_request_id)
    .integration_id(integration_id)
    .send()
    .await;
```*/
    pub fn get_request_status(&self) -> builder::GetRequestStatus<'_> {
        builder::GetRequestStatus::new(self)
    }
    /**Coaching metrics of a manager's team

Sends a `GET` request to `/v2/coaching`

```ignore
let response = client.get_coaching_metrics()
    .from(from)
    .manager_id(manager_id)
    .to(to)
    .workspace_id(workspace_id)
    .send()
    .await;
```*/
    pub fn get_coaching_metrics(&self) -> builder::GetCoachingMetrics<'_> {
        builder::GetCoachingMetrics::new(self)
    }
    /**List the call outcomes the company defined

Sends a `GET` request to `/v2/call-outcomes`

```ignore
let response = client.list_call_outcomes()
    .send()
    .await;
```*/
    pub fn list_call_outcomes(&self) -> builder::ListCallOutcomes<'_> {
        builder::ListCallOutcomes::new(self)
    }
    /**List permission profiles of a workspace

Sends a `GET` request to `/v2/all-permission-profiles`

```ignore
let response = client.list_permission_profile()
    .workspace_id(workspace_id)
    .send()
    .await;
```*/
    pub fn list_permission_profile(&self) -> builder::ListPermissionProfile<'_> {
        builder::ListPermissionProfile::new(self)
    }
    /**Calls associated with CRM objects by hand

Sends a `GET` request to `/v2/calls/manual-crm-associations`

```ignore
let response = client.list_crm_calls_manual_association()
    .cursor(cursor)
    .from_date_time(from_date_time)
    .send()
    .await;
```*/
    #[deprecated(
        note = "Gong's document of 2026-07 no longer lists this operation; tenants may still serve it"
    )]
    pub fn list_crm_calls_manual_association(
        &self,
    ) -> builder::ListCrmCallsManualAssociation<'_> {
        builder::ListCrmCallsManualAssociation::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_calls`]

[`Client::list_calls`]: super::Client::list_calls*/
    #[derive(Debug, Clone)]
    pub struct ListCalls<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        from_date_time: Result<Option<::std::string::String>, String>,
        to_date_time: Result<Option<::std::string::String>, String>,
        workspace_id: Result<Option<crate::GongId>, String>,
    }
    impl<'a> ListCalls<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                from_date_time: Ok(None),
                to_date_time: Ok(None),
                workspace_id: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn from_date_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.from_date_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for from_date_time failed"
                        .to_string()
                });
            self
        }
        pub fn to_date_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.to_date_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for to_date_time failed"
                        .to_string()
                });
            self
        }
        pub fn workspace_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.workspace_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: GongId` for workspace_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/calls`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::CallsResponse> {
            crate::transport::finish::<
                types::CallsResponse,
                types::ErrorResponse,
            >(&super::operations::LIST_CALLS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::CallsResponse>, Error<types::ErrorResponse>> {
            let Self { client, cursor, from_date_time, to_date_time, workspace_id } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let from_date_time = from_date_time.map_err(Error::InvalidRequest)?;
            let to_date_time = to_date_time.map_err(Error::InvalidRequest)?;
            let workspace_id = workspace_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/calls", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(
                    &progenitor_client::QueryParam::new("fromDateTime", &from_date_time),
                )
                .query(&progenitor_client::QueryParam::new("toDateTime", &to_date_time))
                .query(&progenitor_client::QueryParam::new("workspaceId", &workspace_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_calls",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_call`]

[`Client::add_call`]: super::Client::add_call*/
    #[derive(Debug, Clone)]
    pub struct AddCall<'a> {
        client: &'a super::Client,
        body: Result<types::NewCallAddingRequest, String>,
    }
    impl<'a> AddCall<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `NewCallAddingRequest` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewCallAddingRequest>,
            <V as std::convert::TryInto<
                types::NewCallAddingRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `NewCallAddingRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::NewCallAddingRequest,
            ) -> types::NewCallAddingRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/calls`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::NewCallAddingResponse> {
            crate::transport::finish::<
                types::NewCallAddingResponse,
                types::ErrorResponse,
            >(&super::operations::ADD_CALL, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::NewCallAddingResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::NewCallAddingRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/calls", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_call",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_call`]

[`Client::get_call`]: super::Client::get_call*/
    #[derive(Debug, Clone)]
    pub struct GetCall<'a> {
        client: &'a super::Client,
        id: Result<crate::GongId, String>,
    }
    impl<'a> GetCall<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/calls/{id}`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::SpecificCall> {
            crate::transport::finish::<
                types::SpecificCall,
                types::ErrorResponse,
            >(&super::operations::GET_CALL, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::SpecificCall>, Error<types::ErrorResponse>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/calls/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_call",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_calls_extensive`]

[`Client::list_calls_extensive`]: super::Client::list_calls_extensive*/
    #[derive(Debug, Clone)]
    pub struct ListCallsExtensive<'a> {
        client: &'a super::Client,
        body: Result<
            types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector,
            String,
        >,
    }
    impl<'a> ListCallsExtensive<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector,
            >,
            <V as std::convert::TryInto<
                types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector,
            ) -> types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/calls/extensive`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::Calls> {
            crate::transport::finish::<
                types::Calls,
                types::ErrorResponse,
            >(&super::operations::LIST_CALLS_EXTENSIVE, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::Calls>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector::try_from(
                            v,
                        )
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/calls/extensive", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_calls_extensive",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_permission_profile`]

[`Client::get_permission_profile`]: super::Client::get_permission_profile*/
    #[derive(Debug, Clone)]
    pub struct GetPermissionProfile<'a> {
        client: &'a super::Client,
        profile_id: Result<crate::GongId, String>,
    }
    impl<'a> GetPermissionProfile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                profile_id: Err("profile_id was not initialized".to_string()),
            }
        }
        pub fn profile_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.profile_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for profile_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/permission-profile`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::PermissionProfileResponse> {
            crate::transport::finish::<
                types::PermissionProfileResponse,
                types::ErrorResponse,
            >(&super::operations::GET_PERMISSION_PROFILE, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::PermissionProfileResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, profile_id } = self;
            let profile_id = profile_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/permission-profile", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("profileId", &profile_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_permission_profile",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_permission_profile`]

[`Client::update_permission_profile`]: super::Client::update_permission_profile*/
    #[derive(Debug, Clone)]
    pub struct UpdatePermissionProfile<'a> {
        client: &'a super::Client,
        profile_id: Result<crate::GongId, String>,
        body: Result<types::PermissionProfileDto, String>,
    }
    impl<'a> UpdatePermissionProfile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                profile_id: Err("profile_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn profile_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.profile_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for profile_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PermissionProfileDto>,
            <V as std::convert::TryInto<
                types::PermissionProfileDto,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PermissionProfileDto` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::PermissionProfileDto,
            ) -> types::PermissionProfileDto,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v2/permission-profile`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::PermissionProfileResponse> {
            crate::transport::finish::<
                types::PermissionProfileResponse,
                types::ErrorResponse,
            >(&super::operations::UPDATE_PERMISSION_PROFILE, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::PermissionProfileResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, profile_id, body } = self;
            let profile_id = profile_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PermissionProfileDto::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/permission-profile", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("profileId", &profile_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_permission_profile",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_permission_profile`]

[`Client::create_permission_profile`]: super::Client::create_permission_profile*/
    #[derive(Debug, Clone)]
    pub struct CreatePermissionProfile<'a> {
        client: &'a super::Client,
        workspace_id: Result<crate::GongId, String>,
        body: Result<types::PermissionProfileDto, String>,
    }
    impl<'a> CreatePermissionProfile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                workspace_id: Err("workspace_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn workspace_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.workspace_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for workspace_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PermissionProfileDto>,
            <V as std::convert::TryInto<
                types::PermissionProfileDto,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PermissionProfileDto` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::PermissionProfileDto,
            ) -> types::PermissionProfileDto,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/permission-profile`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::PermissionProfileResponse> {
            crate::transport::finish::<
                types::PermissionProfileResponse,
                types::ErrorResponse,
            >(&super::operations::CREATE_PERMISSION_PROFILE, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::PermissionProfileResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, workspace_id, body } = self;
            let workspace_id = workspace_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PermissionProfileDto::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/permission-profile", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("workspaceId", &workspace_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_permission_profile",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_meeting`]

[`Client::update_meeting`]: super::Client::update_meeting*/
    #[derive(Debug, Clone)]
    pub struct UpdateMeeting<'a> {
        client: &'a super::Client,
        meeting_id: Result<crate::GongId, String>,
        body: Result<types::UpdateMeetingRequest, String>,
    }
    impl<'a> UpdateMeeting<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                meeting_id: Err("meeting_id was not initialized".to_string()),
                body: Err(
                    "body: `UpdateMeetingRequest` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn meeting_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.meeting_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for meeting_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateMeetingRequest>,
            <V as std::convert::TryInto<
                types::UpdateMeetingRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateMeetingRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::UpdateMeetingRequest,
            ) -> types::UpdateMeetingRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v2/meetings/{meetingId}`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::UpdateMeetingResponse> {
            crate::transport::finish::<
                types::UpdateMeetingResponse,
                types::ErrorResponse,
            >(&super::operations::UPDATE_MEETING, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::UpdateMeetingResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, meeting_id, body } = self;
            let meeting_id = meeting_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateMeetingRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/meetings/{}", client.baseurl, encode_path(& meeting_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_meeting",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_meeting`]

[`Client::delete_meeting`]: super::Client::delete_meeting*/
    #[derive(Debug, Clone)]
    pub struct DeleteMeeting<'a> {
        client: &'a super::Client,
        meeting_id: Result<crate::GongId, String>,
        body: Result<types::DeleteMeetingRequest, String>,
    }
    impl<'a> DeleteMeeting<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                meeting_id: Err("meeting_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn meeting_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.meeting_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for meeting_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteMeetingRequest>,
            <V as std::convert::TryInto<
                types::DeleteMeetingRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `DeleteMeetingRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::DeleteMeetingRequest,
            ) -> types::DeleteMeetingRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `DELETE` request to `/v2/meetings/{meetingId}`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::DeleteMeetingRequest> {
            crate::transport::finish::<
                types::DeleteMeetingRequest,
                types::ErrorResponse,
            >(&super::operations::DELETE_MEETING, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::DeleteMeetingRequest>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, meeting_id, body } = self;
            let meeting_id = meeting_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::DeleteMeetingRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/meetings/{}", client.baseurl, encode_path(& meeting_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_meeting",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::content_viewed`]

[`Client::content_viewed`]: super::Client::content_viewed*/
    #[derive(Debug, Clone)]
    pub struct ContentViewed<'a> {
        client: &'a super::Client,
        body: Result<types::ContentViewedEvent, String>,
    }
    impl<'a> ContentViewed<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `ContentViewedEvent` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ContentViewedEvent>,
            <V as std::convert::TryInto<
                types::ContentViewedEvent,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ContentViewedEvent` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::ContentViewedEvent) -> types::ContentViewedEvent,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v2/customer-engagement/content/viewed`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::RegisterGenericCrmResponse> {
            crate::transport::finish::<
                types::RegisterGenericCrmResponse,
                types::ErrorResponse,
            >(&super::operations::CONTENT_VIEWED, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::RegisterGenericCrmResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ContentViewedEvent::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/customer-engagement/content/viewed", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "content_viewed",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::content_shared`]

[`Client::content_shared`]: super::Client::content_shared*/
    #[derive(Debug, Clone)]
    pub struct ContentShared<'a> {
        client: &'a super::Client,
        body: Result<types::ContentSharedEvent, String>,
    }
    impl<'a> ContentShared<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `ContentSharedEvent` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ContentSharedEvent>,
            <V as std::convert::TryInto<
                types::ContentSharedEvent,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ContentSharedEvent` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::ContentSharedEvent) -> types::ContentSharedEvent,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v2/customer-engagement/content/shared`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::RegisterGenericCrmResponse> {
            crate::transport::finish::<
                types::RegisterGenericCrmResponse,
                types::ErrorResponse,
            >(&super::operations::CONTENT_SHARED, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::RegisterGenericCrmResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ContentSharedEvent::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/customer-engagement/content/shared", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "content_shared",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::custom_action`]

[`Client::custom_action`]: super::Client::custom_action*/
    #[derive(Debug, Clone)]
    pub struct CustomAction<'a> {
        client: &'a super::Client,
        body: Result<types::CustomActionEvent, String>,
    }
    impl<'a> CustomAction<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `CustomActionEvent` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CustomActionEvent>,
            <V as std::convert::TryInto<
                types::CustomActionEvent,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `CustomActionEvent` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::CustomActionEvent) -> types::CustomActionEvent,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v2/customer-engagement/action`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::RegisterGenericCrmResponse> {
            crate::transport::finish::<
                types::RegisterGenericCrmResponse,
                types::ErrorResponse,
            >(&super::operations::CUSTOM_ACTION, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::RegisterGenericCrmResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CustomActionEvent::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/customer-engagement/action", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "custom_action",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_generic_crm_integration`]

[`Client::list_generic_crm_integration`]: super::Client::list_generic_crm_integration*/
    #[derive(Debug, Clone)]
    pub struct ListGenericCrmIntegration<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListGenericCrmIntegration<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/v2/crm/integrations`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(
            self,
        ) -> crate::Result<types::ListGenericCrmIntegrationsResponse> {
            crate::transport::finish::<
                types::ListGenericCrmIntegrationsResponse,
                types::ErrorResponse,
            >(&super::operations::LIST_GENERIC_CRM_INTEGRATION, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::ListGenericCrmIntegrationsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/v2/crm/integrations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_generic_crm_integration",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::register_generic_crm_integration`]

[`Client::register_generic_crm_integration`]: super::Client::register_generic_crm_integration*/
    #[derive(Debug, Clone)]
    pub struct RegisterGenericCrmIntegration<'a> {
        client: &'a super::Client,
        body: Result<types::GenericCrmRegistrationRequest, String>,
    }
    impl<'a> RegisterGenericCrmIntegration<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `GenericCrmRegistrationRequest` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GenericCrmRegistrationRequest>,
            <V as std::convert::TryInto<
                types::GenericCrmRegistrationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `GenericCrmRegistrationRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::GenericCrmRegistrationRequest,
            ) -> types::GenericCrmRegistrationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v2/crm/integrations`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::RegisterGenericCrmResponse> {
            crate::transport::finish::<
                types::RegisterGenericCrmResponse,
                types::ErrorResponse,
            >(&super::operations::REGISTER_GENERIC_CRM_INTEGRATION, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::RegisterGenericCrmResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::GenericCrmRegistrationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/crm/integrations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "register_generic_crm_integration",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_generic_crm_integration`]

[`Client::delete_generic_crm_integration`]: super::Client::delete_generic_crm_integration*/
    #[derive(Debug, Clone)]
    pub struct DeleteGenericCrmIntegration<'a> {
        client: &'a super::Client,
        client_request_id: Result<::std::string::String, String>,
        integration_id: Result<crate::GongId, String>,
    }
    impl<'a> DeleteGenericCrmIntegration<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                client_request_id: Err(
                    "client_request_id was not initialized".to_string(),
                ),
                integration_id: Err("integration_id was not initialized".to_string()),
            }
        }
        pub fn client_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.client_request_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for client_request_id failed"
                        .to_string()
                });
            self
        }
        pub fn integration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.integration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for integration_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/v2/crm/integrations`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::AsyncProcessingResponse> {
            crate::transport::finish::<
                types::AsyncProcessingResponse,
                types::ErrorResponse,
            >(&super::operations::DELETE_GENERIC_CRM_INTEGRATION, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::AsyncProcessingResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, client_request_id, integration_id } = self;
            let client_request_id = client_request_id.map_err(Error::InvalidRequest)?;
            let integration_id = integration_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/crm/integrations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "clientRequestId",
                        &client_request_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("integrationId", &integration_id),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_generic_crm_integration",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_users_access_to_calls`]

[`Client::add_users_access_to_calls`]: super::Client::add_users_access_to_calls*/
    #[derive(Debug, Clone)]
    pub struct AddUsersAccessToCalls<'a> {
        client: &'a super::Client,
        body: Result<types::CallsUsersAccessAddDto, String>,
    }
    impl<'a> AddUsersAccessToCalls<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallsUsersAccessAddDto>,
            <V as std::convert::TryInto<
                types::CallsUsersAccessAddDto,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CallsUsersAccessAddDto` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::CallsUsersAccessAddDto,
            ) -> types::CallsUsersAccessAddDto,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/v2/calls/users-access`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::BaseResponse> {
            crate::transport::finish::<
                types::BaseResponse,
                types::ErrorResponse,
            >(&super::operations::ADD_USERS_ACCESS_TO_CALLS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::BaseResponse>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CallsUsersAccessAddDto::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/calls/users-access", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_users_access_to_calls",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_users_access_to_calls`]

[`Client::get_users_access_to_calls`]: super::Client::get_users_access_to_calls*/
    #[derive(Debug, Clone)]
    pub struct GetUsersAccessToCalls<'a> {
        client: &'a super::Client,
        body: Result<types::FilterRequestCallsAccessGetDto, String>,
    }
    impl<'a> GetUsersAccessToCalls<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `FilterRequestCallsAccessGetDto` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FilterRequestCallsAccessGetDto>,
            <V as std::convert::TryInto<
                types::FilterRequestCallsAccessGetDto,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `FilterRequestCallsAccessGetDto` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::FilterRequestCallsAccessGetDto,
            ) -> types::FilterRequestCallsAccessGetDto,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/calls/users-access`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::CallsAccessDetailsResponse> {
            crate::transport::finish::<
                types::CallsAccessDetailsResponse,
                types::ErrorResponse,
            >(&super::operations::GET_USERS_ACCESS_TO_CALLS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::CallsAccessDetailsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::FilterRequestCallsAccessGetDto::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/calls/users-access", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_users_access_to_calls",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_users_access_to_calls`]

[`Client::delete_users_access_to_calls`]: super::Client::delete_users_access_to_calls*/
    #[derive(Debug, Clone)]
    pub struct DeleteUsersAccessToCalls<'a> {
        client: &'a super::Client,
        body: Result<types::CallsUsersAccessDeleteDto, String>,
    }
    impl<'a> DeleteUsersAccessToCalls<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallsUsersAccessDeleteDto>,
            <V as std::convert::TryInto<
                types::CallsUsersAccessDeleteDto,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CallsUsersAccessDeleteDto` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::CallsUsersAccessDeleteDto,
            ) -> types::CallsUsersAccessDeleteDto,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `DELETE` request to `/v2/calls/users-access`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::BaseResponse> {
            crate::transport::finish::<
                types::BaseResponse,
                types::ErrorResponse,
            >(&super::operations::DELETE_USERS_ACCESS_TO_CALLS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::BaseResponse>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CallsUsersAccessDeleteDto::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/calls/users-access", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_users_access_to_calls",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_multiple_users`]

[`Client::list_multiple_users`]: super::Client::list_multiple_users*/
    #[derive(Debug, Clone)]
    pub struct ListMultipleUsers<'a> {
        client: &'a super::Client,
        body: Result<
            types::PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates,
            String,
        >,
    }
    impl<'a> ListMultipleUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates,
            >,
            <V as std::convert::TryInto<
                types::PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates,
            ) -> types::PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/users/extensive`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::UsersMetadata> {
            crate::transport::finish::<
                types::UsersMetadata,
                types::ErrorResponse,
            >(&super::operations::LIST_MULTIPLE_USERS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::UsersMetadata>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates::try_from(
                            v,
                        )
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/users/extensive", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_multiple_users",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_tasks`]

[`Client::list_tasks`]: super::Client::list_tasks*/
    #[derive(Debug, Clone)]
    pub struct ListTasks<'a> {
        client: &'a super::Client,
        body: Result<types::ListReminderRequest, String>,
    }
    impl<'a> ListTasks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `ListReminderRequest` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListReminderRequest>,
            <V as std::convert::TryInto<
                types::ListReminderRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ListReminderRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::ListReminderRequest,
            ) -> types::ListReminderRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/tasks`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::UserRemindersResponse> {
            crate::transport::finish::<
                types::UserRemindersResponse,
                types::ErrorResponse,
            >(&super::operations::LIST_TASKS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::UserRemindersResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ListReminderRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/tasks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_tasks",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_interaction_stats`]

[`Client::list_interaction_stats`]: super::Client::list_interaction_stats*/
    #[derive(Debug, Clone)]
    pub struct ListInteractionStats<'a> {
        client: &'a super::Client,
        body: Result<types::PublicApiBaseRequestV2MultipleUsersWithDates, String>,
    }
    impl<'a> ListInteractionStats<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `PublicApiBaseRequestV2MultipleUsersWithDates` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::PublicApiBaseRequestV2MultipleUsersWithDates,
            >,
            <V as std::convert::TryInto<
                types::PublicApiBaseRequestV2MultipleUsersWithDates,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PublicApiBaseRequestV2MultipleUsersWithDates` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::PublicApiBaseRequestV2MultipleUsersWithDates,
            ) -> types::PublicApiBaseRequestV2MultipleUsersWithDates,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/stats/interaction`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(
            self,
        ) -> crate::Result<types::CompanyUsersIntercationStatsResponse> {
            crate::transport::finish::<
                types::CompanyUsersIntercationStatsResponse,
                types::ErrorResponse,
            >(&super::operations::LIST_INTERACTION_STATS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::CompanyUsersIntercationStatsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PublicApiBaseRequestV2MultipleUsersWithDates::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/stats/interaction", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_interaction_stats",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_answered_scorecards`]

[`Client::list_answered_scorecards`]: super::Client::list_answered_scorecards*/
    #[derive(Debug, Clone)]
    pub struct ListAnsweredScorecards<'a> {
        client: &'a super::Client,
        body: Result<types::PublicApiBaseRequestV2AnsweredScorecardsFilter, String>,
    }
    impl<'a> ListAnsweredScorecards<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `PublicApiBaseRequestV2AnsweredScorecardsFilter` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::PublicApiBaseRequestV2AnsweredScorecardsFilter,
            >,
            <V as std::convert::TryInto<
                types::PublicApiBaseRequestV2AnsweredScorecardsFilter,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PublicApiBaseRequestV2AnsweredScorecardsFilter` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::PublicApiBaseRequestV2AnsweredScorecardsFilter,
            ) -> types::PublicApiBaseRequestV2AnsweredScorecardsFilter,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/stats/activity/scorecards`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::AnsweredScorecards> {
            crate::transport::finish::<
                types::AnsweredScorecards,
                types::ErrorResponse,
            >(&super::operations::LIST_ANSWERED_SCORECARDS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::AnsweredScorecards>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PublicApiBaseRequestV2AnsweredScorecardsFilter::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/stats/activity/scorecards", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_answered_scorecards",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_multiple_users_day_by_day_activity`]

[`Client::list_multiple_users_day_by_day_activity`]: super::Client::list_multiple_users_day_by_day_activity*/
    #[derive(Debug, Clone)]
    pub struct ListMultipleUsersDayByDayActivity<'a> {
        client: &'a super::Client,
        body: Result<types::PublicApiBaseRequestV2MultipleUsersWithDates, String>,
    }
    impl<'a> ListMultipleUsersDayByDayActivity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `PublicApiBaseRequestV2MultipleUsersWithDates` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::PublicApiBaseRequestV2MultipleUsersWithDates,
            >,
            <V as std::convert::TryInto<
                types::PublicApiBaseRequestV2MultipleUsersWithDates,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PublicApiBaseRequestV2MultipleUsersWithDates` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::PublicApiBaseRequestV2MultipleUsersWithDates,
            ) -> types::PublicApiBaseRequestV2MultipleUsersWithDates,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/stats/activity/day-by-day`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::UsersDayByDayActivity> {
            crate::transport::finish::<
                types::UsersDayByDayActivity,
                types::ErrorResponse,
            >(
                    &super::operations::LIST_MULTIPLE_USERS_DAY_BY_DAY_ACTIVITY,
                    self.send_unmapped(),
                )
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::UsersDayByDayActivity>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PublicApiBaseRequestV2MultipleUsersWithDates::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/stats/activity/day-by-day", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_multiple_users_day_by_day_activity",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_multiple_users_aggregate_activity`]

[`Client::list_multiple_users_aggregate_activity`]: super::Client::list_multiple_users_aggregate_activity*/
    #[derive(Debug, Clone)]
    pub struct ListMultipleUsersAggregateActivity<'a> {
        client: &'a super::Client,
        body: Result<types::PublicApiBaseRequestV2MultipleUsersWithDates, String>,
    }
    impl<'a> ListMultipleUsersAggregateActivity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `PublicApiBaseRequestV2MultipleUsersWithDates` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::PublicApiBaseRequestV2MultipleUsersWithDates,
            >,
            <V as std::convert::TryInto<
                types::PublicApiBaseRequestV2MultipleUsersWithDates,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PublicApiBaseRequestV2MultipleUsersWithDates` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::PublicApiBaseRequestV2MultipleUsersWithDates,
            ) -> types::PublicApiBaseRequestV2MultipleUsersWithDates,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/stats/activity/aggregate`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(
            self,
        ) -> crate::Result<types::CompanyUsersAggregateActivityResponse> {
            crate::transport::finish::<
                types::CompanyUsersAggregateActivityResponse,
                types::ErrorResponse,
            >(
                    &super::operations::LIST_MULTIPLE_USERS_AGGREGATE_ACTIVITY,
                    self.send_unmapped(),
                )
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::CompanyUsersAggregateActivityResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PublicApiBaseRequestV2MultipleUsersWithDates::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/stats/activity/aggregate", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_multiple_users_aggregate_activity",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_multiple_users_aggregate_by_period`]

[`Client::list_multiple_users_aggregate_by_period`]: super::Client::list_multiple_users_aggregate_by_period*/
    #[derive(Debug, Clone)]
    pub struct ListMultipleUsersAggregateByPeriod<'a> {
        client: &'a super::Client,
        body: Result<types::RequestWithTimePeriod, String>,
    }
    impl<'a> ListMultipleUsersAggregateByPeriod<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `RequestWithTimePeriod` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RequestWithTimePeriod>,
            <V as std::convert::TryInto<
                types::RequestWithTimePeriod,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RequestWithTimePeriod` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::RequestWithTimePeriod,
            ) -> types::RequestWithTimePeriod,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/stats/activity/aggregate-by-period`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::UsersAggregateByPeriodActivity> {
            crate::transport::finish::<
                types::UsersAggregateByPeriodActivity,
                types::ErrorResponse,
            >(
                    &super::operations::LIST_MULTIPLE_USERS_AGGREGATE_BY_PERIOD,
                    self.send_unmapped(),
                )
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::UsersAggregateByPeriodActivity>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::RequestWithTimePeriod::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/stats/activity/aggregate-by-period", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_multiple_users_aggregate_by_period",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_meeting`]

[`Client::add_meeting`]: super::Client::add_meeting*/
    #[derive(Debug, Clone)]
    pub struct AddMeeting<'a> {
        client: &'a super::Client,
        body: Result<types::NewMeetingRequest, String>,
    }
    impl<'a> AddMeeting<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `NewMeetingRequest` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewMeetingRequest>,
            <V as std::convert::TryInto<
                types::NewMeetingRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `NewMeetingRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::NewMeetingRequest) -> types::NewMeetingRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/meetings`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::NewMeetingResponse> {
            crate::transport::finish::<
                types::NewMeetingResponse,
                types::ErrorResponse,
            >(&super::operations::ADD_MEETING, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::NewMeetingResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::NewMeetingRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/meetings", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_meeting",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::integration_status`]

[`Client::integration_status`]: super::Client::integration_status*/
    #[derive(Debug, Clone)]
    pub struct IntegrationStatus<'a> {
        client: &'a super::Client,
        body: Result<types::IntegrationStatusRequest, String>,
    }
    impl<'a> IntegrationStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::IntegrationStatusRequest>,
            <V as std::convert::TryInto<
                types::IntegrationStatusRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `IntegrationStatusRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::IntegrationStatusRequest,
            ) -> types::IntegrationStatusRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/meetings/integration/status`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::IntegrationStatusResponse> {
            crate::transport::finish::<
                types::IntegrationStatusResponse,
                types::ErrorResponse,
            >(&super::operations::INTEGRATION_STATUS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::IntegrationStatusResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::IntegrationStatusRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/meetings/integration/status", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "integration_status",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::integration_settings`]

[`Client::integration_settings`]: super::Client::integration_settings*/
    #[derive(Debug, Clone)]
    pub struct IntegrationSettings<'a> {
        client: &'a super::Client,
        body: Result<types::IntegrationSettingsRequest, String>,
    }
    impl<'a> IntegrationSettings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `IntegrationSettingsRequest` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::IntegrationSettingsRequest>,
            <V as std::convert::TryInto<
                types::IntegrationSettingsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `IntegrationSettingsRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::IntegrationSettingsRequest,
            ) -> types::IntegrationSettingsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/integration-settings`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::RegisterGenericCrmResponse> {
            crate::transport::finish::<
                types::RegisterGenericCrmResponse,
                types::ErrorResponse,
            >(&super::operations::INTEGRATION_SETTINGS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::RegisterGenericCrmResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::IntegrationSettingsRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/integration-settings", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "integration_settings",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_flow_steps`]

[`Client::get_flow_steps`]: super::Client::get_flow_steps*/
    #[derive(Debug, Clone)]
    pub struct GetFlowSteps<'a> {
        client: &'a super::Client,
        body: Result<types::FlowStepsRequest, String>,
    }
    impl<'a> GetFlowSteps<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FlowStepsRequest>,
            <V as std::convert::TryInto<
                types::FlowStepsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `FlowStepsRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::FlowStepsRequest) -> types::FlowStepsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/flows/steps`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::FlowStepsResponse> {
            crate::transport::finish::<
                types::FlowStepsResponse,
                types::ErrorResponse,
            >(&super::operations::GET_FLOW_STEPS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::FlowStepsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::FlowStepsRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/flows/steps", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_flow_steps",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_prospects_assigned_flows`]

[`Client::get_prospects_assigned_flows`]: super::Client::get_prospects_assigned_flows*/
    #[derive(Debug, Clone)]
    pub struct GetProspectsAssignedFlows<'a> {
        client: &'a super::Client,
        body: Result<types::ProspectsAssignedFlowsRequestV2, String>,
    }
    impl<'a> GetProspectsAssignedFlows<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProspectsAssignedFlowsRequestV2>,
            <V as std::convert::TryInto<
                types::ProspectsAssignedFlowsRequestV2,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ProspectsAssignedFlowsRequestV2` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::ProspectsAssignedFlowsRequestV2,
            ) -> types::ProspectsAssignedFlowsRequestV2,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/flows/prospects`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::ProspectsFlowsResponse> {
            crate::transport::finish::<
                types::ProspectsFlowsResponse,
                types::ErrorResponse,
            >(&super::operations::GET_PROSPECTS_ASSIGNED_FLOWS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::ProspectsFlowsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ProspectsAssignedFlowsRequestV2::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/flows/prospects", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_prospects_assigned_flows",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::unassign_flows`]

[`Client::unassign_flows`]: super::Client::unassign_flows*/
    #[derive(Debug, Clone)]
    pub struct UnassignFlows<'a> {
        client: &'a super::Client,
        body: Result<types::UnassignFlowsRequest, String>,
    }
    impl<'a> UnassignFlows<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `UnassignFlowsRequest` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UnassignFlowsRequest>,
            <V as std::convert::TryInto<
                types::UnassignFlowsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UnassignFlowsRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::UnassignFlowsRequest,
            ) -> types::UnassignFlowsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/flows/prospects/unassign-flows-by-instance-id`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::UnassignFlowsResponse> {
            crate::transport::finish::<
                types::UnassignFlowsResponse,
                types::ErrorResponse,
            >(&super::operations::UNASSIGN_FLOWS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::UnassignFlowsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UnassignFlowsRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/flows/prospects/unassign-flows-by-instance-id", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "unassign_flows",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::unassign_prospect_flows`]

[`Client::unassign_prospect_flows`]: super::Client::unassign_prospect_flows*/
    #[derive(Debug, Clone)]
    pub struct UnassignProspectFlows<'a> {
        client: &'a super::Client,
        body: Result<types::UnassignProspectFlowsRequest, String>,
    }
    impl<'a> UnassignProspectFlows<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `UnassignProspectFlowsRequest` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UnassignProspectFlowsRequest>,
            <V as std::convert::TryInto<
                types::UnassignProspectFlowsRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UnassignProspectFlowsRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::UnassignProspectFlowsRequest,
            ) -> types::UnassignProspectFlowsRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/flows/prospects/unassign-flows-by-crm-id`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::UnassignFlowsResponse> {
            crate::transport::finish::<
                types::UnassignFlowsResponse,
                types::ErrorResponse,
            >(&super::operations::UNASSIGN_PROSPECT_FLOWS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::UnassignFlowsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UnassignProspectFlowsRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/flows/prospects/unassign-flows-by-crm-id", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "unassign_prospect_flows",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::submit_flow_prospects_bulk_assignment`]

[`Client::submit_flow_prospects_bulk_assignment`]: super::Client::submit_flow_prospects_bulk_assignment*/
    #[derive(Debug, Clone)]
    pub struct SubmitFlowProspectsBulkAssignment<'a> {
        client: &'a super::Client,
        body: Result<types::FlowProspectsBulkAssignmentRequest, String>,
    }
    impl<'a> SubmitFlowProspectsBulkAssignment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `FlowProspectsBulkAssignmentRequest` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::FlowProspectsBulkAssignmentRequest>,
            <V as std::convert::TryInto<
                types::FlowProspectsBulkAssignmentRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `FlowProspectsBulkAssignmentRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::FlowProspectsBulkAssignmentRequest,
            ) -> types::FlowProspectsBulkAssignmentRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/flows/prospects/bulk-assignments`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(
            self,
        ) -> crate::Result<types::FlowProspectsBulkAssignmentResponse> {
            crate::transport::finish::<
                types::FlowProspectsBulkAssignmentResponse,
                types::ErrorResponse,
            >(
                    &super::operations::SUBMIT_FLOW_PROSPECTS_BULK_ASSIGNMENT,
                    self.send_unmapped(),
                )
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::FlowProspectsBulkAssignmentResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::FlowProspectsBulkAssignmentRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/flows/prospects/bulk-assignments", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "submit_flow_prospects_bulk_assignment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                202u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::assign_prospects`]

[`Client::assign_prospects`]: super::Client::assign_prospects*/
    #[derive(Debug, Clone)]
    pub struct AssignProspects<'a> {
        client: &'a super::Client,
        body: Result<types::AssignFlowRequestV2, String>,
    }
    impl<'a> AssignProspects<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `AssignFlowRequestV2` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AssignFlowRequestV2>,
            <V as std::convert::TryInto<
                types::AssignFlowRequestV2,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AssignFlowRequestV2` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::AssignFlowRequestV2,
            ) -> types::AssignFlowRequestV2,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/flows/prospects/assign`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::AssignFlowResponse> {
            crate::transport::finish::<
                types::AssignFlowResponse,
                types::ErrorResponse,
            >(&super::operations::ASSIGN_PROSPECTS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::AssignFlowResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AssignFlowRequestV2::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/flows/prospects/assign", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "assign_prospects",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::assign_prospects_cool_off_overrides`]

[`Client::assign_prospects_cool_off_overrides`]: super::Client::assign_prospects_cool_off_overrides*/
    #[derive(Debug, Clone)]
    pub struct AssignProspectsCoolOffOverrides<'a> {
        client: &'a super::Client,
        body: Result<types::AssignFlowRequestV2, String>,
    }
    impl<'a> AssignProspectsCoolOffOverrides<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `AssignFlowRequestV2` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AssignFlowRequestV2>,
            <V as std::convert::TryInto<
                types::AssignFlowRequestV2,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AssignFlowRequestV2` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::AssignFlowRequestV2,
            ) -> types::AssignFlowRequestV2,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/flows/prospects/assign/cool-off-override`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::AssignFlowResponse> {
            crate::transport::finish::<
                types::AssignFlowResponse,
                types::ErrorResponse,
            >(
                    &super::operations::ASSIGN_PROSPECTS_COOL_OFF_OVERRIDES,
                    self.send_unmapped(),
                )
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::AssignFlowResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AssignFlowRequestV2::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/flows/prospects/assign/cool-off-override", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "assign_prospects_cool_off_overrides",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_digital_interaction`]

[`Client::add_digital_interaction`]: super::Client::add_digital_interaction*/
    #[derive(Debug, Clone)]
    pub struct AddDigitalInteraction<'a> {
        client: &'a super::Client,
        body: Result<types::DigitalInteractionRequest, String>,
    }
    impl<'a> AddDigitalInteraction<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `DigitalInteractionRequest` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DigitalInteractionRequest>,
            <V as std::convert::TryInto<
                types::DigitalInteractionRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `DigitalInteractionRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::DigitalInteractionRequest,
            ) -> types::DigitalInteractionRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/digital-interaction`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::EventAcceptedResponse> {
            crate::transport::finish::<
                types::EventAcceptedResponse,
                types::ErrorResponse,
            >(&super::operations::ADD_DIGITAL_INTERACTION, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::EventAcceptedResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::DigitalInteractionRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/digital-interaction", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_digital_interaction",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::purge_phone_number`]

[`Client::purge_phone_number`]: super::Client::purge_phone_number*/
    #[derive(Debug, Clone)]
    pub struct PurgePhoneNumber<'a> {
        client: &'a super::Client,
        phone_number: Result<::std::string::String, String>,
    }
    impl<'a> PurgePhoneNumber<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                phone_number: Err("phone_number was not initialized".to_string()),
            }
        }
        pub fn phone_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.phone_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for phone_number failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/v2/data-privacy/erase-data-for-phone-number`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::BaseResponse> {
            crate::transport::finish::<
                types::BaseResponse,
                types::ErrorResponse,
            >(&super::operations::PURGE_PHONE_NUMBER, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::BaseResponse>, Error<types::ErrorResponse>> {
            let Self { client, phone_number } = self;
            let phone_number = phone_number.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/data-privacy/erase-data-for-phone-number", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("phoneNumber", &phone_number))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "purge_phone_number",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::purge_email_address`]

[`Client::purge_email_address`]: super::Client::purge_email_address*/
    #[derive(Debug, Clone)]
    pub struct PurgeEmailAddress<'a> {
        client: &'a super::Client,
        email_address: Result<::std::string::String, String>,
    }
    impl<'a> PurgeEmailAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                email_address: Err("email_address was not initialized".to_string()),
            }
        }
        pub fn email_address<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.email_address = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for email_address failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/v2/data-privacy/erase-data-for-email-address`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::BaseResponse> {
            crate::transport::finish::<
                types::BaseResponse,
                types::ErrorResponse,
            >(&super::operations::PURGE_EMAIL_ADDRESS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::BaseResponse>, Error<types::ErrorResponse>> {
            let Self { client, email_address } = self;
            let email_address = email_address.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/data-privacy/erase-data-for-email-address", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("emailAddress", &email_address),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "purge_email_address",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_crm_schema_fields`]

[`Client::list_crm_schema_fields`]: super::Client::list_crm_schema_fields*/
    #[derive(Debug, Clone)]
    pub struct ListCrmSchemaFields<'a> {
        client: &'a super::Client,
        integration_id: Result<crate::GongId, String>,
        object_type: Result<types::ListCrmSchemaFieldsObjectType, String>,
    }
    impl<'a> ListCrmSchemaFields<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                integration_id: Err("integration_id was not initialized".to_string()),
                object_type: Err("object_type was not initialized".to_string()),
            }
        }
        pub fn integration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.integration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for integration_id failed"
                        .to_string()
                });
            self
        }
        pub fn object_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListCrmSchemaFieldsObjectType>,
        {
            self.object_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListCrmSchemaFieldsObjectType` for object_type failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/crm/entity-schema`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::ListSelectedFieldsResponse> {
            crate::transport::finish::<
                types::ListSelectedFieldsResponse,
                types::ErrorResponse,
            >(&super::operations::LIST_CRM_SCHEMA_FIELDS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::ListSelectedFieldsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, integration_id, object_type } = self;
            let integration_id = integration_id.map_err(Error::InvalidRequest)?;
            let object_type = object_type.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/crm/entity-schema", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("integrationId", &integration_id),
                )
                .query(&progenitor_client::QueryParam::new("objectType", &object_type))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_crm_schema_fields",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::upload_crm_schema_field`]

[`Client::upload_crm_schema_field`]: super::Client::upload_crm_schema_field*/
    #[derive(Debug, Clone)]
    pub struct UploadCrmSchemaField<'a> {
        client: &'a super::Client,
        integration_id: Result<crate::GongId, String>,
        object_type: Result<types::UploadCrmSchemaFieldObjectType, String>,
        body: Result<::std::vec::Vec<types::GenericSchemaFieldRequest>, String>,
    }
    impl<'a> UploadCrmSchemaField<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                integration_id: Err("integration_id was not initialized".to_string()),
                object_type: Err("object_type was not initialized".to_string()),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn integration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.integration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for integration_id failed"
                        .to_string()
                });
            self
        }
        pub fn object_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UploadCrmSchemaFieldObjectType>,
        {
            self.object_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UploadCrmSchemaFieldObjectType` for object_type failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::GenericSchemaFieldRequest>>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < GenericSchemaFieldRequest >` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/v2/crm/entity-schema`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::BaseResponse> {
            crate::transport::finish::<
                types::BaseResponse,
                types::ErrorResponse,
            >(&super::operations::UPLOAD_CRM_SCHEMA_FIELD, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::BaseResponse>, Error<types::ErrorResponse>> {
            let Self { client, integration_id, object_type, body } = self;
            let integration_id = integration_id.map_err(Error::InvalidRequest)?;
            let object_type = object_type.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/crm/entity-schema", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(
                    &progenitor_client::QueryParam::new("integrationId", &integration_id),
                )
                .query(&progenitor_client::QueryParam::new("objectType", &object_type))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "upload_crm_schema_field",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_crm_objects`]

[`Client::get_crm_objects`]: super::Client::get_crm_objects*/
    #[derive(Debug, Clone)]
    pub struct GetCrmObjects<'a> {
        client: &'a super::Client,
        integration_id: Result<crate::GongId, String>,
        object_type: Result<types::GetCrmObjectsObjectType, String>,
        objects_crm_ids: Result<::std::vec::Vec<::std::string::String>, String>,
    }
    impl<'a> GetCrmObjects<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                integration_id: Err("integration_id was not initialized".to_string()),
                object_type: Err("object_type was not initialized".to_string()),
                objects_crm_ids: Err("objects_crm_ids was not initialized".to_string()),
            }
        }
        pub fn integration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.integration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for integration_id failed"
                        .to_string()
                });
            self
        }
        pub fn object_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCrmObjectsObjectType>,
        {
            self.object_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetCrmObjectsObjectType` for object_type failed"
                        .to_string()
                });
            self
        }
        pub fn objects_crm_ids<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.objects_crm_ids = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for objects_crm_ids failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/crm/entities`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::GetGenericCrmObjectsResponse> {
            crate::transport::finish::<
                types::GetGenericCrmObjectsResponse,
                types::ErrorResponse,
            >(&super::operations::GET_CRM_OBJECTS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::GetGenericCrmObjectsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, integration_id, object_type, objects_crm_ids } = self;
            let integration_id = integration_id.map_err(Error::InvalidRequest)?;
            let object_type = object_type.map_err(Error::InvalidRequest)?;
            let objects_crm_ids = objects_crm_ids.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/crm/entities", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("integrationId", &integration_id),
                )
                .query(&progenitor_client::QueryParam::new("objectType", &object_type))
                .query(
                    &progenitor_client::QueryParam::new(
                        "objectsCrmIds",
                        &objects_crm_ids,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_crm_objects",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_call_transcripts`]

[`Client::get_call_transcripts`]: super::Client::get_call_transcripts*/
    #[derive(Debug, Clone)]
    pub struct GetCallTranscripts<'a> {
        client: &'a super::Client,
        body: Result<types::PublicApiBaseRequestV2CallsFilter, String>,
    }
    impl<'a> GetCallTranscripts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err(
                    "body: `PublicApiBaseRequestV2CallsFilter` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PublicApiBaseRequestV2CallsFilter>,
            <V as std::convert::TryInto<
                types::PublicApiBaseRequestV2CallsFilter,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PublicApiBaseRequestV2CallsFilter` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::PublicApiBaseRequestV2CallsFilter,
            ) -> types::PublicApiBaseRequestV2CallsFilter,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/calls/transcript`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::CallTranscripts> {
            crate::transport::finish::<
                types::CallTranscripts,
                types::ErrorResponse,
            >(&super::operations::GET_CALL_TRANSCRIPTS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::CallTranscripts>, Error<types::ErrorResponse>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PublicApiBaseRequestV2CallsFilter::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/calls/transcript", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_call_transcripts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_reminder`]

[`Client::update_reminder`]: super::Client::update_reminder*/
    #[derive(Debug, Clone)]
    pub struct UpdateReminder<'a> {
        client: &'a super::Client,
        task_id: Result<i64, String>,
        body: Result<types::UpdateReminderRequest, String>,
    }
    impl<'a> UpdateReminder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                task_id: Err("task_id was not initialized".to_string()),
                body: Err(
                    "body: `UpdateReminderRequest` has required fields; set it with `body(..)`"
                        .to_string(),
                ),
            }
        }
        pub fn task_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.task_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for task_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateReminderRequest>,
            <V as std::convert::TryInto<
                types::UpdateReminderRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateReminderRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::UpdateReminderRequest,
            ) -> types::UpdateReminderRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/v2/tasks/{taskId}`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::UserRemindersResponse> {
            crate::transport::finish::<
                types::UserRemindersResponse,
                types::ErrorResponse,
            >(&super::operations::UPDATE_REMINDER, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::UserRemindersResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, task_id, body } = self;
            let task_id = task_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateReminderRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/tasks/{}", client.baseurl, encode_path(& task_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_reminder",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_workspaces`]

[`Client::list_workspaces`]: super::Client::list_workspaces*/
    #[derive(Debug, Clone)]
    pub struct ListWorkspaces<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListWorkspaces<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/v2/workspaces`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::WorkspacesMetadata> {
            crate::transport::finish::<
                types::WorkspacesMetadata,
                types::ErrorResponse,
            >(&super::operations::LIST_WORKSPACES, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::WorkspacesMetadata>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/v2/workspaces", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_workspaces",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_users`]

[`Client::list_users`]: super::Client::list_users*/
    #[derive(Debug, Clone)]
    pub struct ListUsers<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        include_avatars: Result<Option<bool>, String>,
    }
    impl<'a> ListUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                include_avatars: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn include_avatars<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_avatars = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_avatars failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/users`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::UsersMetadata> {
            crate::transport::finish::<
                types::UsersMetadata,
                types::ErrorResponse,
            >(&super::operations::LIST_USERS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::UsersMetadata>, Error<types::ErrorResponse>> {
            let Self { client, cursor, include_avatars } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let include_avatars = include_avatars.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/users", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(
                    &progenitor_client::QueryParam::new(
                        "includeAvatars",
                        &include_avatars,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_users",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_user`]

[`Client::get_user`]: super::Client::get_user*/
    #[derive(Debug, Clone)]
    pub struct GetUser<'a> {
        client: &'a super::Client,
        id: Result<crate::GongId, String>,
    }
    impl<'a> GetUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/users/{id}`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::User> {
            crate::transport::finish::<
                types::User,
                types::ErrorResponse,
            >(&super::operations::GET_USER, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::User>, Error<types::ErrorResponse>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/users/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_user_history`]

[`Client::get_user_history`]: super::Client::get_user_history*/
    #[derive(Debug, Clone)]
    pub struct GetUserHistory<'a> {
        client: &'a super::Client,
        id: Result<crate::GongId, String>,
    }
    impl<'a> GetUserHistory<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/users/{id}/settings-history`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::SettingsHistory> {
            crate::transport::finish::<
                types::SettingsHistory,
                types::ErrorResponse,
            >(&super::operations::GET_USER_HISTORY, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::SettingsHistory>, Error<types::ErrorResponse>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/users/{}/settings-history", client.baseurl, encode_path(& id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_user_history",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_trackers`]

[`Client::list_trackers`]: super::Client::list_trackers*/
    #[derive(Debug, Clone)]
    pub struct ListTrackers<'a> {
        client: &'a super::Client,
        workspace_id: Result<Option<crate::GongId>, String>,
    }
    impl<'a> ListTrackers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                workspace_id: Ok(None),
            }
        }
        pub fn workspace_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.workspace_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: GongId` for workspace_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/settings/trackers`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::Trackers> {
            crate::transport::finish::<
                types::Trackers,
                types::ErrorResponse,
            >(&super::operations::LIST_TRACKERS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::Trackers>, Error<types::ErrorResponse>> {
            let Self { client, workspace_id } = self;
            let workspace_id = workspace_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/settings/trackers", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("workspaceId", &workspace_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_trackers",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_scorecards`]

[`Client::list_scorecards`]: super::Client::list_scorecards*/
    #[derive(Debug, Clone)]
    pub struct ListScorecards<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListScorecards<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/v2/settings/scorecards`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::Scorecards> {
            crate::transport::finish::<
                types::Scorecards,
                types::ErrorResponse,
            >(&super::operations::LIST_SCORECARDS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::Scorecards>, Error<types::ErrorResponse>> {
            let Self { client } = self;
            let url = format!("{}/v2/settings/scorecards", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_scorecards",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_briefs`]

[`Client::list_briefs`]: super::Client::list_briefs*/
    #[derive(Debug, Clone)]
    pub struct ListBriefs<'a> {
        client: &'a super::Client,
        workspace_id: Result<Option<crate::GongId>, String>,
    }
    impl<'a> ListBriefs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                workspace_id: Ok(None),
            }
        }
        pub fn workspace_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.workspace_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: GongId` for workspace_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/settings/briefs`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::Briefs> {
            crate::transport::finish::<
                types::Briefs,
                types::ErrorResponse,
            >(&super::operations::LIST_BRIEFS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::Briefs>, Error<types::ErrorResponse>> {
            let Self { client, workspace_id } = self;
            let workspace_id = workspace_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/settings/briefs", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("workspaceId", &workspace_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_briefs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_permission_profile_users`]

[`Client::list_permission_profile_users`]: super::Client::list_permission_profile_users*/
    #[derive(Debug, Clone)]
    pub struct ListPermissionProfileUsers<'a> {
        client: &'a super::Client,
        profile_id: Result<crate::GongId, String>,
    }
    impl<'a> ListPermissionProfileUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                profile_id: Err("profile_id was not initialized".to_string()),
            }
        }
        pub fn profile_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.profile_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for profile_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/permission-profile/users`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::PermissionProfileUsersResponse> {
            crate::transport::finish::<
                types::PermissionProfileUsersResponse,
                types::ErrorResponse,
            >(&super::operations::LIST_PERMISSION_PROFILE_USERS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::PermissionProfileUsersResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, profile_id } = self;
            let profile_id = profile_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/permission-profile/users", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("profileId", &profile_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_permission_profile_users",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_logs`]

[`Client::list_logs`]: super::Client::list_logs*/
    #[derive(Debug, Clone)]
    pub struct ListLogs<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        from_date_time: Result<::std::string::String, String>,
        log_type: Result<types::ListLogsLogType, String>,
        to_date_time: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListLogs<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                from_date_time: Err("from_date_time was not initialized".to_string()),
                log_type: Err("log_type was not initialized".to_string()),
                to_date_time: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn from_date_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.from_date_time = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for from_date_time failed"
                        .to_string()
                });
            self
        }
        pub fn log_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListLogsLogType>,
        {
            self.log_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ListLogsLogType` for log_type failed".to_string()
                });
            self
        }
        pub fn to_date_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.to_date_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for to_date_time failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/logs`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::LogsResponse> {
            crate::transport::finish::<
                types::LogsResponse,
                types::ErrorResponse,
            >(&super::operations::LIST_LOGS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::LogsResponse>, Error<types::ErrorResponse>> {
            let Self { client, cursor, from_date_time, log_type, to_date_time } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let from_date_time = from_date_time.map_err(Error::InvalidRequest)?;
            let log_type = log_type.map_err(Error::InvalidRequest)?;
            let to_date_time = to_date_time.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/logs", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(
                    &progenitor_client::QueryParam::new("fromDateTime", &from_date_time),
                )
                .query(&progenitor_client::QueryParam::new("logType", &log_type))
                .query(&progenitor_client::QueryParam::new("toDateTime", &to_date_time))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_logs",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_library_structure`]

[`Client::get_library_structure`]: super::Client::get_library_structure*/
    #[derive(Debug, Clone)]
    pub struct GetLibraryStructure<'a> {
        client: &'a super::Client,
        workspace_id: Result<Option<crate::GongId>, String>,
    }
    impl<'a> GetLibraryStructure<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                workspace_id: Ok(None),
            }
        }
        pub fn workspace_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.workspace_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: GongId` for workspace_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/library/folders`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::LibraryResponse> {
            crate::transport::finish::<
                types::LibraryResponse,
                types::ErrorResponse,
            >(&super::operations::GET_LIBRARY_STRUCTURE, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::LibraryResponse>, Error<types::ErrorResponse>> {
            let Self { client, workspace_id } = self;
            let workspace_id = workspace_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/library/folders", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("workspaceId", &workspace_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_library_structure",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_calls_in_specific_folder`]

[`Client::get_calls_in_specific_folder`]: super::Client::get_calls_in_specific_folder*/
    #[derive(Debug, Clone)]
    pub struct GetCallsInSpecificFolder<'a> {
        client: &'a super::Client,
        folder_id: Result<Option<crate::GongId>, String>,
    }
    impl<'a> GetCallsInSpecificFolder<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                folder_id: Ok(None),
            }
        }
        pub fn folder_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.folder_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: GongId` for folder_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/library/folder-content`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(
            self,
        ) -> crate::Result<types::LibraryFolderListOfCallsResponse> {
            crate::transport::finish::<
                types::LibraryFolderListOfCallsResponse,
                types::ErrorResponse,
            >(&super::operations::GET_CALLS_IN_SPECIFIC_FOLDER, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::LibraryFolderListOfCallsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, folder_id } = self;
            let folder_id = folder_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/library/folder-content", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("folderId", &folder_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_calls_in_specific_folder",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_flows`]

[`Client::list_flows`]: super::Client::list_flows*/
    #[derive(Debug, Clone)]
    pub struct ListFlows<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        flow_owner_email: Result<::std::string::String, String>,
        folder_id: Result<Option<crate::GongId>, String>,
        most_recently_assigned: Result<Option<bool>, String>,
        workspace_id: Result<Option<crate::GongId>, String>,
    }
    impl<'a> ListFlows<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                flow_owner_email: Err(
                    "flow_owner_email was not initialized".to_string(),
                ),
                folder_id: Ok(None),
                most_recently_assigned: Ok(None),
                workspace_id: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn flow_owner_email<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.flow_owner_email = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for flow_owner_email failed"
                        .to_string()
                });
            self
        }
        pub fn folder_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.folder_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: GongId` for folder_id failed".to_string()
                });
            self
        }
        pub fn most_recently_assigned<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.most_recently_assigned = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for most_recently_assigned failed".to_string()
                });
            self
        }
        pub fn workspace_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.workspace_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: GongId` for workspace_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/flows`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::FlowsResponse> {
            crate::transport::finish::<
                types::FlowsResponse,
                types::ErrorResponse,
            >(&super::operations::LIST_FLOWS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::FlowsResponse>, Error<types::ErrorResponse>> {
            let Self {
                client,
                cursor,
                flow_owner_email,
                folder_id,
                most_recently_assigned,
                workspace_id,
            } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let flow_owner_email = flow_owner_email.map_err(Error::InvalidRequest)?;
            let folder_id = folder_id.map_err(Error::InvalidRequest)?;
            let most_recently_assigned = most_recently_assigned
                .map_err(Error::InvalidRequest)?;
            let workspace_id = workspace_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/flows", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(
                    &progenitor_client::QueryParam::new(
                        "flowOwnerEmail",
                        &flow_owner_email,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("folderId", &folder_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "mostRecentlyAssigned",
                        &most_recently_assigned,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("workspaceId", &workspace_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_flows",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_flow_prospects_bulk_assignment`]

[`Client::get_flow_prospects_bulk_assignment`]: super::Client::get_flow_prospects_bulk_assignment*/
    #[derive(Debug, Clone)]
    pub struct GetFlowProspectsBulkAssignment<'a> {
        client: &'a super::Client,
        id: Result<crate::GongId, String>,
    }
    impl<'a> GetFlowProspectsBulkAssignment<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/flows/prospects/bulk-assignments/{id}`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(
            self,
        ) -> crate::Result<types::FlowProspectsBulkAssignmentResponse> {
            crate::transport::finish::<
                types::FlowProspectsBulkAssignmentResponse,
                types::ErrorResponse,
            >(
                    &super::operations::GET_FLOW_PROSPECTS_BULK_ASSIGNMENT,
                    self.send_unmapped(),
                )
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::FlowProspectsBulkAssignmentResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/flows/prospects/bulk-assignments/{}", client.baseurl,
                encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_flow_prospects_bulk_assignment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_flows_folders`]

[`Client::list_flows_folders`]: super::Client::list_flows_folders*/
    #[derive(Debug, Clone)]
    pub struct ListFlowsFolders<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        flow_folder_owner_email: Result<::std::string::String, String>,
        parent_id: Result<Option<i64>, String>,
        workspace_id: Result<Option<crate::GongId>, String>,
    }
    impl<'a> ListFlowsFolders<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                flow_folder_owner_email: Err(
                    "flow_folder_owner_email was not initialized".to_string(),
                ),
                parent_id: Ok(None),
                workspace_id: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn flow_folder_owner_email<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.flow_folder_owner_email = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for flow_folder_owner_email failed"
                        .to_string()
                });
            self
        }
        pub fn parent_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.parent_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for parent_id failed".to_string());
            self
        }
        pub fn workspace_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.workspace_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: GongId` for workspace_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/flows/folders`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::FlowsResponse> {
            crate::transport::finish::<
                types::FlowsResponse,
                types::ErrorResponse,
            >(&super::operations::LIST_FLOWS_FOLDERS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::FlowsResponse>, Error<types::ErrorResponse>> {
            let Self {
                client,
                cursor,
                flow_folder_owner_email,
                parent_id,
                workspace_id,
            } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let flow_folder_owner_email = flow_folder_owner_email
                .map_err(Error::InvalidRequest)?;
            let parent_id = parent_id.map_err(Error::InvalidRequest)?;
            let workspace_id = workspace_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/flows/folders", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(
                    &progenitor_client::QueryParam::new(
                        "flowFolderOwnerEmail",
                        &flow_folder_owner_email,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("parentId", &parent_id))
                .query(&progenitor_client::QueryParam::new("workspaceId", &workspace_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_flows_folders",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::generate_brief`]

[`Client::generate_brief`]: super::Client::generate_brief*/
    #[derive(Debug, Clone)]
    pub struct GenerateBrief<'a> {
        client: &'a super::Client,
        brief_name: Result<::std::string::String, String>,
        crm_entity_id: Result<::std::string::String, String>,
        crm_entity_type: Result<types::GenerateBriefCrmEntityType, String>,
        from_date_time: Result<Option<::std::string::String>, String>,
        time_period: Result<types::GenerateBriefTimePeriod, String>,
        to_date_time: Result<Option<::std::string::String>, String>,
        workspace_id: Result<crate::GongId, String>,
    }
    impl<'a> GenerateBrief<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                brief_name: Err("brief_name was not initialized".to_string()),
                crm_entity_id: Err("crm_entity_id was not initialized".to_string()),
                crm_entity_type: Err("crm_entity_type was not initialized".to_string()),
                from_date_time: Ok(None),
                time_period: Err("time_period was not initialized".to_string()),
                to_date_time: Ok(None),
                workspace_id: Err("workspace_id was not initialized".to_string()),
            }
        }
        pub fn brief_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.brief_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for brief_name failed"
                        .to_string()
                });
            self
        }
        pub fn crm_entity_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.crm_entity_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for crm_entity_id failed"
                        .to_string()
                });
            self
        }
        pub fn crm_entity_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GenerateBriefCrmEntityType>,
        {
            self.crm_entity_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GenerateBriefCrmEntityType` for crm_entity_type failed"
                        .to_string()
                });
            self
        }
        pub fn from_date_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.from_date_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for from_date_time failed"
                        .to_string()
                });
            self
        }
        pub fn time_period<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GenerateBriefTimePeriod>,
        {
            self.time_period = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GenerateBriefTimePeriod` for time_period failed"
                        .to_string()
                });
            self
        }
        pub fn to_date_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.to_date_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for to_date_time failed"
                        .to_string()
                });
            self
        }
        pub fn workspace_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.workspace_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for workspace_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/entities/get-brief`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::GenerateBriefResponse> {
            crate::transport::finish::<
                types::GenerateBriefResponse,
                types::ErrorResponse,
            >(&super::operations::GENERATE_BRIEF, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::GenerateBriefResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                brief_name,
                crm_entity_id,
                crm_entity_type,
                from_date_time,
                time_period,
                to_date_time,
                workspace_id,
            } = self;
            let brief_name = brief_name.map_err(Error::InvalidRequest)?;
            let crm_entity_id = crm_entity_id.map_err(Error::InvalidRequest)?;
            let crm_entity_type = crm_entity_type.map_err(Error::InvalidRequest)?;
            let from_date_time = from_date_time.map_err(Error::InvalidRequest)?;
            let time_period = time_period.map_err(Error::InvalidRequest)?;
            let to_date_time = to_date_time.map_err(Error::InvalidRequest)?;
            let workspace_id = workspace_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/entities/get-brief", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("briefName", &brief_name))
                .query(
                    &progenitor_client::QueryParam::new("crmEntityId", &crm_entity_id),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "crmEntityType",
                        &crm_entity_type,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("fromDateTime", &from_date_time),
                )
                .query(&progenitor_client::QueryParam::new("timePeriod", &time_period))
                .query(&progenitor_client::QueryParam::new("toDateTime", &to_date_time))
                .query(&progenitor_client::QueryParam::new("workspaceId", &workspace_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "generate_brief",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::ask_entity`]

[`Client::ask_entity`]: super::Client::ask_entity*/
    #[derive(Debug, Clone)]
    pub struct AskEntity<'a> {
        client: &'a super::Client,
        crm_entity_id: Result<::std::string::String, String>,
        crm_entity_type: Result<types::AskEntityCrmEntityType, String>,
        from_date_time: Result<Option<::std::string::String>, String>,
        question: Result<::std::string::String, String>,
        time_period: Result<types::AskEntityTimePeriod, String>,
        to_date_time: Result<Option<::std::string::String>, String>,
        workspace_id: Result<crate::GongId, String>,
    }
    impl<'a> AskEntity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                crm_entity_id: Err("crm_entity_id was not initialized".to_string()),
                crm_entity_type: Err("crm_entity_type was not initialized".to_string()),
                from_date_time: Ok(None),
                question: Err("question was not initialized".to_string()),
                time_period: Err("time_period was not initialized".to_string()),
                to_date_time: Ok(None),
                workspace_id: Err("workspace_id was not initialized".to_string()),
            }
        }
        pub fn crm_entity_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.crm_entity_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for crm_entity_id failed"
                        .to_string()
                });
            self
        }
        pub fn crm_entity_type<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AskEntityCrmEntityType>,
        {
            self.crm_entity_type = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AskEntityCrmEntityType` for crm_entity_type failed"
                        .to_string()
                });
            self
        }
        pub fn from_date_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.from_date_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for from_date_time failed"
                        .to_string()
                });
            self
        }
        pub fn question<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.question = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for question failed"
                        .to_string()
                });
            self
        }
        pub fn time_period<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AskEntityTimePeriod>,
        {
            self.time_period = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AskEntityTimePeriod` for time_period failed"
                        .to_string()
                });
            self
        }
        pub fn to_date_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.to_date_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for to_date_time failed"
                        .to_string()
                });
            self
        }
        pub fn workspace_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.workspace_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for workspace_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/entities/ask-entity`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::AskEntityResponse> {
            crate::transport::finish::<
                types::AskEntityResponse,
                types::ErrorResponse,
            >(&super::operations::ASK_ENTITY, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::AskEntityResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                crm_entity_id,
                crm_entity_type,
                from_date_time,
                question,
                time_period,
                to_date_time,
                workspace_id,
            } = self;
            let crm_entity_id = crm_entity_id.map_err(Error::InvalidRequest)?;
            let crm_entity_type = crm_entity_type.map_err(Error::InvalidRequest)?;
            let from_date_time = from_date_time.map_err(Error::InvalidRequest)?;
            let question = question.map_err(Error::InvalidRequest)?;
            let time_period = time_period.map_err(Error::InvalidRequest)?;
            let to_date_time = to_date_time.map_err(Error::InvalidRequest)?;
            let workspace_id = workspace_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/entities/ask-entity", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("crmEntityId", &crm_entity_id),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "crmEntityType",
                        &crm_entity_type,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("fromDateTime", &from_date_time),
                )
                .query(&progenitor_client::QueryParam::new("question", &question))
                .query(&progenitor_client::QueryParam::new("timePeriod", &time_period))
                .query(&progenitor_client::QueryParam::new("toDateTime", &to_date_time))
                .query(&progenitor_client::QueryParam::new("workspaceId", &workspace_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "ask_entity",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                402u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::find_all_references_to_phone_number`]

[`Client::find_all_references_to_phone_number`]: super::Client::find_all_references_to_phone_number*/
    #[derive(Debug, Clone)]
    pub struct FindAllReferencesToPhoneNumber<'a> {
        client: &'a super::Client,
        phone_number: Result<::std::string::String, String>,
    }
    impl<'a> FindAllReferencesToPhoneNumber<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                phone_number: Err("phone_number was not initialized".to_string()),
            }
        }
        pub fn phone_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.phone_number = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for phone_number failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/data-privacy/data-for-phone-number`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::PhoneNumberReferences> {
            crate::transport::finish::<
                types::PhoneNumberReferences,
                types::ErrorResponse,
            >(
                    &super::operations::FIND_ALL_REFERENCES_TO_PHONE_NUMBER,
                    self.send_unmapped(),
                )
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::PhoneNumberReferences>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, phone_number } = self;
            let phone_number = phone_number.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/data-privacy/data-for-phone-number", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("phoneNumber", &phone_number))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "find_all_references_to_phone_number",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::find_all_references_to_email_address`]

[`Client::find_all_references_to_email_address`]: super::Client::find_all_references_to_email_address*/
    #[derive(Debug, Clone)]
    pub struct FindAllReferencesToEmailAddress<'a> {
        client: &'a super::Client,
        email_address: Result<::std::string::String, String>,
    }
    impl<'a> FindAllReferencesToEmailAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                email_address: Err("email_address was not initialized".to_string()),
            }
        }
        pub fn email_address<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.email_address = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for email_address failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/data-privacy/data-for-email-address`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::EmailAddressReferences> {
            crate::transport::finish::<
                types::EmailAddressReferences,
                types::ErrorResponse,
            >(
                    &super::operations::FIND_ALL_REFERENCES_TO_EMAIL_ADDRESS,
                    self.send_unmapped(),
                )
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::EmailAddressReferences>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, email_address } = self;
            let email_address = email_address.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/v2/data-privacy/data-for-email-address", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("emailAddress", &email_address),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "find_all_references_to_email_address",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_request_status`]

[`Client::get_request_status`]: super::Client::get_request_status*/
    #[derive(Debug, Clone)]
    pub struct GetRequestStatus<'a> {
        client: &'a super::Client,
        client_request_id: Result<::std::string::String, String>,
        integration_id: Result<crate::GongId, String>,
    }
    impl<'a> GetRequestStatus<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                client_request_id: Err(
                    "client_request_id was not initialized".to_string(),
                ),
                integration_id: Err("integration_id was not initialized".to_string()),
            }
        }
        pub fn client_request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.client_request_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for client_request_id failed"
                        .to_string()
                });
            self
        }
        pub fn integration_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.integration_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for integration_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/crm/request-status`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::RequestStatusResponse> {
            crate::transport::finish::<
                types::RequestStatusResponse,
                types::ErrorResponse,
            >(&super::operations::GET_REQUEST_STATUS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::RequestStatusResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, client_request_id, integration_id } = self;
            let client_request_id = client_request_id.map_err(Error::InvalidRequest)?;
            let integration_id = integration_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/crm/request-status", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "clientRequestId",
                        &client_request_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("integrationId", &integration_id),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_request_status",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_coaching_metrics`]

[`Client::get_coaching_metrics`]: super::Client::get_coaching_metrics*/
    #[derive(Debug, Clone)]
    pub struct GetCoachingMetrics<'a> {
        client: &'a super::Client,
        from: Result<::std::string::String, String>,
        manager_id: Result<crate::GongId, String>,
        to: Result<::std::string::String, String>,
        workspace_id: Result<crate::GongId, String>,
    }
    impl<'a> GetCoachingMetrics<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                from: Err("from was not initialized".to_string()),
                manager_id: Err("manager_id was not initialized".to_string()),
                to: Err("to was not initialized".to_string()),
                workspace_id: Err("workspace_id was not initialized".to_string()),
            }
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.from = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for from failed"
                        .to_string()
                });
            self
        }
        pub fn manager_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.manager_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for manager_id failed".to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.to = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for to failed"
                        .to_string()
                });
            self
        }
        pub fn workspace_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.workspace_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for workspace_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/coaching`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::CoachingMetrics> {
            crate::transport::finish::<
                types::CoachingMetrics,
                types::ErrorResponse,
            >(&super::operations::GET_COACHING_METRICS, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<ResponseValue<types::CoachingMetrics>, Error<types::ErrorResponse>> {
            let Self { client, from, manager_id, to, workspace_id } = self;
            let from = from.map_err(Error::InvalidRequest)?;
            let manager_id = manager_id.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let workspace_id = workspace_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/coaching", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(&progenitor_client::QueryParam::new("manager-id", &manager_id))
                .query(&progenitor_client::QueryParam::new("to", &to))
                .query(
                    &progenitor_client::QueryParam::new("workspace-id", &workspace_id),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_coaching_metrics",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_call_outcomes`]

[`Client::list_call_outcomes`]: super::Client::list_call_outcomes*/
    #[derive(Debug, Clone)]
    pub struct ListCallOutcomes<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListCallOutcomes<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/v2/call-outcomes`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::CallOutcomesResponse> {
            crate::transport::finish::<
                types::CallOutcomesResponse,
                types::ErrorResponse,
            >(&super::operations::LIST_CALL_OUTCOMES, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::CallOutcomesResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/v2/call-outcomes", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_call_outcomes",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_permission_profile`]

[`Client::list_permission_profile`]: super::Client::list_permission_profile*/
    #[derive(Debug, Clone)]
    pub struct ListPermissionProfile<'a> {
        client: &'a super::Client,
        workspace_id: Result<crate::GongId, String>,
    }
    impl<'a> ListPermissionProfile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                workspace_id: Err("workspace_id was not initialized".to_string()),
            }
        }
        pub fn workspace_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::GongId>,
        {
            self.workspace_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: GongId` for workspace_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/all-permission-profiles`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::PermissionProfilesResponse> {
            crate::transport::finish::<
                types::PermissionProfilesResponse,
                types::ErrorResponse,
            >(&super::operations::LIST_PERMISSION_PROFILE, self.send_unmapped())
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::PermissionProfilesResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, workspace_id } = self;
            let workspace_id = workspace_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/all-permission-profiles", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("workspaceId", &workspace_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_permission_profile",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_crm_calls_manual_association`]

[`Client::list_crm_calls_manual_association`]: super::Client::list_crm_calls_manual_association*/
    #[derive(Debug, Clone)]
    pub struct ListCrmCallsManualAssociation<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        from_date_time: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListCrmCallsManualAssociation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                from_date_time: Ok(None),
            }
        }
        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for cursor failed"
                        .to_string()
                });
            self
        }
        pub fn from_date_time<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.from_date_time = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for from_date_time failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/v2/calls/manual-crm-associations`
        ///
        /// Goes through the client's transport (auth, pacing, budget,
        /// retries); every failure is a [`crate::Error`].
        pub async fn send(self) -> crate::Result<types::ManualAssociationResponse> {
            crate::transport::finish::<
                types::ManualAssociationResponse,
                types::ErrorResponse,
            >(
                    &super::operations::LIST_CRM_CALLS_MANUAL_ASSOCIATION,
                    self.send_unmapped(),
                )
                .await
        }
        ///Progenitor's send, with progenitor's error type; `send` maps its answer.
        pub(crate) async fn send_unmapped(
            self,
        ) -> Result<
            ResponseValue<types::ManualAssociationResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, cursor, from_date_time } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let from_date_time = from_date_time.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/calls/manual-crm-associations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(
                    &progenitor_client::QueryParam::new("fromDateTime", &from_date_time),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_crm_calls_manual_association",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// Each generated operation's typed answer, for tests (feature `test-util`).
#[cfg(feature = "test-util")]
pub mod answers {
    /// Decodes `body` as the answer type of the operation whose
    /// generated method is `rust_name` and serializes it back;
    /// `None` for an operation without a generated answer type.
    /// A failed decode names the JSON path of the bad value.
    pub fn reemit(
        rust_name: &str,
        body: &[u8],
    ) -> Option<Result<::serde_json::Value, String>> {
        fn roundtrip<T: ::serde::de::DeserializeOwned + ::serde::Serialize>(
            body: &[u8],
        ) -> Result<::serde_json::Value, String> {
            let value: T = crate::decode::body(body).map_err(|e| e.to_string())?;
            ::serde_json::to_value(&value).map_err(|e| e.to_string())
        }
        Some(
            match rust_name {
                "list_calls" => roundtrip::<super::types::CallsResponse>(body),
                "add_call" => roundtrip::<super::types::NewCallAddingResponse>(body),
                "get_call" => roundtrip::<super::types::SpecificCall>(body),
                "list_calls_extensive" => roundtrip::<super::types::Calls>(body),
                "get_permission_profile" => {
                    roundtrip::<super::types::PermissionProfileResponse>(body)
                }
                "update_permission_profile" => {
                    roundtrip::<super::types::PermissionProfileResponse>(body)
                }
                "create_permission_profile" => {
                    roundtrip::<super::types::PermissionProfileResponse>(body)
                }
                "update_meeting" => {
                    roundtrip::<super::types::UpdateMeetingResponse>(body)
                }
                "delete_meeting" => roundtrip::<super::types::DeleteMeetingRequest>(body),
                "content_viewed" => {
                    roundtrip::<super::types::RegisterGenericCrmResponse>(body)
                }
                "content_shared" => {
                    roundtrip::<super::types::RegisterGenericCrmResponse>(body)
                }
                "custom_action" => {
                    roundtrip::<super::types::RegisterGenericCrmResponse>(body)
                }
                "list_generic_crm_integration" => {
                    roundtrip::<super::types::ListGenericCrmIntegrationsResponse>(body)
                }
                "register_generic_crm_integration" => {
                    roundtrip::<super::types::RegisterGenericCrmResponse>(body)
                }
                "delete_generic_crm_integration" => {
                    roundtrip::<super::types::AsyncProcessingResponse>(body)
                }
                "add_users_access_to_calls" => {
                    roundtrip::<super::types::BaseResponse>(body)
                }
                "get_users_access_to_calls" => {
                    roundtrip::<super::types::CallsAccessDetailsResponse>(body)
                }
                "delete_users_access_to_calls" => {
                    roundtrip::<super::types::BaseResponse>(body)
                }
                "list_multiple_users" => roundtrip::<super::types::UsersMetadata>(body),
                "list_tasks" => roundtrip::<super::types::UserRemindersResponse>(body),
                "list_interaction_stats" => {
                    roundtrip::<super::types::CompanyUsersIntercationStatsResponse>(body)
                }
                "list_answered_scorecards" => {
                    roundtrip::<super::types::AnsweredScorecards>(body)
                }
                "list_multiple_users_day_by_day_activity" => {
                    roundtrip::<super::types::UsersDayByDayActivity>(body)
                }
                "list_multiple_users_aggregate_activity" => {
                    roundtrip::<
                        super::types::CompanyUsersAggregateActivityResponse,
                    >(body)
                }
                "list_multiple_users_aggregate_by_period" => {
                    roundtrip::<super::types::UsersAggregateByPeriodActivity>(body)
                }
                "add_meeting" => roundtrip::<super::types::NewMeetingResponse>(body),
                "integration_status" => {
                    roundtrip::<super::types::IntegrationStatusResponse>(body)
                }
                "integration_settings" => {
                    roundtrip::<super::types::RegisterGenericCrmResponse>(body)
                }
                "get_flow_steps" => roundtrip::<super::types::FlowStepsResponse>(body),
                "get_prospects_assigned_flows" => {
                    roundtrip::<super::types::ProspectsFlowsResponse>(body)
                }
                "unassign_flows" => {
                    roundtrip::<super::types::UnassignFlowsResponse>(body)
                }
                "unassign_prospect_flows" => {
                    roundtrip::<super::types::UnassignFlowsResponse>(body)
                }
                "submit_flow_prospects_bulk_assignment" => {
                    roundtrip::<super::types::FlowProspectsBulkAssignmentResponse>(body)
                }
                "assign_prospects" => roundtrip::<super::types::AssignFlowResponse>(body),
                "assign_prospects_cool_off_overrides" => {
                    roundtrip::<super::types::AssignFlowResponse>(body)
                }
                "add_digital_interaction" => {
                    roundtrip::<super::types::EventAcceptedResponse>(body)
                }
                "purge_phone_number" => roundtrip::<super::types::BaseResponse>(body),
                "purge_email_address" => roundtrip::<super::types::BaseResponse>(body),
                "list_crm_schema_fields" => {
                    roundtrip::<super::types::ListSelectedFieldsResponse>(body)
                }
                "upload_crm_schema_field" => {
                    roundtrip::<super::types::BaseResponse>(body)
                }
                "get_crm_objects" => {
                    roundtrip::<super::types::GetGenericCrmObjectsResponse>(body)
                }
                "get_call_transcripts" => {
                    roundtrip::<super::types::CallTranscripts>(body)
                }
                "update_reminder" => {
                    roundtrip::<super::types::UserRemindersResponse>(body)
                }
                "list_workspaces" => roundtrip::<super::types::WorkspacesMetadata>(body),
                "list_users" => roundtrip::<super::types::UsersMetadata>(body),
                "get_user" => roundtrip::<super::types::User>(body),
                "get_user_history" => roundtrip::<super::types::SettingsHistory>(body),
                "list_trackers" => roundtrip::<super::types::Trackers>(body),
                "list_scorecards" => roundtrip::<super::types::Scorecards>(body),
                "list_briefs" => roundtrip::<super::types::Briefs>(body),
                "list_permission_profile_users" => {
                    roundtrip::<super::types::PermissionProfileUsersResponse>(body)
                }
                "list_logs" => roundtrip::<super::types::LogsResponse>(body),
                "get_library_structure" => {
                    roundtrip::<super::types::LibraryResponse>(body)
                }
                "get_calls_in_specific_folder" => {
                    roundtrip::<super::types::LibraryFolderListOfCallsResponse>(body)
                }
                "list_flows" => roundtrip::<super::types::FlowsResponse>(body),
                "get_flow_prospects_bulk_assignment" => {
                    roundtrip::<super::types::FlowProspectsBulkAssignmentResponse>(body)
                }
                "list_flows_folders" => roundtrip::<super::types::FlowsResponse>(body),
                "generate_brief" => {
                    roundtrip::<super::types::GenerateBriefResponse>(body)
                }
                "ask_entity" => roundtrip::<super::types::AskEntityResponse>(body),
                "find_all_references_to_phone_number" => {
                    roundtrip::<super::types::PhoneNumberReferences>(body)
                }
                "find_all_references_to_email_address" => {
                    roundtrip::<super::types::EmailAddressReferences>(body)
                }
                "get_request_status" => {
                    roundtrip::<super::types::RequestStatusResponse>(body)
                }
                "get_coaching_metrics" => {
                    roundtrip::<super::types::CoachingMetrics>(body)
                }
                "list_call_outcomes" => {
                    roundtrip::<super::types::CallOutcomesResponse>(body)
                }
                "list_permission_profile" => {
                    roundtrip::<super::types::PermissionProfilesResponse>(body)
                }
                "list_crm_calls_manual_association" => {
                    roundtrip::<super::types::ManualAssociationResponse>(body)
                }
                _ => return None,
            },
        )
    }
}

/// Every operation of the document, including those the facade writes by hand.
pub mod operations {
    /// One operation of Gong's API.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Operation {
        /// Gong's operationId.
        pub id: &'static str,
        /// The generated method's name (and progenitor's `OperationInfo::operation_id`).
        pub rust_name: &'static str,
        /// HTTP method, upper case.
        pub method: &'static str,
        /// Path template.
        pub path: &'static str,
        /// Short summary.
        pub summary: &'static str,
        /// OAuth scope, where Gong states one.
        pub scope: Option<&'static str>,
        /// False for operations the facade writes by hand (multipart).
        pub generated: bool,
        /// Whether repeating it is safe (`x-gong-idempotency`); the
        /// transport's retries follow it.
        pub idempotency: crate::retry::Idempotency,
        /// Where a listing's cursor travels (`x-gong-cursor`).
        pub cursor: Option<crate::paging::CursorIn>,
        /// The connector action this operation serves (`x-gong-action`).
        pub action: Option<Action>,
        /// Scopes a request needs besides [`Operation::scope`] when its
        /// JSON body asks for more (`x-gong-scope-if`).
        pub scope_if: &'static [ScopeIf],
        /// Why the project keeps an operation Gong's newest document
        /// dropped (`x-gong-deprecated`); its method is `#[deprecated]`.
        pub deprecated: Option<&'static str>,
    }
    /// A scope a request needs when its JSON body asks for more.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct ScopeIf {
        /// JSON pointer into the request body; the scope is needed
        /// when the value there is `true`.
        pub body_pointer: &'static str,
        /// The further scope.
        pub scope: &'static str,
    }
    /// A connector action, as `xtask/src/table.rs` records it: one
    /// name for the facade method, the catalog and the CLI leaf.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Action {
        /// The requirement's title ("Get Call").
        pub title: &'static str,
        /// Catalog name and CLI leaf, kebab case (`get-call`).
        pub name: &'static str,
        /// The facade method (`get_call`).
        pub method: &'static str,
        /// The `gong` command (`calls get-call`).
        pub cli: &'static str,
    }
    ///`GET /v2/calls`: List calls that started in a time range, one page at a time
    pub const LIST_CALLS: Operation = Operation {
        id: "listCalls",
        rust_name: "list_calls",
        method: "GET",
        path: "/v2/calls",
        summary: "List calls that started in a time range, one page at a time",
        scope: Some("api:calls:read:basic"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Query),
        action: Some(Action {
            title: "List Calls",
            name: "list-calls",
            method: "list_calls",
            cli: "calls list-calls",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/calls`: Register a new call; its media follows by upload or download URL
    pub const ADD_CALL: Operation = Operation {
        id: "addCall",
        rust_name: "add_call",
        method: "POST",
        path: "/v2/calls",
        summary: "Register a new call; its media follows by upload or download URL",
        scope: Some("api:calls:create"),
        generated: true,
        idempotency: crate::retry::Idempotency::Deduplicated,
        cursor: None,
        action: Some(Action {
            title: "Create New Call",
            name: "create-call",
            method: "create_call",
            cli: "calls create-call",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`PUT /v2/calls/{id}/media`: Upload the recording of a registered call
    pub const ADD_CALL_RECORDING: Operation = Operation {
        id: "addCallRecording",
        rust_name: "add_call_recording",
        method: "PUT",
        path: "/v2/calls/{id}/media",
        summary: "Upload the recording of a registered call",
        scope: Some("api:calls:create"),
        generated: false,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: Some(Action {
            title: "Add Call Media",
            name: "add-call-media",
            method: "add_call_media",
            cli: "media add-call-media",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/calls/{id}`: Fetch one call by its Gong id
    pub const GET_CALL: Operation = Operation {
        id: "getCall",
        rust_name: "get_call",
        method: "GET",
        path: "/v2/calls/{id}",
        summary: "Fetch one call by its Gong id",
        scope: Some("api:calls:read:basic"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: Some(Action {
            title: "Get Call",
            name: "get-call",
            method: "get_call",
            cli: "calls get-call",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/calls/extensive`: List calls with the content sections the filter asks for
    pub const LIST_CALLS_EXTENSIVE: Operation = Operation {
        id: "listCallsExtensive",
        rust_name: "list_calls_extensive",
        method: "POST",
        path: "/v2/calls/extensive",
        summary: "List calls with the content sections the filter asks for",
        scope: Some("api:calls:read:extensive"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Body),
        action: None,
        scope_if: &[
            ScopeIf {
                body_pointer: "/contentSelector/exposedFields/media",
                scope: "api:calls:read:media-url",
            },
        ],
        deprecated: None,
    };
    ///`GET /v2/permission-profile`: Fetch one permission profile
    pub const GET_PERMISSION_PROFILE: Operation = Operation {
        id: "getPermissionProfile",
        rust_name: "get_permission_profile",
        method: "GET",
        path: "/v2/permission-profile",
        summary: "Fetch one permission profile",
        scope: None,
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`PUT /v2/permission-profile`: Change a permission profile
    pub const UPDATE_PERMISSION_PROFILE: Operation = Operation {
        id: "updatePermissionProfile",
        rust_name: "update_permission_profile",
        method: "PUT",
        path: "/v2/permission-profile",
        summary: "Change a permission profile",
        scope: None,
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/permission-profile`: Create a permission profile in a workspace
    pub const CREATE_PERMISSION_PROFILE: Operation = Operation {
        id: "createPermissionProfile",
        rust_name: "create_permission_profile",
        method: "POST",
        path: "/v2/permission-profile",
        summary: "Create a permission profile in a workspace",
        scope: None,
        generated: true,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`PUT /v2/meetings/{meetingId}`: Change a Gong meeting
    pub const UPDATE_MEETING: Operation = Operation {
        id: "updateMeeting",
        rust_name: "update_meeting",
        method: "PUT",
        path: "/v2/meetings/{meetingId}",
        summary: "Change a Gong meeting",
        scope: Some("api:meetings:user:update"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: Some(Action {
            title: "Update Gong Meeting",
            name: "update-meeting",
            method: "update_meeting",
            cli: "meetings update-meeting",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`DELETE /v2/meetings/{meetingId}`: Remove a Gong meeting
    pub const DELETE_MEETING: Operation = Operation {
        id: "deleteMeeting",
        rust_name: "delete_meeting",
        method: "DELETE",
        path: "/v2/meetings/{meetingId}",
        summary: "Remove a Gong meeting",
        scope: Some("api:meetings:user:delete"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: Some(Action {
            title: "Delete Gong Meeting",
            name: "delete-meeting",
            method: "delete_meeting",
            cli: "meetings delete-meeting",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`PUT /v2/customer-engagement/content/viewed`: Report that an external participant viewed content
    pub const CONTENT_VIEWED: Operation = Operation {
        id: "contentViewed",
        rust_name: "content_viewed",
        method: "PUT",
        path: "/v2/customer-engagement/content/viewed",
        summary: "Report that an external participant viewed content",
        scope: Some("api:engagement-data:write"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: Some(Action {
            title: "Custom Viewed Event",
            name: "custom-viewed-event",
            method: "custom_viewed_event",
            cli: "events custom-viewed-event",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`PUT /v2/customer-engagement/content/shared`: Report that a user shared content with external participants
    pub const CONTENT_SHARED: Operation = Operation {
        id: "contentShared",
        rust_name: "content_shared",
        method: "PUT",
        path: "/v2/customer-engagement/content/shared",
        summary: "Report that a user shared content with external participants",
        scope: Some("api:engagement-data:write"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: Some(Action {
            title: "Custom Shared Event",
            name: "custom-shared-event",
            method: "custom_shared_event",
            cli: "events custom-shared-event",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`PUT /v2/customer-engagement/action`: Report a custom engagement action on content
    pub const CUSTOM_ACTION: Operation = Operation {
        id: "customAction",
        rust_name: "custom_action",
        method: "PUT",
        path: "/v2/customer-engagement/action",
        summary: "Report a custom engagement action on content",
        scope: Some("api:engagement-data:write"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: Some(Action {
            title: "Custom Action Event",
            name: "custom-action-event",
            method: "custom_action_event",
            cli: "events custom-action-event",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/crm/integrations`: List the generic CRM integrations
    pub const LIST_GENERIC_CRM_INTEGRATION: Operation = Operation {
        id: "listGenericCrmIntegration",
        rust_name: "list_generic_crm_integration",
        method: "GET",
        path: "/v2/crm/integrations",
        summary: "List the generic CRM integrations",
        scope: Some("api:crm:integrations:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`PUT /v2/crm/integrations`: Register a generic CRM integration
    pub const REGISTER_GENERIC_CRM_INTEGRATION: Operation = Operation {
        id: "registerGenericCrmIntegration",
        rust_name: "register_generic_crm_integration",
        method: "PUT",
        path: "/v2/crm/integrations",
        summary: "Register a generic CRM integration",
        scope: Some("api:crm:integration:register"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`DELETE /v2/crm/integrations`: Remove a generic CRM integration
    pub const DELETE_GENERIC_CRM_INTEGRATION: Operation = Operation {
        id: "deleteGenericCrmIntegration",
        rust_name: "delete_generic_crm_integration",
        method: "DELETE",
        path: "/v2/crm/integrations",
        summary: "Remove a generic CRM integration",
        scope: Some("api:crm:integration:delete"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`PUT /v2/calls/users-access`: Grant users access to calls
    pub const ADD_USERS_ACCESS_TO_CALLS: Operation = Operation {
        id: "addUsersAccessToCalls",
        rust_name: "add_users_access_to_calls",
        method: "PUT",
        path: "/v2/calls/users-access",
        summary: "Grant users access to calls",
        scope: Some("api:call-user-access:write"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/calls/users-access`: Read which users were granted access to calls
    pub const GET_USERS_ACCESS_TO_CALLS: Operation = Operation {
        id: "getUsersAccessToCalls",
        rust_name: "get_users_access_to_calls",
        method: "POST",
        path: "/v2/calls/users-access",
        summary: "Read which users were granted access to calls",
        scope: Some("api:call-user-access:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`DELETE /v2/calls/users-access`: Revoke users' access to calls
    pub const DELETE_USERS_ACCESS_TO_CALLS: Operation = Operation {
        id: "deleteUsersAccessToCalls",
        rust_name: "delete_users_access_to_calls",
        method: "DELETE",
        path: "/v2/calls/users-access",
        summary: "Revoke users' access to calls",
        scope: Some("api:call-user-access:write"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/users/extensive`: List users matching a filter, with their settings
    pub const LIST_MULTIPLE_USERS: Operation = Operation {
        id: "listMultipleUsers",
        rust_name: "list_multiple_users",
        method: "POST",
        path: "/v2/users/extensive",
        summary: "List users matching a filter, with their settings",
        scope: Some("api:users:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Body),
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/tasks`: List Engage tasks of a user
    pub const LIST_TASKS: Operation = Operation {
        id: "listTasks",
        rust_name: "list_tasks",
        method: "POST",
        path: "/v2/tasks",
        summary: "List Engage tasks of a user",
        scope: Some("api:tasks:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/stats/interaction`: Interaction statistics per user
    pub const LIST_INTERACTION_STATS: Operation = Operation {
        id: "listInteractionStats",
        rust_name: "list_interaction_stats",
        method: "POST",
        path: "/v2/stats/interaction",
        summary: "Interaction statistics per user",
        scope: Some("api:stats:interaction"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Body),
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/stats/activity/scorecards`: Answered scorecards in a time range
    pub const LIST_ANSWERED_SCORECARDS: Operation = Operation {
        id: "listAnsweredScorecards",
        rust_name: "list_answered_scorecards",
        method: "POST",
        path: "/v2/stats/activity/scorecards",
        summary: "Answered scorecards in a time range",
        scope: Some("api:stats:scorecards"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Body),
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/stats/activity/day-by-day`: Per-day activity of users
    pub const LIST_MULTIPLE_USERS_DAY_BY_DAY_ACTIVITY: Operation = Operation {
        id: "listMultipleUsersDayByDayActivity",
        rust_name: "list_multiple_users_day_by_day_activity",
        method: "POST",
        path: "/v2/stats/activity/day-by-day",
        summary: "Per-day activity of users",
        scope: Some("api:stats:user-actions:detailed"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Body),
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/stats/activity/aggregate`: Aggregated activity of users
    pub const LIST_MULTIPLE_USERS_AGGREGATE_ACTIVITY: Operation = Operation {
        id: "listMultipleUsersAggregateActivity",
        rust_name: "list_multiple_users_aggregate_activity",
        method: "POST",
        path: "/v2/stats/activity/aggregate",
        summary: "Aggregated activity of users",
        scope: Some("api:stats:user-actions"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Body),
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/stats/activity/aggregate-by-period`: Activity of users aggregated per period
    pub const LIST_MULTIPLE_USERS_AGGREGATE_BY_PERIOD: Operation = Operation {
        id: "listMultipleUsersAggregateByPeriod",
        rust_name: "list_multiple_users_aggregate_by_period",
        method: "POST",
        path: "/v2/stats/activity/aggregate-by-period",
        summary: "Activity of users aggregated per period",
        scope: Some("api:stats:user-actions"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Body),
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/meetings`: Create a Gong meeting
    pub const ADD_MEETING: Operation = Operation {
        id: "addMeeting",
        rust_name: "add_meeting",
        method: "POST",
        path: "/v2/meetings",
        summary: "Create a Gong meeting",
        scope: Some("api:meetings:user:create"),
        generated: true,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: Some(Action {
            title: "Create New Gong Meeting",
            name: "create-meeting",
            method: "create_meeting",
            cli: "meetings create-meeting",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/meetings/integration/status`: Check the meeting integration of users
    pub const INTEGRATION_STATUS: Operation = Operation {
        id: "integrationStatus",
        rust_name: "integration_status",
        method: "POST",
        path: "/v2/meetings/integration/status",
        summary: "Check the meeting integration of users",
        scope: Some("api:meetings:integration:status"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/integration-settings`: Change integration settings
    pub const INTEGRATION_SETTINGS: Operation = Operation {
        id: "integrationSettings",
        rust_name: "integration_settings",
        method: "POST",
        path: "/v2/integration-settings",
        summary: "Change integration settings",
        scope: Some("api:integration-settings:write"),
        generated: true,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/flows/steps`: The steps of Engage flows
    pub const GET_FLOW_STEPS: Operation = Operation {
        id: "getFlowSteps",
        rust_name: "get_flow_steps",
        method: "POST",
        path: "/v2/flows/steps",
        summary: "The steps of Engage flows",
        scope: Some("api:flows:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/flows/prospects`: Engage flows that prospects are in
    pub const GET_PROSPECTS_ASSIGNED_FLOWS: Operation = Operation {
        id: "getProspectsAssignedFlows",
        rust_name: "get_prospects_assigned_flows",
        method: "POST",
        path: "/v2/flows/prospects",
        summary: "Engage flows that prospects are in",
        scope: Some("api:flows:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/flows/prospects/unassign-flows-by-instance-id`: Take prospects out of Engage flows, by flow instance
    pub const UNASSIGN_FLOWS: Operation = Operation {
        id: "unassignFlows",
        rust_name: "unassign_flows",
        method: "POST",
        path: "/v2/flows/prospects/unassign-flows-by-instance-id",
        summary: "Take prospects out of Engage flows, by flow instance",
        scope: Some("api:flows:write"),
        generated: true,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/flows/prospects/unassign-flows-by-crm-id`: Take prospects out of their Engage flows, by CRM id
    pub const UNASSIGN_PROSPECT_FLOWS: Operation = Operation {
        id: "unassignProspectFlows",
        rust_name: "unassign_prospect_flows",
        method: "POST",
        path: "/v2/flows/prospects/unassign-flows-by-crm-id",
        summary: "Take prospects out of their Engage flows, by CRM id",
        scope: Some("api:flows:write"),
        generated: true,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/flows/prospects/bulk-assignments`: Start putting many prospects into an Engage flow (answers 202; poll its id)
    pub const SUBMIT_FLOW_PROSPECTS_BULK_ASSIGNMENT: Operation = Operation {
        id: "submitFlowProspectsBulkAssignment",
        rust_name: "submit_flow_prospects_bulk_assignment",
        method: "POST",
        path: "/v2/flows/prospects/bulk-assignments",
        summary: "Start putting many prospects into an Engage flow (answers 202; poll its id)",
        scope: Some("api:flows:write"),
        generated: true,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/flows/prospects/assign`: Put prospects into an Engage flow
    pub const ASSIGN_PROSPECTS: Operation = Operation {
        id: "assignProspects",
        rust_name: "assign_prospects",
        method: "POST",
        path: "/v2/flows/prospects/assign",
        summary: "Put prospects into an Engage flow",
        scope: Some("api:flows:write"),
        generated: true,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/flows/prospects/assign/cool-off-override`: Put prospects into an Engage flow despite their cool-off period
    pub const ASSIGN_PROSPECTS_COOL_OFF_OVERRIDES: Operation = Operation {
        id: "assignProspectsCoolOffOverrides",
        rust_name: "assign_prospects_cool_off_overrides",
        method: "POST",
        path: "/v2/flows/prospects/assign/cool-off-override",
        summary: "Put prospects into an Engage flow despite their cool-off period",
        scope: Some("api:flows:write"),
        generated: true,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/digital-interaction`: Report a digital interaction
    pub const ADD_DIGITAL_INTERACTION: Operation = Operation {
        id: "addDigitalInteraction",
        rust_name: "add_digital_interaction",
        method: "POST",
        path: "/v2/digital-interaction",
        summary: "Report a digital interaction",
        scope: Some("api:digital-interactions:write"),
        generated: true,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/data-privacy/erase-data-for-phone-number`: Erase every element that references a phone number
    pub const PURGE_PHONE_NUMBER: Operation = Operation {
        id: "purgePhoneNumber",
        rust_name: "purge_phone_number",
        method: "POST",
        path: "/v2/data-privacy/erase-data-for-phone-number",
        summary: "Erase every element that references a phone number",
        scope: Some("api:data-privacy:delete"),
        generated: true,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: Some(Action {
            title: "Delete Phone Number and Associated Elements",
            name: "erase-phone-number",
            method: "erase_phone_number",
            cli: "privacy erase-phone-number",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/data-privacy/erase-data-for-email-address`: Erase every element that references an email address
    pub const PURGE_EMAIL_ADDRESS: Operation = Operation {
        id: "purgeEmailAddress",
        rust_name: "purge_email_address",
        method: "POST",
        path: "/v2/data-privacy/erase-data-for-email-address",
        summary: "Erase every element that references an email address",
        scope: Some("api:data-privacy:delete"),
        generated: true,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: Some(Action {
            title: "Delete Email Address and Associated Elements",
            name: "erase-email-address",
            method: "erase_email_address",
            cli: "privacy erase-email-address",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/crm/entity-schema`: List the fields of a CRM object type
    pub const LIST_CRM_SCHEMA_FIELDS: Operation = Operation {
        id: "listCrmSchemaFields",
        rust_name: "list_crm_schema_fields",
        method: "GET",
        path: "/v2/crm/entity-schema",
        summary: "List the fields of a CRM object type",
        scope: Some("api:crm:schema"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/crm/entity-schema`: Upload the fields of a CRM object type
    pub const UPLOAD_CRM_SCHEMA_FIELD: Operation = Operation {
        id: "uploadCrmSchemaField",
        rust_name: "upload_crm_schema_field",
        method: "POST",
        path: "/v2/crm/entity-schema",
        summary: "Upload the fields of a CRM object type",
        scope: Some("api:crm:schema"),
        generated: true,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/crm/entities`: Fetch CRM objects by their CRM ids
    pub const GET_CRM_OBJECTS: Operation = Operation {
        id: "getCrmObjects",
        rust_name: "get_crm_objects",
        method: "GET",
        path: "/v2/crm/entities",
        summary: "Fetch CRM objects by their CRM ids",
        scope: Some("api:crm:get-objects"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/crm/entities`: Upload CRM objects from a file
    pub const UPLOAD_CRM_DATA: Operation = Operation {
        id: "uploadCrmData",
        rust_name: "upload_crm_data",
        method: "POST",
        path: "/v2/crm/entities",
        summary: "Upload CRM objects from a file",
        scope: Some("api:crm:upload"),
        generated: false,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`POST /v2/calls/transcript`: Transcripts of calls, by ids or time range
    pub const GET_CALL_TRANSCRIPTS: Operation = Operation {
        id: "getCallTranscripts",
        rust_name: "get_call_transcripts",
        method: "POST",
        path: "/v2/calls/transcript",
        summary: "Transcripts of calls, by ids or time range",
        scope: Some("api:calls:read:transcript"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Body),
        action: Some(Action {
            title: "Get Call Transcript",
            name: "get-call-transcripts",
            method: "get_call_transcripts",
            cli: "transcripts get-call-transcripts",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`PATCH /v2/tasks/{taskId}`: Change an Engage task
    pub const UPDATE_REMINDER: Operation = Operation {
        id: "updateReminder",
        rust_name: "update_reminder",
        method: "PATCH",
        path: "/v2/tasks/{taskId}",
        summary: "Change an Engage task",
        scope: Some("api:tasks:write"),
        generated: true,
        idempotency: crate::retry::Idempotency::NonIdempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/workspaces`: List the company's workspaces
    pub const LIST_WORKSPACES: Operation = Operation {
        id: "listWorkspaces",
        rust_name: "list_workspaces",
        method: "GET",
        path: "/v2/workspaces",
        summary: "List the company's workspaces",
        scope: Some("api:workspaces:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: Some(Action {
            title: "List Workspaces",
            name: "list-workspaces",
            method: "list_workspaces",
            cli: "workspaces list-workspaces",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/users`: List the company's users
    pub const LIST_USERS: Operation = Operation {
        id: "listUsers",
        rust_name: "list_users",
        method: "GET",
        path: "/v2/users",
        summary: "List the company's users",
        scope: Some("api:users:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Query),
        action: Some(Action {
            title: "List Users",
            name: "list-users",
            method: "list_users",
            cli: "users list-users",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/users/{id}`: Fetch one user by Gong id
    pub const GET_USER: Operation = Operation {
        id: "getUser",
        rust_name: "get_user",
        method: "GET",
        path: "/v2/users/{id}",
        summary: "Fetch one user by Gong id",
        scope: Some("api:users:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: Some(Action {
            title: "Get User",
            name: "get-user",
            method: "get_user",
            cli: "users get-user",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/users/{id}/settings-history`: Settings history of one user
    pub const GET_USER_HISTORY: Operation = Operation {
        id: "getUserHistory",
        rust_name: "get_user_history",
        method: "GET",
        path: "/v2/users/{id}/settings-history",
        summary: "Settings history of one user",
        scope: Some("api:users:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/settings/trackers`: List keyword trackers
    pub const LIST_TRACKERS: Operation = Operation {
        id: "listTrackers",
        rust_name: "list_trackers",
        method: "GET",
        path: "/v2/settings/trackers",
        summary: "List keyword trackers",
        scope: Some("api:settings:trackers:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/settings/scorecards`: List scorecards
    pub const LIST_SCORECARDS: Operation = Operation {
        id: "listScorecards",
        rust_name: "list_scorecards",
        method: "GET",
        path: "/v2/settings/scorecards",
        summary: "List scorecards",
        scope: Some("api:settings:scorecards:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/settings/briefs`: List the brief templates of a workspace
    pub const LIST_BRIEFS: Operation = Operation {
        id: "listBriefs",
        rust_name: "list_briefs",
        method: "GET",
        path: "/v2/settings/briefs",
        summary: "List the brief templates of a workspace",
        scope: Some("api:ai-briefer:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/permission-profile/users`: Users who hold a permission profile
    pub const LIST_PERMISSION_PROFILE_USERS: Operation = Operation {
        id: "listPermissionProfileUsers",
        rust_name: "list_permission_profile_users",
        method: "GET",
        path: "/v2/permission-profile/users",
        summary: "Users who hold a permission profile",
        scope: Some("api:users:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/logs`: Log entries of one type in a time range
    pub const LIST_LOGS: Operation = Operation {
        id: "listLogs",
        rust_name: "list_logs",
        method: "GET",
        path: "/v2/logs",
        summary: "Log entries of one type in a time range",
        scope: Some("api:logs:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Query),
        action: Some(Action {
            title: "Get Logs Data by Type and Time Range",
            name: "get-logs",
            method: "get_logs",
            cli: "logs get-logs",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/library/folders`: List public library folders
    pub const GET_LIBRARY_STRUCTURE: Operation = Operation {
        id: "getLibraryStructure",
        rust_name: "get_library_structure",
        method: "GET",
        path: "/v2/library/folders",
        summary: "List public library folders",
        scope: Some("api:library:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: Some(Action {
            title: "List Library Folders",
            name: "list-library-folders",
            method: "list_library_folders",
            cli: "library list-library-folders",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/library/folder-content`: Calls in one library folder
    pub const GET_CALLS_IN_SPECIFIC_FOLDER: Operation = Operation {
        id: "getCallsInSpecificFolder",
        rust_name: "get_calls_in_specific_folder",
        method: "GET",
        path: "/v2/library/folder-content",
        summary: "Calls in one library folder",
        scope: Some("api:library:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: Some(Action {
            title: "List Calls in Folder",
            name: "list-folder-calls",
            method: "list_folder_calls",
            cli: "library list-folder-calls",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/flows`: List Engage flows
    pub const LIST_FLOWS: Operation = Operation {
        id: "listFlows",
        rust_name: "list_flows",
        method: "GET",
        path: "/v2/flows",
        summary: "List Engage flows",
        scope: Some("api:flows:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Query),
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/flows/prospects/bulk-assignments/{id}`: Progress of a bulk flow assignment
    pub const GET_FLOW_PROSPECTS_BULK_ASSIGNMENT: Operation = Operation {
        id: "getFlowProspectsBulkAssignment",
        rust_name: "get_flow_prospects_bulk_assignment",
        method: "GET",
        path: "/v2/flows/prospects/bulk-assignments/{id}",
        summary: "Progress of a bulk flow assignment",
        scope: Some("api:flows:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/flows/folders`: List the Engage flows in a user's flow folders
    pub const LIST_FLOWS_FOLDERS: Operation = Operation {
        id: "listFlowsFolders",
        rust_name: "list_flows_folders",
        method: "GET",
        path: "/v2/flows/folders",
        summary: "List the Engage flows in a user's flow folders",
        scope: Some("api:flows:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Query),
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/entities/get-brief`: Generate an AI brief of a CRM entity (spends AI credits)
    pub const GENERATE_BRIEF: Operation = Operation {
        id: "generateBrief",
        rust_name: "generate_brief",
        method: "GET",
        path: "/v2/entities/get-brief",
        summary: "Generate an AI brief of a CRM entity (spends AI credits)",
        scope: Some("api:ai-briefer:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/entities/ask-entity`: Ask Gong's AI a question about a CRM entity (spends AI credits)
    pub const ASK_ENTITY: Operation = Operation {
        id: "askEntity",
        rust_name: "ask_entity",
        method: "GET",
        path: "/v2/entities/ask-entity",
        summary: "Ask Gong's AI a question about a CRM entity (spends AI credits)",
        scope: Some("api:ai-ask:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/data-privacy/data-for-phone-number`: Elements that reference a phone number
    pub const FIND_ALL_REFERENCES_TO_PHONE_NUMBER: Operation = Operation {
        id: "findAllReferencesToPhoneNumber",
        rust_name: "find_all_references_to_phone_number",
        method: "GET",
        path: "/v2/data-privacy/data-for-phone-number",
        summary: "Elements that reference a phone number",
        scope: Some("api:data-privacy:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: Some(Action {
            title: "List References to a Phone Number",
            name: "list-phone-number-references",
            method: "list_phone_number_references",
            cli: "privacy list-phone-number-references",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/data-privacy/data-for-email-address`: Elements that reference an email address
    pub const FIND_ALL_REFERENCES_TO_EMAIL_ADDRESS: Operation = Operation {
        id: "findAllReferencesToEmailAddress",
        rust_name: "find_all_references_to_email_address",
        method: "GET",
        path: "/v2/data-privacy/data-for-email-address",
        summary: "Elements that reference an email address",
        scope: Some("api:data-privacy:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: Some(Action {
            title: "List References to an Email Address",
            name: "list-email-address-references",
            method: "list_email_address_references",
            cli: "privacy list-email-address-references",
        }),
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/crm/request-status`: Progress of a CRM upload request
    pub const GET_REQUEST_STATUS: Operation = Operation {
        id: "getRequestStatus",
        rust_name: "get_request_status",
        method: "GET",
        path: "/v2/crm/request-status",
        summary: "Progress of a CRM upload request",
        scope: Some("api:crm:upload"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/coaching`: Coaching metrics of a manager's team
    pub const GET_COACHING_METRICS: Operation = Operation {
        id: "getCoachingMetrics",
        rust_name: "get_coaching_metrics",
        method: "GET",
        path: "/v2/coaching",
        summary: "Coaching metrics of a manager's team",
        scope: Some("api:coaching:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/call-outcomes`: List the call outcomes the company defined
    pub const LIST_CALL_OUTCOMES: Operation = Operation {
        id: "listCallOutcomes",
        rust_name: "list_call_outcomes",
        method: "GET",
        path: "/v2/call-outcomes",
        summary: "List the call outcomes the company defined",
        scope: Some("api:call-outcomes:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/all-permission-profiles`: List permission profiles of a workspace
    pub const LIST_PERMISSION_PROFILE: Operation = Operation {
        id: "listPermissionProfile",
        rust_name: "list_permission_profile",
        method: "GET",
        path: "/v2/all-permission-profiles",
        summary: "List permission profiles of a workspace",
        scope: None,
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: None,
        action: None,
        scope_if: &[],
        deprecated: None,
    };
    ///`GET /v2/calls/manual-crm-associations`: Calls associated with CRM objects by hand
    pub const LIST_CRM_CALLS_MANUAL_ASSOCIATION: Operation = Operation {
        id: "listCRMCallsManualAssociation",
        rust_name: "list_crm_calls_manual_association",
        method: "GET",
        path: "/v2/calls/manual-crm-associations",
        summary: "Calls associated with CRM objects by hand",
        scope: Some("api:crm-calls:manual-association:read"),
        generated: true,
        idempotency: crate::retry::Idempotency::Idempotent,
        cursor: Some(crate::paging::CursorIn::Query),
        action: None,
        scope_if: &[],
        deprecated: Some(
            "Gong's document of 2026-07 no longer lists this operation; tenants may still serve it",
        ),
    };
    /// All operations, in document order.
    pub const ALL: &[Operation] = &[
        LIST_CALLS,
        ADD_CALL,
        ADD_CALL_RECORDING,
        GET_CALL,
        LIST_CALLS_EXTENSIVE,
        GET_PERMISSION_PROFILE,
        UPDATE_PERMISSION_PROFILE,
        CREATE_PERMISSION_PROFILE,
        UPDATE_MEETING,
        DELETE_MEETING,
        CONTENT_VIEWED,
        CONTENT_SHARED,
        CUSTOM_ACTION,
        LIST_GENERIC_CRM_INTEGRATION,
        REGISTER_GENERIC_CRM_INTEGRATION,
        DELETE_GENERIC_CRM_INTEGRATION,
        ADD_USERS_ACCESS_TO_CALLS,
        GET_USERS_ACCESS_TO_CALLS,
        DELETE_USERS_ACCESS_TO_CALLS,
        LIST_MULTIPLE_USERS,
        LIST_TASKS,
        LIST_INTERACTION_STATS,
        LIST_ANSWERED_SCORECARDS,
        LIST_MULTIPLE_USERS_DAY_BY_DAY_ACTIVITY,
        LIST_MULTIPLE_USERS_AGGREGATE_ACTIVITY,
        LIST_MULTIPLE_USERS_AGGREGATE_BY_PERIOD,
        ADD_MEETING,
        INTEGRATION_STATUS,
        INTEGRATION_SETTINGS,
        GET_FLOW_STEPS,
        GET_PROSPECTS_ASSIGNED_FLOWS,
        UNASSIGN_FLOWS,
        UNASSIGN_PROSPECT_FLOWS,
        SUBMIT_FLOW_PROSPECTS_BULK_ASSIGNMENT,
        ASSIGN_PROSPECTS,
        ASSIGN_PROSPECTS_COOL_OFF_OVERRIDES,
        ADD_DIGITAL_INTERACTION,
        PURGE_PHONE_NUMBER,
        PURGE_EMAIL_ADDRESS,
        LIST_CRM_SCHEMA_FIELDS,
        UPLOAD_CRM_SCHEMA_FIELD,
        GET_CRM_OBJECTS,
        UPLOAD_CRM_DATA,
        GET_CALL_TRANSCRIPTS,
        UPDATE_REMINDER,
        LIST_WORKSPACES,
        LIST_USERS,
        GET_USER,
        GET_USER_HISTORY,
        LIST_TRACKERS,
        LIST_SCORECARDS,
        LIST_BRIEFS,
        LIST_PERMISSION_PROFILE_USERS,
        LIST_LOGS,
        GET_LIBRARY_STRUCTURE,
        GET_CALLS_IN_SPECIFIC_FOLDER,
        LIST_FLOWS,
        GET_FLOW_PROSPECTS_BULK_ASSIGNMENT,
        LIST_FLOWS_FOLDERS,
        GENERATE_BRIEF,
        ASK_ENTITY,
        FIND_ALL_REFERENCES_TO_PHONE_NUMBER,
        FIND_ALL_REFERENCES_TO_EMAIL_ADDRESS,
        GET_REQUEST_STATUS,
        GET_COACHING_METRICS,
        LIST_CALL_OUTCOMES,
        LIST_PERMISSION_PROFILE,
        LIST_CRM_CALLS_MANUAL_ASSOCIATION,
    ];
    /// Looks an operation up by operationId or by generated method name.
    pub fn find(id: &str) -> Option<&'static Operation> {
        ALL.iter().find(|o| o.id == id || o.rust_name == id)
    }
    /// The operation of a generated method name (progenitor's
    /// `OperationInfo::operation_id`).
    pub fn by_rust_name(name: &str) -> Option<&'static Operation> {
        match name {
            "list_calls" => Some(&LIST_CALLS),
            "add_call" => Some(&ADD_CALL),
            "add_call_recording" => Some(&ADD_CALL_RECORDING),
            "get_call" => Some(&GET_CALL),
            "list_calls_extensive" => Some(&LIST_CALLS_EXTENSIVE),
            "get_permission_profile" => Some(&GET_PERMISSION_PROFILE),
            "update_permission_profile" => Some(&UPDATE_PERMISSION_PROFILE),
            "create_permission_profile" => Some(&CREATE_PERMISSION_PROFILE),
            "update_meeting" => Some(&UPDATE_MEETING),
            "delete_meeting" => Some(&DELETE_MEETING),
            "content_viewed" => Some(&CONTENT_VIEWED),
            "content_shared" => Some(&CONTENT_SHARED),
            "custom_action" => Some(&CUSTOM_ACTION),
            "list_generic_crm_integration" => Some(&LIST_GENERIC_CRM_INTEGRATION),
            "register_generic_crm_integration" => Some(&REGISTER_GENERIC_CRM_INTEGRATION),
            "delete_generic_crm_integration" => Some(&DELETE_GENERIC_CRM_INTEGRATION),
            "add_users_access_to_calls" => Some(&ADD_USERS_ACCESS_TO_CALLS),
            "get_users_access_to_calls" => Some(&GET_USERS_ACCESS_TO_CALLS),
            "delete_users_access_to_calls" => Some(&DELETE_USERS_ACCESS_TO_CALLS),
            "list_multiple_users" => Some(&LIST_MULTIPLE_USERS),
            "list_tasks" => Some(&LIST_TASKS),
            "list_interaction_stats" => Some(&LIST_INTERACTION_STATS),
            "list_answered_scorecards" => Some(&LIST_ANSWERED_SCORECARDS),
            "list_multiple_users_day_by_day_activity" => {
                Some(&LIST_MULTIPLE_USERS_DAY_BY_DAY_ACTIVITY)
            }
            "list_multiple_users_aggregate_activity" => {
                Some(&LIST_MULTIPLE_USERS_AGGREGATE_ACTIVITY)
            }
            "list_multiple_users_aggregate_by_period" => {
                Some(&LIST_MULTIPLE_USERS_AGGREGATE_BY_PERIOD)
            }
            "add_meeting" => Some(&ADD_MEETING),
            "integration_status" => Some(&INTEGRATION_STATUS),
            "integration_settings" => Some(&INTEGRATION_SETTINGS),
            "get_flow_steps" => Some(&GET_FLOW_STEPS),
            "get_prospects_assigned_flows" => Some(&GET_PROSPECTS_ASSIGNED_FLOWS),
            "unassign_flows" => Some(&UNASSIGN_FLOWS),
            "unassign_prospect_flows" => Some(&UNASSIGN_PROSPECT_FLOWS),
            "submit_flow_prospects_bulk_assignment" => {
                Some(&SUBMIT_FLOW_PROSPECTS_BULK_ASSIGNMENT)
            }
            "assign_prospects" => Some(&ASSIGN_PROSPECTS),
            "assign_prospects_cool_off_overrides" => {
                Some(&ASSIGN_PROSPECTS_COOL_OFF_OVERRIDES)
            }
            "add_digital_interaction" => Some(&ADD_DIGITAL_INTERACTION),
            "purge_phone_number" => Some(&PURGE_PHONE_NUMBER),
            "purge_email_address" => Some(&PURGE_EMAIL_ADDRESS),
            "list_crm_schema_fields" => Some(&LIST_CRM_SCHEMA_FIELDS),
            "upload_crm_schema_field" => Some(&UPLOAD_CRM_SCHEMA_FIELD),
            "get_crm_objects" => Some(&GET_CRM_OBJECTS),
            "upload_crm_data" => Some(&UPLOAD_CRM_DATA),
            "get_call_transcripts" => Some(&GET_CALL_TRANSCRIPTS),
            "update_reminder" => Some(&UPDATE_REMINDER),
            "list_workspaces" => Some(&LIST_WORKSPACES),
            "list_users" => Some(&LIST_USERS),
            "get_user" => Some(&GET_USER),
            "get_user_history" => Some(&GET_USER_HISTORY),
            "list_trackers" => Some(&LIST_TRACKERS),
            "list_scorecards" => Some(&LIST_SCORECARDS),
            "list_briefs" => Some(&LIST_BRIEFS),
            "list_permission_profile_users" => Some(&LIST_PERMISSION_PROFILE_USERS),
            "list_logs" => Some(&LIST_LOGS),
            "get_library_structure" => Some(&GET_LIBRARY_STRUCTURE),
            "get_calls_in_specific_folder" => Some(&GET_CALLS_IN_SPECIFIC_FOLDER),
            "list_flows" => Some(&LIST_FLOWS),
            "get_flow_prospects_bulk_assignment" => {
                Some(&GET_FLOW_PROSPECTS_BULK_ASSIGNMENT)
            }
            "list_flows_folders" => Some(&LIST_FLOWS_FOLDERS),
            "generate_brief" => Some(&GENERATE_BRIEF),
            "ask_entity" => Some(&ASK_ENTITY),
            "find_all_references_to_phone_number" => {
                Some(&FIND_ALL_REFERENCES_TO_PHONE_NUMBER)
            }
            "find_all_references_to_email_address" => {
                Some(&FIND_ALL_REFERENCES_TO_EMAIL_ADDRESS)
            }
            "get_request_status" => Some(&GET_REQUEST_STATUS),
            "get_coaching_metrics" => Some(&GET_COACHING_METRICS),
            "list_call_outcomes" => Some(&LIST_CALL_OUTCOMES),
            "list_permission_profile" => Some(&LIST_PERMISSION_PROFILE),
            "list_crm_calls_manual_association" => {
                Some(&LIST_CRM_CALLS_MANUAL_ASSOCIATION)
            }
            _ => None,
        }
    }
}

/// Every operation's parameters and body, for requests built at
/// run time (`gong api`, tool-calling agents): generated from the
/// document like [`crate::api::operations`]. Send one with
/// [`crate::operation::OperationCall`].
pub mod requests {
    use super::operations;
    use super::types;
    /// Where a parameter travels.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ParamIn {
        /// In the path template (`/v2/calls/{id}`).
        Path,
        /// In the query string.
        Query,
    }
    /// The kind of value a parameter takes (checked before sending).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ParamKind {
        /// Any text.
        String,
        /// A Gong id: up to 20 digits.
        Id,
        /// A whole number (64-bit).
        Integer,
        /// A number.
        Number,
        /// `true` or `false`.
        Boolean,
        /// An ISO-8601 date-time with an offset (`2026-01-01T00:00:00Z`).
        DateTime,
        /// One of these values.
        Enum(&'static [&'static str]),
        /// Several values (the parameter repeats).
        List,
    }
    /// One path or query parameter of an operation.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Param {
        /// The name in the document (`flowFolderOwnerEmail`).
        pub name: &'static str,
        /// Its name in kebab case (`flow-folder-owner-email`): the `gong api` flag.
        pub flag: &'static str,
        /// Where it travels.
        pub location: ParamIn,
        /// Whether the operation needs it.
        pub required: bool,
        /// The kind of value.
        pub kind: ParamKind,
        /// The document's description (may be empty).
        pub description: &'static str,
    }
    /// An operation's JSON body: its generated type.
    #[derive(Debug, Clone, Copy)]
    pub struct Body {
        /// The generated type's name in [`crate::api::types`].
        pub type_name: &'static str,
        /// Whether the document requires a body.
        pub required: bool,
        /// Checks a body against the type: an
        /// [`crate::Error::InvalidInput`] names the JSON path and the rule.
        pub check: fn(&serde_json::Value) -> crate::Result<()>,
        /// The body's JSON Schema (feature `schema`).
        #[cfg(feature = "schema")]
        pub schema: fn() -> schemars::schema::RootSchema,
    }
    /// What a request of one operation is made of.
    #[derive(Debug, Clone, Copy)]
    pub struct Request {
        /// The operationId in kebab case (`list-flows-folders`): the `gong api` command.
        pub name: &'static str,
        /// The operation's facts (method, path, scope, cursor, ...).
        pub operation: &'static operations::Operation,
        /// Path and query parameters, in document order.
        pub params: &'static [Param],
        /// The JSON body, when the operation takes one.
        pub body: Option<Body>,
        /// Whether the body is a multipart form (not sent by [`crate::operation`]).
        pub multipart: bool,
        /// For a listing (`x-gong-cursor`): the answer's property holding its records.
        pub items: Option<&'static str>,
    }
    impl Request {
        /// The parameter of this name (the document's name or its kebab case).
        pub fn param(&self, name: &str) -> Option<&'static Param> {
            self.params.iter().find(|p| p.name == name || p.flag == name)
        }
    }
    /// Every operation, in document order.
    pub const ALL: &[Request] = &[
        Request {
            name: "list-calls",
            operation: &operations::LIST_CALLS,
            params: &[
                Param {
                    name: "cursor",
                    flag: "cursor",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::String,
                    description: "",
                },
                Param {
                    name: "fromDateTime",
                    flag: "from-date-time",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::DateTime,
                    description: "",
                },
                Param {
                    name: "toDateTime",
                    flag: "to-date-time",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::DateTime,
                    description: "",
                },
                Param {
                    name: "workspaceId",
                    flag: "workspace-id",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: Some("calls"),
        },
        Request {
            name: "add-call",
            operation: &operations::ADD_CALL,
            params: &[],
            body: Some(Body {
                type_name: "NewCallAddingRequest",
                required: true,
                check: crate::operation::check_body::<types::NewCallAddingRequest>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::NewCallAddingRequest>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "add-call-recording",
            operation: &operations::ADD_CALL_RECORDING,
            params: &[
                Param {
                    name: "id",
                    flag: "id",
                    location: ParamIn::Path,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: true,
            items: None,
        },
        Request {
            name: "get-call",
            operation: &operations::GET_CALL,
            params: &[
                Param {
                    name: "id",
                    flag: "id",
                    location: ParamIn::Path,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "list-calls-extensive",
            operation: &operations::LIST_CALLS_EXTENSIVE,
            params: &[],
            body: Some(Body {
                type_name: "PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector",
                required: true,
                check: crate::operation::check_body::<
                    types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector,
                >,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<
                    types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector,
                >,
            }),
            multipart: false,
            items: Some("calls"),
        },
        Request {
            name: "get-permission-profile",
            operation: &operations::GET_PERMISSION_PROFILE,
            params: &[
                Param {
                    name: "profileId",
                    flag: "profile-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "update-permission-profile",
            operation: &operations::UPDATE_PERMISSION_PROFILE,
            params: &[
                Param {
                    name: "profileId",
                    flag: "profile-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: Some(Body {
                type_name: "PermissionProfileDto",
                required: true,
                check: crate::operation::check_body::<types::PermissionProfileDto>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::PermissionProfileDto>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "create-permission-profile",
            operation: &operations::CREATE_PERMISSION_PROFILE,
            params: &[
                Param {
                    name: "workspaceId",
                    flag: "workspace-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: Some(Body {
                type_name: "PermissionProfileDto",
                required: true,
                check: crate::operation::check_body::<types::PermissionProfileDto>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::PermissionProfileDto>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "update-meeting",
            operation: &operations::UPDATE_MEETING,
            params: &[
                Param {
                    name: "meetingId",
                    flag: "meeting-id",
                    location: ParamIn::Path,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: Some(Body {
                type_name: "UpdateMeetingRequest",
                required: true,
                check: crate::operation::check_body::<types::UpdateMeetingRequest>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::UpdateMeetingRequest>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "delete-meeting",
            operation: &operations::DELETE_MEETING,
            params: &[
                Param {
                    name: "meetingId",
                    flag: "meeting-id",
                    location: ParamIn::Path,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: Some(Body {
                type_name: "DeleteMeetingRequest",
                required: true,
                check: crate::operation::check_body::<types::DeleteMeetingRequest>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::DeleteMeetingRequest>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "content-viewed",
            operation: &operations::CONTENT_VIEWED,
            params: &[],
            body: Some(Body {
                type_name: "ContentViewedEvent",
                required: true,
                check: crate::operation::check_body::<types::ContentViewedEvent>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::ContentViewedEvent>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "content-shared",
            operation: &operations::CONTENT_SHARED,
            params: &[],
            body: Some(Body {
                type_name: "ContentSharedEvent",
                required: true,
                check: crate::operation::check_body::<types::ContentSharedEvent>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::ContentSharedEvent>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "custom-action",
            operation: &operations::CUSTOM_ACTION,
            params: &[],
            body: Some(Body {
                type_name: "CustomActionEvent",
                required: true,
                check: crate::operation::check_body::<types::CustomActionEvent>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::CustomActionEvent>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "list-generic-crm-integration",
            operation: &operations::LIST_GENERIC_CRM_INTEGRATION,
            params: &[],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "register-generic-crm-integration",
            operation: &operations::REGISTER_GENERIC_CRM_INTEGRATION,
            params: &[],
            body: Some(Body {
                type_name: "GenericCrmRegistrationRequest",
                required: true,
                check: crate::operation::check_body::<
                    types::GenericCrmRegistrationRequest,
                >,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<
                    types::GenericCrmRegistrationRequest,
                >,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "delete-generic-crm-integration",
            operation: &operations::DELETE_GENERIC_CRM_INTEGRATION,
            params: &[
                Param {
                    name: "integrationId",
                    flag: "integration-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
                Param {
                    name: "clientRequestId",
                    flag: "client-request-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::String,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "add-users-access-to-calls",
            operation: &operations::ADD_USERS_ACCESS_TO_CALLS,
            params: &[],
            body: Some(Body {
                type_name: "CallsUsersAccessAddDto",
                required: true,
                check: crate::operation::check_body::<types::CallsUsersAccessAddDto>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::CallsUsersAccessAddDto>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "get-users-access-to-calls",
            operation: &operations::GET_USERS_ACCESS_TO_CALLS,
            params: &[],
            body: Some(Body {
                type_name: "FilterRequestCallsAccessGetDto",
                required: true,
                check: crate::operation::check_body::<
                    types::FilterRequestCallsAccessGetDto,
                >,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<
                    types::FilterRequestCallsAccessGetDto,
                >,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "delete-users-access-to-calls",
            operation: &operations::DELETE_USERS_ACCESS_TO_CALLS,
            params: &[],
            body: Some(Body {
                type_name: "CallsUsersAccessDeleteDto",
                required: true,
                check: crate::operation::check_body::<types::CallsUsersAccessDeleteDto>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::CallsUsersAccessDeleteDto>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "list-multiple-users",
            operation: &operations::LIST_MULTIPLE_USERS,
            params: &[],
            body: Some(Body {
                type_name: "PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates",
                required: true,
                check: crate::operation::check_body::<
                    types::PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates,
                >,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<
                    types::PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates,
                >,
            }),
            multipart: false,
            items: Some("users"),
        },
        Request {
            name: "list-tasks",
            operation: &operations::LIST_TASKS,
            params: &[],
            body: Some(Body {
                type_name: "ListReminderRequest",
                required: true,
                check: crate::operation::check_body::<types::ListReminderRequest>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::ListReminderRequest>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "list-interaction-stats",
            operation: &operations::LIST_INTERACTION_STATS,
            params: &[],
            body: Some(Body {
                type_name: "PublicApiBaseRequestV2MultipleUsersWithDates",
                required: true,
                check: crate::operation::check_body::<
                    types::PublicApiBaseRequestV2MultipleUsersWithDates,
                >,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<
                    types::PublicApiBaseRequestV2MultipleUsersWithDates,
                >,
            }),
            multipart: false,
            items: Some("peopleInteractionStats"),
        },
        Request {
            name: "list-answered-scorecards",
            operation: &operations::LIST_ANSWERED_SCORECARDS,
            params: &[],
            body: Some(Body {
                type_name: "PublicApiBaseRequestV2AnsweredScorecardsFilter",
                required: true,
                check: crate::operation::check_body::<
                    types::PublicApiBaseRequestV2AnsweredScorecardsFilter,
                >,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<
                    types::PublicApiBaseRequestV2AnsweredScorecardsFilter,
                >,
            }),
            multipart: false,
            items: Some("answeredScorecards"),
        },
        Request {
            name: "list-multiple-users-day-by-day-activity",
            operation: &operations::LIST_MULTIPLE_USERS_DAY_BY_DAY_ACTIVITY,
            params: &[],
            body: Some(Body {
                type_name: "PublicApiBaseRequestV2MultipleUsersWithDates",
                required: true,
                check: crate::operation::check_body::<
                    types::PublicApiBaseRequestV2MultipleUsersWithDates,
                >,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<
                    types::PublicApiBaseRequestV2MultipleUsersWithDates,
                >,
            }),
            multipart: false,
            items: Some("usersDetailedActivities"),
        },
        Request {
            name: "list-multiple-users-aggregate-activity",
            operation: &operations::LIST_MULTIPLE_USERS_AGGREGATE_ACTIVITY,
            params: &[],
            body: Some(Body {
                type_name: "PublicApiBaseRequestV2MultipleUsersWithDates",
                required: true,
                check: crate::operation::check_body::<
                    types::PublicApiBaseRequestV2MultipleUsersWithDates,
                >,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<
                    types::PublicApiBaseRequestV2MultipleUsersWithDates,
                >,
            }),
            multipart: false,
            items: Some("usersAggregateActivityStats"),
        },
        Request {
            name: "list-multiple-users-aggregate-by-period",
            operation: &operations::LIST_MULTIPLE_USERS_AGGREGATE_BY_PERIOD,
            params: &[],
            body: Some(Body {
                type_name: "RequestWithTimePeriod",
                required: true,
                check: crate::operation::check_body::<types::RequestWithTimePeriod>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::RequestWithTimePeriod>,
            }),
            multipart: false,
            items: Some("usersAggregateActivity"),
        },
        Request {
            name: "add-meeting",
            operation: &operations::ADD_MEETING,
            params: &[],
            body: Some(Body {
                type_name: "NewMeetingRequest",
                required: true,
                check: crate::operation::check_body::<types::NewMeetingRequest>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::NewMeetingRequest>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "integration-status",
            operation: &operations::INTEGRATION_STATUS,
            params: &[],
            body: Some(Body {
                type_name: "IntegrationStatusRequest",
                required: true,
                check: crate::operation::check_body::<types::IntegrationStatusRequest>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::IntegrationStatusRequest>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "integration-settings",
            operation: &operations::INTEGRATION_SETTINGS,
            params: &[],
            body: Some(Body {
                type_name: "IntegrationSettingsRequest",
                required: true,
                check: crate::operation::check_body::<types::IntegrationSettingsRequest>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::IntegrationSettingsRequest>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "get-flow-steps",
            operation: &operations::GET_FLOW_STEPS,
            params: &[],
            body: Some(Body {
                type_name: "FlowStepsRequest",
                required: true,
                check: crate::operation::check_body::<types::FlowStepsRequest>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::FlowStepsRequest>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "get-prospects-assigned-flows",
            operation: &operations::GET_PROSPECTS_ASSIGNED_FLOWS,
            params: &[],
            body: Some(Body {
                type_name: "ProspectsAssignedFlowsRequestV2",
                required: true,
                check: crate::operation::check_body::<
                    types::ProspectsAssignedFlowsRequestV2,
                >,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<
                    types::ProspectsAssignedFlowsRequestV2,
                >,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "unassign-flows",
            operation: &operations::UNASSIGN_FLOWS,
            params: &[],
            body: Some(Body {
                type_name: "UnassignFlowsRequest",
                required: true,
                check: crate::operation::check_body::<types::UnassignFlowsRequest>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::UnassignFlowsRequest>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "unassign-prospect-flows",
            operation: &operations::UNASSIGN_PROSPECT_FLOWS,
            params: &[],
            body: Some(Body {
                type_name: "UnassignProspectFlowsRequest",
                required: true,
                check: crate::operation::check_body::<
                    types::UnassignProspectFlowsRequest,
                >,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<
                    types::UnassignProspectFlowsRequest,
                >,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "submit-flow-prospects-bulk-assignment",
            operation: &operations::SUBMIT_FLOW_PROSPECTS_BULK_ASSIGNMENT,
            params: &[],
            body: Some(Body {
                type_name: "FlowProspectsBulkAssignmentRequest",
                required: true,
                check: crate::operation::check_body::<
                    types::FlowProspectsBulkAssignmentRequest,
                >,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<
                    types::FlowProspectsBulkAssignmentRequest,
                >,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "assign-prospects",
            operation: &operations::ASSIGN_PROSPECTS,
            params: &[],
            body: Some(Body {
                type_name: "AssignFlowRequestV2",
                required: true,
                check: crate::operation::check_body::<types::AssignFlowRequestV2>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::AssignFlowRequestV2>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "assign-prospects-cool-off-overrides",
            operation: &operations::ASSIGN_PROSPECTS_COOL_OFF_OVERRIDES,
            params: &[],
            body: Some(Body {
                type_name: "AssignFlowRequestV2",
                required: true,
                check: crate::operation::check_body::<types::AssignFlowRequestV2>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::AssignFlowRequestV2>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "add-digital-interaction",
            operation: &operations::ADD_DIGITAL_INTERACTION,
            params: &[],
            body: Some(Body {
                type_name: "DigitalInteractionRequest",
                required: true,
                check: crate::operation::check_body::<types::DigitalInteractionRequest>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::DigitalInteractionRequest>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "purge-phone-number",
            operation: &operations::PURGE_PHONE_NUMBER,
            params: &[
                Param {
                    name: "phoneNumber",
                    flag: "phone-number",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::String,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "purge-email-address",
            operation: &operations::PURGE_EMAIL_ADDRESS,
            params: &[
                Param {
                    name: "emailAddress",
                    flag: "email-address",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::String,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "list-crm-schema-fields",
            operation: &operations::LIST_CRM_SCHEMA_FIELDS,
            params: &[
                Param {
                    name: "integrationId",
                    flag: "integration-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
                Param {
                    name: "objectType",
                    flag: "object-type",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Enum(&["ACCOUNT", "CONTACT", "DEAL", "LEAD"]),
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "upload-crm-schema-field",
            operation: &operations::UPLOAD_CRM_SCHEMA_FIELD,
            params: &[
                Param {
                    name: "integrationId",
                    flag: "integration-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
                Param {
                    name: "objectType",
                    flag: "object-type",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Enum(&["ACCOUNT", "CONTACT", "DEAL", "LEAD"]),
                    description: "",
                },
            ],
            body: Some(Body {
                type_name: "::std::vec::Vec<types::GenericSchemaFieldRequest>",
                required: true,
                check: crate::operation::check_body::<
                    ::std::vec::Vec<types::GenericSchemaFieldRequest>,
                >,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<
                    ::std::vec::Vec<types::GenericSchemaFieldRequest>,
                >,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "get-crm-objects",
            operation: &operations::GET_CRM_OBJECTS,
            params: &[
                Param {
                    name: "integrationId",
                    flag: "integration-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
                Param {
                    name: "objectType",
                    flag: "object-type",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Enum(&["ACCOUNT", "CONTACT", "DEAL", "LEAD"]),
                    description: "",
                },
                Param {
                    name: "objectsCrmIds",
                    flag: "objects-crm-ids",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::List,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "upload-crm-data",
            operation: &operations::UPLOAD_CRM_DATA,
            params: &[],
            body: None,
            multipart: true,
            items: None,
        },
        Request {
            name: "get-call-transcripts",
            operation: &operations::GET_CALL_TRANSCRIPTS,
            params: &[],
            body: Some(Body {
                type_name: "PublicApiBaseRequestV2CallsFilter",
                required: true,
                check: crate::operation::check_body::<
                    types::PublicApiBaseRequestV2CallsFilter,
                >,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<
                    types::PublicApiBaseRequestV2CallsFilter,
                >,
            }),
            multipart: false,
            items: Some("callTranscripts"),
        },
        Request {
            name: "update-reminder",
            operation: &operations::UPDATE_REMINDER,
            params: &[
                Param {
                    name: "taskId",
                    flag: "task-id",
                    location: ParamIn::Path,
                    required: true,
                    kind: ParamKind::Integer,
                    description: "",
                },
            ],
            body: Some(Body {
                type_name: "UpdateReminderRequest",
                required: true,
                check: crate::operation::check_body::<types::UpdateReminderRequest>,
                #[cfg(feature = "schema")]
                schema: crate::operation::schema_of::<types::UpdateReminderRequest>,
            }),
            multipart: false,
            items: None,
        },
        Request {
            name: "list-workspaces",
            operation: &operations::LIST_WORKSPACES,
            params: &[],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "list-users",
            operation: &operations::LIST_USERS,
            params: &[
                Param {
                    name: "cursor",
                    flag: "cursor",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::String,
                    description: "",
                },
                Param {
                    name: "includeAvatars",
                    flag: "include-avatars",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::Boolean,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: Some("users"),
        },
        Request {
            name: "get-user",
            operation: &operations::GET_USER,
            params: &[
                Param {
                    name: "id",
                    flag: "id",
                    location: ParamIn::Path,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "get-user-history",
            operation: &operations::GET_USER_HISTORY,
            params: &[
                Param {
                    name: "id",
                    flag: "id",
                    location: ParamIn::Path,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "list-trackers",
            operation: &operations::LIST_TRACKERS,
            params: &[
                Param {
                    name: "workspaceId",
                    flag: "workspace-id",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "list-scorecards",
            operation: &operations::LIST_SCORECARDS,
            params: &[],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "list-briefs",
            operation: &operations::LIST_BRIEFS,
            params: &[
                Param {
                    name: "workspaceId",
                    flag: "workspace-id",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "list-permission-profile-users",
            operation: &operations::LIST_PERMISSION_PROFILE_USERS,
            params: &[
                Param {
                    name: "profileId",
                    flag: "profile-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "list-logs",
            operation: &operations::LIST_LOGS,
            params: &[
                Param {
                    name: "logType",
                    flag: "log-type",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Enum(
                        &[
                            "AccessLog",
                            "UserActivityLog",
                            "UserCallPlay",
                            "ExternallySharedCallAccess",
                            "ExternallySharedCallPlay",
                        ],
                    ),
                    description: "",
                },
                Param {
                    name: "fromDateTime",
                    flag: "from-date-time",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::DateTime,
                    description: "",
                },
                Param {
                    name: "toDateTime",
                    flag: "to-date-time",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::DateTime,
                    description: "",
                },
                Param {
                    name: "cursor",
                    flag: "cursor",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::String,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: Some("logEntries"),
        },
        Request {
            name: "get-library-structure",
            operation: &operations::GET_LIBRARY_STRUCTURE,
            params: &[
                Param {
                    name: "workspaceId",
                    flag: "workspace-id",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "get-calls-in-specific-folder",
            operation: &operations::GET_CALLS_IN_SPECIFIC_FOLDER,
            params: &[
                Param {
                    name: "folderId",
                    flag: "folder-id",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "list-flows",
            operation: &operations::LIST_FLOWS,
            params: &[
                Param {
                    name: "flowOwnerEmail",
                    flag: "flow-owner-email",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::String,
                    description: "",
                },
                Param {
                    name: "cursor",
                    flag: "cursor",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::String,
                    description: "",
                },
                Param {
                    name: "workspaceId",
                    flag: "workspace-id",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::Id,
                    description: "",
                },
                Param {
                    name: "folderId",
                    flag: "folder-id",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::Id,
                    description: "",
                },
                Param {
                    name: "mostRecentlyAssigned",
                    flag: "most-recently-assigned",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::Boolean,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: Some("flows"),
        },
        Request {
            name: "get-flow-prospects-bulk-assignment",
            operation: &operations::GET_FLOW_PROSPECTS_BULK_ASSIGNMENT,
            params: &[
                Param {
                    name: "id",
                    flag: "id",
                    location: ParamIn::Path,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "list-flows-folders",
            operation: &operations::LIST_FLOWS_FOLDERS,
            params: &[
                Param {
                    name: "flowFolderOwnerEmail",
                    flag: "flow-folder-owner-email",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::String,
                    description: "",
                },
                Param {
                    name: "cursor",
                    flag: "cursor",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::String,
                    description: "",
                },
                Param {
                    name: "parentId",
                    flag: "parent-id",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::Integer,
                    description: "",
                },
                Param {
                    name: "workspaceId",
                    flag: "workspace-id",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: Some("flows"),
        },
        Request {
            name: "generate-brief",
            operation: &operations::GENERATE_BRIEF,
            params: &[
                Param {
                    name: "workspaceId",
                    flag: "workspace-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
                Param {
                    name: "briefName",
                    flag: "brief-name",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::String,
                    description: "",
                },
                Param {
                    name: "crmEntityType",
                    flag: "crm-entity-type",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Enum(&["ACCOUNT", "CONTACT", "DEAL", "LEAD"]),
                    description: "",
                },
                Param {
                    name: "crmEntityId",
                    flag: "crm-entity-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::String,
                    description: "",
                },
                Param {
                    name: "timePeriod",
                    flag: "time-period",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Enum(
                        &[
                            "LAST_7DAYS",
                            "LAST_30DAYS",
                            "LAST_90DAYS",
                            "LAST_90_DAYS_SINCE_LAST_ACTIVITY",
                            "LAST_YEAR_SINCE_LAST_ACTIVITY",
                            "LAST_YEAR",
                            "THIS_WEEK",
                            "THIS_MONTH",
                            "THIS_YEAR",
                            "THIS_QUARTER",
                            "CUSTOM_RANGE",
                            "ALL_CONVERSATIONS",
                        ],
                    ),
                    description: "",
                },
                Param {
                    name: "fromDateTime",
                    flag: "from-date-time",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::DateTime,
                    description: "",
                },
                Param {
                    name: "toDateTime",
                    flag: "to-date-time",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::DateTime,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "ask-entity",
            operation: &operations::ASK_ENTITY,
            params: &[
                Param {
                    name: "workspaceId",
                    flag: "workspace-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
                Param {
                    name: "crmEntityType",
                    flag: "crm-entity-type",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Enum(&["ACCOUNT", "CONTACT", "DEAL", "LEAD"]),
                    description: "",
                },
                Param {
                    name: "crmEntityId",
                    flag: "crm-entity-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::String,
                    description: "",
                },
                Param {
                    name: "timePeriod",
                    flag: "time-period",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Enum(
                        &[
                            "LAST_7DAYS",
                            "LAST_30DAYS",
                            "LAST_90DAYS",
                            "LAST_90_DAYS_SINCE_LAST_ACTIVITY",
                            "LAST_YEAR_SINCE_LAST_ACTIVITY",
                            "LAST_YEAR",
                            "THIS_WEEK",
                            "THIS_MONTH",
                            "THIS_YEAR",
                            "THIS_QUARTER",
                            "CUSTOM_RANGE",
                            "ALL_CONVERSATIONS",
                        ],
                    ),
                    description: "",
                },
                Param {
                    name: "fromDateTime",
                    flag: "from-date-time",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::DateTime,
                    description: "",
                },
                Param {
                    name: "toDateTime",
                    flag: "to-date-time",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::DateTime,
                    description: "",
                },
                Param {
                    name: "question",
                    flag: "question",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::String,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "find-all-references-to-phone-number",
            operation: &operations::FIND_ALL_REFERENCES_TO_PHONE_NUMBER,
            params: &[
                Param {
                    name: "phoneNumber",
                    flag: "phone-number",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::String,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "find-all-references-to-email-address",
            operation: &operations::FIND_ALL_REFERENCES_TO_EMAIL_ADDRESS,
            params: &[
                Param {
                    name: "emailAddress",
                    flag: "email-address",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::String,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "get-request-status",
            operation: &operations::GET_REQUEST_STATUS,
            params: &[
                Param {
                    name: "integrationId",
                    flag: "integration-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
                Param {
                    name: "clientRequestId",
                    flag: "client-request-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::String,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "get-coaching-metrics",
            operation: &operations::GET_COACHING_METRICS,
            params: &[
                Param {
                    name: "workspace-id",
                    flag: "workspace-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
                Param {
                    name: "manager-id",
                    flag: "manager-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
                Param {
                    name: "from",
                    flag: "from",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::DateTime,
                    description: "",
                },
                Param {
                    name: "to",
                    flag: "to",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::DateTime,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "list-call-outcomes",
            operation: &operations::LIST_CALL_OUTCOMES,
            params: &[],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "list-permission-profile",
            operation: &operations::LIST_PERMISSION_PROFILE,
            params: &[
                Param {
                    name: "workspaceId",
                    flag: "workspace-id",
                    location: ParamIn::Query,
                    required: true,
                    kind: ParamKind::Id,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: None,
        },
        Request {
            name: "list-crm-calls-manual-association",
            operation: &operations::LIST_CRM_CALLS_MANUAL_ASSOCIATION,
            params: &[
                Param {
                    name: "fromDateTime",
                    flag: "from-date-time",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::DateTime,
                    description: "",
                },
                Param {
                    name: "cursor",
                    flag: "cursor",
                    location: ParamIn::Query,
                    required: false,
                    kind: ParamKind::String,
                    description: "",
                },
            ],
            body: None,
            multipart: false,
            items: Some("associations"),
        },
    ];
    /// Looks an operation up by kebab name, operationId or generated method name.
    pub fn find(name: &str) -> Option<&'static Request> {
        ALL.iter()
            .find(|r| {
                r.name == name || r.operation.id == name || r.operation.rust_name == name
            })
    }
}
/// One owned request type per listing of the document (every
/// operation carrying `x-gong-cursor`), implementing
/// [`crate::paging::Listing`]: give one to
/// [`crate::Client::listing_pages`] or [`crate::Client::listing_items`].
/// Fields are the operation's parameters (less the cursor, which
/// the stream sets) or its body.
pub mod listings {
    use super::types;
    ///The listing `GET /v2/calls` (listCalls): one page at a time, cursor in the query.
    #[derive(Debug, Clone, Default)]
    pub struct ListCalls {
        ///The cursor to start from (resumes a listing); later pages set their own.
        pub cursor: Option<::std::string::String>,
        ///`from_date_time`
        pub from_date_time: Option<::std::string::String>,
        ///`to_date_time`
        pub to_date_time: Option<::std::string::String>,
        ///`workspace_id`
        pub workspace_id: Option<crate::GongId>,
    }
    impl crate::paging::Listing for ListCalls {
        type Item = types::CallBasicData;
        const OPERATION: &'static super::operations::Operation = &super::operations::LIST_CALLS;
        fn start(&self) -> Option<String> {
            self.cursor.clone()
        }
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::paging::Page<types::CallBasicData>>,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.list_calls();
                if let Some(v) = this.from_date_time {
                    call = call.from_date_time(v);
                }
                if let Some(v) = this.to_date_time {
                    call = call.to_date_time(v);
                }
                if let Some(v) = this.workspace_id {
                    call = call.workspace_id(v);
                }
                if let Some(c) = cursor {
                    call = call.cursor(c);
                }
                let answer: types::CallsResponse = call.send().await?;
                Ok(crate::paging::page_from(answer.calls, answer.records.as_ref()))
            }
        }
    }
    ///The listing `POST /v2/calls/extensive` (listCallsExtensive): one page at a time, cursor in the body.
    #[derive(Debug, Clone)]
    pub struct ListCallsExtensive {
        ///The body; its `cursor` starts the listing, later pages set their own.
        pub body: types::PublicApiBaseRequestWithDataV2CallsRequestFilterWithOwnersContentSelector,
    }
    impl crate::paging::Listing for ListCallsExtensive {
        type Item = types::CallData;
        const OPERATION: &'static super::operations::Operation = &super::operations::LIST_CALLS_EXTENSIVE;
        fn start(&self) -> Option<String> {
            self.body.cursor.clone()
        }
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::paging::Page<types::CallData>>,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.list_calls_extensive();
                let mut body = this.body;
                body.cursor = cursor;
                call = call.body(body);
                let answer: types::Calls = call.send().await?;
                Ok(crate::paging::page_from(answer.calls, answer.records.as_ref()))
            }
        }
    }
    ///The listing `POST /v2/users/extensive` (listMultipleUsers): one page at a time, cursor in the body.
    #[derive(Debug, Clone)]
    pub struct ListMultipleUsers {
        ///The body; its `cursor` starts the listing, later pages set their own.
        pub body: types::PublicApiBaseRequestV2MultipleUsersRequestWithCreationDates,
    }
    impl crate::paging::Listing for ListMultipleUsers {
        type Item = types::UserMetadata;
        const OPERATION: &'static super::operations::Operation = &super::operations::LIST_MULTIPLE_USERS;
        fn start(&self) -> Option<String> {
            self.body.cursor.clone()
        }
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::paging::Page<types::UserMetadata>>,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.list_multiple_users();
                let mut body = this.body;
                body.cursor = cursor;
                call = call.body(body);
                let answer: types::UsersMetadata = call.send().await?;
                Ok(crate::paging::page_from(answer.users, answer.records.as_ref()))
            }
        }
    }
    ///The listing `POST /v2/stats/interaction` (listInteractionStats): one page at a time, cursor in the body.
    #[derive(Debug, Clone)]
    pub struct ListInteractionStats {
        ///The body; its `cursor` starts the listing, later pages set their own.
        pub body: types::PublicApiBaseRequestV2MultipleUsersWithDates,
    }
    impl crate::paging::Listing for ListInteractionStats {
        type Item = types::InteractionStats;
        const OPERATION: &'static super::operations::Operation = &super::operations::LIST_INTERACTION_STATS;
        fn start(&self) -> Option<String> {
            self.body.cursor.clone()
        }
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::paging::Page<types::InteractionStats>>,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.list_interaction_stats();
                let mut body = this.body;
                body.cursor = cursor;
                call = call.body(body);
                let answer: types::CompanyUsersIntercationStatsResponse = call
                    .send()
                    .await?;
                Ok(
                    crate::paging::page_from(
                        answer.people_interaction_stats,
                        answer.records.as_ref(),
                    ),
                )
            }
        }
    }
    ///The listing `POST /v2/stats/activity/scorecards` (listAnsweredScorecards): one page at a time, cursor in the body.
    #[derive(Debug, Clone)]
    pub struct ListAnsweredScorecards {
        ///The body; its `cursor` starts the listing, later pages set their own.
        pub body: types::PublicApiBaseRequestV2AnsweredScorecardsFilter,
    }
    impl crate::paging::Listing for ListAnsweredScorecards {
        type Item = types::AnsweredScorecard;
        const OPERATION: &'static super::operations::Operation = &super::operations::LIST_ANSWERED_SCORECARDS;
        fn start(&self) -> Option<String> {
            self.body.cursor.clone()
        }
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::paging::Page<types::AnsweredScorecard>>,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.list_answered_scorecards();
                let mut body = this.body;
                body.cursor = cursor;
                call = call.body(body);
                let answer: types::AnsweredScorecards = call.send().await?;
                Ok(
                    crate::paging::page_from(
                        answer.answered_scorecards,
                        answer.records.as_ref(),
                    ),
                )
            }
        }
    }
    ///The listing `POST /v2/stats/activity/day-by-day` (listMultipleUsersDayByDayActivity): one page at a time, cursor in the body.
    #[derive(Debug, Clone)]
    pub struct ListMultipleUsersDayByDayActivity {
        ///The body; its `cursor` starts the listing, later pages set their own.
        pub body: types::PublicApiBaseRequestV2MultipleUsersWithDates,
    }
    impl crate::paging::Listing for ListMultipleUsersDayByDayActivity {
        type Item = types::UserDayByDayActivity;
        const OPERATION: &'static super::operations::Operation = &super::operations::LIST_MULTIPLE_USERS_DAY_BY_DAY_ACTIVITY;
        fn start(&self) -> Option<String> {
            self.body.cursor.clone()
        }
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::paging::Page<types::UserDayByDayActivity>>,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.list_multiple_users_day_by_day_activity();
                let mut body = this.body;
                body.cursor = cursor;
                call = call.body(body);
                let answer: types::UsersDayByDayActivity = call.send().await?;
                Ok(
                    crate::paging::page_from(
                        answer.users_detailed_activities,
                        answer.records.as_ref(),
                    ),
                )
            }
        }
    }
    ///The listing `POST /v2/stats/activity/aggregate` (listMultipleUsersAggregateActivity): one page at a time, cursor in the body.
    #[derive(Debug, Clone)]
    pub struct ListMultipleUsersAggregateActivity {
        ///The body; its `cursor` starts the listing, later pages set their own.
        pub body: types::PublicApiBaseRequestV2MultipleUsersWithDates,
    }
    impl crate::paging::Listing for ListMultipleUsersAggregateActivity {
        type Item = types::UserActivity;
        const OPERATION: &'static super::operations::Operation = &super::operations::LIST_MULTIPLE_USERS_AGGREGATE_ACTIVITY;
        fn start(&self) -> Option<String> {
            self.body.cursor.clone()
        }
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::paging::Page<types::UserActivity>>,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.list_multiple_users_aggregate_activity();
                let mut body = this.body;
                body.cursor = cursor;
                call = call.body(body);
                let answer: types::CompanyUsersAggregateActivityResponse = call
                    .send()
                    .await?;
                Ok(
                    crate::paging::page_from(
                        answer.users_aggregate_activity_stats,
                        answer.records.as_ref(),
                    ),
                )
            }
        }
    }
    ///The listing `POST /v2/stats/activity/aggregate-by-period` (listMultipleUsersAggregateByPeriod): one page at a time, cursor in the body.
    #[derive(Debug, Clone)]
    pub struct ListMultipleUsersAggregateByPeriod {
        ///The body; its `cursor` starts the listing, later pages set their own.
        pub body: types::RequestWithTimePeriod,
    }
    impl crate::paging::Listing for ListMultipleUsersAggregateByPeriod {
        type Item = types::UserAggregateByPeriodActivities;
        const OPERATION: &'static super::operations::Operation = &super::operations::LIST_MULTIPLE_USERS_AGGREGATE_BY_PERIOD;
        fn start(&self) -> Option<String> {
            self.body.cursor.clone()
        }
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<
                crate::paging::Page<types::UserAggregateByPeriodActivities>,
            >,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.list_multiple_users_aggregate_by_period();
                let mut body = this.body;
                body.cursor = cursor;
                call = call.body(body);
                let answer: types::UsersAggregateByPeriodActivity = call.send().await?;
                Ok(
                    crate::paging::page_from(
                        answer.users_aggregate_activity,
                        answer.records.as_ref(),
                    ),
                )
            }
        }
    }
    ///The listing `POST /v2/calls/transcript` (getCallTranscripts): one page at a time, cursor in the body.
    #[derive(Debug, Clone)]
    pub struct GetCallTranscripts {
        ///The body; its `cursor` starts the listing, later pages set their own.
        pub body: types::PublicApiBaseRequestV2CallsFilter,
    }
    impl crate::paging::Listing for GetCallTranscripts {
        type Item = types::CallTranscript;
        const OPERATION: &'static super::operations::Operation = &super::operations::GET_CALL_TRANSCRIPTS;
        fn start(&self) -> Option<String> {
            self.body.cursor.clone()
        }
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::paging::Page<types::CallTranscript>>,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.get_call_transcripts();
                let mut body = this.body;
                body.cursor = cursor;
                call = call.body(body);
                let answer: types::CallTranscripts = call.send().await?;
                Ok(
                    crate::paging::page_from(
                        answer.call_transcripts,
                        answer.records.as_ref(),
                    ),
                )
            }
        }
    }
    ///The listing `GET /v2/users` (listUsers): one page at a time, cursor in the query.
    #[derive(Debug, Clone, Default)]
    pub struct ListUsers {
        ///The cursor to start from (resumes a listing); later pages set their own.
        pub cursor: Option<::std::string::String>,
        ///`include_avatars`
        pub include_avatars: Option<bool>,
    }
    impl crate::paging::Listing for ListUsers {
        type Item = types::UserMetadata;
        const OPERATION: &'static super::operations::Operation = &super::operations::LIST_USERS;
        fn start(&self) -> Option<String> {
            self.cursor.clone()
        }
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::paging::Page<types::UserMetadata>>,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.list_users();
                if let Some(v) = this.include_avatars {
                    call = call.include_avatars(v);
                }
                if let Some(c) = cursor {
                    call = call.cursor(c);
                }
                let answer: types::UsersMetadata = call.send().await?;
                Ok(crate::paging::page_from(answer.users, answer.records.as_ref()))
            }
        }
    }
    ///The listing `GET /v2/logs` (listLogs): one page at a time, cursor in the query.
    #[derive(Debug, Clone)]
    pub struct ListLogs {
        ///The cursor to start from (resumes a listing); later pages set their own.
        pub cursor: Option<::std::string::String>,
        ///`from_date_time` (required)
        pub from_date_time: ::std::string::String,
        ///`log_type` (required)
        pub log_type: types::ListLogsLogType,
        ///`to_date_time`
        pub to_date_time: Option<::std::string::String>,
    }
    impl crate::paging::Listing for ListLogs {
        type Item = types::LogEntry;
        const OPERATION: &'static super::operations::Operation = &super::operations::LIST_LOGS;
        fn start(&self) -> Option<String> {
            self.cursor.clone()
        }
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::paging::Page<types::LogEntry>>,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.list_logs();
                call = call.from_date_time(this.from_date_time);
                call = call.log_type(this.log_type);
                if let Some(v) = this.to_date_time {
                    call = call.to_date_time(v);
                }
                if let Some(c) = cursor {
                    call = call.cursor(c);
                }
                let answer: types::LogsResponse = call.send().await?;
                Ok(crate::paging::page_from(answer.log_entries, answer.records.as_ref()))
            }
        }
    }
    ///The listing `GET /v2/flows` (listFlows): one page at a time, cursor in the query.
    #[derive(Debug, Clone)]
    pub struct ListFlows {
        ///The cursor to start from (resumes a listing); later pages set their own.
        pub cursor: Option<::std::string::String>,
        ///`flow_owner_email` (required)
        pub flow_owner_email: ::std::string::String,
        ///`folder_id`
        pub folder_id: Option<crate::GongId>,
        ///`most_recently_assigned`
        pub most_recently_assigned: Option<bool>,
        ///`workspace_id`
        pub workspace_id: Option<crate::GongId>,
    }
    impl crate::paging::Listing for ListFlows {
        type Item = types::PublicApiFlow;
        const OPERATION: &'static super::operations::Operation = &super::operations::LIST_FLOWS;
        fn start(&self) -> Option<String> {
            self.cursor.clone()
        }
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::paging::Page<types::PublicApiFlow>>,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.list_flows();
                call = call.flow_owner_email(this.flow_owner_email);
                if let Some(v) = this.folder_id {
                    call = call.folder_id(v);
                }
                if let Some(v) = this.most_recently_assigned {
                    call = call.most_recently_assigned(v);
                }
                if let Some(v) = this.workspace_id {
                    call = call.workspace_id(v);
                }
                if let Some(c) = cursor {
                    call = call.cursor(c);
                }
                let answer: types::FlowsResponse = call.send().await?;
                Ok(crate::paging::page_from(answer.flows, answer.records.as_ref()))
            }
        }
    }
    ///The listing `GET /v2/flows/folders` (listFlowsFolders): one page at a time, cursor in the query.
    #[derive(Debug, Clone)]
    pub struct ListFlowsFolders {
        ///The cursor to start from (resumes a listing); later pages set their own.
        pub cursor: Option<::std::string::String>,
        ///`flow_folder_owner_email` (required)
        pub flow_folder_owner_email: ::std::string::String,
        ///`parent_id`
        pub parent_id: Option<i64>,
        ///`workspace_id`
        pub workspace_id: Option<crate::GongId>,
    }
    impl crate::paging::Listing for ListFlowsFolders {
        type Item = types::PublicApiFlow;
        const OPERATION: &'static super::operations::Operation = &super::operations::LIST_FLOWS_FOLDERS;
        fn start(&self) -> Option<String> {
            self.cursor.clone()
        }
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<crate::paging::Page<types::PublicApiFlow>>,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.list_flows_folders();
                call = call.flow_folder_owner_email(this.flow_folder_owner_email);
                if let Some(v) = this.parent_id {
                    call = call.parent_id(v);
                }
                if let Some(v) = this.workspace_id {
                    call = call.workspace_id(v);
                }
                if let Some(c) = cursor {
                    call = call.cursor(c);
                }
                let answer: types::FlowsResponse = call.send().await?;
                Ok(crate::paging::page_from(answer.flows, answer.records.as_ref()))
            }
        }
    }
    ///The listing `GET /v2/calls/manual-crm-associations` (listCRMCallsManualAssociation): one page at a time, cursor in the query.
    #[derive(Debug, Clone, Default)]
    pub struct ListCrmCallsManualAssociation {
        ///The cursor to start from (resumes a listing); later pages set their own.
        pub cursor: Option<::std::string::String>,
        ///`from_date_time`
        pub from_date_time: Option<::std::string::String>,
    }
    impl crate::paging::Listing for ListCrmCallsManualAssociation {
        type Item = types::ManualAssociationsBasicData;
        const OPERATION: &'static super::operations::Operation = &super::operations::LIST_CRM_CALLS_MANUAL_ASSOCIATION;
        fn start(&self) -> Option<String> {
            self.cursor.clone()
        }
        #[allow(deprecated)]
        fn page(
            self,
            api: super::Client,
            cursor: Option<String>,
        ) -> impl std::future::Future<
            Output = crate::Result<
                crate::paging::Page<types::ManualAssociationsBasicData>,
            >,
        > + Send + 'static {
            let this = self;
            async move {
                let mut call = api.list_crm_calls_manual_association();
                if let Some(v) = this.from_date_time {
                    call = call.from_date_time(v);
                }
                if let Some(c) = cursor {
                    call = call.cursor(c);
                }
                let answer: types::ManualAssociationResponse = call.send().await?;
                Ok(
                    crate::paging::page_from(
                        answer.associations,
                        answer.records.as_ref(),
                    ),
                )
            }
        }
    }
}
