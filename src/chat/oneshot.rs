//! One short text (a session or report summary) from the chosen companion: Gemini, the model on this
//! device or the local server. None when it cannot write one (private mode with a cloud companion,
//! no key, offline, the companion off, any error, an empty or cut-off answer): the caller then
//! writes its deterministic local summary.

use super::config::{Backend, ChatConfig};
use super::gemini::client::Finished;
use super::gemini::protocol::Request;
use crate::vault::repo::SummarySource;
use std::sync::atomic::AtomicBool;

/// The text `req` asks for and who wrote it.
pub fn write(cfg: &ChatConfig, req: &Request) -> Option<(String, SummarySource)> {
    let (fin, source) = match cfg.backend {
        Backend::Gemini => (cfg.client().ok()?.generate(req), SummarySource::Gemini),
        Backend::Device => {
            let d = cfg.device.as_ref()?;
            let never = AtomicBool::new(false);
            (
                d.stream(req, &never, &mut |_| Ok(())),
                SummarySource::Device,
            )
        }
        Backend::LocalServer => (
            cfg.local_client().ok()?.stream(req, &mut |_| Ok(())),
            SummarySource::LocalServer,
        ),
        Backend::Off => return None,
    };
    match fin {
        Ok(fin) => whole(&fin).map(|t| (t, source)),
        Err(e) => {
            tracing::info!(code = %e.code(), "summary written locally instead: {}", e.message());
            None
        }
    }
}

/// The answer if it is whole: a STOP, or a MAX_TOKENS cut back to its last full sentence.
fn whole(fin: &Finished) -> Option<String> {
    let t = fin.text.trim();
    let t = match fin.finish_reason.as_deref() {
        Some("STOP") => t,
        Some("MAX_TOKENS") => {
            let end = t.rfind(['.', '!', '?'])?;
            &t[..=end]
        }
        _ => return None,
    };
    (!t.is_empty()).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fin(text: &str, reason: &str) -> Finished {
        Finished {
            text: text.into(),
            finish_reason: Some(reason.into()),
            ..Default::default()
        }
    }

    #[test]
    fn only_whole_answers_are_kept() {
        assert_eq!(
            whole(&fin(" You rested. ", "STOP")).as_deref(),
            Some("You rested.")
        );
        assert_eq!(
            whole(&fin("You rested. Then you went for a wa", "MAX_TOKENS")).as_deref(),
            Some("You rested.")
        );
        assert_eq!(whole(&fin("no sentence end at all", "MAX_TOKENS")), None);
        assert_eq!(whole(&fin("  ", "STOP")), None);
        assert_eq!(whole(&fin("Blocked.", "SAFETY")), None);
    }

    #[test]
    fn off_and_private_cloud_write_nothing() {
        let mut cfg = ChatConfig {
            backend: Backend::Off,
            ..Default::default()
        };
        use crate::chat::gemini::protocol::{Content, GenerationConfig};
        let req = Request {
            system_instruction: Content::text(None, "Summarize."),
            contents: vec![Content::text(Some("user"), "A calm week.")],
            generation_config: GenerationConfig {
                temperature: 0.4,
                top_p: 0.95,
                top_k: 40,
                candidate_count: 1,
                max_output_tokens: 100,
            },
            safety_settings: Vec::new(),
        };
        assert!(write(&cfg, &req).is_none());
        cfg.backend = Backend::Gemini;
        cfg.private_mode = true;
        cfg.key = Some("k".to_string().into());
        assert!(write(&cfg, &req).is_none());
        cfg.backend = Backend::Device;
        assert!(write(&cfg, &req).is_none(), "no device model given");
    }
}
