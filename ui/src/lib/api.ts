/**
 * Typed calls into the Rust core through Tauri IPC; rejections are always CoreError. Every type here
 * is generated from the Rust types (ui/src/lib/bindings, by tests/it/ipc_types.rs; `make test` fails
 * when they are stale), and event names come from the core's constants.
 */
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { Activity } from "./bindings/Activity";
import type { AffectPoint } from "./bindings/AffectPoint";
import type { ActivityInput } from "./bindings/ActivityInput";
import type { BackupDone } from "./bindings/BackupDone";
import type { BackupFile } from "./bindings/BackupFile";
import type { BackupOverview } from "./bindings/BackupOverview";
import type { BackupPlan } from "./bindings/BackupPlan";
import type { BetterDays } from "./bindings/BetterDays";
import type { DayCell } from "./bindings/DayCell";
import type { DayView } from "./bindings/DayView";
import type { SearchHit } from "./bindings/SearchHit";
import type { Prompt } from "./bindings/Prompt";
import type { Reminders } from "./bindings/Reminders";
import type { Template } from "./bindings/Template";
import type { Today } from "./bindings/Today";
import type { AppSettings } from "./bindings/AppSettings";
import type { Breathing } from "./bindings/Breathing";
import type { CameraInfo } from "./bindings/CameraInfo";
import type { Chat } from "./bindings/Chat";
import type { Damaged } from "./bindings/Damaged";
import type { Preview } from "./bindings/Preview";
import type { Risk } from "./bindings/Risk";
import type { SafetyPlan } from "./bindings/SafetyPlan";
import type { ChatEvent } from "./bindings/ChatEvent";
import type { CheckinForm } from "./bindings/CheckinForm";
import type { CheckinResult } from "./bindings/CheckinResult";
import type { Created } from "./bindings/Created";
import type { CrisisCard } from "./bindings/CrisisCard";
import type { DoctorReport } from "./bindings/DoctorReport";
import type { EmotionSession } from "./bindings/EmotionSession";
import type { MicInfo } from "./bindings/MicInfo";
import type { SegmentReading } from "./bindings/SegmentReading";
import type { VoiceAnalysis } from "./bindings/VoiceAnalysis";
import type { VoiceLevel } from "./bindings/VoiceLevel";
import type { VoiceSession } from "./bindings/VoiceSession";
import type { VoiceSettings } from "./bindings/VoiceSettings";
import type { EntryInput } from "./bindings/EntryInput";
import type { FrameAnalysis } from "./bindings/FrameAnalysis";
import type { GratitudeItem as GratitudeRow } from "./bindings/GratitudeItem";
import type { InstalledModel } from "./bindings/InstalledModel";
import type { InstallProgress } from "./bindings/InstallProgress";
import type { LiveSample } from "./bindings/LiveSample";
import type { LlmModel } from "./bindings/LlmModel";
import type { LlmModels } from "./bindings/LlmModels";
import type { LlmStatus } from "./bindings/LlmStatus";
import type { Message } from "./bindings/Message";
import type { ModelsStatus } from "./bindings/ModelsStatus";
import type { Outcome } from "./bindings/Outcome";
import type { Overview } from "./bindings/Overview";
import type { Plan } from "./bindings/Plan";
import type { Profile } from "./bindings/Profile";
import type { Report } from "./bindings/Report";
import type { Score } from "./bindings/Score";
import type { ScoredEntry } from "./bindings/ScoredEntry";
import type { ScoredItem } from "./bindings/ScoredItem";
import type { Sentiment } from "./bindings/Sentiment";
import type { SessionSummary } from "./bindings/SessionSummary";
import type { Sleep } from "./bindings/Sleep";
import type { SleepInput } from "./bindings/SleepInput";
import type { VaultStatus } from "./bindings/VaultStatus";
import { EVENTS } from "./bindings/events";
import { toCoreError, type CoreError } from "./errors";

export type { Activity, AffectPoint, AppSettings, BackupDone, BackupFile, BackupOverview, BackupPlan, BetterDays, CameraInfo, Chat, CheckinForm, CheckinResult, CrisisCard, Damaged, DayCell, DayView, LlmModel, LlmModels, Overview, Preview, Profile, Prompt, Reminders, Risk, SafetyPlan, SearchHit, Sleep, Template, Today };
/** A report as the insights screen shows it. */
export type ReportView = Report;
/** A journal entry with its sentiment. */
export type JournalEntry = ScoredEntry;
/** A stored sentiment score. */
export type SentimentScore = Score;
/** A gratitude item, with its sentiment when it was just added. */
export type GratitudeItem = GratitudeRow & { sentiment?: Score | null };

async function call<T>(cmd: string, args?: Parameters<typeof invoke>[1]): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toCoreError(e);
  }
}

export const doctor = () => call<DoctorReport>("doctor");
/** Tells the shell the first screen is interactive (the startup benchmark reads its log line). */
export const appReady = () => call<number>("app_ready");

/** Sends the image's bytes as a raw IPC body (no JSON number arrays). */
export const analyzeImage = (bytes: Uint8Array) => call<FrameAnalysis>("analyze_image", bytes);

