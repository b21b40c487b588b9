/** Core errors as they cross IPC ({code, message}) and the human text the window shows for each code. */
import { locale, t } from "./i18n.svelte";

export interface CoreError {
  code: string;
  message: string;
}

/** The message id (locales/<lang>/errors.ftl) of the short title for each stable code. */
export const TITLES: Record<string, string> = {
  "model.missing": "errors-model-missing",
  "model.corrupt": "errors-model-corrupt",
  "model.manifest_invalid": "errors-model-manifest-invalid",
  "model.load_failed": "errors-model-load-failed",
  "model.too_big": "errors-model-too-big",
  "runtime.onnx_missing": "errors-runtime-onnx-missing",
  "runtime.onnx_load_failed": "errors-runtime-onnx-load-failed",
  "vision.inference_failed": "errors-vision-inference-failed",
  "vision.bad_image": "errors-vision-bad-image",
  "vision.cascade_failed": "errors-vision-cascade-failed",
  "keyring.unavailable": "errors-keyring-unavailable",
  "camera.unavailable": "errors-camera-unavailable",
  "camera.none": "errors-camera-none",
  "camera.busy": "errors-camera-busy",
  "camera.permission_denied": "errors-camera-permission-denied",
  "camera.disconnected": "errors-camera-disconnected",
  "audio.decode_failed": "errors-audio-decode-failed",
  "audio.none": "errors-audio-none",
  "audio.busy": "errors-audio-busy",
  "audio.permission_denied": "errors-audio-permission-denied",
  "audio.unavailable": "errors-audio-unavailable",
  "input.invalid": "errors-input-invalid",
  "io.failed": "errors-io-failed",
  "text.inference_failed": "errors-text-inference-failed",
  "network.download_failed": "errors-network-download-failed",
  "vault.locked": "errors-vault-locked",
  "vault.bad_password": "errors-vault-bad-password",
  "vault.bad_recovery_key": "errors-vault-bad-recovery-key",
  "vault.corrupt": "errors-vault-corrupt",
  "vault.missing": "errors-vault-missing",
  "vault.throttled": "errors-vault-throttled",
  "app.already_running": "errors-app-already-running",
  "vault.migration_failed": "errors-vault-migration-failed",
  "vault.too_new": "errors-vault-too-new",
  "profile.not_found": "errors-profile-not-found",
  "profile.exists": "errors-profile-exists",
  "store.not_found": "errors-store-not-found",
  "store.failed": "errors-store-failed",
  "chat.no_key": "errors-chat-no-key",
  "chat.private_mode": "errors-chat-private-mode",
  "chat.api_key_invalid": "errors-chat-api-key-invalid",
  "chat.permission_denied": "errors-chat-permission-denied",
  "chat.model_unavailable": "errors-chat-model-unavailable",
  "chat.bad_request": "errors-chat-bad-request",
  "chat.rate_limited": "errors-chat-rate-limited",
  "chat.server_error": "errors-chat-server-error",
  "chat.offline": "errors-chat-offline",
  "chat.timeout": "errors-chat-timeout",
  "chat.bad_stream": "errors-chat-bad-stream",
  "chat.stream_broken": "errors-chat-stream-broken",
  "chat.blocked": "errors-chat-blocked",
  "chat.stopped": "errors-chat-stopped",
  "backup.damaged": "errors-backup-damaged",
  internal: "errors-internal",
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

/**
 * A short title for the code and a detail under it. In English the detail is the core's own message;
 * in the other languages it is the code's help sentence in that language, and the core's (English)
 * message is kept as `technical`, shown under a fold.
 */
export function describeError(err: CoreError): { title: string; detail: string; technical: string | null } {
  const domain = err.code.split(".")[0];
  const id =
    TITLES[err.code] ??
    ({ model: "errors-domain-model", chat: "errors-domain-chat", vault: "errors-domain-vault" }[domain] ?? "errors-unknown");
  if (locale() === "en") return { title: t(id), detail: err.message, technical: null };
  return { title: t(id), detail: t(`${id}-help`), technical: err.message };
}
