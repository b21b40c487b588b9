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
/** Tells the shell the first screen is interactive (the startup benchmark reads its log line). */
export const appReady = () => call<number>("app_ready");

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

// ---- profiles and the vault ----
export interface Profile {
  id: string;
  name: string;
  created_at: number;
  auto_lock_minutes: number;
}
export const profilesList = () => call<Profile[]>("profiles_list");
export const profileCreate = (name: string, password: string) =>
  call<{ profile: Profile; recovery_key: string }>("profile_create", { name, password });
export const vaultUnlock = (profile: string, password: string) => call<Profile>("vault_unlock", { profile, password });
export const vaultRecover = (profile: string, recoveryKey: string, newPassword: string) =>
  call<Profile>("vault_recover", { profile, recoveryKey, newPassword });
export const vaultLock = () => call<void>("vault_lock");
export const vaultStatus = () => call<{ profile: Profile | null; locked: boolean }>("vault_status");
export const onVaultLocked = (cb: () => void) => listen("vault://locked", () => cb());

// ---- chat ----
import type { ChatEvent, Message, Outcome } from "./chat";
export interface Chat {
  id: number;
  title: string;
  created_at: number;
  updated_at: number;
  message_count: number;
}
export const chatsList = () => call<Chat[]>("chats_list");
export const chatCreate = (title: string) => call<Chat>("chat_create", { title });
export const chatRename = (id: number, title: string) => call<Chat>("chat_rename", { id, title });
export const chatDelete = (id: number) => call<void>("chat_delete", { id });
export const chatMessages = (id: number) => call<Message[]>("chat_messages", { id });
export const messageDelete = (id: number) => call<void>("message_delete", { id });
export const chatSend = (chatId: number, text: string, emotionJson: string | null) =>
  call<Outcome>("chat_send", { chatId, text, emotionJson });
export const chatRetry = (messageId: number) => call<Outcome>("chat_retry", { messageId });
export const chatEndSession = (chatId: number) => call<unknown>("chat_end_session", { chatId });
export const onChatEvent = (cb: (e: ChatEvent) => void) => listen<ChatEvent>("chat://event", (e) => cb(e.payload));
export const emotionStart = (chatId: number | null, index: number) => call<number>("emotion_start", { chatId, index });
export const emotionStop = () => call<unknown>("emotion_stop");

// ---- wellness ----
export interface SentimentScore {
  model: string;
  valence: number;
  label: "negative" | "neutral" | "positive";
  stars: number;
  probs: number[];
}
export interface JournalEntry {
  id: number;
  mood: number;
  tags: string[];
  title: string;
  text: string;
  created_at: number;
  local_date: string;
  sentiment: SentimentScore | null;
}
export const journalAdd = (entry: { mood: number; tags: string[]; title: string; text: string }) =>
  call<JournalEntry>("journal_add", { entry });
export const journalList = (search?: string) => call<JournalEntry[]>("journal_list", { search: search ?? null });
export const journalDelete = (id: number) => call<void>("journal_delete", { id });
export interface GratitudeItem {
  id: number;
  local_date: string;
  position: number;
  text: string;
  sentiment?: SentimentScore | null;
}
export const gratitudeAdd = (text: string) => call<GratitudeItem>("gratitude_add", { text });
export const gratitudeList = (from: string, to: string) => call<GratitudeItem[]>("gratitude_list", { from, to });
export interface Sleep {
  id: number;
  local_date: string;
  bedtime: string;
  wake_time: string;
  hours: number;
  quality: number;
  notes: string;
}
export const sleepLog = (input: { date: string; bedtime: string; wake_time: string; quality: number; notes: string }) =>
  call<Sleep>("sleep_log", { input });
export const sleepList = (from: string, to: string) => call<Sleep[]>("sleep_list", { from, to });
import type { Step } from "./breathing";
export const breathingPlan = (pattern: string, plannedS: number) =>
  call<{ pattern: { id: string; name: string }; steps: Step[] }>("breathing_plan", { pattern, plannedS });
export const breathingLog = (session: { pattern: string; planned_s: number; actual_s: number; completed: boolean }) =>
  call<number>("breathing_log", { session });
export interface CheckinForm {
  id: string;
  items: string[];
  answers: string[];
  difficulty_question: string;
  difficulty_answers: string[];
  disclaimer: string;
}
export const checkinForm = (kind: string) => call<CheckinForm>("checkin_form", { kind });
export const checkinSubmit = (kind: string, answers: number[], difficulty: number | null) =>
  call<{ assessment: { total: number }; severity: string; crisis: import("./chat").CrisisCard | null; disclaimer: string }>(
    "checkin_submit",
    { kind, answers, difficulty },
  );
export const profileOverview = () => call<Record<string, unknown>>("profile_overview");

// ---- insights ----
export interface ReportView {
  aggregates: Record<string, any>;
  summary: string;
  summary_source: string;
  charts: [string, string][];
  note: string | null;
  saved_id: number | null;
}
export const reportBuild = (from: string | null, to: string | null) => call<ReportView>("report_build", { from, to });
export const reportExportHtml = (from: string | null, to: string | null) => call<string>("report_export_html", { from, to });
export const reportWeeklyCheck = () => call<ReportView | null>("report_weekly_check");

// ---- settings ----
export interface AppSettings {
  private_mode: boolean;
  model: string;
  base_url: string;
  country: string;
  auto_lock_minutes: number;
  sentiment_model: string;
  share_journal_text: boolean;
  key_present: boolean;
}
export const settingsGet = () => call<AppSettings>("settings_get");
export const settingsSet = (settings: AppSettings) => call<AppSettings>("settings_set", { settings });
export const geminiKeySet = (key: string) => call<void>("gemini_key_set", { key });
export const geminiKeyRemove = () => call<void>("gemini_key_remove");
export const geminiKeyTest = () => call<string>("gemini_key_test");
export const modelsStatus = () =>
  call<{ files: { id: string; file: string; status: string }[]; sentiment: { id: string; origin: string; description: string }[] }>("models_status");
export const modelsInstall = (source: string, id: string, sha256: string | null) => call<unknown>("models_install", { source, id, sha256 });
export const onInstallProgress = (cb: (p: { file: string; done: number; total: number | null }) => void) =>
  listen<{ file: string; done: number; total: number | null }>("models://progress", (e) => cb(e.payload));
export const dataExport = () => call<string>("data_export");
export const profileDeleteAll = (confirm: string) => call<void>("profile_delete_all", { confirm });
