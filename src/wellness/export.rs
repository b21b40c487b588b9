//! Complete, versioned JSON export of a vault and its lossless import into an empty vault.
//! Every table is written row by row, ordered by key, every column by name (sorted), so export →
//! import → export gives the same bytes, ids included. No timestamp of the export itself is written.

use crate::error::{Code, Error, Result};
use crate::vault::migrations;
use data_encoding::BASE64;
use rusqlite::types::{Value as Sql, ValueRef};
use rusqlite::Connection;
use serde_json::{Map, Value};

/// Format name in the file.
pub const FORMAT: &str = "mentora-export";
/// Version of this format.
pub const VERSION: u64 = 1;
/// The oldest schema whose exports import (see [`import_json`]).
pub const READS_BACK_TO: u64 = 7;

/// Tables in insertion order (parents before children), with their ordering key.
const TABLES: &[(&str, &str)] = &[
    ("settings", "key"),
    ("chats", "id"),
    ("messages", "id"),
    ("emotion_sessions", "id"),
    ("emotion_timeline", "session_id, t_ms"),
    ("sentiment_results", "id"),
    ("journal_entries", "id"),
    ("gratitude_items", "id"),
    ("sleep_logs", "id"),
    ("breathing_sessions", "id"),
    ("assessments", "id"),
    ("activity_days", "local_date"),
    ("streak_state", "id"),
    ("badges", "code"),
    ("quests", "week, code"),
    ("points", "reason"),
    ("saved_reports", "id"),
    ("chat_sessions", "id"),
    ("safety_plan", "id"),
    ("safety_events", "id"),
    ("activities", "name"),
    ("journal_templates", "id"),
    ("affect_corrections", "id"),
    ("voice_sessions", "id"),
    ("voice_timeline", "session_id, t_ms"),
];

fn columns(c: &Connection, table: &str) -> Result<Vec<String>> {
    let mut st = c.prepare(&format!("PRAGMA table_info({table})"))?;
    let cols = st
        .query_map([], |r| r.get::<_, String>(1))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(cols)
}

fn to_json(v: ValueRef) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Value::from(f),
        ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => serde_json::json!({ "base64": BASE64.encode(b) }),
    }
}

fn to_sql(field: &str, v: &Value) -> Result<Sql> {
    Ok(match v {
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(i64::from(*b)),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Sql::Integer(i),
            None => Sql::Real(
                n.as_f64()
                    .ok_or_else(|| Error::invalid(field, "number out of range"))?,
            ),
        },
        Value::String(s) => Sql::Text(s.clone()),
        Value::Object(o) => match o.get("base64").and_then(Value::as_str) {
            Some(b) => Sql::Blob(
                BASE64
                    .decode(b.as_bytes())
                    .map_err(|_| Error::invalid(field, "bad base64"))?,
            ),
            None => return Err(Error::invalid(field, "unexpected object")),
        },
        Value::Array(_) => return Err(Error::invalid(field, "unexpected array")),
    })
}

/// The whole vault as pretty JSON (ends with a newline).
pub fn export_json(c: &Connection) -> Result<String> {
    let mut tables = Map::new();
    for (table, order) in TABLES {
        let cols = columns(c, table)?;
        let mut st = c.prepare(&format!(
            "SELECT {} FROM {table} ORDER BY {order}",
            cols.join(", ")
        ))?;
        let mut rows = st.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let mut obj = Map::new();
            for (i, col) in cols.iter().enumerate() {
                obj.insert(col.clone(), to_json(r.get_ref(i)?));
            }
            out.push(Value::Object(obj));
        }
        tables.insert((*table).to_string(), Value::Array(out));
    }
    let doc = serde_json::json!({
        "format": FORMAT,
        "version": VERSION,
        "schema": migrations::CURRENT,
        "tables": tables,
    });
    Ok(serde_json::to_string_pretty(&doc).expect("serializes") + "\n")
}

