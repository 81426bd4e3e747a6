//! Gong's remaining paged listings: flows, manual CRM associations and the
//! `/v2/stats` family. Their records are derived from the seed and the
//! tenant's users and calls, so the same seed always lists the same records.

use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc};
use serde_json::{Value, json};

use super::data::{Data, User, ts};
use super::rng::{mix, unit_at};
use super::state::{Shared, State};
use super::{Ctx, Query, Reply, not_found_list, paged, render, time_param};
use gong_client::api::types;

/// Flows in the tenant.
const FLOWS: u64 = 260;
/// Users who own personal flows.
const ENGAGE_USERS: usize = 5;
const FLOW_NAMES: &[&str] = &[
    "Inbound follow-up",
    "Outbound prospecting",
    "Renewal outreach",
    "Event invitees",
    "Trial nurture",
    "Win-back",
];
const FLOW_FOLDERS: &[&str] = &["Company flows", "Team flows", "Personal flows"];
const SCORECARDS: &[&str] = &["Discovery call", "Demo quality", "Negotiation"];
const QUESTIONS: u64 = 3;
const INTERACTION: &[&str] = &[
    "Longest Monologue",
    "Longest Customer Story",
    "Interactivity",
    "Patience",
    "Question Rate",
    "Talk Ratio",
];

/// A stable, unique 19-digit id for record `n` of kind `salt`.
fn id_of(seed: u64, salt: u64, n: u64) -> String {
    let base = 1_000_000_000_000_000_000 + (mix(seed ^ mix(salt)) % 8_000_000_000_000) * 1_000_000;
    (base + n).to_string()
}

fn unit(seed: u64, salt: u64, n: u64) -> f64 {
    unit_at(seed, salt, n)
}

fn below(seed: u64, salt: u64, n: u64, len: usize) -> usize {
    ((unit(seed, salt, n) * len as f64) as usize).min(len.saturating_sub(1))
}

fn people(data: &Data) -> Vec<&User> {
    data.users.iter().filter(|u| !u.avatar).collect()
}

/// Pages `records` and answers `{ records, <key>: page, ..extra }`, or Gong's 404.
fn answer(
    st: &mut State,
    sb: &Shared,
    ctx: &Ctx,
    (listing, cursor): (&str, Option<&str>),
    (key, what): (&str, &str),
    records: Vec<Value>,
    extra: Value,
) -> Reply {
    if records.is_empty() {
        return not_found_list(ctx, what);
    }
    let page = match paged(st, sb, ctx, listing, cursor, records.len()) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let mut body = json!({ "records": page.records });
    body[key] = Value::Array(records[page.start..page.end].to_vec());
    if let (Value::Object(b), Value::Object(e)) = (&mut body, extra) {
        b.extend(e);
    }
    Reply::ok(200, &ctx.rid, body)
}

