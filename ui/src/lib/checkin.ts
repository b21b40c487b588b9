/** PHQ-9 / GAD-7 in the window: which items are still unanswered, and whether item 9 needs care. */

export function unanswered(answers: (number | null)[]): number[] {
  return answers.flatMap((a, i) => (a === null ? [i + 1] : []));
}

/** PHQ-9 item 9 (thoughts of self-harm) above 0: the crisis card is shown with the result. */
export function needsCrisisCard(kind: string, answers: (number | null)[]): boolean {
  return kind === "phq9" && (answers[8] ?? 0) > 0;
}

/** A total while answering (unanswered counts 0). */
export function runningTotal(answers: (number | null)[]): number {
  return answers.reduce<number>((s, a) => s + (a ?? 0), 0);
}
