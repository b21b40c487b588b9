//! Parity with fer's own Keras model: for the faces fer found (tests/fixtures/fer_reference.json,
//! recorded by scripts/reference/fer_reference.py), the Rust crop + ONNX CNN give the same seven
//! probabilities within 1e-3; and a clearly smiling face ranks happy first through the whole pipeline.

use crate::common;

use mentora::models::{sha256_file, Manifest};
use mentora::vision::{VisionEngine, EMOTION_LABELS};
use opencv::core::{Mat, Rect};
use std::path::{Path, PathBuf};

fn engine() -> VisionEngine {
    mentora::runtime::init(None).expect("ONNX Runtime loads");
    VisionEngine::load(&Manifest::load(&common::models_dir()).unwrap()).unwrap()
}

fn repo_path(p: &str) -> PathBuf {
    let path = Path::new(p);
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
    }
}

fn gray(path: &Path) -> Mat {
    let bgr =
        opencv::imgcodecs::imread(path.to_str().unwrap(), opencv::imgcodecs::IMREAD_COLOR).unwrap();
    let mut g = Mat::default();
    opencv::imgproc::cvt_color_def(&bgr, &mut g, opencv::imgproc::COLOR_BGR2GRAY).unwrap();
    g
}

#[test]
fn probabilities_match_fers_keras_model_within_1e_3() {
    let fixture: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo_path("tests/fixtures/fer_reference.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(fixture["labels"], serde_json::json!(EMOTION_LABELS));
    let mut e = engine();
    let mut compared = 0;
    let mut worst = 0f32;
    for photo in fixture["photos"].as_array().unwrap() {
        let path = repo_path(photo["path"].as_str().unwrap());
        assert!(
            path.is_file(),
            "{} missing (README's setup installs opencv-doc)",
            path.display()
        );
        assert_eq!(
            sha256_file(&path).unwrap(),
            photo["sha256"].as_str().unwrap(),
            "{}: not the photo fer saw",
            path.display()
        );
        let boxes: Vec<Rect> = photo["faces"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let b: Vec<i32> = serde_json::from_value(f["box"].clone()).unwrap();
                Rect::new(b[0], b[1], b[2], b[3])
            })
            .collect();
        let ours = e.classify_boxes(&gray(&path), &boxes).unwrap();
        assert_eq!(ours.len(), boxes.len());
        for (face, theirs) in ours.iter().zip(photo["faces"].as_array().unwrap()) {
            let theirs: Vec<f32> = serde_json::from_value(theirs["probabilities"].clone()).unwrap();
            for (k, (a, b)) in face.emotions.iter().zip(&theirs).enumerate() {
                let d = (a.probability - b).abs();
                worst = worst.max(d);
                assert!(
                    d <= 1e-3,
                    "{} face {:?} {}: rust {} vs fer {}",
                    path.display(),
                    face.bbox,
                    EMOTION_LABELS[k],
                    a.probability,
                    b
                );
            }
            compared += 1;
        }
    }
    assert!(compared >= 2, "the fixture must hold at least two faces");
    println!("compared {compared} faces; largest difference {worst:.2e}");
}

#[test]
fn a_clearly_smiling_face_ranks_happy_first() {
    let a = engine()
        .analyze_path(&repo_path("tests/fixtures/photos/astronaut.png"))
        .unwrap();
    assert_eq!(a.faces.len(), 1, "{:?}", a.faces);
    let f = &a.faces[0];
    assert_eq!(f.dominant, "happy");
    let happy = f
        .emotions
        .iter()
        .find(|s| s.label == "happy")
        .unwrap()
        .probability;
    assert!(happy > 0.9, "happy {happy}");
}

#[test]
fn no_human_face_on_the_cat() {
    let a = engine()
        .analyze_path(&repo_path("tests/fixtures/photos/chelsea.png"))
        .unwrap();
    assert!(a.faces.is_empty(), "{:?}", a.faces);
}
