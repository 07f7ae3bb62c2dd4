/**
 * Labelled tickets (JSON Lines of Zendesk-API-shaped tickets with `expected_case`) and how detection
 * scores on them: accuracy, per-case precision and recall, precision per confidence level, and the
 * API/Enterprise swaps that must never happen. Used by `npm run eval` and by the corpus and held-out tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { detect } from '../../src/detect/detect';
import type { ConfidenceLevel } from '../../src/detect/types';
import { CASE_IDS, isCaseId } from '../../src/routine/cases';
import type { CaseId } from '../../src/routine/cases';
import { ticketFromZendesk } from '../../src/ticket/fromZendesk';

export interface Scored {
  file: string;
  id: unknown;
  expected: CaseId;
  detected: CaseId;
  level: ConfidenceLevel;
  locale: string;
  note: string;
}

export const LEVELS: readonly ConfidenceLevel[] = ['high', 'medium', 'low'];

/** Every ticket of a JSON Lines file, detected. A line without a valid label is an error, not a skip. */
export function scoreFile(path: string, name = path): Scored[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line) as {
        id?: unknown;
        expected_case?: unknown;
        note?: unknown;
        requester?: { locale?: string };
      };
      if (!isCaseId(raw.expected_case))
        throw new Error(`${name}: ticket ${String(raw.id)} has no valid expected_case`);
      const detection = detect(ticketFromZendesk(raw));
      return {
        file: name,
        id: raw.id,
        expected: raw.expected_case,
        detected: detection.caseId,
        level: detection.level,
        locale: raw.requester?.locale ?? '?',
        note: typeof raw.note === 'string' ? raw.note : '',
      };
    });
}

/** Every `.jsonl` file of a folder, scored. */
export function scoreFolder(folder: URL): Scored[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => scoreFile(new URL(name, folder).pathname, name));
}

export interface Summary {
  total: number;
  accuracy: number;
  perCase: Record<CaseId, { support: number; precision: number; recall: number }>;
  perLevel: Record<ConfidenceLevel, { given: number; right: number; precision: number }>;
  swaps: Scored[];
  misses: Scored[];
}

const share = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function summarize(results: readonly Scored[]): Summary {
  const right = (r: Scored): boolean => r.detected === r.expected;
  const perCase = Object.fromEntries(
    CASE_IDS.map((caseId) => {
      const hits = results.filter((r) => r.detected === caseId && right(r)).length;
      const predicted = results.filter((r) => r.detected === caseId).length;
      const support = results.filter((r) => r.expected === caseId).length;
      return [caseId, { support, precision: share(hits, predicted), recall: share(hits, support) }];
    }),
  ) as Summary['perCase'];
  const perLevel = Object.fromEntries(
    LEVELS.map((level) => {
      const given = results.filter((r) => r.level === level);
      const hits = given.filter(right).length;
      return [level, { given: given.length, right: hits, precision: share(hits, given.length) }];
    }),
  ) as Summary['perLevel'];
  const swapped = (r: Scored): boolean =>
    (r.expected === 'api' && r.detected === 'enterprise') ||
    (r.expected === 'enterprise' && r.detected === 'api');
  return {
    total: results.length,
    accuracy: share(results.filter(right).length, results.length),
    perCase,
    perLevel,
    swaps: results.filter(swapped),
    misses: results.filter((r) => !right(r)),
  };
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

/** The summary as the lines `npm run eval` prints. */
export function report(title: string, summary: Summary, showMisses = false): string[] {
  const { total, accuracy, perCase, perLevel, swaps, misses } = summary;
  return [
    `${title}: ${total} tickets, accuracy ${percent(accuracy)} (${total - misses.length}/${total}), API/Enterprise swaps ${swaps.length}`,
    '  case        n     precision  recall',
    ...CASE_IDS.map((caseId) => {
      const { support, precision, recall } = perCase[caseId];
      return `  ${caseId.padEnd(10)} ${String(support).padStart(4)}   ${precision.toFixed(3)}      ${recall.toFixed(3)}`;
    }),
    `  precision by confidence: ${LEVELS.map((level) => `${level} ${percent(perLevel[level].precision)} (${perLevel[level].right}/${perLevel[level].given})`).join(', ')}`,
    ...(showMisses
      ? misses.map(
          (r) =>
            `    ${r.file} #${String(r.id)} (${r.locale}): expected ${r.expected}, detected ${r.detected} [${r.level}] ${r.note}`,
        )
      : []),
  ];
}
