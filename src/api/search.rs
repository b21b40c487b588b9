//! Search everything the person wrote (journal, gratitude, chats) through the vault's own full-text
//! index.

use super::App;
use crate::error::Result;
use crate::vault::repo::search::{self, SearchHit};

/// Hits shown for one query.
pub const HITS: usize = 50;

/// The best `HITS` hits for `query`, ranked; empty when it has no word in it.
pub fn search(app: &App, query: &str) -> Result<Vec<SearchHit>> {
    app.with_vault(|v| v.with_conn(|c| search::search(c, query, HITS)))
}