/// `GET /v2/flows`: the company's and shared flows, and the owner's personal ones.
pub(crate) fn flows(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    let Some(owner) = q.get("flowOwnerEmail").map(str::trim).filter(|e| !e.is_empty()) else {
        return Reply::error(400, &ctx.rid, "flowOwnerEmail is required");
    };
    let ws = q.get("workspaceId").filter(|w| !w.is_empty());
    let mut st = sb.lock();
    let seed = st.data.seed;
    let Some(owner_id) = st.data.user_by_email(owner).filter(|u| !u.avatar).map(|u| u.id.clone()) else {
        return Reply::error(
            400,
            &ctx.rid,
            format!("flowOwnerEmail {owner} is not a Gong user of this company"),
        );
    };
    if let Some(w) = ws
        && !st.data.workspaces.iter().any(|x| x.id == w)
    {
        return Reply::error(
            400,
            &ctx.rid,
            format!("workspaceId {w} is not a workspace of this company"),
        );
    }
    let users = people(&st.data);
    let records: Vec<Value> = (0..FLOWS)
        .filter_map(|i| {
            let visibility = match i % 5 {
                4 => "PERSONAL",
                3 => "SHARED",
                _ => "COMPANY",
            };
            // Personal flows belong to the first few users (the Engage users).
            let flow_owner = &users[below(seed, 22, i, users.len().min(ENGAGE_USERS))].id;
            let workspace = &st.data.workspaces[i as usize % st.data.workspaces.len()].id;
            let visible = visibility != "PERSONAL" || *flow_owner == owner_id;
            (visible && ws.is_none_or(|w| w == workspace)).then(|| {
                let folder = match visibility {
                    "PERSONAL" => 2,
                    "SHARED" => 1,
                    _ => 0,
                };
                let created = Utc.with_ymd_and_hms(2024, 1, 2, 9, 0, 0).single().unwrap_or_default()
                    + Duration::hours((unit(seed, 23, i) * 24.0 * 360.0) as i64);
                render::to_json(&types::PublicApiFlow {
                    extra: Default::default(),
                    id: render::gong_id(&id_of(seed, 21, i)),
                    name: Some(format!(
                        "{} {}",
                        FLOW_NAMES[i as usize % FLOW_NAMES.len()],
                        i / FLOW_NAMES.len() as u64 + 1
                    )),
                    folder_id: render::gong_id(&id_of(seed, 24, folder)),
                    folder_name: Some(FLOW_FOLDERS[folder as usize].to_owned()),
                    visibility: Some(visibility.to_owned()),
                    creation_date: Some(created.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
                    exclusive: Some(unit(seed, 25, i) < 0.3),
                })
            })
        })
        .collect();
    drop(users);
    let listing = format!("listFlows|{}|{}", owner.to_ascii_lowercase(), ws.unwrap_or_default());
    answer(
        &mut st,
        sb,
        ctx,
        (&listing, q.get("cursor")),
        ("flows", "flows"),
        records,
        json!({}),
    )
}

/// `GET /v2/calls/manual-crm-associations`: most external calls were
/// associated by hand some hours after they took place; oldest first.
pub(crate) fn manual_associations(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    let from = match time_param(ctx, "fromDateTime", q.get("fromDateTime")) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let mut st = sb.lock();
    let seed = st.data.seed;
    let mut found: Vec<_> = st
        .data
        .calls
        .iter()
        .filter_map(|c| {
            let co = &st.data.companies[c.company?];
            (unit(seed, 31, c.n) < 0.8).then(|| {
                let created =
                    c.started.with_timezone(&Utc) + Duration::minutes(30 + (unit(seed, 32, c.n) * 4000.0) as i64);
                (created, c, co)
            })
        })
        .filter(|(created, ..)| from.is_none_or(|f| *created >= f))
        .collect();
    found.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    let records: Vec<Value> = found
        .iter()
        .map(|(created, c, co)| {
            json!({
                "callId": c.id,
                "userId": c.primary_user,
                "created": created.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "associatedCrmObjects": [{ "accountCrmId": co.account_id, "dealCrmId": co.opportunity_id }],
            })
        })
        .collect();
    let listing = format!("manualAssociations|{}", q.get("fromDateTime").unwrap_or_default());
    answer(
        &mut st,
        sb,
        ctx,
        (&listing, q.get("cursor")),
        ("associations", "associations"),
        records,
        json!({}),
    )
}

fn date_param(ctx: &Ctx, name: &str, v: &str) -> Result<NaiveDate, Reply> {
    NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
        .map_err(|_| Reply::error(400, &ctx.rid, format!("{name} must be a date in the form YYYY-MM-DD")))
}

fn opt_date(ctx: &Ctx, name: &str, v: Option<&str>) -> Result<Option<NaiveDate>, Reply> {
    v.map(|v| date_param(ctx, name, v)).transpose()
}

/// The users a stats request is about, and its period.
struct Scope<'a> {
    users: Vec<&'a User>,
    from: NaiveDate,
    to: NaiveDate,
}

