/** The doctor report from the core and a one-line summary of it. */

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
    return { status: "error", text: `${errors.length} problem${errors.length === 1 ? "" : "s"}: ${names}` };
  }
  if (warns.length > 0) {
    return { status: "warn", text: `All essential parts work; ${warns.length} note${warns.length === 1 ? "" : "s"}.` };
  }
  return { status: "ok", text: "Every component works." };
}
