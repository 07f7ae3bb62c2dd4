/**
 * Answers to our question. When our last message asked which product ("…for using our API or for
 * ChatGPT Enterprise?", in any language or wording that offers both), the customer's next message
 * is read as the answer: a product named, an ordinal that points at one of the options in the order
 * we offered them ("option 1", "the latter", "la segunda", "前者"), or a clue to how they use us.
 * The question is also found quoted below the answer, for exports that left our message out.
 */
import { foldForMatching } from './normalize';
import type { Reading, SegmentSignals } from './signals';

export type Product = 'api' | 'enterprise';

export interface Answer {
  /** The customer's message that answers. */
  answer: SegmentSignals;
  /** The products in the order our question offered them. */
  offered: readonly [Product, Product];
  /** The product an ordinal in the answer points at ("option 1"). */
  chosen?: Product;
}

/** A question mark, or a Japanese question ending ("…向けでしょうか。"), which often has none. */
const isQuestion = (text: string): boolean =>
  text.includes('?') ||
  text.includes('？') ||
  text.includes('でしょうか') ||
  text.includes('ますか') ||
  text.includes('ですか');

/** The order in which a message of ours offers both products, if it asks which one. */
function offeredIn(s: SegmentSignals): readonly [Product, Product] | undefined {
  if (!isQuestion(s.segment.text)) return undefined;
  const products = s.readings.filter(
    (r) => !r.negated && (r.mention.term.signal === 'api' || r.mention.term.signal === 'enterprise'),
  );
  const first = products[0]?.mention.term.signal as Product | undefined;
  const other = products.find((r) => r.mention.term.signal !== first)?.mention.term.signal as
    Product | undefined;
  return first && other ? [first, other] : undefined;
}

/** Our question quoted below the customer's reply: both product names and a question mark. */
function offeredInQuote(quoted: string | undefined): readonly [Product, Product] | undefined {
  if (!quoted || !isQuestion(quoted)) return undefined;
  const folded = foldForMatching(quoted);
  const api = folded.indexOf('api');
  const enterprise = folded.indexOf('chatgpt enterprise');
  if (api < 0 || enterprise < 0) return undefined;
  return api < enterprise ? ['api', 'enterprise'] : ['enterprise', 'api'];
}

/** An answer whose first line is just a number or a list letter: "1", "2.", "(2)", "B" (a name may follow). */
const BARE_NUMBER = /^\W*([12ab])\W*$/iu;

function chosenIn(answer: SegmentSignals, offered: readonly [Product, Product]): Product | undefined {
  const counted = answer.readings.filter((r) => !r.negated && !r.ignored);
  const ordinal = (signal: string): boolean =>
    counted.some((r) => r.mention.term.signal === signal && pointsAtAnOption(r));
  const first = ordinal('firstOption');
  const second = ordinal('secondOption');
  const firstLine = /^\s*(.{0,12})/u.exec(answer.segment.text)?.[1] ?? '';
  const bare = { 1: '1', 2: '2', a: '1', b: '2' }[BARE_NUMBER.exec(firstLine)?.[1]?.toLowerCase() ?? ''];
  const chosen =
    (first || bare === '1') && !second
      ? offered[0]
      : (second || bare === '2') && !first
        ? offered[1]
        : undefined;
  // "ChatGPT Enterprise … prima che" ("before"): a full name of the other product outranks an ordinal word.
  if (chosen) return namesOnly(counted, chosen === 'api' ? 'enterprise' : 'api') ? undefined : chosen;
  return openingChoice(answer.segment.text, counted);
}

/** Words an ordinal of one word may follow in its clause: "The first.", "Probably the second." */
const ORDINAL_WORDS_BEFORE = 3;

/**
 * An ordinal points at one of our options when it is a phrase ("option 1", "the first one") or opens its
 * clause; "we want the BAA in place first" is no answer.
 */
function pointsAtAnOption({ mention, segment }: Reading): boolean {
  if (mention.last > mention.first) return true;
  const before = segment.text.slice(Math.max(0, mention.start - 200), mention.start);
  const clause = before.split(SENTENCE_ENDS).pop()?.split(CLAUSE_BREAK).pop() ?? '';
  return (clause.match(WORD)?.length ?? 0) <= ORDINAL_WORDS_BEFORE;
}

