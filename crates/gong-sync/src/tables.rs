//! The tables a sync writes, described once: each table's name, key and
//! typed columns with a logical type. Both stores build their upserts from
//! these descriptions (`Row::record`, in `store.rs`, maps each row type onto
//! its table), and the PostgreSQL and SQLite DDL of the tables that
//! came after the first schema versions too. A unit test checks every
//! SQLite table's live columns against them; the PostgreSQL suite checks the
//! new tables' types.
//!
//! Every record table also has `json` (the record as Gong sent it),
//! `json_sha256` (its change hash) and `synced_at`, which are not listed.

use chrono::{DateTime, Utc};

/// A column's logical type, and how each dialect stores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Text (ids too: Gong's ids exceed 2^53).
    Text,
    /// A 64-bit integer.
    BigInt,
    /// A 32-bit integer (a counter).
    Int,
    /// A boolean: `INTEGER` 0/1 in SQLite.
    Bool,
    /// A time: RFC 3339 UTC text in SQLite, `timestamptz` in PostgreSQL.
    Time,
}

impl Kind {
    /// The SQLite column type.
    pub(crate) fn sqlite(self) -> &'static str {
        match self {
            Kind::Text | Kind::Time => "TEXT",
            Kind::BigInt | Kind::Int | Kind::Bool => "INTEGER",
        }
    }

    /// The PostgreSQL column type.
    pub(crate) fn postgres(self) -> &'static str {
        match self {
            Kind::Text => "TEXT",
            Kind::BigInt => "BIGINT",
            Kind::Int => "INTEGER",
            Kind::Bool => "BOOLEAN",
            Kind::Time => "TIMESTAMPTZ",
        }
    }
}

/// A typed column.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Column {
    /// Its name.
    pub name: &'static str,
    /// Its logical type.
    pub kind: Kind,
}

const fn col(name: &'static str, kind: Kind) -> Column {
    Column { name, kind }
}

const fn text(name: &'static str) -> Column {
    col(name, Kind::Text)
}

/// A record table: its key (text columns) and its typed columns.
#[derive(Debug)]
pub(crate) struct Table {
    /// The table's name.
    pub name: &'static str,
    /// The key's columns, all text.
    pub key: &'static [&'static str],
    /// The typed columns besides the key.
    pub columns: &'static [Column],
    /// Secondary indexes: (index name, column).
    pub indexes: &'static [(&'static str, &'static str)],
}

pub(crate) static CALLS: Table = Table {
    name: "calls",
    key: &["id"],
    columns: &[
        col("started", Kind::Time),
        col("scheduled", Kind::Time),
        text("title"),
        text("primary_user_id"),
        text("workspace_id"),
        text("direction"),
        col("duration", Kind::BigInt),
        text("url"),
        col("transcript_needed", Kind::Bool),
        col("transcript_attempts", Kind::Int),
    ],
    indexes: &[("calls_started", "started"), ("calls_primary_user", "primary_user_id")],
};

pub(crate) static TRANSCRIPTS: Table = Table {
    name: "transcripts",
    key: &["call_id"],
    columns: &[col("monologues", Kind::BigInt)],
    indexes: &[],
};

pub(crate) static USERS: Table = Table {
    name: "users",
    key: &["id"],
    columns: &[
        text("email_address"),
        text("first_name"),
        text("last_name"),
        text("title"),
        col("active", Kind::Bool),
        text("manager_id"),
    ],
    indexes: &[("users_email", "email_address")],
};

pub(crate) static WORKSPACES: Table = Table {
    name: "workspaces",
    key: &["id"],
    columns: &[text("name")],
    indexes: &[],
};

pub(crate) static LIBRARY_FOLDERS: Table = Table {
    name: "library_folders",
    key: &["id"],
    columns: &[text("name"), text("parent_folder_id")],
    indexes: &[],
};

pub(crate) static LIBRARY_FOLDER_CALLS: Table = Table {
    name: "library_folder_calls",
    key: &["folder_id", "call_id"],
    columns: &[text("title")],
    indexes: &[("library_folder_calls_call", "call_id")],
};