fn scope<'a>(data: &'a Data, ctx: &Ctx, f: &types::MultipleUsersWithDates) -> Result<Scope<'a>, Reply> {
    let from = date_param(ctx, "filter.fromDate", &f.from_date)?;
    let to = date_param(ctx, "filter.toDate", &f.to_date)?;
    if from >= to {
        return Err(Reply::error(
            400,
            &ctx.rid,
            "filter.toDate must be after filter.fromDate",
        ));
    }
    if (to - from).num_days() > 366 {
        return Err(Reply::error(400, &ctx.rid, "The period may span at most a year"));
    }
    let wanted: Option<Vec<&str>> = f.user_ids.as_ref().map(|ids| ids.iter().map(|i| i.as_str()).collect());
    let users = people(data)
        .into_iter()
        .filter(|u| wanted.as_ref().is_none_or(|w| w.contains(&u.id.as_str())))
        .filter(|u| f.created_from_date_time.is_none_or(|t| u.created >= t))
        .filter(|u| f.created_to_date_time.is_none_or(|t| u.created < t))
        .collect();
    Ok(Scope { users, from, to })
}

fn body_listing<T: serde::Serialize>(name: &str, f: &T) -> String {
    format!("{name}|{}", serde_json::to_string(f).unwrap_or_default())
}

/// Calls hosted and attended by `user` on days in `[from, to)` (UTC dates).
fn user_calls<'a>(data: &'a Data, user: &User, from: NaiveDate, to: NaiveDate) -> (Vec<&'a str>, Vec<&'a str>) {
    let mut hosted = Vec::new();
    let mut attended = Vec::new();
    for c in &data.calls {
        let day = c.started.with_timezone(&Utc).date_naive();
        if day < from || day >= to {
            continue;
        }
        if c.primary_user == user.id {
            hosted.push(c.id.as_str());
        }
        if c.parties.iter().any(|p| p.user_id.as_deref() == Some(user.id.as_str())) {
            attended.push(c.id.as_str());
        }
    }
    (hosted, attended)
}

/// Seeded counts of the activities that the sandbox does not model.
fn counts(seed: u64, user: &User, from: NaiveDate, to: NaiveDate, hosted: usize, attended: usize) -> Value {
    let key =
        mix(user.id.parse::<u64>().unwrap_or(0) ^ mix(from.num_days_from_ce() as u64) ^ (to.num_days_from_ce() as u64));
    let days = (to - from).num_days().max(1) as f64;
    let n = |salt: u64, per_day: f64| (unit(seed ^ key, salt, 0) * per_day * days).round() as i64;
    json!({
        "callsAsHost": hosted,
        "callsAttended": attended,
        "callsGaveFeedback": n(51, 0.4),
        "callsRequestedFeedback": n(52, 0.2),
        "callsReceivedFeedback": n(53, 0.3),
        "ownCallsListenedTo": n(54, 1.0),
        "othersCallsListenedTo": n(55, 1.5),
        "callsSharedInternally": n(56, 0.3),
        "callsSharedExternally": n(57, 0.1),
        "callsScorecardsFilled": n(58, 0.2),
        "callsScorecardsReceived": n(59, 0.2),
        "callsCommentsGiven": n(60, 0.5),
        "callsCommentsReceived": n(61, 0.5),
        "callsMarkedAsFeedbackGiven": n(62, 0.1),
        "callsMarkedAsFeedbackReceived": n(63, 0.1),
    })
}

fn day_start(d: NaiveDate) -> String {
    format!("{d}T00:00:00Z")
}

