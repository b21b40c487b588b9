//! The individual doctor checks; each one exercises the real component, never a stub.

use super::{Check, Options, Status};
use crate::error::Error;
use crate::models::{CheckResult, Manifest};
use crate::resources::{self, Origin};
use crate::vision::{detector, emotion, pipeline};

fn ok(component: impl Into<String>, detail: impl Into<String>) -> Check {
    Check {
        component: component.into(),
        status: Status::Ok,
        detail: detail.into(),
        code: None,
    }
}

fn warn(component: impl Into<String>, detail: impl Into<String>) -> Check {
    Check {
        component: component.into(),
        status: Status::Warn,
        detail: detail.into(),
        code: None,
    }
}

fn failed(component: impl Into<String>, status: Status, err: &Error) -> Check {
    Check {
        component: component.into(),
        status,
        detail: err.message().to_string(),
        code: Some(err.code().as_str()),
    }
}

/// All checks in report order.
pub fn all(opts: &Options) -> Vec<Check> {
    let mut out = Vec::new();
    let runtime_ok = onnxruntime(opts, &mut out);
    let manifest = models(opts, &mut out);
    if let Some(m) = &manifest {
        cascade(m, &mut out);
        emotion_model(m, runtime_ok, &mut out);
        sentiment_model(m, runtime_ok, &mut out);
        voice_model(m, runtime_ok, &mut out);
    }
    cameras(&mut out);
    keyring(&mut out);
    sqlcipher(&mut out);
    gemini_key(&mut out);
    out
}

fn onnxruntime(opts: &Options, out: &mut Vec<Check>) -> bool {
    match crate::runtime::init(opts.install_dir.as_deref()) {
        Ok(rt) => {
            out.push(ok(
                "onnxruntime",
                format!(
                    "version {} loaded from {} ({})",
                    rt.version,
                    rt.library.path.display(),
                    rt.library.origin.describe()
                ),
            ));
            true
        }
        Err(e) => {
            out.push(failed("onnxruntime", Status::Error, &e));
            false
        }
    }
}

fn models(opts: &Options, out: &mut Vec<Check>) -> Option<Manifest> {
    let Some(dir) = resources::models_dir(opts.models_dir.as_deref(), opts.install_dir.as_deref())
    else {
        out.push(Check {
            component: "models".into(),
            status: Status::Error,
            detail: "no models folder with manifest.json found; set MENTORA_MODELS_DIR or run the README's setup".into(),
            code: Some(crate::error::Code::ManifestInvalid.as_str()),
        });
        return None;
    };
    let manifest = match Manifest::load(&dir.path) {
        Ok(m) => m,
        Err(e) => {
            out.push(failed("models", Status::Error, &e));
            return None;
        }
    };
    let where_ = if dir.origin == Origin::BuildTree {
        format!("{} (build tree)", dir.path.display())
    } else {
        format!("{} ({})", dir.path.display(), dir.origin.describe())
    };
    out.push(ok(
        "models",
        format!("{} files listed in {where_}", manifest.models.len()),
    ));
    for check in manifest.verify_all() {
        let component = format!("model {}", check.file);
        match check.result {
            CheckResult::Ok { .. } => {
                out.push(ok(component, "present, sha256 matches the manifest"))
            }
            CheckResult::Failed { error } => out.push(failed(component, Status::Error, &error)),
        }
    }
    Some(manifest)
}

fn cascade(m: &Manifest, out: &mut Vec<Check>) {
    let result = m
        .verified_path(pipeline::CASCADE_ID)
        .and_then(|p| detector::FaceDetector::load(&p, detector::DetectParams::default()));
    match result {
        Ok(_) => out.push(ok("face cascade", "loads in OpenCV (CascadeClassifier)")),
        Err(e) => out.push(failed("face cascade", Status::Error, &e)),
    }
}