export const listCameras = () => call<CameraInfo[]>("list_cameras");
export const cameraStart = (index: number, fps?: number) => call<void>("camera_start", { index, fps });
export const cameraStop = () => call<void>("camera_stop");

/** Live samples while the camera is on. */
export const onEmotionSample = (cb: (s: LiveSample) => void): Promise<UnlistenFn> =>
  listen<LiveSample>(EVENTS.EMOTION_SAMPLE, (e) => cb(e.payload));

/** The capture ended: null when stopped, the error when the camera failed. */
export const onEmotionEnded = (cb: (e: CoreError | null) => void): Promise<UnlistenFn> =>
  listen<CoreError | null>(EVENTS.EMOTION_ENDED, (e) => cb(e.payload));

// ---- profiles and the vault ----
export const profilesList = () => call<Profile[]>("profiles_list");
export const profilesDamaged = () => call<Damaged[]>("profiles_damaged");
export const profileCreate = (name: string, password: string) => call<Created>("profile_create", { name, password });
export const vaultUnlock = (profile: string, password: string) => call<Profile>("vault_unlock", { profile, password });
export const vaultRecover = (profile: string, recoveryKey: string, newPassword: string) =>
  call<Profile>("vault_recover", { profile, recoveryKey, newPassword });
export const vaultLock = () => call<void>("vault_lock");
export const vaultStatus = () => call<VaultStatus>("vault_status");
export const onVaultLocked = (cb: () => void) => listen(EVENTS.VAULT_LOCKED, () => cb());
export const onTrayLogMood = (cb: () => void) => listen(EVENTS.TRAY_LOG_MOOD, () => cb());

// ---- backups ----
export const backupOverview = () => call<BackupOverview>("backup_overview");
export const backupPlanSet = (plan: BackupPlan) => call<BackupOverview>("backup_plan_set", { plan });
export const backupNow = () => call<BackupDone>("backup_now");
export const backupsFound = (folder: string | null) => call<BackupFile[]>("backups_found", { folder });
/** With `recoveryKey`, `password` is the new password; without, the one the profile had at backup time. */
export const backupRestore = (file: string, password: string, recoveryKey: string | null, name: string | null) =>
  call<Created>("backup_restore", { file, password, recoveryKey, name });

// ---- chat ----
export const chatsList = () => call<Chat[]>("chats_list");
export const chatCreate = (title: string) => call<Chat>("chat_create", { title });
export const chatRename = (id: number, title: string) => call<Chat>("chat_rename", { id, title });
export const chatDelete = (id: number) => call<void>("chat_delete", { id });
export const chatMessages = (id: number) => call<Message[]>("chat_messages", { id });
export const messageDelete = (id: number) => call<void>("message_delete", { id });
export const chatPreview = (chatId: number, text: string) => call<Preview>("chat_preview", { chatId, text });
export const chatSend = (chatId: number, text: string, emotionJson: string | null) =>
  call<Outcome>("chat_send", { chatId, text, emotionJson });
export const chatRetry = (messageId: number) => call<Outcome>("chat_retry", { messageId });
export const chatStop = () => call<null>("chat_stop");
export const llmStatus = () => call<LlmStatus>("llm_status");
export const llmModels = () => call<LlmModels>("llm_models");
export const llmInstall = (source: string, id: string | null, sha256: string | null) =>
  call<LlmModel>("llm_install", { source, id, sha256 });
export const llmRemove = (id: string) => call<void>("llm_remove", { id });
export const chatEndSession = (chatId: number) => call<SessionSummary | null>("chat_end_session", { chatId });
export const onChatEvent = (cb: (e: ChatEvent) => void) => listen<ChatEvent>(EVENTS.CHAT, (e) => cb(e.payload));
export const affectChatTimeline = (chatId: number) => call<AffectPoint[]>("affect_chat_timeline", { chatId });
export const affectDayTimeline = (date: string) => call<AffectPoint[]>("affect_day_timeline", { date });
export const affectCorrect = (source: string, sourceId: number, felt: string | null) =>
  call<null>("affect_correct", { source, sourceId, felt });
export const emotionStart = (chatId: number | null, index: number) => call<number>("emotion_start", { chatId, index });
export const emotionStop = () => call<EmotionSession>("emotion_stop");

// ---- the voice ----
export type { MicInfo, SegmentReading, VoiceAnalysis, VoiceLevel, VoiceSession, VoiceSettings };
export const voiceMicrophones = () => call<MicInfo[]>("voice_microphones");
export const voiceSettings = () => call<VoiceSettings>("voice_settings");
export const voiceSetSettings = (device: string | null, learnBaseline: boolean, forget = false) =>
  call<VoiceSettings>("voice_set_settings", { device, learnBaseline, forget });
export const voiceStart = (chatId: number | null) => call<number>("voice_start", { chatId });
export const voiceStop = () => call<VoiceSession>("voice_stop");
/** Sends the recording's bytes as a raw IPC body. */
export const voiceAnalyze = (bytes: Uint8Array) => call<VoiceAnalysis>("voice_analyze", bytes);
export const onVoiceLevel = (cb: (l: VoiceLevel) => void): Promise<UnlistenFn> =>
  listen<VoiceLevel>(EVENTS.VOICE_LEVEL, (e) => cb(e.payload));