/// `POST /v2/stats/interaction`: one record per user.
pub(crate) fn interaction(sb: &Shared, ctx: &Ctx, req: types::PublicApiBaseRequestV2MultipleUsersWithDates) -> Reply {
    let mut st = sb.lock();
    let seed = st.data.seed;
    let s = match scope(&st.data, ctx, &req.filter) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let records: Vec<Value> = s
        .users
        .iter()
        .map(|u| {
            let key = mix(u.id.parse::<u64>().unwrap_or(0) ^ mix(s.from.num_days_from_ce() as u64));
            let stats: Vec<Value> = INTERACTION
                .iter()
                .enumerate()
                .map(|(k, name)| {
                    let x = unit(seed ^ key, 70, k as u64);
                    let value = match *name {
                        "Talk Ratio" => 0.3 + 0.4 * x,
                        "Interactivity" => 3.0 + 7.0 * x,
                        "Patience" => 0.4 + 1.6 * x,
                        "Question Rate" => 2.0 + 20.0 * x,
                        _ => 20.0 + 180.0 * x,
                    };
                    json!({ "name": name, "value": (value * 100.0).round() / 100.0 })
                })
                .collect();
            json!({ "userId": u.id, "userEmailAddress": u.email, "personInteractionStats": stats })
        })
        .collect();
    let extra = json!({ "fromDateTime": day_start(s.from), "toDateTime": day_start(s.to), "timeZone": "UTC" });
    let listing = body_listing("interactionStats", &req.filter);
    drop(s);
    answer(
        &mut st,
        sb,
        ctx,
        (&listing, req.cursor.as_deref()),
        ("peopleInteractionStats", "users"),
        records,
        extra,
    )
}

/// `POST /v2/stats/activity/aggregate`: one record per user.
pub(crate) fn aggregate(sb: &Shared, ctx: &Ctx, req: types::PublicApiBaseRequestV2MultipleUsersWithDates) -> Reply {
    let mut st = sb.lock();
    let seed = st.data.seed;
    let s = match scope(&st.data, ctx, &req.filter) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let records: Vec<Value> = s
        .users
        .iter()
        .map(|u| {
            let (h, a) = user_calls(&st.data, u, s.from, s.to);
            json!({
                "userId": u.id,
                "userEmailAddress": u.email,
                "userAggregateActivityStats": counts(seed, u, s.from, s.to, h.len(), a.len()),
            })
        })
        .collect();
    let extra = json!({ "fromDateTime": day_start(s.from), "toDateTime": day_start(s.to), "timeZone": "UTC" });
    let listing = body_listing("aggregateActivity", &req.filter);
    drop(s);
    answer(
        &mut st,
        sb,
        ctx,
        (&listing, req.cursor.as_deref()),
        ("usersAggregateActivityStats", "users"),
        records,
        extra,
    )
}

/// `POST /v2/stats/activity/day-by-day`: one record per user, a day each.
pub(crate) fn day_by_day(sb: &Shared, ctx: &Ctx, req: types::PublicApiBaseRequestV2MultipleUsersWithDates) -> Reply {
    let mut st = sb.lock();
    let seed = st.data.seed;
    let s = match scope(&st.data, ctx, &req.filter) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let records: Vec<Value> = s
        .users
        .iter()
        .map(|u| {
            let days: Vec<Value> = s
                .from
                .iter_days()
                .take_while(|d| *d < s.to)
                .map(|d| {
                    let next = d.succ_opt().unwrap_or(d);
                    let (h, a) = user_calls(&st.data, u, d, next);
                    let mut day = counts(seed, u, d, next, 0, 0);
                    // Day by day, Gong lists the calls, not counts.
                    if let Value::Object(m) = &mut day {
                        for v in m.values_mut() {
                            *v = json!([]);
                        }
                    }
                    day["callsAsHost"] = json!(h);
                    day["callsAttended"] = json!(a);
                    day["fromDate"] = json!(day_start(d));
                    day["toDate"] = json!(day_start(next));
                    day
                })
                .collect();
            json!({ "userId": u.id, "userEmailAddress": u.email, "userDailyActivityStats": days })
        })
        .collect();
    let listing = body_listing("dayByDay", &req.filter);
    drop(s);
    answer(
        &mut st,
        sb,
        ctx,
        (&listing, req.cursor.as_deref()),
        ("usersDetailedActivities", "users"),
        records,
        json!({}),
    )
}

