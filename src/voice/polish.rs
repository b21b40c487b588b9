//! The Polish emotional speech set (PyPI sdist nkululeko==1.14.1, CC BY 4.0) read from its zip, for
//! `mentora voice bench` and the tests: 450 one-word clips, 5 speakers, anger / fear / neutral.

use super::audio::decode_wav;
use crate::error::{Code, Error, Result};
use std::io::Read;
use std::path::Path;

/// One clip.
#[derive(Debug, Clone)]
pub struct Clip {
    /// File name, e.g. `m1.a_nie_1.wav`.
    pub name: String,
    /// Speaker 1..=5.
    pub speaker: u8,
    /// `anger`, `fear` or `neutral`.
    pub label: &'static str,
    /// 16 kHz mono samples.
    pub samples: Vec<f32>,
}

/// Speaker and label from a name like `m3.s_stop_2.wav` (a = anger, s = fear, n = neutral).
pub fn parse_name(name: &str) -> Option<(u8, &'static str)> {
    let rest = name.strip_prefix('m')?;
    let (spk, rest) = rest.split_once('.')?;
    let label = match rest.split('_').next()? {
        "a" => "anger",
        "s" => "fear",
        "n" => "neutral",
        _ => return None,
    };
    Some((spk.parse().ok()?, label))
}

/// Every clip of the zip, in name order (`limit` stops early).
pub fn read_zip(path: &Path, limit: Option<usize>) -> Result<Vec<Clip>> {
    let f = std::fs::File::open(path)
        .map_err(|e| Error::io(format!("opening {}", path.display()), e))?;
    let mut z = zip::ZipArchive::new(f)
        .map_err(|e| Error::new(Code::AudioDecode, format!("{}: {e}", path.display())))?;
    let mut names: Vec<String> = z
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .filter(|n| n.ends_with(".wav"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for full in names {
        if limit.is_some_and(|l| out.len() >= l) {
            break;
        }
        let name = full.rsplit('/').next().unwrap_or(&full).to_string();
        let Some((speaker, label)) = parse_name(&name) else {
            continue;
        };
        let mut bytes = Vec::new();
        z.by_name(&full)
            .and_then(|mut e| e.read_to_end(&mut bytes).map_err(Into::into))
            .map_err(|e| Error::new(Code::AudioDecode, format!("{full}: {e}")))?;
        out.push(Clip {
            name,
            speaker,
            label,
            samples: decode_wav(&bytes)?,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_give_speaker_and_label() {
        assert_eq!(super::parse_name("m1.a_nie_1.wav"), Some((1, "anger")));
        assert_eq!(super::parse_name("m5.s_podaj_5.wav"), Some((5, "fear")));
        assert_eq!(super::parse_name("m3.n_tak_3.wav"), Some((3, "neutral")));
        assert_eq!(super::parse_name("readme.wav"), None);
        assert_eq!(super::parse_name("m1.x_nie_1.wav"), None);
    }
}
