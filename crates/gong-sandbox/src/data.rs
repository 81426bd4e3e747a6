//! The sandbox tenant's records: name lists, id minting, the record types,
//! generation from the seed, and the queries and changes the API makes on
//! them. Calls, users, folders, logs and CRM records are made once at start;
//! `render` turns them into Gong's answers.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use serde_json::{Value, json};

use super::rng::Rng;
use gong_client::api::types;

/// Gong's log types, in the order of `GET /v2/logs`'s enum.
pub(crate) const LOG_TYPES: [&str; 5] = [
    "AccessLog",
    "UserActivityLog",
    "UserCallPlay",
    "ExternallySharedCallAccess",
    "ExternallySharedCallPlay",
];

const FIRST_NAMES: &[&str] = &[
    "Ada", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Luca", "Maya",
    "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wei", "Yara", "Zoe",
];
const LAST_NAMES: &[&str] = &[
    "Abbott", "Berg", "Costa", "Diaz", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Kowalski", "Laine",
    "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Rossi", "Sato", "Tanaka", "Ueda", "Varga", "Weber", "Young",
];
const TITLES: &[&str] = &[
    "Account Executive",
    "Sales Development Rep",
    "Customer Success Manager",
    "Solutions Engineer",
    "Sales Manager",
];
const CONTACT_TITLES: &[&str] = &[
    "VP Operations",
    "Head of Procurement",
    "IT Director",
    "CFO",
    "Product Lead",
    "Office Manager",
];
const COMPANIES: &[(&str, &str, &str)] = &[
    ("Northwind Traders", "northwind.example", "Retail"),
    ("Globex", "globex.example", "Manufacturing"),
    ("Initech", "initech.example", "Software"),
    ("Umbrella Health", "umbrella.example", "Healthcare"),
    ("Hooli", "hooli.example", "Internet"),
    ("Stark Logistics", "stark.example", "Logistics"),
    ("Wayne Foods", "waynefoods.example", "Food"),
    ("Tyrell Energy", "tyrell.example", "Energy"),
    ("Soylent Labs", "soylent.example", "Biotech"),
    ("Vandelay Imports", "vandelay.example", "Import/Export"),
    ("Cyberdyne Systems", "cyberdyne.example", "Robotics"),
    ("Duff Breweries", "duff.example", "Beverages"),
];
const WORKSPACES: &[(&str, &str)] = &[
    ("Sales", "New business, North America"),
    ("Customer Success", "Renewals and expansion"),
    ("EMEA Sales", "New business, Europe"),
    ("Partners", "Channel and alliances"),
];
const STAGES: &[&str] = &["Discovery", "Qualification", "Proposal", "Negotiation", "Closed Won"];
pub(crate) const TOPICS: &[&str] = &[
    "Pricing",
    "Integrations",
    "Security review",
    "Onboarding",
    "Competition",
    "Timeline",
    "Next steps",
];
pub(crate) const SENTENCES: &[&str] = &[
    "Thanks for making the time today.",
    "Could you walk me through how your team handles this now?",
    "We looked at a couple of other vendors last quarter.",
    "Security review usually takes us about three weeks.",
    "Pricing depends on the number of seats and the contract length.",
    "Our main goal is to cut the time reps spend on admin work.",
    "Let me share my screen and show you the dashboard.",
    "Who else should be part of the evaluation?",
    "We would need single sign-on before rolling this out.",
    "I'll send over a summary and a proposal by Friday.",
    "That integration is available out of the box.",
    "Budget was approved for the next fiscal year.",
];
pub(crate) const TRACKERS: &[(&str, &str)] = &[
    ("Competitors", "KEYWORD"),
    ("Pricing", "KEYWORD"),
    ("Next steps", "SMART"),
    ("Objections", "SMART"),
];
const OFFSETS_MINUTES: &[i32] = &[-8 * 60, -5 * 60, 60, 5 * 60 + 30];

/// Gong's timestamp format: offset and microseconds.
pub(crate) fn ts(t: &DateTime<FixedOffset>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.6f%:z").to_string()
}

/// Parses an ISO-8601 date-time with offset (what Gong accepts in filters).
pub(crate) fn parse_time(s: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(s.trim()).ok()
}

/// Digits of a phone number, for comparisons (`+1 (425) 555-2671` -> `14255552671`).
pub(crate) fn phone_digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn eq_email(a: &Option<String>, b: &str) -> bool {
    a.as_deref().is_some_and(|a| a.eq_ignore_ascii_case(b))
}

/// Hands out unique ids: numeric strings of up to 19 digits, many above
/// 2^53 so that clients which parse them as doubles get caught.
#[derive(Debug)]
pub(crate) struct IdMint {
    rng: Rng,
    used: HashSet<u64>,
}

impl IdMint {
    pub(crate) fn new(seed: u64) -> Self {
        IdMint {
            rng: Rng::new(seed, 11),
            used: HashSet::new(),
        }
    }

    fn in_range(&mut self, lo: u64, hi: u64) -> String {
        loop {
            let v = self.rng.range(lo, hi);
            if self.used.insert(v) {
                return v.to_string();
            }
        }
    }

    /// A 19-digit id (above 2^53).
    pub(crate) fn long(&mut self) -> String {
        self.in_range(1_000_000_000_000_000_000, 9_223_372_036_854_775_807)
    }

    /// A 16-digit id below 2^53 (Gong has both).
    pub(crate) fn short(&mut self) -> String {
        self.in_range(1_000_000_000_000_000, 9_000_000_000_000_000)
    }
}

/// A company user (or, with `avatar`, one of Gong's synthetic support users).
#[derive(Debug, Clone)]
pub(crate) struct User {
    pub id: String,
    pub email: String,
    pub first: String,
    pub last: String,
    pub title: String,
    pub phone: String,
    pub created: DateTime<FixedOffset>,
    pub manager: Option<String>,
    pub avatar: bool,
    pub offset_minutes: i32,
}

impl User {
    pub(crate) fn full_name(&self) -> String {
        format!("{} {}", self.first, self.last)
    }
}