/// The start of the period of `period` that holds `d`.
fn period_start(d: NaiveDate, period: types::RequestWithTimePeriodAggregationPeriod) -> NaiveDate {
    use types::RequestWithTimePeriodAggregationPeriod as P;
    let first = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d);
    match period {
        P::Day => d,
        P::Week => d - Duration::days(d.weekday().num_days_from_monday() as i64),
        P::Month => first(d.year(), d.month()),
        P::Quarter => first(d.year(), (d.month() - 1) / 3 * 3 + 1),
        P::Year => first(d.year(), 1),
    }
}

fn period_end(start: NaiveDate, period: types::RequestWithTimePeriodAggregationPeriod) -> NaiveDate {
    use types::RequestWithTimePeriodAggregationPeriod as P;
    let months = |n: u32| start.checked_add_months(chrono::Months::new(n)).unwrap_or(start);
    match period {
        P::Day => start + Duration::days(1),
        P::Week => start + Duration::days(7),
        P::Month => months(1),
        P::Quarter => months(3),
        P::Year => months(12),
    }
}

/// `POST /v2/stats/activity/aggregate-by-period`: one record per user, a
/// period each (clipped to the requested dates).
pub(crate) fn aggregate_by_period(sb: &Shared, ctx: &Ctx, req: types::RequestWithTimePeriod) -> Reply {
    let mut st = sb.lock();
    let seed = st.data.seed;
    let s = match scope(&st.data, ctx, &req.filter) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let period = req.aggregation_period;
    let mut spans = Vec::new();
    let mut start = s.from;
    while start < s.to {
        let end = period_end(period_start(start, period), period).min(s.to);
        spans.push((start, end));
        start = end;
    }
    let records: Vec<Value> = s
        .users
        .iter()
        .map(|u| {
            let periods: Vec<Value> = spans
                .iter()
                .map(|&(a, b)| {
                    let (h, at) = user_calls(&st.data, u, a, b);
                    let mut v = counts(seed, u, a, b, h.len(), at.len());
                    v["fromDate"] = json!(day_start(a));
                    v["toDate"] = json!(day_start(b));
                    v
                })
                .collect();
            json!({ "userId": u.id, "userEmailAddress": u.email, "userAggregateActivity": periods })
        })
        .collect();
    let listing = format!(
        "{}|{}",
        body_listing("aggregateByPeriod", &req.filter),
        serde_json::to_string(&period).unwrap_or_default()
    );
    drop(s);
    answer(
        &mut st,
        sb,
        ctx,
        (&listing, req.cursor.as_deref()),
        ("usersAggregateActivity", "users"),
        records,
        json!({}),
    )
}

/// `GET /v2/settings/scorecards`: the company's scorecards, the ones the
/// answered scorecards answer, each in a workspace of the tenant.
pub(crate) fn scorecard_settings(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    let st = sb.lock();
    let seed = st.data.seed;
    let ws = q.get("workspaceId").filter(|w| !w.is_empty());
    let updater = people(&st.data).first().map(|u| u.id.clone()).unwrap_or_default();
    let cards: Vec<Value> = SCORECARDS
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let n = i as u64;
            let workspace = &st.data.workspaces[i % st.data.workspaces.len().max(1)].id;
            let created =
                Utc.with_ymd_and_hms(2024, 3, 4, 10, 0, 0).single().unwrap_or_default() + Duration::days(30 * n as i64);
            let questions: Vec<Value> = (0..QUESTIONS)
                .map(|q| {
                    let k = n * QUESTIONS + q;
                    json!({
                        "questionId": id_of(seed, 46, k),
                        "questionRevisionId": id_of(seed, 47, k),
                        "questionText": format!("{name}: question {}", q + 1),
                        "isOverall": q == 0,
                        "created": created.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                        "updated": created.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                        "updaterUserId": updater,
                        "answerOptions": [],
                    })
                })
                .collect();
            (
                workspace.clone(),
                json!({
                    "scorecardId": id_of(seed, 43, n),
                    "scorecardName": name,
                    "workspaceId": workspace,
                    "enabled": i + 1 < SCORECARDS.len(),
                    "updaterUserId": updater,
                    "created": created.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                    "updated": (created + Duration::days(7)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                    "reviewMethod": "MANUAL",
                    "questions": questions,
                }),
            )
        })
        .filter(|(w, _)| ws.is_none_or(|x| x == w))
        .map(|(_, v)| v)
        .collect();
    Reply::ok(200, &ctx.rid, json!({ "scorecards": cards }))
}

