/** Keyboard shortcuts: Ctrl+N new chat, Ctrl+L lock, Ctrl+K (or Ctrl+F) search everything, Ctrl+1…9 screens. */

export type Action = { kind: "new-chat" } | { kind: "lock" } | { kind: "search" } | { kind: "screen"; index: number };

export function shortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): Action | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === "n") return { kind: "new-chat" };
  if (k === "l") return { kind: "lock" };
  if (k === "k" || k === "f") return { kind: "search" };
  if (/^[1-9]$/.test(k)) return { kind: "screen", index: Number(k) - 1 };
  return null;
}
