/** Words for backups: when one was made and how large it is. */

/** A backup's time in the person's locale ("3 Dec 2026, 09:40"). */
export function backupWhen(ms: number, locale?: string): string {
  return new Date(ms).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
}

/** A size in kB or MB, one decimal. */
export function backupSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(0.1, bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The name a restored profile gets when the person leaves the field empty (the core decides; this is the hint). */
export function restoredName(backupName: string, taken: string[]): string {
  const lower = taken.map((t) => t.toLowerCase());
  if (!lower.includes(backupName.toLowerCase())) return backupName;
  for (let i = 1; i < 100; i++) {
    const n = i === 1 ? `${backupName} (restored)` : `${backupName} (restored ${i})`;
    if (!lower.includes(n.toLowerCase())) return n;
  }
  return backupName;
}