/// `GET /v2/settings/trackers`: the trackers whose occurrences calls carry,
/// in every workspace (or the one asked for).
pub(crate) fn trackers(sb: &Shared, ctx: &Ctx, q: &Query) -> Reply {
    let st = sb.lock();
    let seed = st.data.seed;
    let ws = q.get("workspaceId").filter(|w| !w.is_empty());
    let creator = people(&st.data).first().map(|u| u.id.clone()).unwrap_or_default();
    let mut list = Vec::new();
    for (w, workspace) in st.data.workspaces.iter().enumerate() {
        if ws.is_some_and(|x| x != workspace.id) {
            continue;
        }
        for (i, (name, kind)) in super::data::TRACKERS.iter().enumerate() {
            let n = (w * super::data::TRACKERS.len() + i) as u64;
            let created =
                Utc.with_ymd_and_hms(2024, 2, 1, 9, 0, 0).single().unwrap_or_default() + Duration::days(11 * n as i64);
            list.push(json!({
                "trackerId": id_of(seed, 61, n),
                "trackerName": name,
                "workspaceId": workspace.id,
                "languageKeywords": [{
                    "language": "eng",
                    "keywords": [name.to_lowercase()],
                    "includeRelatedForms": *kind == "SMART",
                }],
                "affiliation": if i % 2 == 0 { "Anyone" } else { "NonCompany" },
                "partOfQuestion": false,
                "saidAt": "Anytime",
                "saidAtInterval": null,
                "saidAtUnit": null,
                "saidInTopics": [],
                "filterQuery": "",
                "created": created.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "creatorUserId": creator,
                "updated": created.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "updaterUserId": creator,
            }));
        }
    }
    Reply::ok(200, &ctx.rid, json!({ "keywordTrackers": list }))
}

