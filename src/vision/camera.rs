//! Camera discovery through nokhwa (Video4Linux on Linux). Listing never opens a camera.

use crate::error::{Code, Error, Result};
use nokhwa::utils::ApiBackend;
use serde::Serialize;

/// A camera the system offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct CameraInfo {
    /// nokhwa's index (a number or a device path).
    pub index: String,
    /// Human name, e.g. "Integrated Camera".
    pub name: String,
    /// Driver description.
    pub description: String,
}

/// Lists the cameras; an empty list means none is connected (not an error).
pub fn list_cameras() -> Result<Vec<CameraInfo>> {
    let found = nokhwa::query(ApiBackend::Auto)
        .map_err(|e| Error::new(Code::CameraUnavailable, format!("cannot list cameras: {e}")))?;
    Ok(found
        .into_iter()
        .map(|c| CameraInfo {
            index: c.index().to_string(),
            name: c.human_name(),
            description: c.description().to_string(),
        })
        .collect())
}
