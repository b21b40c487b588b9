//! One frame in, faces with their seven emotion probabilities out: decode, detect, crop, classify.

use super::detector::{DetectParams, FaceDetector};
use super::emotion::EmotionModel;
use super::preprocess::PaddedGray;
use crate::error::{Code, Error, Result};
use crate::models::Manifest;
use opencv::core::{Mat, Rect};
use opencv::imgproc;
use opencv::prelude::*;
use serde::Serialize;
use std::path::Path;
use std::time::Instant;

/// Manifest id of the face cascade.
pub const CASCADE_ID: &str = "face-cascade";
/// Largest encoded image accepted (bytes).
pub const MAX_IMAGE_BYTES: usize = 40 * 1024 * 1024;

/// A face rectangle in the original frame's pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FaceBox {
    /// Left.
    pub x: i32,
    /// Top.
    pub y: i32,
    /// Width.
    pub width: i32,
    /// Height.
    pub height: i32,
}

/// One class and its probability.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct EmotionScore {
    /// Label (fer's names).
    pub label: String,
    /// Probability in [0, 1].
    pub probability: f32,
}

/// One detected face and its emotions.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct FaceResult {
    /// Where the face is.
    #[serde(rename = "box")]
    pub bbox: FaceBox,
    /// All seven classes in the model's label order.
    pub emotions: Vec<EmotionScore>,
    /// The most probable label.
    pub dominant: String,
}

/// Everything found in one frame. No pixels are kept.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct FrameAnalysis {
    /// Frame width in pixels.
    pub width: i32,
    /// Frame height in pixels.
    pub height: i32,
    /// Faces, largest first (the first is the subject).
    pub faces: Vec<FaceResult>,
    /// Milliseconds spent detecting faces.
    pub detect_ms: f64,
    /// Milliseconds spent cropping and classifying.
    pub classify_ms: f64,
}

/// The loaded face detector and emotion CNN.
pub struct VisionEngine {
    detector: FaceDetector,
    model: EmotionModel,
}

impl VisionEngine {
    /// Verifies and loads the cascade and the CNN named in the manifest.
    pub fn load(manifest: &Manifest) -> Result<Self> {
        let cascade = manifest.verified_path(CASCADE_ID)?;
        let detector = FaceDetector::load(&cascade, DetectParams::default())?;
        let model = EmotionModel::load(manifest, 1)?;
        Ok(Self { detector, model })
    }

    /// Analyses an encoded image (JPEG, PNG, BMP, WebP…).
    pub fn analyze_encoded(&mut self, bytes: &[u8]) -> Result<FrameAnalysis> {
        if bytes.is_empty() {
            return Err(Error::new(Code::ImageDecode, "the image is empty"));
        }
        if bytes.len() > MAX_IMAGE_BYTES {
            return Err(Error::new(
                Code::InvalidInput,
                format!(
                    "the image is {} MB; the limit is {} MB",
                    bytes.len() / 1_048_576,
                    MAX_IMAGE_BYTES / 1_048_576
                ),
            ));
        }
        let bgr = super::decode::decode_bgr(bytes)?;
        self.analyze_bgr(&bgr)
    }

    /// Analyses an image file.
    pub fn analyze_path(&mut self, path: &Path) -> Result<FrameAnalysis> {
        let bytes =
            std::fs::read(path).map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
        self.analyze_encoded(&bytes)
    }

    /// Analyses a decoded 8-bit BGR photo.
    pub fn analyze_bgr(&mut self, bgr: &Mat) -> Result<FrameAnalysis> {
        self.analyze_bgr_with(bgr, DetectParams::photo())
    }

    /// Analyses a live webcam frame (faster detection, see [`DetectParams::live`]).
    pub fn analyze_live_bgr(&mut self, bgr: &Mat) -> Result<FrameAnalysis> {
        self.analyze_bgr_with(bgr, DetectParams::live())
    }

    fn analyze_bgr_with(&mut self, bgr: &Mat, params: DetectParams) -> Result<FrameAnalysis> {
        let mut gray = Mat::default();
        imgproc::cvt_color_def(bgr, &mut gray, imgproc::COLOR_BGR2GRAY)?;
        self.analyze_gray_with(&gray, params)
    }

    /// Analyses an 8-bit grayscale photo.
    pub fn analyze_gray(&mut self, gray: &Mat) -> Result<FrameAnalysis> {
        self.analyze_gray_with(gray, DetectParams::photo())
    }

    fn analyze_gray_with(&mut self, gray: &Mat, params: DetectParams) -> Result<FrameAnalysis> {
        let t0 = Instant::now();
        let boxes = self.detector.detect_with(gray, params)?;
        let t1 = Instant::now();
        let faces = self.classify_boxes(gray, &boxes)?;
        let t2 = Instant::now();
        Ok(FrameAnalysis {
            width: gray.cols(),
            height: gray.rows(),
            faces,
            detect_ms: (t1 - t0).as_secs_f64() * 1e3,
            classify_ms: (t2 - t1).as_secs_f64() * 1e3,
        })
    }

    /// Crops the given boxes fer's way and classifies them in one batch.
    pub fn classify_boxes(&mut self, gray: &Mat, boxes: &[Rect]) -> Result<Vec<FaceResult>> {
        if boxes.is_empty() {
            return Ok(Vec::new());
        }
        let padded = PaddedGray::new(gray)?;
        let mut batch = Vec::with_capacity(boxes.len() * super::preprocess::FACE_LEN);
        let mut kept = Vec::with_capacity(boxes.len());
        for b in boxes {
            if padded.crop_into(*b, &mut batch)? {
                kept.push(*b);
            }
        }
        let probs = self.model.classify(batch)?;
        let labels = self.model.labels();
        Ok(kept
            .into_iter()
            .zip(probs)
            .map(|(b, p)| {
                let best = (0..7).max_by(|&i, &j| p[i].total_cmp(&p[j])).unwrap_or(6);
                FaceResult {
                    bbox: FaceBox {
                        x: b.x,
                        y: b.y,
                        width: b.width,
                        height: b.height,
                    },
                    emotions: labels
                        .iter()
                        .zip(p)
                        .map(|(l, probability)| EmotionScore {
                            label: l.clone(),
                            probability,
                        })
                        .collect(),
                    dominant: labels[best].clone(),
                }
            })
            .collect())
    }
}