/// A workspace.
#[derive(Debug, Clone)]
pub(crate) struct Workspace {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// A customer company, with its CRM account and opportunity.
#[derive(Debug, Clone)]
pub(crate) struct Company {
    pub name: String,
    pub domain: String,
    pub industry: String,
    pub account_id: String,
    pub opportunity_id: String,
    pub stage: String,
    pub amount: f64,
    pub employees: u64,
}

/// A person at a customer company (a CRM contact).
#[derive(Debug, Clone)]
pub(crate) struct Contact {
    pub id: String,
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: Option<String>,
    pub company: usize,
    pub crm_id: String,
    pub mirror_id: String,
    pub score: u64,
}

/// A call participant, as Gong reports it.
#[derive(Debug, Clone)]
pub(crate) struct Party {
    pub id: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub title: Option<String>,
    pub user_id: Option<String>,
    pub speaker_id: String,
    pub affiliation: &'static str,
    pub context: Vec<Value>,
}

/// A call.
#[derive(Debug, Clone)]
pub(crate) struct Call {
    pub id: String,
    /// Drives the derived content (brief, transcript, ...).
    pub n: u64,
    pub title: String,
    pub started: DateTime<FixedOffset>,
    pub scheduled: Option<DateTime<FixedOffset>>,
    pub duration: u64,
    pub primary_user: String,
    pub direction: String,
    pub scope: &'static str,
    pub system: String,
    pub media_kind: &'static str,
    pub language: String,
    pub workspace_id: String,
    pub client_unique_id: Option<String>,
    pub custom_data: Option<String>,
    pub purpose: Option<String>,
    pub meeting_url: Option<String>,
    pub calendar_event_id: Option<String>,
    pub parties: Vec<Party>,
    /// `CallContextDto` list with every field (the `Extended` level).
    pub context: Vec<Value>,
    pub company: Option<usize>,
    /// True once Gong has the recording.
    pub has_media: bool,
    /// `metaData.isPrivate`: integrations are asked to leave the call out.
    pub private: bool,
    pub crm_activity_id: String,
    /// A full transcript: a sentence every few seconds of the call (the
    /// others have a handful of sentences).
    pub full_transcript: bool,
}

/// A library folder and the calls in it.
#[derive(Debug, Clone)]
pub(crate) struct Folder {
    pub id: String,
    pub name: String,
    pub parent: Option<String>,
    pub workspace_id: String,
    pub created_by: String,
    pub updated: DateTime<FixedOffset>,
    pub calls: Vec<FolderCall>,
}

/// A call's entry in a folder.
#[derive(Debug, Clone)]
pub(crate) struct FolderCall {
    pub call_id: String,
    pub note: String,
    pub added_by: String,
    pub created: DateTime<FixedOffset>,
    pub from_sec: u64,
    pub to_sec: u64,
}

/// One audit-log entry.
#[derive(Debug, Clone)]
pub(crate) struct LogEntry {
    pub log_type: &'static str,
    pub user: usize,
    pub impersonator: Option<usize>,
    pub time: DateTime<FixedOffset>,
    pub record: Value,
}

/// An email message Gong captured.
#[derive(Debug, Clone)]
pub(crate) struct EmailMessage {
    pub id: String,
    pub from: String,
    /// The outside address the message was exchanged with.
    pub counterpart: String,
    pub sent: DateTime<FixedOffset>,
    pub mailbox: String,
    pub hash: String,
}

/// A meeting created through the API.
#[derive(Debug, Clone)]
pub(crate) struct Meeting {
    pub id: String,
    pub organizer: String,
    pub invitees: Vec<String>,
}

/// A customer-engagement event reported through the API.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub kind: &'static str,
    pub event_id: Option<String>,
    pub timestamp: String,
    pub content_id: Option<String>,
    pub content_url: Option<String>,
    pub reporting_system: String,
    pub name: Option<String>,
    pub emails: Vec<String>,
}

/// How many records of each kind to make.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sizes {
    pub users: usize,
    pub calls: usize,
    pub workspaces: usize,
    pub logs_per_type: usize,
    /// One more call, of an hour, with a full transcript (after every other
    /// record, so the others stay as they are without it).
    pub hour_long_call: bool,
}

/// The whole tenant.
#[derive(Debug)]
pub(crate) struct Data {
    pub seed: u64,
    pub users: Vec<User>,
    pub workspaces: Vec<Workspace>,
    pub companies: Vec<Company>,
    pub contacts: Vec<Contact>,
    /// Processed calls, by start time (then id): [`Data::calls_between`]
    /// binary-searches it.
    pub calls: Vec<Call>,
    /// Where each processed call is in `calls`, by id; rebuilt by
    /// [`Data::reindex_calls`] whenever calls are added or removed.
    pub call_positions: HashMap<String, usize>,
    /// Calls added with `POST /v2/calls` that have no media yet (not listed).
    pub pending: Vec<Call>,
    pub folders: Vec<Folder>,
    pub logs: Vec<LogEntry>,
    pub emails: Vec<EmailMessage>,
    pub meetings: Vec<Meeting>,
    pub events: Vec<Event>,
    pub client_unique_ids: HashSet<String>,
    pub event_ids: HashSet<(&'static str, String)>,
    pub ids: IdMint,
    pub next_call_n: u64,
    /// Calls whose transcript Gong has not finished yet (left out of
    /// transcript answers).
    pub transcripts_withheld: HashSet<String>,
}

fn base_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 1, 6, 8, 0, 0)
        .single()
        .expect("a valid date")
}

fn at_offset(t: DateTime<Utc>, minutes: i32) -> DateTime<FixedOffset> {
    t.with_timezone(&FixedOffset::east_opt(minutes * 60).unwrap_or_else(|| FixedOffset::east_opt(0).expect("UTC")))
}

/// A contact of the call's company as one of its parties (its id is
/// given once all parties are known).
fn contact_party(c: &Contact, speaker: u64) -> Party {
    Party {
        id: String::new(),
        name: Some(c.name.clone()),
        email: Some(c.email.clone()),
        phone: c.phone.clone(),
        title: Some(c.title.clone()),
        user_id: None,
        speaker_id: speaker.to_string(),
        affiliation: "External",
        context: party_contact_context(c),
    }
}

fn party_contact_context(c: &Contact) -> Vec<Value> {
    vec![json!({
        "system": "Salesforce",
        "objects": [{
            "objectType": "Contact",
            "objectId": c.crm_id,
            "fields": [
                { "name": "Email", "value": c.email },
                { "name": "Title", "value": c.title },
                { "name": "LeadScore", "value": c.score },
                { "name": "HasOptedOutOfEmail", "value": false },
                { "name": "Description", "value": null },
            ],
            "timing": "Now",
        }],
    })]
}

