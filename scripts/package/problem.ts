/** A broken packaging rule: which rule, in which file, and what to change. */
export interface Problem {
  rule: string;
  file: string;
  message: string;
}

export function describeProblem(problem: Problem): string {
  return `[${problem.rule}] ${problem.file}: ${problem.message}`;
}

/** Parses a JSON file of the package, or reports why it cannot (rule `json`). */
export function parseJsonFile(
  text: string | undefined,
  file: string,
): { value: unknown; problems: Problem[] } | { value: undefined; problems: Problem[] } {
  if (text === undefined) return { value: undefined, problems: [] };
  try {
    return { value: JSON.parse(text) as unknown, problems: [] };
  } catch (error) {
    return {
      value: undefined,
      problems: [{ rule: 'json', file, message: `is not valid JSON (${(error as Error).message})` }],
    };
  }
}
