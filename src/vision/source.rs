//! Frame sources behind one trait: the webcam (nokhwa), a still image, a folder of frames.

use crate::error::{Code, Error, Result};
use opencv::core::Mat;
use opencv::prelude::*;
use std::path::{Path, PathBuf};

/// Something that yields 8-bit BGR frames.
pub trait FrameSource: Send {
    /// The next frame, or `None` when the source has ended.
    fn next_frame(&mut self) -> Result<Option<Mat>>;
    /// A short description for logs and the CLI.
    fn describe(&self) -> String;
}

fn decode_file(path: &Path) -> Result<Mat> {
    let bytes =
        std::fs::read(path).map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    super::decode::decode_bgr(&bytes).map_err(|e| {
        Error::new(
            Code::ImageDecode,
            format!(
                "{} is not a readable image ({})",
                path.display(),
                e.message()
            ),
        )
    })
}

/// One still image, given once.
pub struct StillImage {
    frame: Option<Mat>,
    name: String,
}

impl StillImage {
    /// Decodes the image now.
    pub fn open(path: &Path) -> Result<Self> {
        Ok(Self {
            frame: Some(decode_file(path)?),
            name: path.display().to_string(),
        })
    }
}

impl FrameSource for StillImage {
    fn next_frame(&mut self) -> Result<Option<Mat>> {
        Ok(self.frame.take())
    }
    fn describe(&self) -> String {
        format!("image {}", self.name)
    }
}

/// The images of a folder in name order (JPEG, PNG, BMP, WebP), once or looping.
pub struct FolderSource {
    files: Vec<PathBuf>,
    next: usize,
    looping: bool,
    dir: PathBuf,
}

impl FolderSource {
    /// Lists the folder's images now; an empty folder is an error.
    pub fn open(dir: &Path, looping: bool) -> Result<Self> {
        let rd = std::fs::read_dir(dir)
            .map_err(|e| Error::io(format!("reading {}", dir.display()), e))?;
        let mut files: Vec<PathBuf> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    matches!(
                        e.to_ascii_lowercase().as_str(),
                        "jpg" | "jpeg" | "png" | "bmp" | "webp"
                    )
                })
            })
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(Error::invalid(
                "folder",
                format!("{} holds no images", dir.display()),
            ));
        }
        Ok(Self {
            files,
            next: 0,
            looping,
            dir: dir.to_path_buf(),
        })
    }
}

impl FrameSource for FolderSource {
    fn next_frame(&mut self) -> Result<Option<Mat>> {
        if self.next >= self.files.len() {
            if !self.looping {
                return Ok(None);
            }
            self.next = 0;
        }
        let f = decode_file(&self.files[self.next])?;
        self.next += 1;
        Ok(Some(f))
    }
    fn describe(&self) -> String {
        format!(
            "folder {} ({} frames)",
            self.dir.display(),
            self.files.len()
        )
    }
}

/// A webcam through nokhwa, opened at 640×480 or the nearest format it offers, MJPEG or YUYV.
/// nokhwa's camera cannot move between threads, so a thread of its own owns it and hands frames
/// over channels; dropping the source stops the stream and ends that thread.
pub struct CameraSource {
    request: std::sync::mpsc::Sender<()>,
    frames: std::sync::mpsc::Receiver<Result<Mat>>,
    name: String,
}

fn camera_error(e: nokhwa::NokhwaError, during_session: bool) -> Error {
    let text = e.to_string();
    let lower = text.to_lowercase();
    if lower.contains("permission denied") || lower.contains("eacces") {
        Error::new(
            Code::CameraPermission,
            format!("the system refused access to the camera: {text}"),
        )
    } else if lower.contains("busy") {
        Error::new(
            Code::CameraBusy,
            format!("the camera is in use by another program: {text}"),
        )
    } else if during_session || lower.contains("no such device") || lower.contains("no such file") {
        Error::new(
            Code::CameraDisconnected,
            format!("the camera stopped answering (unplugged?): {text}"),
        )
    } else {
        Error::new(
            Code::CameraUnavailable,
            format!("the camera could not be used: {text}"),
        )
    }
}

fn open_camera(index: u32) -> Result<nokhwa::Camera> {
    use nokhwa::pixel_format::RgbFormat;
    use nokhwa::utils::{
        CameraFormat, CameraIndex, FrameFormat, RequestedFormat, RequestedFormatType,
    };
    let wanted = CameraFormat::new_from(640, 480, FrameFormat::MJPEG, 30);
    let fmt = RequestedFormat::new::<RgbFormat>(RequestedFormatType::Closest(wanted));
    let mut camera =
        nokhwa::Camera::new(CameraIndex::Index(index), fmt).map_err(|e| camera_error(e, false))?;
    camera.open_stream().map_err(|e| camera_error(e, false))?;
    Ok(camera)
}

fn grab(camera: &mut nokhwa::Camera) -> Result<Mat> {
    use nokhwa::pixel_format::RgbFormat;
    let buf = camera.frame().map_err(|e| camera_error(e, true))?;
    let rgb = buf
        .decode_image::<RgbFormat>()
        .map_err(|e| camera_error(e, true))?;
    let h = rgb.height() as i32;
    let flat = Mat::from_slice(rgb.as_raw())?;
    let rgb_mat = flat.reshape(3, h)?;
    let mut bgr = Mat::default();
    opencv::imgproc::cvt_color_def(&rgb_mat, &mut bgr, opencv::imgproc::COLOR_RGB2BGR)?;
    Ok(bgr)
}

impl CameraSource {
    /// Opens camera `index` (see [`super::camera::list_cameras`]); `camera.none` when there is none.
    pub fn open(index: u32) -> Result<Self> {
        if super::camera::list_cameras()?.is_empty() {
            return Err(Error::new(
                Code::CameraNone,
                "no camera found: connect one, or check that it is enabled",
            ));
        }
        let (opened_tx, opened_rx) = std::sync::mpsc::channel::<Result<String>>();
        let (request, requests) = std::sync::mpsc::channel::<()>();
        let (frames_tx, frames) = std::sync::mpsc::channel::<Result<Mat>>();
        std::thread::Builder::new()
            .name("mentora-camera".into())
            .spawn(move || {
                let mut camera = match open_camera(index) {
                    Ok(c) => c,
                    Err(e) => {
                        let _ = opened_tx.send(Err(e));
                        return;
                    }
                };
                let _ = opened_tx.send(Ok(camera.info().human_name()));
                for () in requests {
                    if frames_tx.send(grab(&mut camera)).is_err() {
                        break;
                    }
                }
                let _ = camera.stop_stream();
            })
            .map_err(|e| Error::io("starting the camera thread", e))?;
        let name = opened_rx.recv().map_err(|_| {
            Error::new(
                Code::CameraUnavailable,
                "the camera thread ended while opening",
            )
        })??;
        Ok(Self {
            request,
            frames,
            name,
        })
    }
}

impl FrameSource for CameraSource {
    fn next_frame(&mut self) -> Result<Option<Mat>> {
        let gone = || {
            Error::new(
                Code::CameraDisconnected,
                "the camera stopped answering (unplugged?)",
            )
        };
        self.request.send(()).map_err(|_| gone())?;
        self.frames.recv().map_err(|_| gone())?.map(Some)
    }
    fn describe(&self) -> String {
        format!("camera {}", self.name)
    }
}