fn company_context(co: &Company) -> Vec<Value> {
    vec![json!({
        "system": "Salesforce",
        "objects": [
            {
                "objectType": "Opportunity",
                "objectId": co.opportunity_id,
                "fields": [
                    { "name": "Name", "value": format!("{} - New business", co.name) },
                    { "name": "StageName", "value": co.stage },
                    { "name": "Amount", "value": co.amount },
                    { "name": "Probability", "value": 40 },
                    { "name": "IsClosed", "value": co.stage == "Closed Won" },
                    { "name": "NextStep", "value": null },
                ],
                "timing": "Now",
            },
            {
                "objectType": "Account",
                "objectId": co.account_id,
                "fields": [
                    { "name": "Name", "value": co.name },
                    { "name": "Industry", "value": co.industry },
                    { "name": "NumberOfEmployees", "value": co.employees },
                    { "name": "IsCustomer", "value": false },
                    { "name": "ParentId", "value": null },
                ],
                "timing": "Now",
            },
        ],
    })]
}

impl Data {
    /// The tenant of `seed`.
    pub(crate) fn generate(seed: u64, sizes: Sizes) -> Data {
        let mut ids = IdMint::new(seed);
        let mut rng = Rng::new(seed, 1);
        let company_domain = "sandbox-corp.example";

        let workspaces: Vec<Workspace> = (0..sizes.workspaces.max(1))
            .map(|i| {
                let (name, description) = WORKSPACES[i % WORKSPACES.len()];
                let name = if i < WORKSPACES.len() {
                    name.to_owned()
                } else {
                    format!("{name} {}", i / WORKSPACES.len() + 1)
                };
                Workspace {
                    id: ids.long(),
                    name,
                    description: description.to_owned(),
                }
            })
            .collect();

        let mut users = Vec::new();
        let mut taken = HashSet::new();
        for i in 0..sizes.users.max(1) {
            let (first, last) = loop {
                let f = *rng.pick(FIRST_NAMES);
                let l = *rng.pick(LAST_NAMES);
                if taken.insert((f, l)) || taken.len() >= FIRST_NAMES.len() * LAST_NAMES.len() {
                    break (f, l);
                }
            };
            let email = if taken.len() >= FIRST_NAMES.len() * LAST_NAMES.len() {
                format!("{}.{}{i}@{company_domain}", first.to_lowercase(), last.to_lowercase())
            } else {
                format!("{}.{}@{company_domain}", first.to_lowercase(), last.to_lowercase())
            };
            let created = base_time() - chrono::Duration::days(rng.range(30, 900) as i64);
            let offset_minutes = *rng.pick(OFFSETS_MINUTES);
            users.push(User {
                // Half the users get ids below 2^53, half above.
                id: if i % 2 == 0 { ids.long() } else { ids.short() },
                email,
                first: first.to_owned(),
                last: last.to_owned(),
                title: if i == 0 {
                    "VP Sales".to_owned()
                } else {
                    (*rng.pick(TITLES)).to_owned()
                },
                phone: format!("+1 206 555 01{:02}", i % 100),
                created: at_offset(created, offset_minutes),
                manager: None,
                avatar: false,
                offset_minutes,
            });
        }
        let head = users[0].id.clone();
        for u in users.iter_mut().skip(1) {
            u.manager = Some(head.clone());
        }
        for (i, (first, last)) in [("Gong", "Support"), ("Gong", "Success")].iter().enumerate() {
            users.push(User {
                id: ids.long(),
                email: format!("avatar{}@gong-avatars.example", i + 1),
                first: (*first).to_owned(),
                last: (*last).to_owned(),
                title: "Gong employee (avatar)".to_owned(),
                phone: String::new(),
                created: at_offset(base_time() - chrono::Duration::days(400), 0),
                manager: None,
                avatar: true,
                offset_minutes: 0,
            });
        }

        let companies: Vec<Company> = COMPANIES
            .iter()
            .map(|(name, domain, industry)| Company {
                name: (*name).to_owned(),
                domain: (*domain).to_owned(),
                industry: (*industry).to_owned(),
                account_id: format!("001{}", rng.token(15)),
                opportunity_id: format!("006{}", rng.token(15)),
                stage: (*rng.pick(STAGES)).to_owned(),
                amount: (rng.range(50, 2000) * 250) as f64 + 0.5,
                employees: rng.range(20, 20_000),
            })
            .collect();

        let mut contacts = Vec::new();
        for (ci, co) in companies.iter().enumerate() {
            for k in 0..3 {
                let first = *rng.pick(FIRST_NAMES);
                let last = *rng.pick(LAST_NAMES);
                let phone = if k == 2 {
                    None
                } else if ci % 3 == 0 {
                    Some(format!("+44 20 7946 0{:03}", (ci * 3 + k) % 1000))
                } else {
                    Some(format!("+1 425 555 0{:03}", (ci * 3 + k) % 1000))
                };
                contacts.push(Contact {
                    id: ids.long(),
                    name: format!("{first} {last}"),
                    title: (*rng.pick(CONTACT_TITLES)).to_owned(),
                    email: format!("{}.{}@{}", first.to_lowercase(), last.to_lowercase(), co.domain),
                    phone,
                    company: ci,
                    crm_id: format!("003{}", rng.token(15)),
                    mirror_id: ids.long(),
                    score: rng.range(1, 100),
                });
            }
        }

        let mut data = Data {
            seed,
            users,
            workspaces,
            companies,
            contacts,
            calls: Vec::with_capacity(sizes.calls),
            call_positions: HashMap::new(),
            pending: Vec::new(),
            folders: Vec::new(),
            logs: Vec::new(),
            emails: Vec::new(),
            meetings: Vec::new(),
            events: Vec::new(),
            client_unique_ids: HashSet::new(),
            event_ids: HashSet::new(),
            ids,
            next_call_n: 0,
            transcripts_withheld: HashSet::new(),
        };
        data.generate_calls(sizes.calls, &mut rng);
        data.reindex_calls();
        data.generate_folders(&mut rng);
        data.generate_logs(sizes.logs_per_type, &mut rng);
        data.generate_emails(&mut rng);
        if sizes.hour_long_call {
            data.add_hour_long_call();
        }
        data
    }

