/** The window's words in six languages: Fluent messages from src/locales/<lang>/*.ftl; the system language by default, a setting to choose. */
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import { invoke } from "@tauri-apps/api/core";

export const LANGUAGES = [
  { code: "en", name: "English" },
  { code: "de", name: "Deutsch" },
  { code: "fr", name: "Français" },
  { code: "es", name: "Español" },
  { code: "it", name: "Italiano" },
  { code: "nl", name: "Nederlands" },
] as const;
export type Language = (typeof LANGUAGES)[number]["code"];
export const CODES: readonly string[] = LANGUAGES.map((l) => l.code);
const FALLBACK: Language = "en";
const KEY = "language";

/** English, built into the page; the other languages are separate files loaded when chosen. */
const ENGLISH = import.meta.glob("../locales/en/*.ftl", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
const OTHERS = import.meta.glob(["../locales/*/*.ftl", "!../locales/en/*.ftl"], { query: "?raw", import: "default" }) as Record<
  string,
  () => Promise<string>
>;
const langOf = (path: string) => path.split("/").at(-2);

/** The .ftl files of one language, keyed by path ("../locales/de/chat.ftl"). */
export async function filesOf(code: string): Promise<Record<string, string>> {
  if (code === FALLBACK) return ENGLISH;
  const paths = Object.keys(OTHERS).filter((p) => langOf(p) === code);
  return Object.fromEntries(await Promise.all(paths.map(async (p) => [p, await OTHERS[p]()] as const)));
}

/** Every .ftl file of every language (the tests' view). */
export async function allFiles(): Promise<Record<string, string>> {
  return Object.assign({}, ...(await Promise.all(CODES.map(filesOf))));
}

/** One bundle from a language's files; parse errors are returned, not thrown (the test fails on any). */
export function buildBundle(code: string, files: Record<string, string>): { bundle: FluentBundle; errors: string[] } {
  // No Unicode isolation marks: all six languages are left-to-right, and the marks would break copy and search.
  const bundle = new FluentBundle(code, { useIsolating: false });
  const errors: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    if (langOf(path) !== code) continue;
    for (const e of bundle.addResource(new FluentResource(text))) errors.push(`${path}: ${e.message}`);
  }
  return { bundle, errors };
}

const bundles = new Map<string, FluentBundle>([[FALLBACK, buildBundle(FALLBACK, ENGLISH).bundle]]);
let loads = $state(0); // bumped when a language arrives, so that t() runs again

/** Loads a language's messages (once). */
export async function loadLanguage(code: string): Promise<void> {
  if (bundles.has(code) || !CODES.includes(code)) return;
  bundles.set(code, buildBundle(code, await filesOf(code)).bundle);
  loads++;
}

/** The language the system asks for, narrowed to the six (English when none of them). */
export function systemLanguage(requested: readonly string[]): Language {
  return negotiateLanguages([...requested], [...CODES], { defaultLocale: FALLBACK, strategy: "lookup" })[0] as Language;
}

function stored(): string | null {
  return typeof localStorage === "undefined" ? null : localStorage.getItem(KEY);
}
/** What the shell read from the environment (as the command line does), once asked. */
let fromShell: string | null = null;
function requested(): readonly string[] {
  const web = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  return fromShell ? [fromShell, ...web] : web;
}
function resolve(choice: string | null): Language {
  return choice && CODES.includes(choice) ? (choice as Language) : systemLanguage(requested());
}

let current = $state<Language>(resolve(stored()));
if (typeof document !== "undefined") document.documentElement.lang = current;
const first = (async () => {
  // WebKit says "C" wherever the C library lacks the system's locale; the shell reads the environment.
  try {
    fromShell = await invoke<string>("system_language");
  } catch {
    fromShell = null; // no shell (unit tests): the web view's languages alone
  }
  current = resolve(stored());
  if (typeof document !== "undefined") document.documentElement.lang = current;
  tellShell(current);
  await loadLanguage(current);
})();

/** Tells the shell the language shown: reports and the companion's own lines are written in it. */
function tellShell(lang: Language): void {
  invoke("set_window_language", { lang }).catch(() => {
    // no shell (unit tests): nothing to tell
  });
}

/** Resolves once the language shown first has loaded (the window mounts after it: no English flash). */
export function languageReady(): Promise<void> {
  return first;
}

/** The language shown now (for Intl: dates, numbers, plurals). */
export function locale(): Language {
  return current;
}
/** The person's choice: a language code, or "system". */
export function languageChoice(): string {
  const s = stored();
  return s && CODES.includes(s) ? s : "system";
}
/** Switch language ("system" follows the system again); remembered like the theme. */
export async function setLanguage(choice: string): Promise<void> {
  if (typeof localStorage !== "undefined") localStorage.setItem(KEY, choice);
  const next = resolve(choice);
  await loadLanguage(next);
  current = next;
  if (typeof document !== "undefined") document.documentElement.lang = current;
  tellShell(current);
}

/** `toFixed(digits)`'s digits (so English reads exactly as before) with the current language's decimal mark. */
export function decimal(v: number, digits: number): string {
  return v.toFixed(digits).replace(".", (0.5).toLocaleString(current).charAt(1));
}

/** A calendar day ("2026-11-28") as the current language writes it: ISO in English (as the core's
 *  reports), the short numeric form elsewhere ("28.11.2026"); anything else as it is. */
export function calendarDay(iso: string): string {
  if (current === "en" || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Date(`${iso}T12:00:00`).toLocaleDateString(current, { day: "2-digit", month: "2-digit", year: "numeric" });
}

/** The message `id` in the current language (English if a translation lacks it; the id itself if English does). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  void loads;
  return translate(current, id, args);
}
export function translate(code: string, id: string, args?: Record<string, FluentVariable>): string {
  for (const b of [bundles.get(code), bundles.get(FALLBACK)]) {
    const m = b?.getMessage(id);
    if (m?.value) return b!.formatPattern(m.value, args, []);
  }
  return id;
}
