/** The doctor report from the core and a one-line summary of it. */

import { t } from "./i18n.svelte";

// The IPC types are generated from the Rust types (ui/src/lib/bindings).
import type { CheckStatus as Status } from "./bindings/CheckStatus";
import type { DoctorReport as Report } from "./bindings/DoctorReport";
export type { Status, Report };
export type { Check } from "./bindings/Check";

export function summarize(report: Report): { status: Status; text: string } {
  const errors = report.checks.filter((c) => c.status === "error");
  const warns = report.checks.filter((c) => c.status === "warn");
  if (errors.length > 0) {
    const names = errors.map((c) => c.component).join(", ");
    return { status: "error", text: t("doctor-problems", { count: errors.length, names }) };
  }
  if (warns.length > 0) {
    return { status: "warn", text: t("doctor-notes", { count: warns.length }) };
  }
  return { status: "ok", text: t("doctor-ok") };
}