/// `POST /v2/stats/activity/scorecards`: half the calls were scored by a
/// colleague of the host, a day or so later; in call order.
pub(crate) fn scorecards(sb: &Shared, ctx: &Ctx, req: types::PublicApiBaseRequestV2AnsweredScorecardsFilter) -> Reply {
    let f = &req.filter;
    let dates = (|| {
        Ok::<_, Reply>((
            opt_date(ctx, "filter.callFromDate", f.call_from_date.as_deref())?,
            opt_date(ctx, "filter.callToDate", f.call_to_date.as_deref())?,
            opt_date(ctx, "filter.reviewFromDate", f.review_from_date.as_deref())?,
            opt_date(ctx, "filter.reviewToDate", f.review_to_date.as_deref())?,
        ))
    })();
    let (call_from, call_to, review_from, review_to) = match dates {
        Ok(d) => d,
        Err(r) => return r,
    };
    let reviewed: Option<Vec<&str>> = f
        .reviewed_user_ids
        .as_ref()
        .map(|v| v.iter().map(|i| i.as_str()).collect());
    let cards: Option<Vec<&str>> = f.scorecard_ids.as_ref().map(|v| v.iter().map(|i| i.as_str()).collect());
    let in_range = |d: NaiveDate, from: Option<NaiveDate>, to: Option<NaiveDate>| {
        from.is_none_or(|f| d >= f) && to.is_none_or(|t| d < t)
    };
    let mut st = sb.lock();
    let seed = st.data.seed;
    let users = people(&st.data);
    let records: Vec<Value> = st
        .data
        .calls
        .iter()
        .filter(|c| unit(seed, 41, c.n) < 0.5)
        .filter_map(|c| {
            let card = below(seed, 42, c.n, SCORECARDS.len());
            let card_id = id_of(seed, 43, card as u64);
            let mut reviewer = &users[below(seed, 44, c.n, users.len())].id;
            if *reviewer == c.primary_user && users.len() > 1 {
                reviewer = &users[(below(seed, 44, c.n, users.len()) + 1) % users.len()].id;
            }
            let started = c.started.with_timezone(&Utc);
            let review = started + Duration::minutes(60 + (unit(seed, 45, c.n) * 3000.0) as i64);
            let keep = in_range(started.date_naive(), call_from, call_to)
                && in_range(review.date_naive(), review_from, review_to)
                && reviewed.as_ref().is_none_or(|r| r.contains(&c.primary_user.as_str()))
                && cards.as_ref().is_none_or(|k| k.contains(&card_id.as_str()));
            keep.then(|| {
                let answers: Vec<Value> = (0..QUESTIONS)
                    .map(|q| {
                        let k = card as u64 * QUESTIONS + q;
                        json!({
                            "questionId": id_of(seed, 46, k),
                            "questionRevisionId": id_of(seed, 47, k),
                            "isOverall": q == 0,
                            "score": 1 + below(seed ^ k, 48, c.n, 5),
                            "answerText": null,
                            "notApplicable": false,
                            "selectedOptions": [],
                        })
                    })
                    .collect();
                json!({
                    "answeredScorecardId": id_of(seed, 49, c.n),
                    "scorecardId": card_id,
                    "scorecardName": SCORECARDS[card],
                    "callId": c.id,
                    "callStartTime": ts(&c.started),
                    "reviewedUserId": c.primary_user,
                    "reviewerUserId": reviewer,
                    "reviewTime": review.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                    "visibilityType": "PUBLIC",
                    "answers": answers,
                })
            })
        })
        .collect();
    drop(users);
    let listing = body_listing("answeredScorecards", f);
    answer(
        &mut st,
        sb,
        ctx,
        (&listing, req.cursor.as_deref()),
        ("answeredScorecards", "scorecards"),
        records,
        json!({}),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use types::RequestWithTimePeriodAggregationPeriod as P;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn periods_start_and_end_on_calendar_boundaries() {
        // 2025-01-01 is a Wednesday.
        assert_eq!(period_start(d("2025-01-01"), P::Week), d("2024-12-30"));
        assert_eq!(period_end(d("2024-12-30"), P::Week), d("2025-01-06"));
        assert_eq!(period_start(d("2025-05-17"), P::Quarter), d("2025-04-01"));
        assert_eq!(period_end(d("2025-04-01"), P::Quarter), d("2025-07-01"));
        assert_eq!(period_start(d("2025-05-17"), P::Month), d("2025-05-01"));
        assert_eq!(period_end(d("2024-12-01"), P::Month), d("2025-01-01"));
        assert_eq!(period_start(d("2025-05-17"), P::Year), d("2025-01-01"));
        assert_eq!(period_end(d("2025-05-17"), P::Day), d("2025-05-18"));
    }

    #[test]
    fn record_ids_are_distinct_per_kind() {
        let a: std::collections::HashSet<_> = (0..500).map(|n| id_of(7, 21, n)).collect();
        assert_eq!(a.len(), 500);
        assert!(a.iter().all(|id| id.len() == 19));
        assert_ne!(id_of(7, 21, 0), id_of(7, 49, 0));
    }
}
