/**
 * The labelled corpus (test/fixtures/corpus/*.jsonl): Zendesk-API-shaped tickets, each with the case a
 * support lead would pick (`expected_case`). Prints per-case precision and recall, and holds detection
 * to the bar: accuracy >= 95%, every case's precision and recall >= 0.85, and never one product
 * answered as the other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/detect';
import { CASE_IDS, isCaseId } from '../../src/routine/cases';
import type { CaseId } from '../../src/routine/cases';
import { ticketFromZendesk } from '../../src/ticket/fromZendesk';

interface Labelled {
  file: string;
  id: unknown;
  expected: CaseId;
  detected: CaseId;
  level: string;
  locale: string;
}

const folder = new URL('../fixtures/corpus/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.jsonl'));

function load(): Labelled[] {
  return files.flatMap((file) =>
    readFileSync(new URL(file, folder), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const raw = JSON.parse(line) as {
          id?: unknown;
          expected_case?: unknown;
          requester?: { locale?: string };
        };
        if (!isCaseId(raw.expected_case))
          throw new Error(`${file}: ticket ${String(raw.id)} has no valid expected_case`);
        const detection = detect(ticketFromZendesk(raw));
        return {
          file,
          id: raw.id,
          expected: raw.expected_case,
          detected: detection.caseId,
          level: detection.level,
          locale: raw.requester?.locale ?? '?',
        };
      }),
  );
}

const results = load();

function scores(caseId: CaseId): { precision: number; recall: number; support: number } {
  const truePositives = results.filter((r) => r.detected === caseId && r.expected === caseId).length;
  const predicted = results.filter((r) => r.detected === caseId).length;
  const support = results.filter((r) => r.expected === caseId).length;
  return {
    precision: predicted === 0 ? 1 : truePositives / predicted,
    recall: support === 0 ? 1 : truePositives / support,
    support,
  };
}

describe('detection on the labelled corpus', () => {
  const accuracy = results.filter((r) => r.detected === r.expected).length / results.length;

  it('prints per-case precision and recall', () => {
    const rows = CASE_IDS.map((caseId) => {
      const { precision, recall, support } = scores(caseId);
      return `${caseId.padEnd(11)} ${String(support).padStart(4)}  ${precision.toFixed(3)}  ${recall.toFixed(3)}`;
    });
    const calibration = ['high', 'medium', 'low'].map((level) => {
      const atLevel = results.filter((r) => r.level === level);
      const right = atLevel.filter((r) => r.detected === r.expected).length;
      return `${level}: ${right}/${atLevel.length} right`;
    });
    const misses = results
      .filter((r) => r.detected !== r.expected)
      .map(
        (r) => `  ${r.file} #${String(r.id)} (${r.locale}): expected ${r.expected}, detected ${r.detected}`,
      );
    console.log(
      [
        `corpus: ${results.length} tickets in ${files.length} files, accuracy ${(accuracy * 100).toFixed(1)}%`,
        'case        n     precision recall',
        ...rows,
        `by confidence level: ${calibration.join(', ')}`,
        ...(misses.length ? ['misses:', ...misses] : []),
      ].join('\n'),
    );
    expect(results.length).toBeGreaterThanOrEqual(180);
  });

  it('is at least 95% accurate', () => {
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it.each(CASE_IDS)('keeps precision and recall of %s at 0.85 or better', (caseId) => {
    const { precision, recall } = scores(caseId);
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('never answers an API ticket as ChatGPT Enterprise or the reverse', () => {
    const crossed = results.filter(
      (r) =>
        (r.expected === 'api' && r.detected === 'enterprise') ||
        (r.expected === 'enterprise' && r.detected === 'api'),
    );
    expect(crossed.map((r) => `${r.file} #${String(r.id)}`)).toEqual([]);
  });

  it('covers every case in every language', () => {
    for (const locale of new Set(results.map((r) => r.locale))) {
      const inLocale = results.filter((r) => r.locale === locale);
      expect(new Set(inLocale.map((r) => r.expected)).size, locale).toBe(CASE_IDS.length);
    }
  });
});
