/** Typed calls into the Rust core through Tauri IPC; rejections are always CoreError. */
import { invoke } from "@tauri-apps/api/core";
import type { Report } from "./doctor";
import type { FrameAnalysis } from "./emotions";
import { toCoreError } from "./errors";

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
