//! Build script: Tauri's context (config, the page, the one command).

fn main() {
    tauri_build::build();
}
