/** Password strength hint for onboarding: a 0–4 score, a word for it, and what would make it stronger. */

import { t } from "./i18n.svelte";

const COMMON = ["password", "123456", "qwerty", "letmein", "welcome", "iloveyou", "admin", "monkey", "dragon", "mentora"];

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  hints: string[];
  acceptable: boolean;
}

export const MIN_LENGTH = 10;

export function strength(pw: string): Strength {
  const hints: string[] = [];
  const lower = pw.toLowerCase();
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length;
  let points = 0;
  if (pw.length >= MIN_LENGTH) points++;
  else hints.push(t("password-hint-length", { min: MIN_LENGTH }));
  if (pw.length >= 16) points++;
  if (classes >= 3) points++;
  else hints.push(t("password-hint-mix"));
  if (new Set(pw).size >= Math.min(8, pw.length) && !/(.)\1\1/.test(pw)) points++;
  else hints.push(t("password-hint-repeats"));
  if (COMMON.some((c) => lower.includes(c))) {
    points = Math.min(points, 1);
    hints.unshift(t("password-hint-common"));
  }
  const score = Math.max(0, Math.min(4, points)) as Strength["score"];
  const label = [t("password-very-weak"), t("password-weak"), t("password-fair"), t("password-good"), t("password-strong")][score];
  return { score, label, hints, acceptable: pw.length >= MIN_LENGTH && score >= 2 };
}
