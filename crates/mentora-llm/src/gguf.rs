//! A cheap look at a GGUF file's header before llama.cpp opens it: wrong files, empty or cut files
//! and absurd counts are refused with a clear reason instead of a crash or a vague failure.

use crate::LlmError;
use std::io::Read;
use std::path::Path;

/// What the header says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GgufHeader {
    /// Format version (2 or 3).
    pub version: u32,
    /// Tensors in the file.
    pub tensors: u64,
    /// Metadata entries.
    pub metadata: u64,
    /// File size in bytes.
    pub bytes: u64,
}

/// Reads and checks the header of `path`.
pub fn check_file(path: &Path) -> Result<GgufHeader, LlmError> {
    let corrupt = |why: String| LlmError::Corrupt {
        path: path.to_path_buf(),
        why,
    };
    let mut f =
        std::fs::File::open(path).map_err(|e| corrupt(format!("cannot be opened ({e})")))?;
    let bytes = f
        .metadata()
        .map_err(|e| corrupt(format!("cannot be read ({e})")))?
        .len();
    let mut head = [0u8; 24];
    f.read_exact(&mut head).map_err(|_| {
        corrupt(format!(
            "only {bytes} bytes long: too short for a GGUF header"
        ))
    })?;
    parse_header(&head, bytes).map_err(corrupt)
}

fn parse_header(head: &[u8; 24], bytes: u64) -> Result<GgufHeader, String> {
    if &head[..4] != b"GGUF" {
        return Err("it does not start with the GGUF signature".into());
    }
    let u32_at = |i: usize| u32::from_le_bytes(head[i..i + 4].try_into().expect("4 bytes"));
    let u64_at = |i: usize| u64::from_le_bytes(head[i..i + 8].try_into().expect("8 bytes"));
    let version = u32_at(4);
    if !(2..=3).contains(&version) {
        return Err(format!("GGUF version {version} is not supported (2 or 3)"));
    }
    let tensors = u64_at(8);
    let metadata = u64_at(16);
    // Every tensor and entry takes more than 8 bytes of header, so more than bytes/8 is a lie.
    if tensors == 0 || tensors > bytes / 8 || metadata > bytes / 8 {
        return Err(format!(
            "its header claims {tensors} tensors and {metadata} metadata entries in {bytes} bytes"
        ));
    }
    Ok(GgufHeader {
        version,
        tensors,
        metadata,
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(magic: &[u8; 4], version: u32, tensors: u64, kv: u64) -> [u8; 24] {
        let mut h = [0u8; 24];
        h[..4].copy_from_slice(magic);
        h[4..8].copy_from_slice(&version.to_le_bytes());
        h[8..16].copy_from_slice(&tensors.to_le_bytes());
        h[16..24].copy_from_slice(&kv.to_le_bytes());
        h
    }

    #[test]
    fn a_plausible_header_passes() {
        let h = parse_header(&head(b"GGUF", 3, 272, 37), 98_000_000).unwrap();
        assert_eq!((h.version, h.tensors, h.metadata), (3, 272, 37));
    }

    #[test]
    fn wrong_signature_version_or_counts_are_refused() {
        assert!(parse_header(&head(b"PK\x03\x04", 3, 1, 1), 1000)
            .unwrap_err()
            .contains("signature"));
        assert!(parse_header(&head(b"GGUF", 1, 1, 1), 1000)
            .unwrap_err()
            .contains("version 1"));
        assert!(parse_header(&head(b"GGUF", 3, u64::MAX, 1), 1000)
            .unwrap_err()
            .contains("claims"));
        assert!(parse_header(&head(b"GGUF", 3, 0, 1), 1000).is_err());
    }

    #[test]
    fn short_or_missing_files_name_the_file() {
        let dir = std::env::temp_dir().join(format!("mentora-llm-gguf-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let short = dir.join("short.gguf");
        std::fs::write(&short, b"GGUF\x03\0").unwrap();
        let e = check_file(&short).unwrap_err().to_string();
        assert!(e.contains("short.gguf") && e.contains("too short"), "{e}");
        let e = check_file(&dir.join("missing.gguf"))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("missing.gguf") && e.contains("cannot be opened"),
            "{e}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