fn emotion_model(m: &Manifest, runtime_ok: bool, out: &mut Vec<Check>) {
    if !runtime_ok {
        out.push(warn(
            "emotion model",
            "not loaded: ONNX Runtime is not available",
        ));
        return;
    }
    match emotion::EmotionModel::load(m, 1) {
        Ok(model) => out.push(ok(
            "emotion model",
            format!(
                "loads in ONNX Runtime: [N,64,64,1] -> 7 classes ({})",
                model.labels().join(", ")
            ),
        )),
        Err(e) => out.push(failed("emotion model", Status::Error, &e)),
    }
}

fn sentiment_model(m: &Manifest, runtime_ok: bool, out: &mut Vec<Check>) {
    use crate::text::{catalog, SentimentModel};
    if !runtime_ok {
        out.push(warn(
            "sentiment model",
            "not loaded: ONNX Runtime is not available",
        ));
        return;
    }
    let loaded = catalog::resolve(m, std::path::Path::new(""), catalog::DEFAULT_MODEL)
        .and_then(|spec| SentimentModel::load(&spec, 1))
        .and_then(|mut model| model.score("I feel fine today.").map(|_| model));
    match loaded {
        Ok(model) => out.push(ok(
            "sentiment model",
            format!(
                "{} loads in ONNX Runtime and scores text ({})",
                model.id(),
                model.scale().labels().join(", ")
            ),
        )),
        Err(e) => out.push(failed("sentiment model", Status::Error, &e)),
    }
}

fn voice_model(m: &Manifest, runtime_ok: bool, out: &mut Vec<Check>) {
    if !runtime_ok {
        out.push(warn(
            "voice model",
            "not loaded: ONNX Runtime is not available",
        ));
        return;
    }
    // Half a second of a voiced 120 Hz buzz with harmonics: the encoder and the head must run on it.
    let buzz: Vec<f32> = (0..8000)
        .map(|i| {
            let t = i as f32 / 16_000.0;
            (1..6)
                .map(|h| (2.0 * std::f32::consts::PI * 120.0 * h as f32 * t).sin() / h as f32)
                .sum::<f32>()
                * 0.2
        })
        .collect();
    let loaded = crate::voice::VoiceEngine::load(m, 1).and_then(|mut e| {
        let f = e.tone.features(&buzz)?;
        e.tone.read(&f, None).map(|t| (t, f))
    });
    match loaded {
        Ok((t, f)) => out.push(ok(
            "voice model",
            format!(
                "VAD, encoder and head load in ONNX Runtime and read a test tone ({} labels, pitch {:.0} Hz)",
                t.probabilities.len(),
                f.pitch_hz().unwrap_or(0.0)
            ),
        )),
        Err(e) => out.push(failed("voice model", Status::Error, &e)),
    }
}

fn cameras(out: &mut Vec<Check>) {
    match crate::vision::camera::list_cameras() {
        Ok(list) if list.is_empty() => {
            out.push(ok("cameras", "none found (the camera features stay off)"))
        }
        Ok(list) => {
            let names: Vec<String> = list
                .iter()
                .map(|c| format!("{} [{}]", c.name, c.index))
                .collect();
            out.push(ok(
                "cameras",
                format!("{} found: {}", list.len(), names.join(", ")),
            ))
        }
        Err(e) => out.push(failed("cameras", Status::Warn, &e)),
    }
}

fn keyring(out: &mut Vec<Check>) {
    match crate::secrets::probe() {
        Ok(()) => out.push(ok("keyring", "Secret Service reachable")),
        Err(e) => out.push(failed("keyring", Status::Warn, &e)),
    }
}

fn sqlcipher(out: &mut Vec<Check>) {
    match crate::vault::sqlcipher_version() {
        Ok(v) => out.push(ok("sqlcipher", format!("version {v}"))),
        Err(e) => out.push(failed("sqlcipher", Status::Error, &e)),
    }
}

fn gemini_key(out: &mut Vec<Check>) {
    match crate::secrets::gemini_key_present() {
        Ok(true) => out.push(ok("gemini key", "present in the keyring (not shown)")),
        Ok(false) => out.push(ok(
            "gemini key",
            "not set (the companion works offline only)",
        )),
        Err(_) => out.push(warn("gemini key", "unknown: the keyring is not reachable")),
    }
}
