/**
 * Which product a BAA request is for: each message's clues weighed, the latest and an answer to our
 * question most; a product is named only on clear evidence, otherwise the case is unclear and we ask.
 */
import { NAME_IN_ANSWER } from './answers';
import type { Answer, Product } from './answers';
import { EVEN, UNCLEAR, WEAK_UNCLEAR, productConfidence } from './confidence';
import { bareAnswer, latestFirst, result } from './evidence';
import { OUR_PRODUCT_WEIGHT, readingsOf } from './readings';
import type { Reading, SegmentSignals } from './signals';
import type { Detection } from './types';

/** Product evidence needed before naming a product: one clear name, or two hints. */
const PRODUCT_THRESHOLD = 1;
/** The other product's evidence must be at most this share of the winner's to name the winner. */
const DOMINANCE = 0.3;
/** The requester's latest words about the product (an answer to our question) weigh this much more. */
const LATEST_WEIGHT = 4;
/** Ruling one product out ("we don't use ChatGPT") leans this much toward the other. */
const RULED_OUT_LEAN = 0.5;

/** The one product an existing BAA of the customer's covers, if they name one. */
export function coveredProduct(requester: readonly SegmentSignals[]): Product | undefined {
  const covered = new Set(requester.flatMap((s) => s.covered));
  const [product] = covered;
  return covered.size === 1 && (product === 'api' || product === 'enterprise') ? product : undefined;
}

/** A BAA covers one product and the customer names the other: a new request for that one. */
export function asksForAnotherProduct(requester: readonly SegmentSignals[]): boolean {
  const covered = coveredProduct(requester);
  // A clue of some weight: "the admin account" is no request for ChatGPT Enterprise.
  const uncovered = (s: SegmentSignals): boolean =>
    covered === 'api'
      ? s.enterprise >= OUR_PRODUCT_WEIGHT
      : covered === 'enterprise' && s.api >= OUR_PRODUCT_WEIGHT;
  return covered !== undefined && requester.some(uncovered);
}

interface ProductScores {
  api: number;
  enterprise: number;
}

/** An ordinal answer ("the second one") is the customer's own choice: it outweighs a product named in passing. */
const CHOSEN_WEIGHT = 3;

/** What an answer that names no product chose by its ordinal ("option 1"), as product scores. */
const chosenScores = (s: SegmentSignals, answer: Answer | undefined): ProductScores => ({
  api: answer?.answer === s && answer.chosen === 'api' ? CHOSEN_WEIGHT : 0,
  enterprise: answer?.answer === s && answer.chosen === 'enterprise' ? CHOSEN_WEIGHT : 0,
});

/** The product scores, with the latest requester message that names a product weighing most. */
function productScores(
  requester: readonly SegmentSignals[],
  answer: Answer | undefined,
  setAside?: Product,
): ProductScores {
  // A weak clue alone ("150 hospitalists and APPs", advanced practice providers) does not make a message
  // the latest word on the product.
  const named = (s: SegmentSignals): boolean =>
    s.api + s.enterprise + s.both >= OUR_PRODUCT_WEIGHT ||
    s.apiRuledOut ||
    s.enterpriseRuledOut ||
    (answer?.answer === s && answer.chosen !== undefined);
  const latest = [...requester].reverse().find(named);
  const firstMessage = requester.find((s) => s.segment.field !== 'subject')?.segment.order;
  // Only a later message is an answer or an update; the first message is weighed like the subject.
  const isReply = latest !== undefined && firstMessage !== undefined && latest.segment.order > firstMessage;
  // An answer to our question that names one product is the choice we asked for: what came before is
  // why we asked ("a colleague sent me your ChatGPT Enterprise deck … we need a BAA" above "api"). So is
  // a later message that makes a choice ("Correction: what we actually need now is ChatGPT Enterprise").
  const chosenLater = isReply && latest !== undefined && readingsOf([latest], 'choice').length > 0;
  const earlier =
    latest !== undefined && ((answer?.answer === latest && namesOneProduct(latest)) || chosenLater)
      ? ASKED_BEFORE
      : 1;
  const scores: ProductScores = { api: 0, enterprise: 0 };
  for (const s of requester) {
    const weight = s !== latest ? earlier : isReply && !s.segment.forwarded ? LATEST_WEIGHT : 1;
    const chosen = chosenScores(s, answer);
    scores.api += weight * (s.api + s.both + chosen.api + (s.enterpriseRuledOut ? RULED_OUT_LEAN : 0));
    scores.enterprise +=
      weight * (s.enterprise + s.both + chosen.enterprise + (s.apiRuledOut ? RULED_OUT_LEAN : 0));
  }
  // What the latest message rules out stays ruled out, whatever came before, and whatever weak clue to it
  // stays ("we're not going to do Enterprise, too many seats").
  if (latest?.apiRuledOut && latest.api < NAMED_AGAIN) scores.api = 0;
  if (latest?.enterpriseRuledOut && latest.enterprise < NAMED_AGAIN) scores.enterprise = 0;
  if (setAside) scores[setAside] = 0;
  return scores;
}