pub(crate) static SCORECARDS: Table = Table {
    name: "scorecards",
    key: &["id"],
    columns: &[
        text("name"),
        text("workspace_id"),
        col("enabled", Kind::Bool),
        text("review_method"),
        col("updated", Kind::Time),
    ],
    indexes: &[],
};

pub(crate) static ANSWERED_SCORECARDS: Table = Table {
    name: "answered_scorecards",
    key: &["id"],
    columns: &[
        text("scorecard_id"),
        text("scorecard_name"),
        text("call_id"),
        col("call_started", Kind::Time),
        text("reviewed_user_id"),
        text("reviewer_user_id"),
        text("review_method"),
        col("review_time", Kind::Time),
    ],
    indexes: &[
        ("answered_scorecards_review_time", "review_time"),
        ("answered_scorecards_call", "call_id"),
    ],
};

pub(crate) static TRACKERS: Table = Table {
    name: "trackers",
    key: &["id"],
    columns: &[
        text("name"),
        text("workspace_id"),
        text("affiliation"),
        col("updated", Kind::Time),
    ],
    indexes: &[],
};

pub(crate) static CALL_OUTCOMES: Table = Table {
    name: "call_outcomes",
    key: &["name"],
    columns: &[
        text("category"),
        text("connect_status"),
        text("sentiment"),
        col("display_order", Kind::BigInt),
    ],
    indexes: &[],
};

pub(crate) static FLOWS: Table = Table {
    name: "flows",
    key: &["id"],
    columns: &[text("name"), text("folder_id"), text("folder_name"), text("visibility")],
    indexes: &[],
};

pub(crate) static TASKS: Table = Table {
    name: "tasks",
    key: &["id"],
    columns: &[
        text("user_id"),
        text("status"),
        text("task_type"),
        text("title"),
        col("due_date", Kind::Time),
        col("updated", Kind::Time),
    ],
    indexes: &[("tasks_user", "user_id")],
};

/// Every record table, in the order of the schema.
pub(crate) static ALL: [&Table; 12] = [
    &CALLS,
    &TRANSCRIPTS,
    &USERS,
    &WORKSPACES,
    &LIBRARY_FOLDERS,
    &LIBRARY_FOLDER_CALLS,
    &SCORECARDS,
    &ANSWERED_SCORECARDS,
    &TRACKERS,
    &CALL_OUTCOMES,
    &FLOWS,
    &TASKS,
];

/// The tables of the new streams, created by schema version 4 from their
/// descriptions here.
pub(crate) static STREAM_TABLES_V4: [&Table; 6] = [
    &SCORECARDS,
    &ANSWERED_SCORECARDS,
    &TRACKERS,
    &CALL_OUTCOMES,
    &FLOWS,
    &TASKS,
];

/// A typed column's value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    /// [`Kind::Text`].
    Text(Option<String>),
    /// [`Kind::BigInt`].
    BigInt(Option<i64>),
    /// [`Kind::Int`].
    Int(Option<i32>),
    /// [`Kind::Bool`].
    Bool(Option<bool>),
    /// [`Kind::Time`].
    Time(Option<DateTime<Utc>>),
}

/// One row as a table writes it: key values, one cell per typed column (in
/// the table's order), and the JSON.
pub(crate) struct Record<'r> {
    pub table: &'static Table,
    pub key: Vec<&'r str>,
    pub cells: Vec<Cell>,
    pub json: &'r str,
}

/// SQL dialects, for the statements built from the descriptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    fn placeholder(self, i: usize) -> String {
        match self {
            Dialect::Sqlite => format!("?{i}"),
            Dialect::Postgres => format!("${i}"),
        }
    }
}

/// A schema migration: literal SQL (the versions written before the
/// descriptions, kept as they were deployed), or tables created from their
/// descriptions.
#[derive(Debug)]
pub(crate) enum Migration {
    /// SQL run as it is.
    Sql(&'static str),
    /// These tables and their indexes.
    Tables(&'static [&'static Table]),
}

impl Migration {
    /// The migration's SQL in a dialect.
    pub(crate) fn sql(&self, d: Dialect) -> String {
        match self {
            Migration::Sql(s) => (*s).to_owned(),
            Migration::Tables(ts) => ts.iter().map(|t| create_sql(t, d)).collect(),
        }
    }
}

