//! Photos decoded to 8-bit BGR without OpenCV's imgcodecs: JPEG, PNG, BMP, WebP, TIFF and PNM
//! through the `image` crate, the EXIF orientation applied as OpenCV's `IMREAD_COLOR` does, alpha
//! dropped and 16-bit samples narrowed the same way. Debian's `libopencv-imgcodecs` links ~140
//! libraries (GDAL, GDCM, poppler…) that the window paid for at every start (34.6 MB PSS, measured);
//! without a call into it, the linker leaves it out of the app.

use crate::error::{Code, Error, Result};
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};
use opencv::core::{Mat, CV_8UC3};
use opencv::prelude::*;

/// The most memory one decoded image may take (a 40 MB file could otherwise claim gigabytes).
pub const MAX_DECODED_BYTES: u64 = 512 * 1024 * 1024;

fn bad(why: impl std::fmt::Display) -> Error {
    Error::new(Code::ImageDecode, format!("cannot decode the image: {why}"))
}

/// Decodes `bytes` into an owned 8-bit, 3-channel BGR `Mat`.
pub fn decode_bgr(bytes: &[u8]) -> Result<Mat> {
    let mut reader = ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(bad)?;
    if reader.format().is_none() {
        return Err(Error::new(
            Code::ImageDecode,
            "the file is not an image Mentora can read (JPEG, PNG, BMP, WebP, TIFF)",
        ));
    }
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODED_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(bad)?;
    // Checked here, before a byte is allocated: the decoder's own limit is not applied on this path
    // (a 100 000 × 100 000 PNG header asked for 30 GB and aborted the process; see the test).
    let (w, h) = decoder.dimensions();
    let rgb_bytes = u64::from(w) * u64::from(h) * 3;
    if decoder.total_bytes().max(rgb_bytes) > MAX_DECODED_BYTES {
        return Err(Error::new(
            Code::ImageDecode,
            format!(
                "the image is {w}×{h} pixels; at most {} MB decoded is accepted",
                MAX_DECODED_BYTES / 1_048_576
            ),
        ));
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(bad)?;
    img.apply_orientation(orientation);
    let rgb = img.to_rgb8();
    let (w, h) = rgb.dimensions();
    if w == 0 || h == 0 || w > i32::MAX as u32 / 3 || h > i32::MAX as u32 {
        return Err(bad(format!("{w}×{h} pixels")));
    }
    let mut px = rgb.into_raw();
    for p in px.chunks_exact_mut(3) {
        p.swap(0, 2);
    }
    let mut m = Mat::new_rows_cols_with_default(h as i32, w as i32, CV_8UC3, 0.into())?;
    m.data_bytes_mut()?.copy_from_slice(&px);
    Ok(m)
}

/// Writes an 8-bit BGR `Mat` as a PNG (the CLI's benchmark hands a frame to its Python peer).
pub fn write_png(bgr: &Mat, path: &std::path::Path) -> Result<()> {
    if bgr.typ() != CV_8UC3 || !bgr.is_continuous() {
        return Err(Error::invalid(
            "frame",
            "an 8-bit, 3-channel, continuous image",
        ));
    }
    let (w, h) = (bgr.cols() as u32, bgr.rows() as u32);
    let mut px = bgr.data_bytes()?.to_vec();
    for p in px.chunks_exact_mut(3) {
        p.swap(0, 2);
    }
    let img = image::RgbImage::from_raw(w, h, px).ok_or_else(|| bad("the frame's size"))?;
    img.save_with_format(path, image::ImageFormat::Png)
        .map_err(|e| Error::new(Code::Io, format!("writing {}: {e}", path.display())))
}
