//! Photos are decoded by the `image` crate, not OpenCV's imgcodecs (which the window no longer
//! links): checked against OpenCV's own decoder — PNG pixel for pixel, JPEG within decoder rounding,
//! EXIF orientation applied the same way — and hostile files refused with `vision.bad_image`
//! (truncated, not an image, a 100 000 × 100 000 "bomb"), never a panic.

use mentora::vision::decode::decode_bgr;
use opencv::core::{self, Mat, Vector};
use opencv::prelude::*;

fn opencv_decode(bytes: &[u8]) -> Mat {
    opencv::imgcodecs::imdecode(
        &Vector::<u8>::from_slice(bytes),
        opencv::imgcodecs::IMREAD_COLOR,
    )
    .unwrap()
}

/// Mean absolute difference per sample, and the largest one.
fn diff(a: &Mat, b: &Mat) -> (f64, f64) {
    assert_eq!((a.rows(), a.cols(), a.typ()), (b.rows(), b.cols(), b.typ()));
    let mut d = Mat::default();
    core::absdiff(a, b, &mut d).unwrap();
    let mean = core::mean_def(&d).unwrap();
    let mut max = 0.0;
    core::min_max_loc(
        &d.reshape(1, 0).unwrap(),
        None,
        Some(&mut max),
        None,
        None,
        &core::no_array(),
    )
    .unwrap();
    ((mean[0] + mean[1] + mean[2]) / 3.0, max)
}

fn photos() -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir("/usr/share/doc/opencv-doc/examples/data")
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "jpg" || e == "png"))
        .collect();
    v.sort();
    v
}

#[test]
fn png_is_pixel_identical_and_jpeg_within_rounding_of_opencv() {
    let (mut png, mut jpeg) = (0, 0);
    for p in photos() {
        let bytes = std::fs::read(&p).unwrap();
        let ours = decode_bgr(&bytes).unwrap();
        let theirs = opencv_decode(&bytes);
        let (mean, max) = diff(&ours, &theirs);
        if p.extension().unwrap() == "png" {
            png += 1;
            assert_eq!(max, 0.0, "{}: PNG pixels differ", p.display());
        } else {
            jpeg += 1;
            // Two JPEG decoders may round the inverse DCT and the chroma upsampling differently.
            assert!(mean < 1.0, "{}: mean difference {mean}", p.display());
        }
    }
    assert!(png >= 5 && jpeg >= 20, "{png} PNG, {jpeg} JPEG");
}

/// A JPEG with an EXIF APP1 segment saying `orientation`.
fn with_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut tiff = b"II*\0\x08\0\0\0".to_vec();
    tiff.extend_from_slice(&1u16.to_le_bytes()); // one entry
    tiff.extend_from_slice(&0x0112u16.to_le_bytes()); // Orientation
    tiff.extend_from_slice(&3u16.to_le_bytes()); // SHORT
    tiff.extend_from_slice(&1u32.to_le_bytes());
    tiff.extend_from_slice(&orientation.to_le_bytes());
    tiff.extend_from_slice(&[0, 0]);
    tiff.extend_from_slice(&0u32.to_le_bytes()); // no next IFD
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = jpeg[..2].to_vec(); // SOI
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

#[test]
fn exif_orientation_is_applied_as_opencv_does() {
    let jpeg = std::fs::read("/usr/share/doc/opencv-doc/examples/data/messi5.jpg").unwrap();
    let plain = decode_bgr(&jpeg).unwrap();
    for o in [3u16, 6, 8] {
        let rotated = with_orientation(&jpeg, o);
        let ours = decode_bgr(&rotated).unwrap();
        let theirs = opencv_decode(&rotated);
        assert_eq!(
            (ours.rows(), ours.cols()),
            (theirs.rows(), theirs.cols()),
            "orientation {o}"
        );
        if o != 3 {
            assert_eq!((ours.rows(), ours.cols()), (plain.cols(), plain.rows()));
        }
        let (mean, _) = diff(&ours, &theirs);
        assert!(mean < 1.0, "orientation {o}: mean difference {mean}");
    }
}

#[test]
fn hostile_files_are_refused_with_bad_image() {
    let jpeg = std::fs::read("/usr/share/doc/opencv-doc/examples/data/messi5.jpg").unwrap();
    let png = std::fs::read("/usr/share/doc/opencv-doc/examples/data/pic1.png").unwrap();
    // A PNG header claiming 100 000 × 100 000 pixels (30 GB decoded).
    let mut bomb = png[..33].to_vec();
    bomb[16..20].copy_from_slice(&100_000u32.to_be_bytes());
    bomb[20..24].copy_from_slice(&100_000u32.to_be_bytes());
    let crc = {
        // The IHDR chunk's CRC over type + data, so the header itself is valid.
        let mut c = 0xFFFF_FFFFu32;
        for &b in &bomb[12..29] {
            c ^= b as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    (c >> 1) ^ 0xEDB8_8320
                } else {
                    c >> 1
                };
            }
        }
        !c
    };
    bomb[29..33].copy_from_slice(&crc.to_be_bytes());
    bomb.extend_from_slice(&png[33..]);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", vec![]),
        ("text", b"hello, this is not a picture".to_vec()),
        ("cut JPEG", jpeg[..jpeg.len() / 3].to_vec()),
        ("cut PNG", png[..100].to_vec()),
        ("bomb", bomb),
    ];
    for (what, bytes) in cases {
        let r = std::panic::catch_unwind(|| decode_bgr(&bytes));
        let r = r.unwrap_or_else(|_| panic!("{what}: panicked"));
        match r {
            Err(e) => assert_eq!(e.code().to_string(), "vision.bad_image", "{what}"),
            Ok(m) => assert!(what == "cut JPEG" && m.rows() > 0, "{what}: decoded"),
        }
    }
}
