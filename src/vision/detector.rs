//! Haar-cascade face detection on a downscaled, histogram-equalised grayscale frame.

use crate::error::{Code, Error, Result};
use opencv::core::{Mat, Rect, Size, Vector};
use opencv::imgproc;
use opencv::objdetect::{CascadeClassifier, CASCADE_SCALE_IMAGE};
use opencv::prelude::*;
use std::path::Path;

/// Detection parameters, chosen on real photos and to keep a webcam frame fast:
/// - `scale_factor` 1.1 as fer. `min_neighbors` 6, one more than fer's 5: with Debian's OpenCV 4.6,
///   5 accepts a shoulder as a 94 px "face" on opencv-doc's messi5.jpg scaled ×2 and ×3 (then shrunk
///   for detection); 6 keeps only the real face at every scale, and a webcam face at arm's length
///   gathers far more neighbours than that.
/// - `max_side`: frames whose longer side exceeds this are shrunk (INTER_AREA) before detection; the
///   boxes are scaled back. 640 keeps a 640×480 webcam frame at full size.
/// - `equalize_fallback`: when the plain grayscale frame yields no face, retry once on the
///   histogram-equalised frame, so faces in dim or backlit rooms are still found. Equalising every
///   frame was tried first and rejected: on opencv-doc's messi5.jpg it adds a false 85 px "face" over
///   the shoulder next to the real 37 px one.
/// - `min_face_fraction`: smallest face as a fraction of the shorter side (1/12: ~40 px at 480 px),
///   never below `min_face_px`; smaller faces are too coarse for a 64×64 classifier anyway.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DetectParams {
    /// Longest side of the detection image.
    pub max_side: i32,
    /// Retry on the histogram-equalised frame when the plain frame has no face.
    pub equalize_fallback: bool,
    /// Cascade pyramid step.
    pub scale_factor: f64,
    /// Neighbouring detections needed to keep a face.
    pub min_neighbors: i32,
    /// Smallest face, as a fraction of the shorter image side.
    pub min_face_fraction: f64,
    /// Absolute floor for the smallest face, in detection pixels.
    pub min_face_px: i32,
}

impl Default for DetectParams {
    fn default() -> Self {
        Self::photo()
    }
}

impl DetectParams {
    /// For photos: detection at up to 640 px, faces down to 1/12 of the shorter side (messi5.jpg's
    /// 37 px face in a 548×342 shot is found).
    pub fn photo() -> Self {
        Self {
            max_side: 640,
            equalize_fallback: true,
            scale_factor: 1.1,
            min_neighbors: 6,
            min_face_fraction: 1.0 / 12.0,
            min_face_px: 24,
        }
    }

    /// For live webcam frames, where the person sits in front of the camera: detection on the frame
    /// shrunk to 320 px (a 640×480 frame becomes 320×240), pyramid step 1.2, faces from 1/6 of the
    /// shorter side (80 px at 480 p, 40 px in the detection image; someone about 1.5 m from a laptop
    /// camera; at arm's length a face is 150–250 px). The crop for the CNN is still taken from the
    /// full-resolution frame. 256 px was tried and lost the astronaut's face in the benchmark frame.
    /// `mentora emotion bench` on a 640×480 frame: about 46 ms with `photo()`, about 9.5 ms with these.
    pub fn live() -> Self {
        Self {
            max_side: 320,
            min_face_fraction: 1.0 / 6.0,
            scale_factor: 1.2,
            ..Self::photo()
        }
    }
}

/// A loaded Haar cascade.
pub struct FaceDetector {
    cascade: CascadeClassifier,
    params: DetectParams,
}

impl FaceDetector {
    /// Loads a cascade XML file (already checksum-verified by the caller).
    pub fn load(path: &Path, params: DetectParams) -> Result<Self> {
        let p = path.to_string_lossy();
        let cascade = CascadeClassifier::new(p.as_ref()).map_err(|e| {
            Error::new(
                Code::Cascade,
                format!("cannot load Haar cascade {p}: {}", e.message),
            )
        })?;
        if cascade.empty()? {
            return Err(Error::new(
                Code::Cascade,
                format!("Haar cascade {p} loaded empty (not a cascade file?)"),
            ));
        }
        Ok(Self { cascade, params })
    }

    /// The parameters in use.
    pub fn params(&self) -> DetectParams {
        self.params
    }

    /// Faces in a full-resolution grayscale frame, in that frame's coordinates, largest first.
    pub fn detect(&mut self, gray: &Mat) -> Result<Vec<Rect>> {
        self.detect_with(gray, self.params)
    }

    /// [`FaceDetector::detect`] with other parameters.
    pub fn detect_with(&mut self, gray: &Mat, params: DetectParams) -> Result<Vec<Rect>> {
        let (w, h) = (gray.cols(), gray.rows());
        if w == 0 || h == 0 {
            return Ok(Vec::new());
        }
        let longer = w.max(h);
        let scale = if longer > params.max_side {
            params.max_side as f64 / longer as f64
        } else {
            1.0
        };
        let mut small = Mat::default();
        let src = if scale < 1.0 {
            let size = Size::new(
                ((w as f64 * scale).round() as i32).max(1),
                ((h as f64 * scale).round() as i32).max(1),
            );
            imgproc::resize(gray, &mut small, size, 0.0, 0.0, imgproc::INTER_AREA)?;
            &small
        } else {
            gray
        };
        let mut found = self.detect_at_scale(src, &params)?;
        if found.is_empty() && params.equalize_fallback {
            let mut eq = Mat::default();
            imgproc::equalize_hist(src, &mut eq)?;
            found = self.detect_at_scale(&eq, &params)?;
        }
        let inv = 1.0 / scale;
        let mut faces: Vec<Rect> = found
            .iter()
            .map(|r| {
                Rect::new(
                    (r.x as f64 * inv).round() as i32,
                    (r.y as f64 * inv).round() as i32,
                    (r.width as f64 * inv).round() as i32,
                    (r.height as f64 * inv).round() as i32,
                )
            })
            .collect();
        faces.sort_by_key(|r| std::cmp::Reverse(r.width as i64 * r.height as i64));
        Ok(faces)
    }

    fn detect_at_scale(&mut self, det: &Mat, params: &DetectParams) -> Result<Vector<Rect>> {
        let shorter = det.cols().min(det.rows());
        let min_px = ((shorter as f64 * params.min_face_fraction) as i32)
            .max(params.min_face_px)
            .min(shorter);
        let mut found = Vector::<Rect>::new();
        self.cascade.detect_multi_scale(
            det,
            &mut found,
            params.scale_factor,
            params.min_neighbors,
            CASCADE_SCALE_IMAGE,
            Size::new(min_px, min_px),
            Size::new(0, 0),
        )?;
        Ok(found)
    }
}
