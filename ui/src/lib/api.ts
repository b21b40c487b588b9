/** Typed calls into the Rust core through Tauri IPC; rejections are always CoreError. */
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { Report } from "./doctor";
import type { FrameAnalysis, LiveSample } from "./emotions";
import { toCoreError, type CoreError } from "./errors";

async function call<T>(cmd: string, args?: Parameters<typeof invoke>[1]): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toCoreError(e);
  }
}

export const doctor = () => call<Report>("doctor");

/** Sends the image's bytes as a raw IPC body (no JSON number arrays). */
export const analyzeImage = (bytes: Uint8Array) => call<FrameAnalysis>("analyze_image", bytes);

export interface CameraInfo {
  index: string;
  name: string;
  description: string;
}

export const listCameras = () => call<CameraInfo[]>("list_cameras");
export const cameraStart = (index: number, fps?: number) => call<void>("camera_start", { index, fps });
export const cameraStop = () => call<void>("camera_stop");

/** Live samples while the camera is on. */
export const onEmotionSample = (cb: (s: LiveSample) => void): Promise<UnlistenFn> =>
  listen<LiveSample>("emotion://sample", (e) => cb(e.payload));

/** The capture ended: null when stopped, the error when the camera failed. */
export const onEmotionEnded = (cb: (e: CoreError | null) => void): Promise<UnlistenFn> =>
  listen<CoreError | null>("emotion://ended", (e) => cb(e.payload));