/** A product ruled out and then named again by name (not a clue) in the same message is still in play. */
const NAMED_AGAIN = 1;

/** Before an answer that names one product, the earlier messages weigh this much. */
const ASKED_BEFORE = 0.25;

/** The message names one product and not the other, and rules nothing out. */
const namesOneProduct = (s: SegmentSignals): boolean =>
  s.both === 0 && !s.apiRuledOut && !s.enterpriseRuledOut && s.api > 0 !== s.enterprise > 0;

/** The answer's own phrases that chose a product: its ordinal, or the product it names. */
function answerReadings(answer: Answer | undefined, product: Product): Reading[] {
  if (!answer) return [];
  const phrases = (signal: string): Reading[] =>
    answer.answer.readings.filter((r) => r.mention.term.signal === signal && !r.negated && !r.ignored);
  const ordinal = answer.offered[0] === product ? 'firstOption' : 'secondOption';
  const ordinals = answer.chosen === product ? phrases(ordinal) : [];
  return ordinals.length > 0 ? ordinals : phrases(product);
}

export function chooseProduct(
  requester: readonly SegmentSignals[],
  baa: Reading[],
  answer: Answer | undefined,
  setAside?: Product,
): Detection {
  const scores = productScores(requester, answer, setAside);
  const winner: Product = scores.api >= scores.enterprise ? 'api' : 'enterprise';
  const best = scores[winner];
  const other = scores[winner === 'api' ? 'enterprise' : 'api'];
  const apiReadings = latestFirst(readingsOf(requester, 'api'));
  const enterpriseReadings = latestFirst(readingsOf(requester, 'enterprise'));
  const supporting = winner === 'api' ? apiReadings : enterpriseReadings;
  // "Not ChatGPT": ruling the other product out is a clue of its own.
  const ruledOut = readingsOf(requester, winner === 'api' ? 'enterprise' : 'api', true);
  const chose = answer?.chosen === winner;
  if (
    best >= PRODUCT_THRESHOLD &&
    other <= DOMINANCE * best &&
    (chose || namedClearly(supporting, ruledOut, answer))
  ) {
    const answered = answerReadings(answer, winner);
    const strongest = [...answered, ...supporting].reduce(
      (max, r) => Math.max(max, r.mention.term.weight),
      chose ? 1 : 0,
    );
    const strength = Math.min(1, strongest) * Math.min(1, best / 1.2);
    const confidence = productConfidence(other / best, strength);
    const detection = result(winner, confidence, [...answered, ...supporting, ...ruledOut, ...baa], answer);
    if (chose && answered.length === 0) detection.evidence.unshift(bareAnswer(answer, winner));
    return detection;
  }
  // No product at all: the question is clear only where health data or OpenAI stands beside the BAA.
  if (best === 0) return result('unclear', inContext(requester) ? UNCLEAR : WEAK_UNCLEAR, baa);
  // Both products named as much, or too little about either: ask.
  const confidence = other >= EVEN * best ? UNCLEAR : WEAK_UNCLEAR;
  return result('unclear', confidence, [...baa, ...apiReadings, ...enterpriseReadings]);
}

/** The BAA stands beside HIPAA, health data, or OpenAI named as the party: a Business Associate Agreement with us. */
const inContext = (requester: readonly SegmentSignals[]): boolean =>
  requester.some((s) => s.hint > 0) ||
  (['hipaa', 'phi', 'direct', 'intent'] as const).some(
    (signal) => readingsOf(requester, signal).length > 0,
  ) ||
  requester.some((s) => s.readings.some((r) => r.mention.term.namesOpenAI));

/** A clue this strong names a product on its own: a name, or a use only one product has ("API keys", "seats"). */
const CLEAR_CLUE = 0.8;

/**
 * A product is named by one clear clue or by two different weaker ones; never by one ambiguous word
 * ("our app", "our platform"), however often it is repeated: a wrong product is worse than asking.
 * In an answer to our question a shortened name is clear: it picks one of the two we offered ("Enterprise, please").
 */
function namedClearly(
  clues: readonly Reading[],
  ruledOut: readonly Reading[],
  answer: Answer | undefined,
): boolean {
  return (
    clues.some(
      (r) => r.mention.term.weight >= (r.segment === answer?.answer.segment ? NAME_IN_ANSWER : CLEAR_CLUE),
    ) || new Set(clues.map(wordsOf)).size + (ruledOut.length > 0 ? 1 : 0) >= 2
  );
}

/** The words a phrase was found as, lower-cased: the same word twice is one clue. */
const wordsOf = (r: Reading): string => r.segment.text.slice(r.mention.start, r.mention.end).toLowerCase();