/// Imports an export into an empty vault, in one transaction: any error leaves the vault untouched.
/// Returns the number of rows written. The cloud-sharing consents ([`CONSENTS`]) are not taken from
/// the file: the person gives them again on this machine.
pub fn import_json(c: &mut Connection, text: &str) -> Result<usize> {
    let doc: Value = serde_json::from_str(text)
        .map_err(|e| Error::invalid("file", format!("not valid JSON: {e}")))?;
    if doc["format"] != FORMAT {
        return Err(Error::invalid("format", "not a Mentora export"));
    }
    if doc["version"].as_u64() != Some(VERSION) {
        return Err(Error::invalid(
            "version",
            format!(
                "version {} is not supported (this Mentora reads {VERSION})",
                doc["version"]
            ),
        ));
    }
    // Exports from older schemas back to READS_BACK_TO are read too: v7 → v8 only added a column (an
    // empty one reads as NULL) and a table, v8 → v9 two tables (absent: no rows), so nothing is lost.
    if !doc["schema"]
        .as_u64()
        .is_some_and(|v| (READS_BACK_TO..=u64::from(migrations::CURRENT)).contains(&v))
    {
        return Err(Error::invalid(
            "schema",
            format!(
                "exported at schema {}, this Mentora is at {}",
                doc["schema"],
                migrations::CURRENT
            ),
        ));
    }
    let tables = doc["tables"]
        .as_object()
        .ok_or_else(|| Error::invalid("tables", "missing"))?;
    if let Some(unknown) = tables.keys().find(|k| !TABLES.iter().any(|(t, _)| t == k)) {
        return Err(Error::invalid(
            &format!("tables.{unknown}"),
            "unknown table",
        ));
    }
    let tx = c.transaction()?;
    for (table, _) in TABLES {
        let n: i64 = tx.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
        if n > 0 {
            return Err(Error::new(
                Code::InvalidInput,
                format!("vault: import needs an empty profile ({table} has {n} rows)"),
            ));
        }
    }
    let mut written = 0;
    for (table, _) in TABLES {
        let cols = columns(&tx, table)?;
        let Some(rows) = tables.get(*table) else {
            continue;
        };
        let rows = rows
            .as_array()
            .ok_or_else(|| Error::invalid(&format!("tables.{table}"), "must be a list"))?;
        for (i, row) in rows.iter().enumerate() {
            let obj = row.as_object().ok_or_else(|| {
                Error::invalid(&format!("tables.{table}[{i}]"), "must be an object")
            })?;
            if let Some(bad) = obj.keys().find(|k| !cols.contains(k)) {
                return Err(Error::invalid(
                    &format!("tables.{table}[{i}].{bad}"),
                    "unknown column",
                ));
            }
            let names: Vec<&String> = obj.keys().collect();
            let values = names
                .iter()
                .map(|k| to_sql(&format!("tables.{table}[{i}].{k}"), &obj[*k]))
                .collect::<Result<Vec<_>>>()?;
            let sql = format!(
                "INSERT INTO {table} ({}) VALUES ({})",
                names
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                (1..=names.len())
                    .map(|i| format!("?{i}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            tx.execute(&sql, rusqlite::params_from_iter(values))
                .map_err(|e| {
                    Error::invalid(
                        &format!("tables.{table}[{i}]"),
                        format!("refused by the vault: {e}"),
                    )
                })?;
            written += 1;
        }
    }
    // Consent is given on this machine, never by a file: sharing with the cloud starts off again.
    for key in CONSENTS {
        tx.execute("DELETE FROM settings WHERE key = ?1", [key])?;
    }
    tx.commit()?;
    Ok(written)
}

/// Settings that send data to the cloud: an import never turns them on.
pub const CONSENTS: [&str; 2] = [
    crate::chat::config::SHARE_HEALTH,
    crate::reports::SHARE_JOURNAL,
];
