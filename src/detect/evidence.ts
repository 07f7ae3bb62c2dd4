/**
 * Evidence: the phrases of the ticket that led to a decision, exactly as they stand, latest first, each
 * once, with what it points at (and which product, when it answers our question).
 */
import type { CaseId } from '../routine/cases';
import type { Answer, Product } from './answers';
import { levelOf } from './confidence';
import type { Reading } from './signals';
import type { Detection, Evidence } from './types';

/** The phrases shown as why: enough to explain, few enough to read in the sidebar. */
const MAX_EVIDENCE = 6;

/** A whole answer that is a bare number ("2"): the evidence is the answer itself. */
export function bareAnswer(answer: Answer | undefined, product: Product): Evidence {
  const segment = answer?.answer.segment;
  const text = segment?.text.trim() ?? '';
  const item: Evidence = {
    text,
    field: segment?.field ?? 'comment',
    offset: segment ? segment.text.indexOf(text) : 0,
    answers: product,
  };
  if (segment?.commentId !== undefined) item.commentId = segment.commentId;
  return item;
}

/** Latest message first, strongest phrase first within it. */
export function latestFirst(readings: Reading[]): Reading[] {
  return readings
    .map((reading, index) => ({ reading, index }))
    .sort(
      (a, b) =>
        b.reading.segment.order - a.reading.segment.order ||
        b.reading.mention.term.weight - a.reading.mention.term.weight ||
        a.index - b.index,
    )
    .map(({ reading }) => reading);
}

/** A decision: its case, its confidence rounded, and the phrases that led to it as evidence. */
export function result(
  caseId: CaseId,
  confidence: number,
  readings: readonly Reading[],
  answer?: Answer,
): Detection {
  const rounded = Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
  return { caseId, confidence: rounded, level: levelOf(rounded), evidence: evidenceOf(readings, answer) };
}

/** The product a phrase of the customer's answer points at: the one named, or the option chosen. */
function answeredProduct(reading: Reading, answer: Answer | undefined): Product | undefined {
  if (!answer || reading.segment !== answer.answer.segment || reading.negated) return undefined;
  const signal = reading.mention.term.signal;
  if (signal === 'api' || signal === 'enterprise') return signal;
  if (signal === 'firstOption' || signal === 'secondOption') return answer.chosen;
  return undefined;
}

function evidenceOf(readings: readonly Reading[], answer?: Answer): Evidence[] {
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const reading of readings) {
    const { mention, segment, negated } = reading;
    const text = segment.text.slice(mention.start, mention.end);
    const key = `${segment.field}|${String(segment.commentId)}|${text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const item: Evidence = { text, field: segment.field, offset: mention.start, signal: mention.term.signal };
    if (segment.commentId !== undefined) item.commentId = segment.commentId;
    if (negated) item.negated = true;
    const answers = answeredProduct(reading, answer);
    if (answers) item.answers = answers;
    evidence.push(item);
    if (evidence.length >= MAX_EVIDENCE) break;
  }
  return evidence;
}
