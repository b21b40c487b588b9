/** Chat state in the window: messages, and how each core event or outcome changes them. */

// The IPC types are generated from the Rust types (ui/src/lib/bindings, by tests/it/ipc_types.rs).
import type { ChatEvent } from "./bindings/ChatEvent";
import type { Message } from "./bindings/Message";
import type { Outcome } from "./bindings/Outcome";
import { t } from "./i18n.svelte";
export type { ChatEvent, Message, Outcome };
export type { CrisisCard } from "./bindings/CrisisCard";
export type { Resource } from "./bindings/Resource";

function upsert(list: Message[], m: Message): Message[] {
  const i = list.findIndex((x) => x.id === m.id);
  if (i === -1) return [...list, m];
  const copy = list.slice();
  copy[i] = m;
  return copy;
}

/** Applies a streamed event: a saved message appears; a chunk grows (or creates) the reply. */
export function applyEvent(list: Message[], e: ChatEvent, chatId: number): Message[] {
  if (e.kind === "saved") return e.message.chat_id === chatId ? upsert(list, e.message) : list;
  // The first piece means the person's message went out.
  const sent = list.map((m) => (m.sender === "user" && m.status === "pending" && m.id < e.message_id ? { ...m, status: "sent" as const } : m));
  const existing = sent.find((m) => m.id === e.message_id);
  if (existing) return upsert(sent, { ...existing, text: e.text, status: "partial" });
  return [...sent, { id: e.message_id, chat_id: chatId, sender: "assistant", text: e.text, status: "partial", created_at: Date.now(), local_date: "", emotion_json: null, crisis: false }];
}

/** Applies the final outcome of a send. */
export function applyOutcome(list: Message[], o: Outcome): Message[] {
  let out = upsert(list, o.user);
  if (o.kind === "replied") out = upsert(out, o.reply);
  if (o.kind === "failed" && o.reply) out = upsert(out, o.reply);
  if (o.kind === "failed" && !o.reply) out = out.filter((m) => !(m.sender === "assistant" && m.status === "partial" && m.id > o.user.id));
  return out;
}

/** The message a "Retry" button re-sends: the last pending/failed user message or partial reply. */
export function retryTarget(list: Message[]): Message | null {
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i];
    if (m.crisis) continue;
    if (m.sender === "assistant" && m.status === "partial") return m;
    if (m.sender === "user" && (m.status === "pending" || m.status === "failed")) return m;
    if (m.status === "sent") return null;
  }
  return null;
}

/** What a message's status line says; while a send is in flight, pending reads "Sending…" and a
 * growing reply "Writing…". */
export function statusWords(m: Message, inFlight: boolean): string {
  if (inFlight && m.sender === "user" && m.status === "pending") return t("chat-lib-sending");
  if (inFlight && m.sender === "assistant" && m.status === "partial") return t("chat-lib-writing");
  switch (m.status) {
    case "sent":
      return "";
    case "pending":
      return t("chat-lib-pending");
    case "failed":
      return t("chat-lib-failed");
    case "partial":
      return t("chat-lib-partial");
  }
}