    /// The hour-long call: an external Zoom call of exactly 3,600 s with
    /// four speakers (two users, two contacts of one company) and a full
    /// transcript. Its own random stream, so every other record is the same
    /// with or without it.
    fn add_hour_long_call(&mut self) {
        let mut rng = Rng::new(self.seed ^ 0x4855_4f52, 77);
        let people: Vec<usize> = (0..self.users.len()).filter(|&i| !self.users[i].avatar).collect();
        let Some(&host) = people.first() else {
            return;
        };
        let other = people.get(1).copied();
        let company = (!self.companies.is_empty()).then(|| rng.index(self.companies.len()));
        let n = self.next_call_n;
        self.next_call_n += 1;
        let mut speaker = 8_100_000 + rng.range(0, 100_000);
        let mut parties = vec![self.user_party(host, speaker)];
        if let Some(o) = other {
            speaker += 1;
            parties.push(self.user_party(o, speaker));
        }
        if let Some(ci) = company {
            let mine: Vec<usize> = (0..self.contacts.len())
                .filter(|&k| self.contacts[k].company == ci)
                .collect();
            for &k in mine.iter().take(2) {
                let c = &self.contacts[k];
                speaker += 1;
                parties.push(contact_party(c, speaker));
            }
        }
        for p in &mut parties {
            p.id = self.ids.long();
        }
        let last = self.calls.iter().map(|c| c.started.with_timezone(&Utc)).max();
        let t = last.unwrap_or_else(base_time) + chrono::Duration::hours(3);
        let offset = self.users[host].offset_minutes;
        let (title, context, scope) = match company {
            Some(ci) => {
                let co = &self.companies[ci];
                (
                    format!("Quarterly business review with {}", co.name),
                    company_context(co),
                    "External",
                )
            }
            None => ("Quarterly planning".to_owned(), Vec::new(), "Internal"),
        };
        let call = Call {
            id: self.ids.long(),
            n,
            title,
            started: at_offset(t, offset),
            scheduled: Some(at_offset(t, offset)),
            duration: 3600,
            primary_user: self.users[host].id.clone(),
            direction: "Conference".to_owned(),
            scope,
            system: "Zoom".to_owned(),
            media_kind: "Video",
            language: "eng".to_owned(),
            workspace_id: self.workspaces[0].id.clone(),
            client_unique_id: None,
            custom_data: None,
            purpose: None,
            meeting_url: Some(format!(
                "https://zoom.example/j/{}",
                rng.range(100_000_000, 999_999_999)
            )),
            calendar_event_id: Some(rng.lower_token(26)),
            parties,
            context,
            company,
            has_media: true,
            private: false,
            crm_activity_id: format!("00T{}", rng.token(15)),
            full_transcript: true,
        };
        self.calls.push(call);
    }

    /// Company users (not avatars).
    pub(crate) fn people(&self) -> impl Iterator<Item = &User> {
        self.users.iter().filter(|u| !u.avatar)
    }

    fn user_party(&mut self, user: usize, speaker: u64) -> Party {
        let u = &self.users[user];
        Party {
            id: String::new(),
            name: Some(u.full_name()),
            email: Some(u.email.clone()),
            phone: None,
            title: Some(u.title.clone()),
            user_id: Some(u.id.clone()),
            speaker_id: speaker.to_string(),
            affiliation: "Internal",
            context: vec![json!({
                "system": "Salesforce",
                "objects": [{ "objectType": "User", "objectId": format!("005{:015}", speaker % 1_000_000_000_000_000), "fields": [], "timing": "Now" }],
            })],
        }
    }

    fn generate_calls(&mut self, count: usize, rng: &mut Rng) {
        let people: Vec<usize> = (0..self.users.len()).filter(|&i| !self.users[i].avatar).collect();
        let mut t = base_time();
        for _ in 0..count {
            t += chrono::Duration::minutes(rng.range(45, 150) as i64)
                + chrono::Duration::microseconds(rng.range(0, 1_000_000) as i64);
            let n = self.next_call_n;
            self.next_call_n += 1;
            let user = *rng.pick(&people);
            let ws = self.workspaces[rng.index(self.workspaces.len())].id.clone();
            let internal = rng.chance(0.15);
            let company = (!internal).then(|| rng.index(self.companies.len()));
            let offset = self.users[user].offset_minutes;
            let started = at_offset(t, offset);
            let mut speaker = rng.range(1_000_000, 9_000_000);
            let mut parties = vec![self.user_party(user, speaker)];
            if internal || rng.chance(0.3) {
                let other = loop {
                    let o = *rng.pick(&people);
                    if o != user || people.len() == 1 {
                        break o;
                    }
                };
                if other != user {
                    speaker += 1;
                    parties.push(self.user_party(other, speaker));
                }
            }
            if let Some(ci) = company {
                let mine: Vec<usize> = (0..self.contacts.len())
                    .filter(|&k| self.contacts[k].company == ci)
                    .collect();
                let how_many = 1 + rng.index(mine.len().clamp(1, 3));
                for &k in mine.iter().take(how_many) {
                    let c = &self.contacts[k];
                    speaker += 1;
                    parties.push(contact_party(c, speaker));
                }
            }
            for p in &mut parties {
                p.id = self.ids.long();
            }
            let (title, context, scope) = match company {
                Some(ci) => {
                    let co = &self.companies[ci];
                    let kind = *rng.pick(&["Discovery call", "Demo", "Pricing discussion", "Check-in", "Kickoff"]);
                    (format!("{kind} with {}", co.name), company_context(co), "External")
                }
                None => ("Team sync".to_owned(), Vec::new(), "Internal"),
            };
            let video = rng.chance(0.7);
            let call = Call {
                id: self.ids.long(),
                n,
                title,
                started,
                scheduled: Some(at_offset(t - chrono::Duration::minutes(rng.range(0, 5) as i64), offset)),
                duration: rng.range(300, 3600),
                primary_user: self.users[user].id.clone(),
                direction: if video {
                    "Conference"
                } else {
                    *rng.pick(&["Inbound", "Outbound"])
                }
                .to_owned(),
                scope,
                system: if video { "Zoom" } else { "RingCentral" }.to_owned(),
                media_kind: if video { "Video" } else { "Audio" },
                language: "eng".to_owned(),
                workspace_id: ws,
                client_unique_id: None,
                custom_data: None,
                purpose: None,
                meeting_url: video.then(|| format!("https://zoom.example/j/{}", rng.range(100_000_000, 999_999_999))),
                calendar_event_id: video.then(|| rng.lower_token(26)),
                parties,
                context,
                company,
                has_media: true,
                // One seeded call in twenty, by its number (no draw of the
                // generator, so the rest of the tenant stays as it was).
                private: n % 20 == 13,
                crm_activity_id: format!("00T{}", rng.token(15)),
                full_transcript: false,
            };
            self.calls.push(call);
        }
    }