export const onVoiceReading = (cb: (r: SegmentReading) => void): Promise<UnlistenFn> =>
  listen<SegmentReading>(EVENTS.VOICE_READING, (e) => cb(e.payload));
/** The session ended: null when stopped, the error when the microphone failed. */
export const onVoiceEnded = (cb: (e: CoreError | null) => void): Promise<UnlistenFn> =>
  listen<CoreError | null>(EVENTS.VOICE_ENDED, (e) => cb(e.payload));

// ---- wellness ----
export const journalAdd = (entry: EntryInput) => call<JournalEntry>("journal_add", { entry });
export const journalList = (search?: string) => call<JournalEntry[]>("journal_list", { search: search ?? null });
export const journalDelete = (id: number) => call<void>("journal_delete", { id });
export const gratitudeAdd = (text: string) => call<ScoredItem>("gratitude_add", { text });
export const gratitudeList = (from: string, to: string) => call<GratitudeRow[]>("gratitude_list", { from, to });
export const sleepLog = (input: SleepInput) => call<Sleep>("sleep_log", { input });
export const sleepList = (from: string, to: string) => call<Sleep[]>("sleep_list", { from, to });
export const breathingPlan = (pattern: string, plannedS: number) => call<Plan>("breathing_plan", { pattern, plannedS });
export const breathingLog = (session: Breathing) => call<number>("breathing_log", { session });
export const checkinForm = (kind: string) => call<CheckinForm>("checkin_form", { kind });
export const checkinSubmit = (kind: string, answers: number[], difficulty: number | null, note = "") =>
  call<CheckinResult>("checkin_submit", { kind, answers, difficulty, note });
export const profileOverview = () => call<Overview>("profile_overview");
export const sentimentAnalyze = (text: string) => call<Sentiment>("sentiment_analyze", { text });

// ---- the daily loop ----
export const today = () => call<Today>("today");
export const quickMood = (mood: number, activities: string[]) => call<JournalEntry>("quick_mood", { mood, activities });
export const calendarMonth = (month: string) => call<DayCell[]>("calendar_month", { month });
export const calendarYear = (year: number) => call<DayCell[]>("calendar_year", { year });
export const dayView = (date: string) => call<DayView>("day_view", { date });
export const activitiesList = () => call<Activity[]>("activities_list");
export const activityAdd = (activity: ActivityInput) => call<Activity>("activity_add", { activity });
export const activityRemove = (name: string) => call<void>("activity_remove", { name });
export const promptsList = () => call<[Prompt[], Template[]]>("prompts_list");
export const templateAdd = (title: string, body: string) => call<Template>("template_add", { title, body });
export const templateDelete = (id: number) => call<void>("template_delete", { id });
export const search = (query: string) => call<SearchHit[]>("search", { query });
export const remindersGet = () => call<Reminders>("reminders_get");
export const remindersSet = (reminders: Reminders) => call<Reminders>("reminders_set", { reminders });
export const autostartGet = () => call<boolean>("autostart_get");
export const autostartSet = (on: boolean) => call<boolean>("autostart_set", { on });
export const betterDays = (from: string | null = null, to: string | null = null) =>
  call<BetterDays>("better_days", { from, to });

// ---- insights ----
export const reportBuild = (from: string | null, to: string | null) => call<ReportView>("report_build", { from, to });
export const reportExportHtml = (from: string | null, to: string | null) => call<string>("report_export_html", { from, to });
export const reportWeeklyCheck = () => call<ReportView | null>("report_weekly_check");

// ---- settings ----
export const settingsGet = () => call<AppSettings>("settings_get");
export const settingsSet = (settings: AppSettings) => call<AppSettings>("settings_set", { settings });
export const geminiKeySet = (key: string) => call<void>("gemini_key_set", { key });
export const geminiKeyRemove = () => call<void>("gemini_key_remove");
export const geminiKeyTest = () => call<string>("gemini_key_test");
export const modelsStatus = () => call<ModelsStatus>("models_status");
export const modelsInstall = (
  source: string,
  id: string,
  sha256: string | null,
  tokenizerSha256: string | null = null,
) => call<InstalledModel>("models_install", { source, id, sha256, tokenizerSha256 });
export const onInstallProgress = (cb: (p: InstallProgress) => void) =>
  listen<InstallProgress>(EVENTS.MODELS_PROGRESS, (e) => cb(e.payload));
export const dataExport = () => call<string>("data_export");
export const profileDeleteAll = (confirm: string) => call<void>("profile_delete_all", { confirm });

// ---- safety ----
export const safetyPlanGet = () => call<SafetyPlan>("safety_plan_get");
export const safetyPlanSave = (plan: SafetyPlan) => call<SafetyPlan>("safety_plan_save", { plan });
export const safetyDismiss = (source: string, sourceId: number | null) => call<void>("safety_dismiss", { source, sourceId });
export const safetyRisk = () => call<Risk>("safety_risk");
export const safetyCheckedIn = () => call<void>("safety_checked_in");