/** Sentences read for the answer's opening: a greeting and a thank-you may come first. */
const OPENING_SENTENCES = 4;
/** A sentence this long without a product is the answer's body, not its greeting: no opening choice. */
const GREETING_LENGTH = 80;
/** Words before the product in its clause: "für die API", "Es geht um die API", "It's the API". */
const WORDS_BEFORE = 4;
const SENTENCE_ENDS = /[.!?。！？\n]/gu;
const CLAUSE_BREAK = /[,;:(–—、]/u;
const WORD = /[\p{L}\p{N}'’]+/gu;
/** The weight of a product's name, a particle included ("API の方"), not of a clue to it. */
const NAMED = 0.9;

/**
 * An answer that opens with one product in a sentence of its own is the choice we asked for, whatever
 * it goes on to mention ("The API. … nobody uses the ChatGPT app for this", "API です。…").
 */
function openingChoice(text: string, counted: readonly Reading[]): Product | undefined {
  SENTENCE_ENDS.lastIndex = 0;
  let start = 0;
  for (let read = 0; read < OPENING_SENTENCES && start < text.length;) {
    const end = SENTENCE_ENDS.exec(text) ? SENTENCE_ENDS.lastIndex : text.length;
    const sentence = text.slice(start, end);
    const named = counted.filter((r) => isProduct(r) && r.mention.start >= start && r.mention.end <= end);
    if (named.length > 0) return soleProduct(sentence, start, named);
    if (sentence.trim().length > GREETING_LENGTH) return undefined;
    if (sentence.trim() !== '') read++;
    start = end;
  }
  return undefined;
}

const isProduct = (r: Reading): boolean =>
  r.mention.term.signal === 'api' || r.mention.term.signal === 'enterprise';

/** The one product a short clause names by its name, with a few words before it and at most one after. */
function soleProduct(sentence: string, offset: number, named: readonly Reading[]): Product | undefined {
  const product = named[0]?.mention.term.signal as Product;
  if (named.some((r) => r.mention.term.signal !== product)) return undefined;
  // A name ("API", "API の方"), not a clue: "our developers" alone stays a clue (right three times in four).
  if (!named.some((r) => r.mention.term.weight >= NAMED)) return undefined;
  const firstStart = (named[0]?.mention.start ?? 0) - offset;
  const lastEnd = (named[named.length - 1]?.mention.end ?? 0) - offset;
  // "ich antworte für Jan: Es geht um die API", "ChatGPT Enterprise, pero ojo: …": the product's own clause.
  const before = sentence.slice(0, firstStart).split(CLAUSE_BREAK).pop()?.match(WORD)?.length ?? 0;
  const after = sentence.slice(lastEnd).split(CLAUSE_BREAK, 1)[0]?.match(WORD)?.length ?? 0;
  return before <= WORDS_BEFORE && after <= 1 ? product : undefined;
}

/** In an answer, a clue this strong names a product: "enterprise", "our developers"; not "our platform". */
export const NAME_IN_ANSWER = 0.6;

/** The readings name `product` by a full name and nothing of the other product. */
function namesOnly(readings: readonly Reading[], product: Product): boolean {
  const other = product === 'api' ? 'enterprise' : 'api';
  return (
    readings.some((r) => r.mention.term.signal === product && r.mention.term.weight >= FULL_NAME) &&
    !readings.some((r) => r.mention.term.signal === other)
  );
}

/** The weight of a product's full name ("ChatGPT Enterprise", "API"), not a clue to it. */
const FULL_NAME = 1;

/** The customer's answer to the last time we asked which product, if they answered. */
export function answerToOurQuestion(signals: readonly SegmentSignals[]): Answer | undefined {
  let asked: readonly [Product, Product] | undefined;
  let found: Answer | undefined;
  for (const s of signals) {
    if (s.segment.field === 'subject' || s.segment.forwarded) continue;
    if (s.segment.role === 'agent') {
      asked = offeredIn(s) ?? asked;
      continue;
    }
    const offered = asked ?? offeredInQuote(s.segment.quoted);
    asked = undefined;
    if (!offered) continue;
    found = { answer: s, offered };
    // "a primeira! usamos gpt-4o-mini…": an ordinal counts beside the clues that come with it.
    const chosen = chosenIn(s, offered);
    if (chosen) found.chosen = chosen;
  }
  return found;
}