    fn generate_folders(&mut self, rng: &mut Rng) {
        let names = ["Best discovery calls", "Objection handling", "Pricing conversations"];
        for wi in 0..self.workspaces.len() {
            let ws = self.workspaces[wi].id.clone();
            let in_ws: Vec<usize> = (0..self.calls.len())
                .filter(|&i| self.calls[i].workspace_id == ws)
                .collect();
            let mut root = None;
            for (k, name) in names.iter().enumerate() {
                let curator = self.users[rng.index(self.users.len().saturating_sub(2).max(1))].full_name();
                let mut calls = Vec::new();
                if !in_ws.is_empty() {
                    for _ in 0..rng.range(3, 9) {
                        let c = &self.calls[*rng.pick(&in_ws)];
                        if calls.iter().any(|fc: &FolderCall| fc.call_id == c.id) {
                            continue;
                        }
                        let from = rng.range(0, c.duration / 2);
                        calls.push(FolderCall {
                            call_id: c.id.clone(),
                            note: format!("Good example of {}", TOPICS[rng.index(TOPICS.len())].to_lowercase()),
                            added_by: curator.clone(),
                            created: c.started + chrono::Duration::days(rng.range(1, 30) as i64),
                            from_sec: from,
                            to_sec: from + rng.range(30, 240),
                        });
                    }
                }
                let id = self.ids.long();
                let parent = if k == 2 { root.clone() } else { None };
                if k == 0 {
                    root = Some(id.clone());
                }
                self.folders.push(Folder {
                    id,
                    name: (*name).to_owned(),
                    parent,
                    workspace_id: ws.clone(),
                    created_by: curator,
                    updated: at_offset(base_time() + chrono::Duration::days(rng.range(1, 200) as i64), 0),
                    calls,
                });
            }
        }
    }

    fn generate_logs(&mut self, per_type: usize, rng: &mut Rng) {
        let people: Vec<usize> = (0..self.users.len()).filter(|&i| !self.users[i].avatar).collect();
        let avatars: Vec<usize> = (0..self.users.len()).filter(|&i| self.users[i].avatar).collect();
        let span_minutes = (self.calls.len() as i64 * 100).max(60 * 24 * 30);
        for log_type in LOG_TYPES {
            for _ in 0..per_type {
                let user = *rng.pick(&people);
                let time = at_offset(
                    base_time() + chrono::Duration::minutes(rng.range(0, span_minutes as u64) as i64),
                    self.users[user].offset_minutes,
                );
                let call = (!self.calls.is_empty()).then(|| self.calls[rng.index(self.calls.len())].id.clone());
                let impersonator =
                    (log_type == "AccessLog" && rng.chance(0.2) && !avatars.is_empty()).then(|| *rng.pick(&avatars));
                let record = match log_type {
                    "AccessLog" => json!({
                        "event": *rng.pick(&["Login", "Logout", "Password reset"]),
                        "ipAddress": format!("203.0.113.{}", rng.range(1, 255)),
                        "userAgent": "Mozilla/5.0 (sandbox)",
                        "success": rng.chance(0.95),
                    }),
                    "UserActivityLog" => json!({
                        "activity": *rng.pick(&["Changed call privacy", "Created a library folder", "Updated a scorecard", "Exported calls"]),
                        "objectId": call,
                        "details": null,
                    }),
                    "UserCallPlay" => json!({
                        "callId": call,
                        "playedSeconds": rng.range(10, 1800),
                        "speed": 1.5,
                    }),
                    "ExternallySharedCallAccess" => json!({
                        "callId": call,
                        "sharedWith": self.contacts[rng.index(self.contacts.len())].email,
                        "expires": null,
                    }),
                    _ => json!({
                        "callId": call,
                        "viewerEmail": self.contacts[rng.index(self.contacts.len())].email,
                        "playedSeconds": rng.range(10, 900),
                    }),
                };
                self.logs.push(LogEntry {
                    log_type,
                    user,
                    impersonator,
                    time,
                    record,
                });
            }
        }
        self.logs.sort_by_key(|l| l.time);
    }

    fn generate_emails(&mut self, rng: &mut Rng) {
        let people: Vec<usize> = (0..self.users.len()).filter(|&i| !self.users[i].avatar).collect();
        for k in 0..self.contacts.len() {
            for j in 0..2 {
                let user = &self.users[*rng.pick(&people)];
                let contact = &self.contacts[k];
                let from = if j == 0 {
                    contact.email.clone()
                } else {
                    user.email.clone()
                };
                let sent = at_offset(
                    base_time() + chrono::Duration::minutes(rng.range(0, 60 * 24 * 365) as i64),
                    user.offset_minutes,
                );
                self.emails.push(EmailMessage {
                    id: self.ids.long(),
                    from,
                    counterpart: contact.email.clone(),
                    sent,
                    mailbox: user.email.clone(),
                    hash: format!("{:016x}", rng.next_u64()),
                });
            }
        }
    }

    pub(crate) fn user_by_id(&self, id: &str) -> Option<&User> {
        self.users.iter().find(|u| u.id == id)
    }

    pub(crate) fn user_by_email(&self, email: &str) -> Option<&User> {
        self.users.iter().find(|u| u.email.eq_ignore_ascii_case(email))
    }

    pub(crate) fn call(&self, id: &str) -> Option<&Call> {
        self.call_position(id).map(|i| &self.calls[i])
    }

    /// The position of a processed call in `calls`, from the id map. An
    /// entry is checked before it is trusted, and a miss is trusted only
    /// while the map has one entry per call. Whatever adds or removes calls
    /// calls [`Data::reindex_calls`] (`insert_call` and the erasures do); a
    /// call pushed without it costs a scan, not a wrong answer.
    pub(crate) fn call_position(&self, id: &str) -> Option<usize> {
        match self.call_positions.get(id) {
            Some(&i) if self.calls.get(i).is_some_and(|c| c.id == id) => Some(i),
            None if self.call_positions.len() == self.calls.len() => None,
            _ => self.calls.iter().position(|c| c.id == id),
        }
    }

    /// Rebuilds the id map of the processed calls (after calls were added
    /// or removed).
    pub(crate) fn reindex_calls(&mut self) {
        self.call_positions = self.calls.iter().enumerate().map(|(i, c)| (c.id.clone(), i)).collect();
    }

    /// The positions in `calls` of the calls that started at or after
    /// `from` and before `to` (either bound may be absent): two binary
    /// searches, since `calls` is in start-time order.
    pub(crate) fn calls_between(
        &self,
        from: Option<DateTime<FixedOffset>>,
        to: Option<DateTime<FixedOffset>>,
    ) -> Range<usize> {
        let start = from.map_or(0, |f| self.calls.partition_point(|c| c.started < f));
        let end = to.map_or(self.calls.len(), |t| self.calls.partition_point(|c| c.started < t));
        start..end.max(start)
    }