/// `CREATE TABLE` (and its indexes) of a table in a dialect.
pub(crate) fn create_sql(table: &Table, d: Dialect) -> String {
    let ty = |k: Kind| match d {
        Dialect::Sqlite => k.sqlite(),
        Dialect::Postgres => k.postgres(),
    };
    let mut cols: Vec<String> = table.key.iter().map(|k| format!("    {k} TEXT NOT NULL")).collect();
    cols.extend(table.columns.iter().map(|c| format!("    {} {}", c.name, ty(c.kind))));
    cols.push(format!(
        "    json {} NOT NULL",
        if d == Dialect::Postgres { "JSONB" } else { "TEXT" }
    ));
    cols.push("    json_sha256 TEXT NOT NULL".to_owned());
    cols.push(format!("    synced_at {} NOT NULL", ty(Kind::Time)));
    cols.push(format!("    PRIMARY KEY ({})", table.key.join(", ")));
    let mut sql = format!("CREATE TABLE {} (\n{}\n);\n", table.name, cols.join(",\n"));
    for (name, column) in table.indexes {
        sql.push_str(&format!("CREATE INDEX {name} ON {} ({column});\n", table.name));
    }
    sql
}

/// `SELECT json_sha256 FROM table WHERE key = ...`.
pub(crate) fn hash_sql(table: &Table, d: Dialect) -> String {
    format!("SELECT json_sha256 FROM {} WHERE {}", table.name, key_where(table, d))
}

fn key_where(table: &Table, d: Dialect) -> String {
    table
        .key
        .iter()
        .enumerate()
        .map(|(i, k)| format!("{k} = {}", d.placeholder(i + 1)))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// The upsert of a table's row: parameters are the key values, the cells
/// in column order, then the JSON, its hash and the sync time.
pub(crate) fn upsert_sql(table: &Table, d: Dialect) -> String {
    let mut names: Vec<&str> = table.key.to_vec();
    names.extend(table.columns.iter().map(|c| c.name));
    names.extend(["json", "json_sha256", "synced_at"]);
    let json_at = table.key.len() + table.columns.len() + 1;
    let values: Vec<String> = (1..=names.len())
        .map(|i| match d {
            Dialect::Postgres if i == json_at => format!("${i}::text::jsonb"),
            _ => d.placeholder(i),
        })
        .collect();
    let updates = names[table.key.len()..]
        .iter()
        .map(|n| format!("{n} = excluded.{n}"))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "INSERT INTO {} ({}) VALUES ({}) ON CONFLICT ({}) DO UPDATE SET {updates}",
        table.name,
        names.join(", "),
        values.join(", "),
        table.key.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_follow_the_description_in_both_dialects() {
        let s = upsert_sql(&LIBRARY_FOLDER_CALLS, Dialect::Sqlite);
        assert_eq!(
            s,
            "INSERT INTO library_folder_calls (folder_id, call_id, title, json, json_sha256, synced_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (folder_id, call_id) DO UPDATE SET \
             title = excluded.title, json = excluded.json, json_sha256 = excluded.json_sha256, \
             synced_at = excluded.synced_at"
        );
        let p = upsert_sql(&LIBRARY_FOLDER_CALLS, Dialect::Postgres);
        assert!(p.contains("VALUES ($1, $2, $3, $4::text::jsonb, $5, $6)"), "{p}");
        assert_eq!(
            hash_sql(&LIBRARY_FOLDER_CALLS, Dialect::Postgres),
            "SELECT json_sha256 FROM library_folder_calls WHERE folder_id = $1 AND call_id = $2"
        );
        let c = create_sql(&ANSWERED_SCORECARDS, Dialect::Postgres);
        assert!(c.contains("review_time TIMESTAMPTZ,"), "{c}");
        assert!(c.contains("json JSONB NOT NULL"), "{c}");
        assert!(c.contains("CREATE INDEX answered_scorecards_review_time ON answered_scorecards (review_time);"));
        let c = create_sql(&SCORECARDS, Dialect::Sqlite);
        assert!(c.contains("enabled INTEGER,") && c.contains("updated TEXT,"), "{c}");
    }
}
