/**
 * Questions asked of the conversation as read (its segments' readings): who wrote a phrase, where it
 * stands, and whether the customer wishes for or asks something. Shared by every rule of the decision.
 */
import type { Answer } from './answers';
import type { Signal } from './lexicon';
import type { Segment } from './segments';
import { distance, endsInQuestion } from './signals';
import type { Reading, SegmentSignals } from './signals';

/** The customer's side: the requester and the colleagues they copy; only agents' words are ours. */
export const fromRequester = (s: SegmentSignals): boolean => s.segment.role !== 'agent';
/** The sum of one measure over the messages. */
export const total = (list: readonly SegmentSignals[], pick: (s: SegmentSignals) => number): number =>
  list.reduce((sum, s) => sum + pick(s), 0);
/**
 * The list's counted readings (not set aside) of one signal, in order. A scan per question: a
 * ticket has tens of readings, and an index per list cost more to build than the scans it saved.
 */
export function readingsOf(list: readonly SegmentSignals[], signal: Signal, negated = false): Reading[] {
  const found: Reading[] = [];
  for (const s of list) {
    for (const r of s.readings)
      if (r.mention.term.signal === signal && r.negated === negated && !r.ignored) found.push(r);
  }
  return found;
}

/**
 * `later` stands after `earlier`: in a later message, or later in the same one. Not in forwarded mail:
 * its chain runs newest first, so the request quoted below a decision is older than the decision.
 */
export const after = (later: Reading, earlier: Reading): boolean =>
  later.segment.order > earlier.segment.order ||
  (later.segment === earlier.segment &&
    !later.segment.forwarded &&
    later.mention.first > earlier.mention.last);

/** All the readings of the message a reading stands in. */
export const readingsOfMessage = (reading: Reading, signals: readonly SegmentSignals[]): readonly Reading[] =>
  signals.find((s) => s.segment === reading.segment)?.readings ?? [];

/** A phrase the customer writes in a message of their own, not the subject, not forwarded mail. */
export const ownWords = (r: Reading): boolean =>
  r.segment.role !== 'agent' && r.segment.field !== 'subject' && !r.segment.forwarded;

/** Words between a BAA and the wish for it: "we need to sign a BAA", "a BAA, how do we get one". */
const WISH_REACH = 5;
/** The signals that ask or want something of us: a wish, a request, "with OpenAI". */
const ASKING: ReadonlySet<string> = new Set(['intent', 'request', 'direct']);

/** The BAA is wished for or asked about: a wish near it in its clause, or its sentence ends in a question. */
export function wished(baa: Reading, requester: readonly SegmentSignals[]): boolean {
  const readings = readingsOfMessage(baa, requester);
  // "HDS rather than a BAA?", "instead of a BAA": the question is about something else.
  const before = readings[readings.indexOf(baa) - 1];
  if (before?.mention.term.signal === 'negator' && before.mention.last + 1 === baa.mention.first)
    return false;
  return wishNear(baa, requester) || endsInQuestion(baa.segment.text, baa.mention.end);
}

/** A wish or request (or `also`: "we decided") within WISH_REACH words of the reading, in its message. */
export function wishNear(target: Reading, requester: readonly SegmentSignals[], also?: Signal): boolean {
  return readingsOfMessage(target, requester).some(
    (r) =>
      (ASKING.has(r.mention.term.signal) || r.mention.term.signal === also) &&
      !r.ignored &&
      distance(r.mention, target.mention) <= WISH_REACH,
  );
}

/** The customer asks or wants something: a question, a wish or request, "with OpenAI", an answer to us. */
export function asksUs(requester: readonly SegmentSignals[], answer: Answer | undefined): boolean {
  if (answer) return true;
  return requester.some(
    (s) =>
      s.segment.text.includes('?') ||
      s.segment.text.includes('？') ||
      s.readings.some((r) => ASKING.has(r.mention.term.signal) && !r.ignored),
  );
}

/** The message quotes mail that names a BAA (our notice, their request). */
export const quotesBaa = (segment: Segment): boolean => /\bbaa/i.test(segment.quoted ?? '');

/** A phrase of the message names a BAA ("an existing BAA", "Geschäftspartnervereinbarung"). */
export const namesBaa = (s: SegmentSignals): boolean =>
  s.readings.some((r) => r.mention.term.namesBaa && !r.negated);

/** A rejection counts when it is about a request: a BAA or a request is named in the same message, or it follows up. */
export function namesRequest(s: SegmentSignals): boolean {
  return s.readings.some((r) => {
    const signal = r.mention.term.signal;
    return signal === 'baa' || signal === 'baaTypo' || signal === 'request' || r.mention.term.namesBaa;
  });
}

/** A product hint weaker than this ("models", "tokens") names no product of ours beside a vendor's. */
export const OUR_PRODUCT_WEIGHT = 0.5;

/** A clue of some weight to one of our products, not a vendor's own ("Azure OpenAI API"). */
export function isOurProduct(reading: Reading, previous: Reading | undefined): boolean {
  const { signal, weight } = reading.mention.term;
  if ((signal !== 'api' && signal !== 'enterprise') || weight < OUR_PRODUCT_WEIGHT) return false;
  const afterVendor =
    previous?.mention.term.signal === 'vendor' && previous.mention.last + 1 === reading.mention.first;
  return !afterVendor;
}
