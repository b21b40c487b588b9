import { describe, expect, it } from "vitest";
import { applyEvent, applyOutcome, retryTarget, statusWords, type Message } from "./chat";

const user = (id: number, status: Message["status"] = "pending"): Message => ({ id, chat_id: 1, sender: "user", text: "hi", status, created_at: 0, local_date: "2026-12-02", emotion_json: null, crisis: false });

describe("chat stream", () => {
  it("grows a reply chunk by chunk and settles on the outcome", () => {
    let list = applyEvent([], { kind: "saved", message: user(1) }, 1);
    list = applyEvent(list, { kind: "chunk", message_id: 2, delta: "Hel", text: "Hel" }, 1);
    list = applyEvent(list, { kind: "chunk", message_id: 2, delta: "lo", text: "Hello" }, 1);
    expect(list.map((m) => [m.sender, m.text, m.status])).toEqual([["user", "hi", "sent"], ["assistant", "Hello", "partial"]]);
    expect(statusWords(list[1], true)).toBe("Writing…");
    expect(statusWords(list[1], false)).toBe("Reply incomplete");
    expect(statusWords(user(5), true)).toBe("Sending…");
    const reply = { ...list[1], status: "sent" as const };
    list = applyOutcome(list, { kind: "replied", user: user(1, "sent"), reply, finish_reason: "STOP", note: null });
    expect(list.map((m) => m.status)).toEqual(["sent", "sent"]);
    expect(retryTarget(list)).toBeNull();
  });
  it("ignores other chats and offers retry for pending, failed and partial", () => {
    expect(applyEvent([], { kind: "saved", message: { ...user(1), chat_id: 9 } }, 1)).toEqual([]);
    expect(retryTarget([user(1)])?.id).toBe(1);
    const partial: Message = { ...user(2, "partial"), sender: "assistant" };
    expect(retryTarget([user(1, "sent"), partial])?.id).toBe(2);
    expect(retryTarget([{ ...user(3, "sent"), crisis: true }])).toBeNull();
  });
});
