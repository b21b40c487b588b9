/** Words for backups: when one was made and how large it is. */
import { locale, t } from "./i18n.svelte";

/** A backup's time in the window's language, or the locale given ("3 Dec 2026, 09:40"). */
export function backupWhen(ms: number, loc: string = locale()): string {
  return new Date(ms).toLocaleString(loc, { dateStyle: "medium", timeStyle: "short" });
}

/** A size in kB or MB, one decimal. */
export function backupSize(bytes: number): string {
  if (bytes < 1_000_000) return t("backups-size-kb", { kb: Math.max(0.1, bytes / 1000) });
  return t("backups-size-mb", { mb: bytes / 1_000_000 });
}

/** The name a restored profile gets when the person leaves the field empty (the core decides; this is the hint).
 *  "(restored)" stays English on purpose: it is part of the name the core gives the profile. */
export function restoredName(backupName: string, taken: string[]): string {
  const lower = taken.map((t) => t.toLowerCase());
  if (!lower.includes(backupName.toLowerCase())) return backupName;
  for (let i = 1; i < 100; i++) {
    const n = i === 1 ? `${backupName} (restored)` : `${backupName} (restored ${i})`;
    if (!lower.includes(n.toLowerCase())) return n;
  }
  return backupName;
}
