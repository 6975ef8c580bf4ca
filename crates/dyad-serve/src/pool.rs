//! A few store connections shared by the request handlers, and a small result cache.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use dyad_store::Store;

/// Read connections; a call takes a free one, or waits for one.
pub struct Pool {
    stores: Vec<Mutex<Store>>,
    next: AtomicUsize,
}

impl Pool {
    pub fn open(path: &Path, n: usize) -> dyad_store::Result<Pool> {
        let stores = (0..n).map(|_| Store::open(path).map(Mutex::new)).collect::<Result<_, _>>()?;
        Ok(Pool { stores, next: AtomicUsize::new(0) })
    }

    /// Runs `f` on a free connection (blocking: call from `spawn_blocking`).
    pub fn with<T>(&self, f: impl FnOnce(&Store) -> T) -> T {
        let n = self.stores.len();
        let start = self.next.fetch_add(1, Ordering::Relaxed) % n;
        for i in 0..n {
            if let Ok(store) = self.stores[(start + i) % n].try_lock() {
                return f(&store);
            }
        }
        // A panic while holding a connection leaves it usable: SQLite rolled back whatever was open.
        let store = self.stores[start].lock().unwrap_or_else(|p| p.into_inner());
        f(&store)
    }
}

/// What the data looks like now: changes whenever a document is stored or an analyst correction
/// is made, by this server or by another process on the same database.
pub fn data_version(store: &Store) -> String {
    store
        .connection()
        .query_row(
            "SELECT (SELECT COUNT(*) FROM documents) || ':' || (SELECT COALESCE(MAX(id), 0) FROM documents) || ':' || (SELECT COUNT(*) FROM rules) || ':' || (SELECT COALESCE(MAX(id), 0) FROM rules)",
            [],
            |r| r.get(0),
        )
        .unwrap_or_default()
}

/// Expensive results (alerts, relations) by request, valid while the data version holds.
#[derive(Default)]
pub struct Cache {
    entries: Mutex<HashMap<String, (String, serde_json::Value)>>,
}

impl Cache {
    const MAX_ENTRIES: usize = 256;

    pub fn get(&self, key: &str, version: &str) -> Option<serde_json::Value> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.get(key).filter(|(v, _)| v == version).map(|(_, value)| value.clone())
    }

    pub fn put(&self, key: String, version: String, value: serde_json::Value) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= Self::MAX_ENTRIES {
            entries.clear();
        }
        entries.insert(key, (version, value));
    }
}
