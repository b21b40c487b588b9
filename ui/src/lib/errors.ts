/** Core errors as they cross IPC ({code, message}) and the human text the window shows for each code. */

export interface CoreError {
  code: string;
  message: string;
}

const TITLES: Record<string, string> = {
  "model.missing": "A model file is missing",
  "model.corrupt": "A model file is damaged",
  "model.manifest_invalid": "The model list cannot be read",
  "model.load_failed": "A model could not be loaded",
  "model.too_big": "That model needs more memory than is free",
  "runtime.onnx_missing": "ONNX Runtime was not found",
  "runtime.onnx_load_failed": "ONNX Runtime could not be loaded",
  "vision.inference_failed": "The emotion model failed",
  "vision.bad_image": "That file is not a readable image",
  "vision.cascade_failed": "Face detection failed",
  "keyring.unavailable": "The system keyring is not reachable",
  "camera.unavailable": "The camera could not be used",
  "camera.none": "No camera is connected",
  "camera.busy": "The camera is in use by another program",
  "camera.permission_denied": "Mentora is not allowed to use the camera",
  "camera.disconnected": "The camera was disconnected",
  "input.invalid": "That input is not accepted",
  "io.failed": "A file could not be read or written",
  "text.inference_failed": "The sentiment model failed",
  "network.download_failed": "The download did not finish",
  "vault.locked": "Mentora is locked",
  "vault.bad_password": "That password is not right",
  "vault.bad_recovery_key": "That recovery key is not right",
  "vault.corrupt": "The vault file is damaged",
  "vault.missing": "The vault file is missing; nothing was replaced",
  "vault.throttled": "Too many wrong tries: wait a moment",
  "app.already_running": "Mentora is already open",
  "vault.migration_failed": "Updating the vault failed; a backup was kept",
  "vault.too_new": "This vault was made by a newer Mentora",
  "profile.not_found": "No such profile",
  "profile.exists": "A profile with that name already exists",
  "store.not_found": "That item no longer exists",
  "store.failed": "Saving failed",
  "chat.no_key": "No Gemini key: the message is saved, not sent",
  "chat.private_mode": "Private mode is on: the message is saved, not sent",
  "chat.api_key_invalid": "Gemini refused the API key",
  "chat.permission_denied": "The key may not use Gemini",
  "chat.model_unavailable": "That Gemini model is not available",
  "chat.bad_request": "Gemini refused the request",
  "chat.rate_limited": "Too many requests for now",
  "chat.server_error": "Gemini is having trouble",
  "chat.offline": "You seem to be offline",
  "chat.timeout": "Gemini did not answer in time",
  "chat.bad_stream": "Gemini's reply could not be read",
  "chat.stream_broken": "The reply broke off",
  "chat.blocked": "Gemini declined this message",
  "chat.stopped": "You stopped the reply; what came is kept",
  "backup.damaged": "That backup cannot be used",
  internal: "Something went wrong inside Mentora",
};

export function isCoreError(x: unknown): x is CoreError {
  return (
    typeof x === "object" &&
    x !== null &&
    typeof (x as CoreError).code === "string" &&
    typeof (x as CoreError).message === "string"
  );
}

/** Whatever an `invoke` rejected with, as a CoreError (a plain string becomes `internal`). */
export function toCoreError(x: unknown): CoreError {
  if (isCoreError(x)) return x;
  if (x instanceof Error) return { code: "internal", message: x.message };
  return { code: "internal", message: String(x) };
}

/** A short title for the code, plus the core's own message as the detail. */
export function describeError(err: CoreError): { title: string; detail: string } {
  const domain = err.code.split(".")[0];
  const title =
    TITLES[err.code] ??
    ({ model: "A model problem", chat: "The companion could not answer", vault: "A vault problem" }[domain] ?? "Something went wrong");
  return { title, detail: err.message };
}
