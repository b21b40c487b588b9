//! Remembers the window's size and position between runs (`window.json` in the data dir).

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tauri::{PhysicalPosition, PhysicalSize, Runtime, WebviewWindow};

#[derive(Serialize, Deserialize)]
struct Geometry {
    x: i32,
    y: i32,
    width: u32,
    height: u32,
    maximized: bool,
}

fn file() -> Option<PathBuf> {
    mentora::vault::profiles::default_data_dir()
        .ok()
        .map(|d| d.join("window.json"))
}

/// Puts the window where it was (if that still fits a sane size).
pub fn restore<R: Runtime>(w: &WebviewWindow<R>) {
    let Some(g) = file()
        .and_then(|f| std::fs::read(f).ok())
        .and_then(|b| serde_json::from_slice::<Geometry>(&b).ok())
    else {
        return;
    };
    if g.width >= 400 && g.height >= 300 {
        let _ = w.set_size(PhysicalSize::new(g.width, g.height));
        let _ = w.set_position(PhysicalPosition::new(g.x.max(0), g.y.max(0)));
    }
    if g.maximized {
        let _ = w.maximize();
    }
}

/// Saves the window's size and position.
pub fn save<R: Runtime>(w: &WebviewWindow<R>) {
    let (Ok(pos), Ok(size)) = (w.outer_position(), w.inner_size()) else {
        return;
    };
    let g = Geometry {
        x: pos.x,
        y: pos.y,
        width: size.width,
        height: size.height,
        maximized: w.is_maximized().unwrap_or(false),
    };
    if let Some(f) = file() {
        if let Some(dir) = f.parent() {
            let _ = mentora::fsx::create_dir_private(dir);
        }
        let _ = mentora::fsx::write_atomic(&f, &serde_json::to_vec(&g).expect("serializes"));
    }
}
