/**
 * Detection against labelled tickets, with the bars `npm test` holds it to:
 * - the corpus (test/fixtures/corpus/*.jsonl), the tickets the rules were written against: accuracy
 *   >= 95%, every case's precision and recall >= 0.85, never one product answered as the other;
 * - each frozen held-out set (test/fixtures/heldout/*.jsonl), written from the routine alone by someone
 *   who never saw the rules or the corpus, and never tuned against (its misses are not printed): its
 *   own accuracy and "high" bars (FROZEN_BARS), never one product answered as the other.
 * The held-out bars are where detection stands, not where it should be (95% and 97%): see README.
 */
import { describe, expect, it } from 'vitest';
import { report, scoreFolder, summarize } from '../../scripts/eval/labelled';
import { CASE_IDS } from '../../src/routine/cases';

const corpus = scoreFolder(new URL('../fixtures/corpus/', import.meta.url));
const heldOut = scoreFolder(new URL('../fixtures/heldout/', import.meta.url));

describe('detection on the labelled corpus', () => {
  const summary = summarize(corpus);

  it('prints per-case precision and recall', () => {
    console.log(report('corpus', summary, true).join('\n'));
    expect(summary.total).toBeGreaterThanOrEqual(180);
  });

  it('is at least 95% accurate', () => {
    expect(summary.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it.each(CASE_IDS)('keeps precision and recall of %s at 0.85 or better', (caseId) => {
    expect(summary.perCase[caseId].precision).toBeGreaterThanOrEqual(0.85);
    expect(summary.perCase[caseId].recall).toBeGreaterThanOrEqual(0.85);
  });

  it('never answers an API ticket as ChatGPT Enterprise or the reverse', () => {
    expect(summary.swaps.map((r) => `${r.file} #${String(r.id)}`)).toEqual([]);
  });

  it('covers every case in every language', () => {
    for (const locale of new Set(corpus.map((r) => r.locale))) {
      const inLocale = corpus.filter((r) => r.locale === locale);
      expect(new Set(inLocale.map((r) => r.expected)).size, locale).toBe(CASE_IDS.length);
    }
  });
});

/**
 * Each frozen set's bars: where detection stands on it, not where it should be (95% and "high" 97%).
 * A new frozen set needs its bars here, or the test says so.
 */
const FROZEN_BARS: Record<string, { accuracy: number; high: number }> = {
  'set-a.jsonl': { accuracy: 0.92, high: 0.95 },
  'set-c.jsonl': { accuracy: 0.89, high: 0.93 },
  'set-h.jsonl': { accuracy: 0.9, high: 0.93 },
  'set-i.jsonl': { accuracy: 0.87, high: 0.91 },
  'set-k.jsonl': { accuracy: 0.88, high: 0.92 },
  'set-n.jsonl': { accuracy: 0.87, high: 0.89 },
  'set-q.jsonl': { accuracy: 0.89, high: 0.93 },
  'set-t.jsonl': { accuracy: 0.9, high: 0.94 },
  'set-u.jsonl': { accuracy: 0.88, high: 0.93 },
  'set-z.jsonl': { accuracy: 0.91, high: 0.95 },
  'set-ad.jsonl': { accuracy: 0.89, high: 0.93 },
  'set-ae.jsonl': { accuracy: 0.92, high: 0.96 },
  'set-af.jsonl': { accuracy: 0.9, high: 0.96 },
  'set-ag.jsonl': { accuracy: 0.92, high: 0.95 },
  'set-ah.jsonl': { accuracy: 0.92, high: 0.96 },
  'set-ai.jsonl': { accuracy: 0.91, high: 0.96 },
  'set-al.jsonl': { accuracy: 0.88, high: 0.94 },
  'set-an.jsonl': { accuracy: 0.8, high: 0.93 },
  'set-ao.jsonl': { accuracy: 0.91, high: 0.95 },
};

describe.each([...new Set(heldOut.map((r) => r.file))])('detection on the frozen held-out %s', (file) => {
  const summary = summarize(heldOut.filter((r) => r.file === file));
  const bars = FROZEN_BARS[file];

  it('holds at least 150 tickets in every case, and has its bars', () => {
    console.log(report(`held-out (frozen) ${file}`, summary).join('\n'));
    expect(summary.total).toBeGreaterThanOrEqual(150);
    for (const caseId of CASE_IDS) expect(summary.perCase[caseId].support, caseId).toBeGreaterThan(0);
    expect(bars, `bars for ${file} in FROZEN_BARS`).toBeDefined();
  });

  it('is at least as accurate as its bar', () => {
    expect(summary.accuracy).toBeGreaterThanOrEqual(bars?.accuracy ?? 1);
  });

  it('is right at least as often as its bar when it says "high"', () => {
    expect(summary.perLevel.high.precision).toBeGreaterThanOrEqual(bars?.high ?? 1);
  });

  it('never answers an API ticket as ChatGPT Enterprise or the reverse', () => {
    expect(summary.swaps).toHaveLength(0);
  });
});
