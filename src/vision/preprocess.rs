//! fer's exact face crop: pad 40 px with the bottom rows' mean, square the box, 10 px margin, 64×64, [-1, 1].

use crate::error::Result;
use opencv::core::{self, Mat, Rect, Scalar, Size};
use opencv::imgproc;
use opencv::prelude::*;

/// fer's `PADDING` around the whole grayscale image.
pub const PAD: i32 = 40;
/// fer's default `offsets` (x, y) added around the square box.
pub const OFFSET: i32 = 10;
/// CNN input side.
pub const SIDE: i32 = 64;
/// Floats per face tensor.
pub const FACE_LEN: usize = (SIDE * SIDE) as usize;

/// A grayscale frame padded the way fer pads it, ready for any number of crops.
pub struct PaddedGray {
    padded: Mat,
}

impl PaddedGray {
    /// `fer.FER.pad`: a constant border of `PAD` px, valued the mean of the image's bottom two rows.
    pub fn new(gray: &Mat) -> Result<Self> {
        let rows = gray.rows();
        let bottom = Mat::roi(
            gray,
            Rect::new(0, (rows - 2).max(0), gray.cols(), rows.min(2)),
        )?;
        let mean = core::mean(&bottom, &core::no_array())?[0];
        let mut padded = Mat::default();
        core::copy_make_border(
            gray,
            &mut padded,
            PAD,
            PAD,
            PAD,
            PAD,
            core::BORDER_CONSTANT,
            Scalar::all(mean),
        )?;
        Ok(Self { padded })
    }

    /// The 64×64 crop of one face box, scaled to [-1, 1], appended to `out` (4096 floats);
    /// `false` when the crop is empty (fer skips such a face).
    pub fn crop_into(&self, face: Rect, out: &mut Vec<f32>) -> Result<bool> {
        let (x1, y1, x2, y2) = crop_bounds(face);
        let x2 = x2.min(self.padded.cols());
        let y2 = y2.min(self.padded.rows());
        if x2 <= x1 || y2 <= y1 {
            return Ok(false);
        }
        let roi = Mat::roi(&self.padded, Rect::new(x1, y1, x2 - x1, y2 - y1))?;
        let mut small = Mat::default();
        imgproc::resize(
            &roi,
            &mut small,
            Size::new(SIDE, SIDE),
            0.0,
            0.0,
            imgproc::INTER_LINEAR,
        )?;
        let bytes = small.data_bytes()?;
        out.extend(bytes.iter().map(|&v| (v as f32 / 255.0 - 0.5) * 2.0));
        Ok(true)
    }
}

/// fer's `tosquare` then `__apply_offsets`, shifted into the padded image and clamped at 0 (as numpy
/// slicing does): `(x1, y1, x2, y2)` in padded coordinates, x2/y2 exclusive.
pub fn crop_bounds(face: Rect) -> (i32, i32, i32, i32) {
    let (mut x, mut y, mut w, mut h) = (face.x, face.y, face.width, face.height);
    if h > w {
        let diff = h - w;
        x -= diff.div_euclid(2);
        w += diff;
    } else if w > h {
        let diff = w - h;
        y -= diff.div_euclid(2);
        h += diff;
    }
    let x1 = (x - OFFSET + PAD).max(0);
    let y1 = (y - OFFSET + PAD).max(0);
    let x2 = x + w + OFFSET + PAD;
    let y2 = y + h + OFFSET + PAD;
    (x1, y1, x2, y2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square_and_offset_like_fer() {
        // fer: (x=100, y=50, w=80, h=100) -> square (90, 50, 100, 100) -> offsets -> +40 padding.
        assert_eq!(
            crop_bounds(Rect::new(100, 50, 80, 100)),
            (120, 80, 240, 200)
        );
        // wide box grows in height, odd difference floors like Python's //.
        assert_eq!(crop_bounds(Rect::new(0, 0, 51, 50)), (30, 30, 101, 101));
        // clamps at zero in padded coordinates.
        assert_eq!(crop_bounds(Rect::new(-60, -60, 10, 10)).0, 0);
    }
}