    /// A processed call or one waiting for its media.
    pub(crate) fn any_call(&self, id: &str) -> Option<&Call> {
        self.call(id).or_else(|| self.pending.iter().find(|c| c.id == id))
    }

    /// Moves a pending call into the processed list (after its media arrived).
    pub(crate) fn process(&mut self, id: &str) {
        if let Some(i) = self.pending.iter().position(|c| c.id == id) {
            let mut call = self.pending.remove(i);
            call.has_media = true;
            self.insert_call(call);
        } else if let Some(i) = self.call_position(id) {
            self.calls[i].has_media = true;
        }
    }

    /// Adds a processed call in start-time order.
    pub(crate) fn insert_call(&mut self, call: Call) {
        let at = self
            .calls
            .partition_point(|c| (c.started, &c.id) <= (call.started, &call.id));
        self.calls.insert(at, call);
        self.reindex_calls();
    }

    /// Turns an upload-context list (`CallUploadContext`/`PartyUploadContext`)
    /// into the answer shape (each object gets a `timing`).
    pub(crate) fn context_from_upload(upload: Value) -> Vec<Value> {
        let Value::Array(systems) = upload else {
            return Vec::new();
        };
        systems
            .into_iter()
            .map(|mut s| {
                if let Some(objects) = s.get_mut("objects").and_then(Value::as_array_mut) {
                    for o in objects {
                        if let Some(map) = o.as_object_mut() {
                            map.entry("timing").or_insert_with(|| json!("Now"));
                            map.entry("fields").or_insert_with(|| json!([]));
                        }
                    }
                }
                s
            })
            .collect()
    }

    /// Builds a call from `POST /v2/calls`. The caller has checked the request.
    pub(crate) fn new_call(&mut self, req: &types::NewCallAddingRequest, started: DateTime<FixedOffset>) -> Call {
        let n = self.next_call_n;
        self.next_call_n += 1;
        let mut parties = Vec::new();
        for (speaker, p) in (9_000_001 + n * 100..).zip(&req.parties) {
            let user = p.user_id.as_ref().and_then(|id| self.user_by_id(id.as_str())).cloned();
            let party_id = self.ids.long();
            let context = Self::context_from_upload(serde_json::to_value(&p.context).unwrap_or(Value::Null));
            parties.push(match user {
                Some(u) => Party {
                    id: party_id,
                    name: p.name.clone().or_else(|| Some(u.full_name())),
                    email: p.email_address.clone().or_else(|| Some(u.email.clone())),
                    phone: p.phone_number.clone(),
                    title: Some(u.title.clone()),
                    user_id: Some(u.id.clone()),
                    speaker_id: p.party_id.clone().unwrap_or_else(|| speaker.to_string()),
                    affiliation: "Internal",
                    context,
                },
                None => Party {
                    id: party_id,
                    name: p.name.clone(),
                    email: p.email_address.clone(),
                    phone: p.phone_number.clone(),
                    title: None,
                    user_id: None,
                    speaker_id: p.party_id.clone().unwrap_or_else(|| speaker.to_string()),
                    affiliation: if p.email_address.is_some() || p.phone_number.is_some() {
                        "External"
                    } else {
                        "Unknown"
                    },
                    context,
                },
            });
        }
        let external = parties.iter().any(|p| p.affiliation == "External");
        let workspace_id = req
            .workspace_id
            .as_ref()
            .map(|w| w.as_str().to_owned())
            .unwrap_or_else(|| self.workspaces[0].id.clone());
        Call {
            id: self.ids.long(),
            n,
            title: req.title.clone().unwrap_or_else(|| "Uploaded call".to_owned()),
            started,
            scheduled: req.scheduled_start.as_deref().and_then(parse_time),
            duration: req.duration.map_or(0, |d| d.max(0.0).round() as u64),
            primary_user: req.primary_user.as_str().to_owned(),
            direction: req.direction.to_string(),
            scope: if external { "External" } else { "Internal" },
            system: req.call_provider_code.clone().unwrap_or_else(|| "API".to_owned()),
            media_kind: "Audio",
            language: req.language_code.clone().unwrap_or_else(|| "eng".to_owned()),
            workspace_id,
            client_unique_id: Some(req.client_unique_id.to_string()),
            custom_data: req.custom_data.clone(),
            purpose: req.purpose.as_ref().map(|p| p.to_string()),
            meeting_url: req.meeting_url.clone(),
            calendar_event_id: None,
            parties,
            context: Self::context_from_upload(serde_json::to_value(&req.context).unwrap_or(Value::Null)),
            company: None,
            has_media: false,
            private: false,
            crm_activity_id: format!("00T{:015}", n),
            full_transcript: false,
        }
    }

    /// Removes every call, contact, email, event and invitation that names
    /// `email`; returns how many records went.
    pub(crate) fn erase_email(&mut self, email: &str) -> usize {
        let before = self.record_count();
        let hit = |p: &Party| p.user_id.is_none() && eq_email(&p.email, email);
        self.calls.retain(|c| !c.parties.iter().any(hit));
        self.reindex_calls();
        self.pending.retain(|c| !c.parties.iter().any(hit));
        self.contacts.retain(|c| !c.email.eq_ignore_ascii_case(email));
        self.emails
            .retain(|m| !m.counterpart.eq_ignore_ascii_case(email) && !m.from.eq_ignore_ascii_case(email));
        self.events
            .retain(|e| !e.emails.iter().any(|x| x.eq_ignore_ascii_case(email)));
        for m in &mut self.meetings {
            m.invitees.retain(|x| !x.eq_ignore_ascii_case(email));
        }
        before - self.record_count()
    }

    /// Removes every call and contact with the phone number; returns how many records went.
    pub(crate) fn erase_phone(&mut self, digits: &str) -> usize {
        let before = self.record_count();
        let hit = |p: &Party| p.user_id.is_none() && p.phone.as_deref().is_some_and(|ph| phone_digits(ph) == digits);
        self.calls.retain(|c| !c.parties.iter().any(hit));
        self.reindex_calls();
        self.pending.retain(|c| !c.parties.iter().any(hit));
        self.contacts
            .retain(|c| c.phone.as_deref().is_none_or(|ph| phone_digits(ph) != digits));
        before - self.record_count()
    }

    fn record_count(&self) -> usize {
        self.calls.len()
            + self.pending.len()
            + self.contacts.len()
            + self.emails.len()
            + self.events.len()
            + self.meetings.iter().map(|m| m.invitees.len()).sum::<usize>()
    }

