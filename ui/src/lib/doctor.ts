/** The doctor report from the core and a one-line summary of it. */

export type Status = "ok" | "warn" | "error";

export interface Check {
  component: string;
  status: Status;
  detail: string;
  code?: string;
}

export interface Report {
  version: string;
  checks: Check[];
}

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