    fn call_reference(c: &Call) -> Value {
        json!({
            "id": c.id,
            "status": if c.has_media { "COMPLETED" } else { "PENDING_MEDIA" },
            "externalSystems": [{
                "system": "Salesforce",
                "objects": [{ "objectType": "Conversation", "externalId": c.crm_activity_id }],
            }],
        })
    }

    fn customer_data(contacts: &[&Contact]) -> Value {
        if contacts.is_empty() {
            return json!([]);
        }
        json!([{
            "system": "Salesforce",
            "objects": contacts.iter().map(|c| json!({
                "id": c.id,
                "objectType": "Contact",
                "externalId": c.crm_id,
                "mirrorId": c.mirror_id,
                "fields": [
                    { "name": "Name", "value": c.name },
                    { "name": "Email", "value": c.email },
                    { "name": "Phone", "value": c.phone },
                    { "name": "LeadScore", "value": c.score },
                ],
            })).collect::<Vec<_>>(),
        }])
    }

    /// `GET /v2/data-privacy/data-for-email-address` (without `requestId`).
    pub(crate) fn email_references(&self, email: &str) -> Value {
        let calls: Vec<Value> = self
            .calls
            .iter()
            .chain(&self.pending)
            .filter(|c| c.parties.iter().any(|p| eq_email(&p.email, email)))
            .map(Self::call_reference)
            .collect();
        let emails: Vec<Value> = self
            .emails
            .iter()
            .filter(|m| m.counterpart.eq_ignore_ascii_case(email) || m.from.eq_ignore_ascii_case(email))
            .map(|m| {
                json!({ "from": m.from, "id": m.id, "sentTime": ts(&m.sent), "mailbox": m.mailbox, "messageHash": m.hash })
            })
            .collect();
        let meetings: Vec<Value> = self
            .meetings
            .iter()
            .filter(|m| {
                m.organizer.eq_ignore_ascii_case(email) || m.invitees.iter().any(|i| i.eq_ignore_ascii_case(email))
            })
            .map(|m| json!({ "id": m.id }))
            .collect();
        let contacts: Vec<&Contact> = self
            .contacts
            .iter()
            .filter(|c| c.email.eq_ignore_ascii_case(email))
            .collect();
        let engagement: Vec<Value> = self
            .events
            .iter()
            .filter(|e| e.emails.iter().any(|x| x.eq_ignore_ascii_case(email)))
            .map(|e| {
                json!({
                    "eventType": e.kind,
                    "timestamp": e.timestamp,
                    "contentId": e.content_id,
                    "contentUrl": e.content_url,
                    "reportingSystem": e.reporting_system,
                    "eventName": e.name,
                    "sourceEventId": e.event_id,
                })
            })
            .collect();
        json!({
            "emails": emails,
            "calls": calls,
            "meetings": meetings,
            "customerData": Self::customer_data(&contacts),
            "customerEngagement": engagement,
        })
    }

    /// `GET /v2/data-privacy/data-for-phone-number` (without `requestId`).
    pub(crate) fn phone_references(&self, supplied: &str, digits: &str) -> Value {
        let matches = |ph: &Option<String>| ph.as_deref().is_some_and(|p| phone_digits(p) == digits);
        let mut numbers: Vec<String> = Vec::new();
        let mut addresses: Vec<String> = Vec::new();
        let mut calls = Vec::new();
        for c in self.calls.iter().chain(&self.pending) {
            let mut hit = false;
            for p in c.parties.iter().filter(|p| matches(&p.phone)) {
                hit = true;
                let n = p.phone.clone().unwrap_or_default();
                if !numbers.contains(&n) {
                    numbers.push(n);
                }
                if let Some(e) = &p.email
                    && !addresses.contains(e)
                {
                    addresses.push(e.clone());
                }
            }
            if hit {
                calls.push(Self::call_reference(c));
            }
        }
        let contacts: Vec<&Contact> = self.contacts.iter().filter(|c| matches(&c.phone)).collect();
        for c in &contacts {
            if let Some(n) = &c.phone
                && !numbers.contains(n)
            {
                numbers.push(n.clone());
            }
            if !addresses.contains(&c.email) {
                addresses.push(c.email.clone());
            }
        }
        json!({
            "emails": [],
            "calls": calls,
            "meetings": [],
            "customerData": Self::customer_data(&contacts),
            "suppliedPhoneNumber": supplied,
            "matchingPhoneNumbers": numbers,
            "emailAddresses": addresses,
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn small() -> Data {
        Data::generate(
            42,
            Sizes {
                users: 12,
                calls: 150,
                workspaces: 2,
                logs_per_type: 30,
                hour_long_call: false,
            },
        )
    }

    #[test]
    fn generation_is_deterministic_and_ids_are_wide() {
        let a = small();
        let b = small();
        let ids = |d: &Data| d.calls.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&a), ids(&b));
        assert_ne!(
            ids(&a),
            ids(&Data::generate(
                43,
                Sizes {
                    users: 12,
                    calls: 150,
                    workspaces: 2,
                    logs_per_type: 30,
                    hour_long_call: false,
                }
            ))
        );
        assert!(
            a.calls
                .iter()
                .all(|c| c.id.len() == 19 && c.id.parse::<u64>().unwrap() > (1u64 << 53))
        );
        assert!(a.users.iter().any(|u| u.id.parse::<u64>().unwrap() < (1u64 << 53)));
        assert!(a.calls.windows(2).all(|w| w[0].started <= w[1].started));
        assert_eq!(a.users.iter().filter(|u| u.avatar).count(), 2);
    }

    #[test]
    fn the_hour_long_call_comes_last_and_leaves_the_others_alone() {
        let sizes = |hour_long_call| Sizes {
            users: 12,
            calls: 150,
            workspaces: 2,
            logs_per_type: 30,
            hour_long_call,
        };
        let plain = Data::generate(42, sizes(false));
        let with = Data::generate(42, sizes(true));
        let again = Data::generate(42, sizes(true));
        let ids = |d: &Data| d.calls.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&with)[..150], ids(&plain)[..]);
        assert_eq!(ids(&with), ids(&again));
        assert_eq!(with.calls.len(), 151);
        let folder_ids = |d: &Data| d.folders.iter().map(|f| f.id.clone()).collect::<Vec<_>>();
        assert_eq!(folder_ids(&with), folder_ids(&plain));
        let long = with.calls.last().unwrap();
        assert!(long.full_transcript && long.duration == 3600 && long.parties.len() == 4);
        assert!(with.calls.windows(2).all(|w| w[0].started <= w[1].started));
        let t = super::super::render::transcript(with.seed, long);
        let sentences: Vec<_> = t.transcript.iter().flat_map(|m| m.sentences.iter()).collect();
        assert!((500..=1200).contains(&sentences.len()), "{}", sentences.len());
        let last = sentences.last().unwrap();
        assert!(last.start.unwrap() >= 3_590_000 - 7000 && last.end.unwrap() <= 3_600_000);
        let speakers: HashSet<_> = t.transcript.iter().filter_map(|m| m.speaker_id.clone()).collect();
        assert_eq!(speakers.len(), 4);
        assert!(t.transcript.windows(2).all(|w| w[0].speaker_id != w[1].speaker_id));
        // The others keep their short transcripts.
        let short = super::super::render::transcript(with.seed, &with.calls[0]);
        assert_eq!(
            short.transcript.len(),
            super::super::render::transcript(plain.seed, &plain.calls[0])
                .transcript
                .len()
        );
    }

    #[test]
    fn context_values_are_strings_numbers_booleans_and_null() {
        let d = small();
        let c = d.calls.iter().find(|c| c.company.is_some()).unwrap();
        let values: Vec<&Value> = c.context[0]["objects"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|o| o["fields"].as_array().unwrap().iter().map(|f| &f["value"]))
            .collect();
        assert!(values.iter().any(|v| v.is_string()));
        assert!(values.iter().any(|v| v.is_number()));
        assert!(values.iter().any(|v| v.is_boolean()));
        assert!(values.iter().any(|v| v.is_null()));
        // How the context renders at the basic level (test only: data is below render).
        use super::super::render::{Selector, extensive};
        let basic_level = extensive(
            d.seed,
            c,
            &Selector {
                context: 1,
                ..Selector::default()
            },
        );
        assert!(basic_level["context"][0]["objects"][0].get("fields").is_none());
        assert!(basic_level.get("parties").is_none());
    }

    #[test]
    fn erasing_an_email_removes_every_reference() {
        let mut d = small();
        let email = d
            .calls
            .iter()
            .flat_map(|c| c.parties.iter())
            .find(|p| p.user_id.is_none())
            .and_then(|p| p.email.clone())
            .unwrap();
        let before = d.email_references(&email);
        assert!(!before["calls"].as_array().unwrap().is_empty());
        assert!(d.erase_email(&email.to_uppercase()) > 0);
        let after = d.email_references(&email);
        for key in ["calls", "emails", "customerData", "customerEngagement", "meetings"] {
            assert!(after[key].as_array().unwrap().is_empty(), "{key}: {after}");
        }
    }

    /// The position of `id` found by a scan, as the id map must answer.
    fn scanned(d: &Data, id: &str) -> Option<usize> {
        d.calls.iter().position(|c| c.id == id)
    }

    fn assert_map_agrees(d: &Data) {
        for c in &d.calls {
            assert_eq!(d.call_position(&c.id), scanned(d, &c.id), "{}", c.id);
        }
        assert_eq!(d.call_position("1000000000000000001"), None);
        assert_eq!(d.call_positions.len(), d.calls.len());
    }

    #[test]
    fn the_id_map_answers_as_a_scan_does_as_calls_come_and_go() {
        let mut d = small();
        assert_map_agrees(&d);
        // Calls removed from the middle shift every later position.
        let email = d
            .calls
            .iter()
            .flat_map(|c| c.parties.iter())
            .find(|p| p.user_id.is_none())
            .and_then(|p| p.email.clone())
            .unwrap();
        let gone: Vec<String> = d
            .calls
            .iter()
            .filter(|c| c.parties.iter().any(|p| p.email.as_deref() == Some(email.as_str())))
            .map(|c| c.id.clone())
            .collect();
        assert!(d.erase_email(&email) > 0);
        assert_map_agrees(&d);
        for id in &gone {
            assert_eq!(d.call_position(id), None, "{id} was erased");
        }
        // A call inserted in the middle (by start time) shifts them again.
        let mut extra = d.calls[d.calls.len() / 2].clone();
        extra.id = "9000000000000000001".to_owned();
        d.insert_call(extra);
        assert_map_agrees(&d);
        assert_eq!(
            d.call("9000000000000000001").map(|c| c.id.as_str()),
            Some("9000000000000000001")
        );
        // A map left stale (a call pushed without a reindex) is not trusted:
        // the answer is still the scan's.
        let mut late = d.calls[d.calls.len() - 1].clone();
        late.id = "9000000000000000002".to_owned();
        d.calls.push(late);
        assert_eq!(d.call_position("9000000000000000002"), Some(d.calls.len() - 1));
        for c in &d.calls {
            assert_eq!(d.call_position(&c.id), scanned(&d, &c.id), "{}", c.id);
        }
        d.reindex_calls();
        assert_map_agrees(&d);
    }

    #[test]
    fn the_time_window_answers_as_a_scan_does_at_its_boundaries() {
        let d = small();
        let scan = |from: Option<DateTime<FixedOffset>>, to: Option<DateTime<FixedOffset>>| {
            (0..d.calls.len())
                .filter(|&i| from.is_none_or(|f| d.calls[i].started >= f) && to.is_none_or(|t| d.calls[i].started < t))
                .collect::<Vec<_>>()
        };
        let ms = chrono::Duration::milliseconds(1);
        let first = d.calls[0].started;
        let last = d.calls[d.calls.len() - 1].started;
        // Every bound at a start time, just before and just after one, in
        // another offset, and outside the tenant's calls.
        let other_offset = FixedOffset::east_opt(-5 * 3600).unwrap();
        let mut bounds = vec![
            None,
            Some(first - chrono::Duration::days(1)),
            Some(last + chrono::Duration::days(1)),
        ];
        for c in d.calls.iter().step_by(5) {
            bounds.extend([
                Some(c.started),
                Some(c.started - ms),
                Some(c.started + ms),
                Some(c.started.with_timezone(&other_offset)),
            ]);
        }
        for &from in &bounds {
            for &to in &bounds {
                assert_eq!(
                    d.calls_between(from, to).collect::<Vec<_>>(),
                    scan(from, to),
                    "{from:?}..{to:?}"
                );
            }
        }
        // A call exactly at `from` is in, one exactly at `to` is out.
        let mid = d.calls[d.calls.len() / 2].started;
        let w = d.calls_between(Some(mid), None);
        assert_eq!(d.calls[w.start].started, mid);
        let w = d.calls_between(None, Some(mid));
        assert!(d.calls[..w.end].iter().all(|c| c.started < mid));
        assert_eq!(d.calls[w.end].started, mid);
    }
}
