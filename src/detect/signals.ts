/**
 * What one message says: its phrases, each marked negated or not, and the sums scoring needs.
 * Pure and linear in the message length.
 */
import { CLOUD_ONLY_WEIGHT, CONDITION_WORDS } from './lexicon';
import type { Signal } from './lexicon';
import { foldForMatching } from './normalize';
import { findMentions } from './phrases';
import type { Matcher, Mention } from './phrases';
import type { Segment } from './segments';
import { tokenize } from './tokens';

/** A phrase found in a message, read in context. */
export interface Reading {
  mention: Mention;
  segment: Segment;
  negated: boolean;
  /** Set aside: boilerplate (HIPAA in a confidentiality footer), a declined card, a lone "already". */
  ignored: boolean;
}

export interface SegmentSignals {
  segment: Segment;
  readings: Reading[];
  /** How clearly the message names a BAA (minus "we don't need a BAA"). */
  topic: number;
  /**
   * Hints of a BAA question without the word: HIPAA with patient data, or HIPAA in the same sentence
   * as a product ("Is ChatGPT Team HIPAA compliant?"). A ticket counts its strongest hint once, so a
   * signature repeated in every reply does not add up.
   */
  hint: number;
  api: number;
  enterprise: number;
  both: number;
  /** "Not the API": a product ruled out, which leans toward the other one. */
  apiRuledOut: boolean;
  enterpriseRuledOut: boolean;
  /** Products an existing BAA is said to cover ("a signed BAA covering our API usage"), set aside. */
  covered: string[];
  /** Says no BAA is wanted ("not asking for a BAA", "Ein BAA brauchen wir nicht"), not of one product only. */
  refusesBaa: boolean;
}

/** How many words before a product a negator still reaches ("we don't really use ChatGPT"). */
const NEGATION_REACH = 4;
/** "Nobody on our team uses ChatGPT for PHI": a negated subject negates its whole clause. */
const SUBJECT_NEGATION_REACH = 10;
const SUBJECT_NEGATORS: ReadonlySet<string> = new Set([
  'nobody', 'no one', 'no-one', 'none of us', 'niemand', 'nadie', 'ninguno de nosotros', 'personne', 'ninguém',
  'nessuno', 'geen van ons',
]); // prettier-ignore
const negationReach = ({ mention, segment }: Reading): number =>
  SUBJECT_NEGATORS.has(segment.text.slice(mention.start, mention.end).toLowerCase())
    ? SUBJECT_NEGATION_REACH
    : NEGATION_REACH;
/** Japanese negators follow the product ("ChatGPTではなく"). */
const POST_NEGATION_REACH = 3;
/** How far "already" may stand from the BAA it is about. */
const ALREADY_REACH = 6;
/** Words after a confidentiality footer starts in which HIPAA, PHI and a BAA are boilerplate. */
const DISCLAIMER_REACH = 80;
/** A "declined" this close to a card, a payment, a claim or an API call is not about a BAA. */
const DECLINABLE_REACH = 6;
/** "Until we have a BAA in place", "needs a signed BAA": wanting words this close before make it no fact. */
const INTENT_REACH = 5;
/** "What happens if we are not approved? Can we re-apply then?": words a re-application may stand after that refusal. */
const HYPOTHETICAL_REACH = 12;
/** "Legal won't sign": a refusal this close after the customer's own side is not ours. */
const OWN_SIDE_REACH = 3;

// HIPAA and health data too: "no patient data", "nada de HIPAA aqui" make no BAA question.
const NEGATABLE: ReadonlySet<Signal> = new Set([
  'api',
  'enterprise',
  'already',
  'vendor',
  'both',
  'direct',
  'hipaa',
  'phi',
]);
const PRODUCTS: ReadonlySet<Signal> = new Set(['api', 'enterprise']);

/** A clause break stands between mention `a` and the later mention `b`. */
const breakBetween = (a: Mention, b: Mention): boolean => b.breaksBefore !== a.breaksAtLast;

/**
 * A bare no ending its clause right after a product or a BAA negates it: an answer ("Use the API? No,
 * ...", "BAA? Not needed.") or German word order ("Wir nutzen die API nicht.").
 */
const isBareQuestionGap = (gap: string): boolean => ['', '?', '？'].includes(gap.trim());
/** A negation whose object is a pronoun: Spanish, Italian and Portuguese put it after the product. */
const NEGATED_PRONOUN = /^(?:no|non|n[ãa]o)\s+(?:lo|la|le|o|a)\s/iu;
// A dash ends the clause only with a space before it ("No BAA - …"), not inside a word ("non-negotiable").
const BARE_ANSWER_END = /^(?:\s*[,.!;:、。！–—]|\s+-|\s*$)/;
/** The end of a refusal standing alone: "No BAA.", "No BAA - …", "Kein BAA!". */
const REFUSAL_END = /^(?:\s*[.!。！–—]|\s+-|\s*$)/;
/** Nothing but a clause break before: the text's start, a line's, a sentence's or a clause's (spaces between). */
function startsClause(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i < SPACE_REACH && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || '.!?:;,\n。！？'.includes(text[i] ?? '');
}
/** Spaces looked through before a word: blanked quotes are spaces, and a clause starts within a line. */
const SPACE_REACH = 40;

/** How many words after a product a negation that ends the clause still reaches: "ChatGPT nutzen wir dafür gar nicht". */
const CLAUSE_FINAL_REACH = 6;
/** Negations that end a clause as adverbs; "nobody", "nadie", "niemand" there are objects ("dar acceso a nadie"). */
const CLAUSE_FINAL_NEGATORS: ReadonlySet<string> = new Set([
  'nicht',
  'nichts',
  'niet',
  'niets',
  'niks',
  'not',
  'no',
  'non',
  'pas',
  'não',
  'nao',
  'nein',
  'nee',
]);
/** The clause ends after a final negation, "no more" included: "Wir brauchen das BAA nicht mehr." */
const CLAUSE_FINAL_END =
  /^(?:\s+(?:mehr|meer|more|anymore|langer|länger))?(?:\s*[,.!;:、。！–—]|\s+-|\s*$)/iu;
/** "… oder nicht?", "… or not": the negation offers a choice, it rules nothing out. */
const OR_BEFORE = /(?:^|[^\p{L}])(?:or|oder|of|o|ou|oppure)\s*$/iu;

/**
 * A negation that ends its clause a few words after a product negates it: German and Dutch put it
 * last ("ChatGPT selbst nutzen wir dafür nicht", "Met de API doen we niets").
 */
function endsClauseAbout(product: Reading | undefined, negator: Reading): boolean {
  // A product's name, not a clue: "Los médicos por ahora no" leaves out the doctors, not ChatGPT Enterprise.
  // A BAA too: "ein HIPAA-BAA brauchen wir also nicht".
  if (!product || product.mention.term.weight < 1) return false;
  const signal = product.mention.term.signal;
  if (!PRODUCTS.has(signal) && signal !== 'baa') return false;
  const { mention, segment } = negator;
  return (
    CLAUSE_FINAL_NEGATORS.has(segment.text.slice(mention.start, mention.end).toLowerCase()) &&
    mention.first - product.mention.last <= CLAUSE_FINAL_REACH &&
    !breakBetween(product.mention, mention) &&
    CLAUSE_FINAL_END.test(segment.text.slice(mention.end, mention.end + 12)) &&
    !OR_BEFORE.test(segment.text.slice(Math.max(0, mention.start - 8), mention.start))
  );
}

/** A postposed negator within reach after the reading, in its clause ("ChatGPTではなく"). */
const follows = (before: Reading | undefined, after: Mention): before is Reading =>
  before !== undefined &&
  after.first - before.mention.last <= POST_NEGATION_REACH &&
  !breakBetween(before.mention, after);

/**
 * "We also have a ChatGPT Team workspace, but nobody puts PHI in there": a product in the same sentence as
 * health data ruled out is not what the BAA is for.
 */
/** A refusal that is about health data: "no PHI". */
const saysNoPhi = ({ mention, segment }: Reading): boolean =>
  mention.term.signal === 'noBaa' && /\bphi\b/iu.test(segment.text.slice(mention.start, mention.end));

/** Health data ruled out ("nobody puts PHI in there"), or the words "no PHI" ("(no PHI, and it stays that way)"). */
const keepsPhiAway = (reading: Reading): boolean =>
  reading.mention.term.signal === 'phi' ? reading.negated : saysNoPhi(reading);

function markKeptFromPhi(readings: readonly Reading[]): void {
  readings.forEach((phi, index) => {
    if (!keepsPhiAway(phi)) return;
    const around = sentenceAround(readings, index);
    // "… but they may not put patient data in it without a BAA": the BAA is for that product.
    if (around.some((r) => r.mention.term.signal === 'baa')) return;
    const products = around.filter((r) => PRODUCTS.has(r.mention.term.signal));
    // "C'est pour l'API : … personne n'utilise ChatGPT avec des données patients": the clause names its own.
    const inClause = products.filter((r) => nearInClause(r.mention, phi.mention, Infinity));
    for (const r of inClause.length > 0 ? inClause : products) if (!r.negated) r.ignored = true;
  });
}

/** The readings in the sentence of the one at `index`, within SENTENCE_SPAN characters of it: a bounded scan. */
function sentenceAround(readings: readonly Reading[], index: number): Reading[] {
  const here = readings[index] as Reading;
  const found: Reading[] = [];
  for (const step of [-1, 1]) {
    for (let i = index + step; i >= 0 && i < readings.length; i += step) {
      const r = readings[i] as Reading;
      if (!sameSentence(r, here)) break;
      found.push(r);
    }
  }
  return found;
}

/** Two readings of one message with no sentence end between them, and not far apart. */
function sameSentence(a: Reading, b: Reading): boolean {
  if (a.segment !== b.segment) return false;
  const [from, to] =
    a.mention.start < b.mention.start ? [a.mention.end, b.mention.start] : [b.mention.end, a.mention.start];
  return to - from < SENTENCE_SPAN && !SENTENCE_END.test(a.segment.text.slice(from, to));
}
/** What ends a sentence, in the scripts we read. */
export const SENTENCE_END = /[.!?\n。！？]/u;
/** Characters a product may stand from the ruled-out health data in its sentence. */
const SENTENCE_SPAN = 120;

/**
 * The clue goes on the noun a negation ruled out ("no ChatGPT Enterprise workspace", "not the OpenAI API
 * key"), or on the next one it lists ("we don't have ChatGPT Enterprise or any ChatGPT seats").
 */
const continuesNegated = (previous: Reading | undefined, reading: Reading): boolean =>
  previous !== undefined &&
  previous.negated &&
  previous.mention.term.signal === reading.mention.term.signal &&
  (reading.mention.first === previous.mention.last + 1 ||
    NEGATION_LIST_GAP.test(reading.segment.text.slice(previous.mention.end, reading.mention.start)));
/** Between two things one negation rules out: "or any", "nor", "ni", "noch", "ou", "nem". */
const NEGATION_LIST_GAP =
  /^(?:\s*,)?\s*(?:or|nor|ni|noch|ou|o|oder|nem|né|of)\s+(?:any\s+|ningún\s+|aucun\s+|keine?n?\s+|nessun\s+)?$/iu;

/** "Unser BAA wurde im Mai unterzeichnet": a capital "Mai" inside a sentence is the German month, not Italian "never". */
const isGermanMay = ({ mention, segment }: Reading): boolean =>
  segment.text.startsWith('Mai', mention.start) && !startsClause(segment.text, mention.start);

/**
 * "Build it on the API instead", "Il BAA ci serve invece per l'API": "instead" without "of" ("invece"
 * without "di") affirms what it stands beside.
 */
const insteadAlone = ({ mention, segment }: Reading): boolean =>
  INSTEAD.test(segment.text.slice(mention.start, mention.end)) &&
  !/^\s+(?:of|di|del|della|dello)\b/iu.test(segment.text.slice(mention.end, mention.end + 7));
const INSTEAD = /^(?:instead|invece)$/iu;

/**
 * Marks products negated by a negator shortly before them, unless a clause break or "but" intervenes;
 * by a negator just after them (Japanese "ChatGPTではなく", "Die API? Nein"). A BAA followed by a
 * negator ("Ein BAA brauchen wir nicht") is negated too: no BAA is wanted.
 */
function markNegation(readings: Reading[]): void {
  let negator: Reading | undefined;
  let reach = NEGATION_REACH;
  let contrastAt = -1;
  let previous: Reading | undefined;
  for (const reading of readings) {
    const { mention, segment } = reading;
    const signal = mention.term.signal;
    if (signal === 'negator' && (isGermanMay(reading) || insteadAlone(reading))) continue;
    if (signal === 'negator' || signal === 'noBaa') {
      negator = reading;
      reach = negationReach(reading);
      // Only right after the product (no word between), so each gap is read once: linear.
      const answers =
        previous !== undefined &&
        mention.first === previous.mention.last + 1 &&
        isBareQuestionGap(segment.text.slice(previous.mention.end, mention.start)) &&
        BARE_ANSWER_END.test(segment.text.slice(mention.end, mention.end + 2));
      // "ChatGPT no lo usamos", "l'API non la usiamo": the pronoun stands for the product just named.
      const refersBack =
        previous !== undefined &&
        mention.first === previous.mention.last + 1 &&
        NEGATED_PRONOUN.test(segment.text.slice(mention.start, mention.start + 12));
      if ((answers || refersBack || endsClauseAbout(previous, reading)) && previous) previous.negated = true;
    } else if (signal === 'contrast') contrastAt = mention.first;
    else if (signal === 'postNegator') {
      if (follows(previous, mention)) previous.negated = true;
    } else if (NEGATABLE.has(signal)) {
      reading.negated =
        (negator !== undefined &&
          mention.first - negator.mention.last <= reach &&
          negator.mention.last > contrastAt &&
          !breakBetween(negator.mention, mention)) ||
        continuesNegated(previous, reading);
      // "We don't need a BAA for the API": the refusal is of one product's BAA, not of any BAA.
      if (reading.negated && negator?.mention.term.signal === 'noBaa' && PRODUCTS.has(signal)) {
        negator.negated = true;
      }
      if (PRODUCTS.has(signal)) previous = reading;
      // "Won't allow PHI in the workspace", "no PHI goes into ChatGPT": the data is what is ruled out,
      // not the product it would go into.
      else if (reading.negated && (signal === 'phi' || signal === 'hipaa')) negator = undefined;
    }
    if (signal === 'baa') {
      // "No BAA - we're an edtech company", "Kein BAA.", "…, not the HIPAA business associate agreement.":
      // a refusal standing alone. "We have no BAA." and "No BAA yet, how…" go on to ask.
      reading.negated ||=
        negator !== undefined &&
        mention.first === negator.mention.last + 1 &&
        !breakBetween(negator.mention, mention) &&
        startsClause(segment.text, negator.mention.start) &&
        REFUSAL_END.test(segment.text.slice(mention.end, mention.end + 3));
      previous = reading;
    }
  }
}

/** A cloud company counts as the BAA's other party only this close to the BAA ("our AWS BAA"). */
const CLOUD_REACH = 2;

const isBaa = (r: Reading): boolean => r.mention.term.signal === 'baa' || r.mention.term.namesBaa;
const isCloud = (r: Reading): boolean =>
  r.mention.term.signal === 'vendor' && r.mention.term.weight <= CLOUD_ONLY_WEIGHT;

/** Sets aside a cloud company named away from any BAA: "hosted on AWS" says nothing about whose BAA. */
function markCloudOnly(readings: Reading[]): void {
  if (!readings.some(isCloud)) return; // most messages name no cloud company
  const nearBaa = new Set<Reading>();
  for (const order of [readings, [...readings].reverse()]) {
    let lastBaa: Mention | undefined;
    for (const r of order) {
      if (isBaa(r)) lastBaa = r.mention;
      else if (isCloud(r) && lastBaa && Math.abs(distance(lastBaa, r.mention)) <= CLOUD_REACH) nearBaa.add(r);
    }
  }
  for (const r of readings) if (isCloud(r) && !nearBaa.has(r)) r.ignored = true;
}

/** A wish that makes a BAA a condition: "before", "until", "a hard requirement", "avant", "bevor" (CONDITION_WORDS). */
const isCondition = ({ mention, segment }: Reading): boolean =>
  CONDITION_WORDS.has(
    segment.folded?.slice(mention.start, mention.end) ??
      segment.text.slice(mention.start, mention.end).toLowerCase(),
  );

/** Words between two mentions, whichever comes first. */
export const distance = (a: Mention, b: Mention): number => Math.max(b.first - a.last, a.first - b.last);

/** What the readings before the current one said, as far as setting phrases aside needs it. */
interface SeenBefore {
  /** The first word of the latest confidentiality footer. */
  disclaimerAt: number;
  /** The last word of the latest card, payment, claim or API call ("declinable"). */
  declinableAt: number;
  /** The latest wish or condition ("we need", "until we have"). */
  intent?: Mention;
  /** The latest condition alone ("if", "once"). */
  conditional?: Mention;
  /** A refusal just after a condition ("if we are not approved"): what follows on it is a question too. */
  hypotheticalRefusal?: Mention;
  /** The latest word of the customer's own side ("our legal team"). */
  ownSide?: Mention;
  /** The latest BAA in place. */
  already?: Reading;
}

function remember(seen: SeenBefore, reading: Reading): void {
  const { mention } = reading;
  switch (mention.term.signal) {
    case 'ownSide':
      seen.ownSide = mention;
      break;
    case 'disclaimer':
      seen.disclaimerAt = mention.first;
      break;
    case 'declinable':
      seen.declinableAt = mention.last;
      break;
    case 'conditional':
      seen.conditional = mention;
      seen.intent = mention;
      break;
    case 'intent':
      seen.intent = mention;
      break;
    case 'negator':
    case 'rejected':
      if (within(seen.conditional, mention, INTENT_REACH)) seen.hypotheticalRefusal = mention;
      break;
    case 'already':
      seen.already = reading;
      break;
  }
}

/** Within reach after a refusal that was only a condition, across its question mark ("… not approved? Can we …"). */
const followsHypothetical = ({ hypotheticalRefusal }: SeenBefore, mention: Mention): boolean =>
  hypotheticalRefusal !== undefined && mention.first - hypotheticalRefusal.last <= HYPOTHETICAL_REACH;

/**
 * A rejection about something else: our own side's ("legal won't sign"), a condition's ("if we are
 * declined", "what if we are not approved? Can we apply again?"), or a card's, a payment's, a claim's
 * ("the claim was denied").
 */
const rejectsSomethingElse = ({ mention }: Reading, seen: SeenBefore): boolean =>
  (seen.ownSide !== undefined && byOwnSide(seen.ownSide, mention)) ||
  within(seen.conditional, mention, INTENT_REACH) ||
  followsHypothetical(seen, mention) ||
  mention.first - seen.declinableAt <= DECLINABLE_REACH;

/**
 * A BAA "in place" that is not a fact: wished for ("until we have a BAA in place"), or with nothing about a
 * BAA beside it ("already signed" about an order form).
 */
const alreadyIsNoFact = (readings: readonly Reading[], index: number, seen: SeenBefore): boolean => {
  const { mention } = readings[index] as Reading;
  return (
    within(seen.intent, mention, INTENT_REACH) ||
    (!mention.term.namesBaa && !alreadyNextToBaa(readings, index)) ||
    wishedWithSignedBaa(readings, index) ||
    wishedJustAfter(readings, index)
  );
};

/** "Signed BAA needed", "executed BAA required": the wish just after, as a participle ("our BAA requires" is no wish). */
const WISH_AFTER_REACH = 1;
const WISHED = /^(?:needed|required|requested|wanted)$/iu;
function wishedJustAfter(readings: readonly Reading[], index: number): boolean {
  const here = readings[index]?.mention;
  const next = readings[index + 1];
  if (!here || next?.mention.term.signal !== 'intent') return false;
  const { mention, segment } = next;
  return (
    mention.first - here.last <= WISH_AFTER_REACH &&
    !breakBetween(here, mention) &&
    WISHED.test(segment.text.slice(mention.start, mention.end))
  );
}

/** "Signed BAA", "BAA signé": a BAA of a kind, which "a"/"un" before it may only wish for. */
const SIGNED_BAA =
  /^(?:signed|executed|countersigned)\s|\s(?:signée?|firmado|assinado|firmato|unterschrieben|unterzeichnet|ondertekend|getekend)$/iu;
/** "… with a", "… et un": the signed BAA is one more thing in the sentence's list. */
const WITH_A =
  /(?:^|[\s,])(?:with|and|avec|et|con|y|e|com|mit|und|met|en)\s+(?:a|an|un|une|una|um|uma|ein|einen|eine|einem|een)\s+$/iu;
/** Having words: "we'd like more seats, as we have Enterprise with a signed BAA" states a fact. */
const HAVING =
  /(?:^|\P{L})(?:have|has|had|ve|got|received|obtained|use|using|run|running|avons|avez|dispose|disposons|utilisons|tenemos|tiene|usamos|temos|tem|haben|hat|nutzen|hebben|heeft|gebruiken|abbiamo|ha|usiamo)(?=\P{L}|$)/iu;

/**
 * "We'd like a ChatGPT Business workspace, but only with a signed BAA", "nous voudrions un espace de
 * travail … et un BAA signé", "Requirements: SSO, an admin console and a signed BAA": a signed BAA listed
 * with what they want is wished for, not in place, unless they have or use it ("we use Enterprise with a
 * signed BAA").
 */
function wishedWithSignedBaa(readings: readonly Reading[], index: number): boolean {
  const here = readings[index] as Reading;
  const { mention, segment } = here;
  const text = segment.text;
  if (!SIGNED_BAA.test(text.slice(mention.start, mention.end))) return false;
  if (!WITH_A.test(text.slice(Math.max(0, mention.start - 16), mention.start))) return false;
  // After a wish in the sentence: wished, unless a having word follows the wish.
  for (let i = index - 1; i >= 0; i--) {
    const r = readings[i] as Reading;
    if (!sameSentence(r, here)) break;
    if (r.mention.term.signal === 'intent') return !HAVING.test(text.slice(r.mention.end, mention.start));
  }
  // No wish: listed with what they want ("Requirements: SSO, … and a signed BAA"), unless they have or use it.
  return !HAVING.test(sentenceBefore(text, mention.start));
}

/** The sentence's words before `at`, at most SENTENCE_SPAN characters. */
function sentenceBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < SENTENCE_SPAN && !SENTENCE_END.test(text[start - 1] ?? '')) start--;
  return text.slice(start, at);
}

/**
 * "Every subprocessor must have a BAA in place before they renew", "a signed BAA is a hard requirement":
 * the BAA in place just before this wish is a condition, not a fact.
 */
const makesCondition = (intent: Reading, seen: SeenBefore): Reading | undefined =>
  seen.already && within(seen.already.mention, intent.mention, INTENT_REACH) && isCondition(intent)
    ? seen.already
    : undefined;

/** "We have a BAA request in", "our BAA is pending": a request under way, not a BAA in place. */
function requestUnderWay(readings: readonly Reading[], index: number): Reading | undefined {
  const before = readings[index - 1];
  const request = readings[index];
  return before?.mention.term.signal === 'already' &&
    request &&
    distance(before.mention, request.mention) <= 2
    ? before
    : undefined;
}

/** HIPAA, PHI or a BAA within a confidentiality footer: boilerplate, not the customer's question. */
function isBoilerplate({ mention }: Reading, seen: SeenBefore): boolean {
  const signal = mention.term.signal;
  const aboutBaa = signal === 'hipaa' || signal === 'phi' || signal === 'baa' || mention.term.namesBaa;
  return aboutBaa && mention.first - seen.disclaimerAt <= DISCLAIMER_REACH;
}

/** Sets aside phrases that only look like signals in their context; each rule is named above. */
function markIgnored(readings: Reading[]): void {
  markCloudOnly(readings);
  const seen: SeenBefore = { disclaimerAt: -Infinity, declinableAt: -Infinity };
  readings.forEach((reading, index) => {
    remember(seen, reading);
    if (isBoilerplate(reading, seen)) reading.ignored = true;
    switch (reading.mention.term.signal) {
      case 'rejected':
        if (rejectsSomethingElse(reading, seen)) reading.ignored = true;
        break;
      case 'reapply':
        if (followsHypothetical(seen, reading.mention)) reading.ignored = true;
        break;
      case 'already':
        if (alreadyIsNoFact(readings, index, seen)) reading.ignored = true;
        break;
      case 'intent':
        setAside(makesCondition(reading, seen));
        break;
      case 'request':
        setAside(requestUnderWay(readings, index));
        break;
      // "Our Amex keeps getting declined when I try to pay": the money may come just after.
      case 'declinable':
        declinedJustBefore(readings, index)?.forEach(setAside);
        break;
    }
  });
}

const setAside = (reading: Reading | undefined): void => {
  if (reading) reading.ignored = true;
};

/** The rejections and re-applications within DECLINABLE_REACH words before the declinable thing at `index`, in its sentence. */
function declinedJustBefore(readings: readonly Reading[], index: number): Reading[] | undefined {
  const thing = readings[index]?.mention;
  let found: Reading[] | undefined;
  for (let i = index - 1; i >= 0 && thing; i--) {
    const r = readings[i];
    if (!r || thing.first - r.mention.last > DECLINABLE_REACH || breakBetween(r.mention, thing)) break;
    // "Resubmit the PO": applying again for the order, not for a BAA.
    if (r.mention.term.signal === 'rejected' || r.mention.term.signal === 'reapply') (found ??= []).push(r);
  }
  return found;
}

/**
 * The message says no BAA is wanted and does not then ask for one: "No PHI goes into ChatGPT … the API
 * tool will process PHI, so we need a BAA" wants one.
 */
function refusesAtLast(readings: readonly Reading[], refuses: (reading: Reading) => boolean): boolean {
  let refusal = -1;
  readings.forEach((r, index) => {
    if (refuses(r)) refusal = index;
  });
  if (refusal < 0) return false;
  const refusesPhi = saysNoPhi(readings[refusal] as Reading);
  let intent: Mention | undefined;
  for (let i = refusal + 1; i < readings.length; i++) {
    const r = readings[i];
    if (!r || r.ignored || r.negated) continue;
    // "Our ChatGPT Team use is internal, no PHI … The PHI flows through our backend": PHI goes somewhere.
    if (r.mention.term.signal === 'phi' && refusesPhi) return false;
    if (r.mention.term.signal === 'intent') intent = r.mention;
    if (r.mention.term.signal === 'baa' && intent && r.mention.first - intent.last <= INTENT_REACH)
      return false;
  }
  return true;
}

/** `later` stands at most `reach` words after `earlier`, in its sentence ("…we needed. Now that the BAA is signed"). */
const within = (earlier: Mention | undefined, later: Mention, reach: number): boolean =>
  earlier !== undefined && later.first - earlier.last <= reach && !breakBetween(earlier, later);

const byOwnSide = (ownSide: Mention, refusal: Mention): boolean =>
  refusal.first - ownSide.last <= OWN_SIDE_REACH && !breakBetween(ownSide, refusal);

/** Two mentions, either first, at most `reach` words apart with no clause break between them. */
const nearInClause = (here: Mention, other: Mention, reach: number): boolean =>
  Math.max(other.first - here.last, here.first - other.last) <= reach &&
  !(other.first > here.last ? breakBetween(here, other) : breakBetween(other, here));

/** "Already signed our BAA", "our BAA is already in place": the BAA is the next thing named, near by. */
function alreadyNextToBaa(readings: readonly Reading[], index: number): boolean {
  const here = readings[index]?.mention;
  if (!here) return false;
  for (const step of [1, -1]) {
    for (let i = index + step; i >= 0 && i < readings.length; i += step) {
      const other = readings[i]?.mention;
      if (!other || !nearInClause(here, other, ALREADY_REACH)) break;
      if (other.term.signal === 'baa') return true;
      // A vendor or a wish in between: "already have ChatGPT and need a BAA". A product is what the
      // BAA covers: "we signed our ChatGPT Enterprise contract and BAA in June".
      if (other.term.signal === 'vendor' || other.term.signal === 'intent' || other.term.signal === 'request')
        break;
    }
  }
  return false;
}

/** Words before "next year" within which the product named is the one put off. */
const DEFERRED_REACH = 8;

/**
 * "ChatGPT Enterprise for physicians is a maybe for next fiscal year", "we'll look at ChatGPT Enterprise next
 * year": the product named last before it, in its clause, is ruled out of this request.
 */
function markDeferred(readings: readonly Reading[]): void {
  let product: Reading | undefined;
  for (const reading of readings) {
    const { mention } = reading;
    if (PRODUCTS.has(mention.term.signal)) product = reading;
    else if (
      mention.term.signal === 'deferred' &&
      product &&
      nearInClause(product.mention, mention, DEFERRED_REACH)
    )
      product.negated = true;
  }
}

/**
 * ChatGPT put to work on a BAA ("Can I use ChatGPT to write the BAA?", "ChatGPT Plus to draft a Business
 * Associate Agreement", "use ChatGPT to review the business associate agreement our clinic has with our
 * billing company", "pedi para o ChatGPT me ajudar a escrever um modelo de BAA"): ChatGPT is the tool, not
 * what a BAA is for, and the BAA worked on just after is that document, not one asked of us.
 */
const DOCUMENT_WORK =
  /^[\s\p{P}]*(?:[\p{L}\d]+\s+){0,3}?(?:to\s+|para\s+|pour\s+|per\s+|zu\s+|om\s+)?(?:help\s+(?:me\s+)?(?:to\s+)?|me\s+ajudar\s+a\s+|m['’]aider\s+à\s+|me\s+ayude\s+a\s+)?(?:write|draft|drafting|rewrite|review|revise|analy[sz]e|proofread|summari[sz]e|translate|revisar|analizar|analisar|relire|analyser|rivedere|analizzare|prüfen|überprüfen|analysieren|nakijken|controleren|beoordelen|escrever|redigir|redactar|escribir|resumir|resuma|traducir|traduzir|rédiger|résumer|traduire|scrivere|redigere|riassumere|tradurre|verfassen|formulieren|zusammenfassen|übersetzen|schrijven|opstellen|samenvatten|vertalen)(?!\p{L})/iu;
/** Characters after ChatGPT read for the work it is put to. */
const DOCUMENT_WORK_WINDOW = 60;
/** Characters after that work within which a BAA is the document worked on ("to write the BAA"). */
const DOCUMENT_REACH = 40;

function markDocumentWork(readings: readonly Reading[]): void {
  readings.forEach((tool, index) => {
    const { mention, segment } = tool;
    if (
      mention.term.signal !== 'enterprise' ||
      !/chat\s?gpt/iu.test(segment.text.slice(mention.start, mention.end))
    )
      return;
    const work = DOCUMENT_WORK.exec(segment.text.slice(mention.end, mention.end + DOCUMENT_WORK_WINDOW));
    if (!work) return;
    // Only a BAA worked on: "our nurses use ChatGPT to draft patient letters" is what a BAA would be for.
    const workEnd = mention.end + work[0].length;
    for (let i = index + 1; i < readings.length; i++) {
      const r = readings[i] as Reading;
      if (r.mention.start - workEnd > DOCUMENT_REACH) break;
      if (SENTENCE_END.test(segment.text.slice(workEnd, r.mention.start))) break;
      if (r.mention.term.signal !== 'baa') continue;
      r.ignored = true;
      tool.ignored = true;
    }
  });
}

/** How close to "personally" a product is the one used personally ("I personally use ChatGPT Plus"). */
const INCIDENTAL_REACH = 2;

/** Sets aside a product named as personal use, before or after the marker, in the same clause. */
function markIncidental(readings: readonly Reading[]): void {
  let marker: Mention | undefined;
  let product: Reading | undefined;
  for (const reading of readings) {
    const { mention } = reading;
    if (mention.term.signal === 'incidental') {
      marker = mention;
      if (product && within(product.mention, mention, INCIDENTAL_REACH)) product.ignored = true;
    } else if (PRODUCTS.has(mention.term.signal)) {
      product = reading;
      if (within(marker, mention, INCIDENTAL_REACH)) reading.ignored = true;
    }
  }
}

/** A BAA in place that counts: not set aside, not negated. */
export const saysInPlace = (r: Reading): boolean =>
  r.mention.term.signal === 'already' && !r.ignored && !r.negated;

/**
 * "Pas pour l'API : nos développeurs ont déjà leur BAA": a product ruled out in the sentence of a BAA in
 * place is the one it covers, when none is named as covered ("the Enterprise BAA does not extend to the
 * API" names it).
 */
function ruledOutBesideBaaInPlace(readings: readonly Reading[]): string[] {
  const products: string[] = [];
  readings.forEach((reading, index) => {
    const signal = reading.mention.term.signal;
    if (!reading.negated || !PRODUCTS.has(signal) || products.includes(signal)) return;
    if (sentenceAround(readings, index).some(saysInPlace)) products.push(signal);
  });
  return products;
}

/** How far from "existing BAA" a product is the one it covers ("signed a BAA with you in March for our API"). */
const COVERED_REACH = 10;
/** A product this close before it ("ChatGPT Enterprise with a BAA in place"). */
const COVERED_BEFORE_REACH = 4;

/**
 * Sets aside the product an existing BAA covers, named after it ("a signed BAA covering our API
 * usage") or just before it ("ChatGPT Enterprise with a BAA in place"), and returns which: what else
 * the customer names is a new request ("now we want ChatGPT Enterprise").
 */
function markCovered(readings: readonly Reading[]): string[] {
  const covered: string[] = [];
  let already: Mention | undefined;
  let product: Reading | undefined;
  for (const reading of readings) {
    const { mention } = reading;
    const signal = mention.term.signal;
    if (signal === 'already' && !reading.ignored) {
      already = mention;
      if (
        mention.term.namesBaa &&
        product &&
        !product.ignored &&
        mention.first - product.mention.last <= COVERED_BEFORE_REACH &&
        !breakBetween(product.mention, mention) &&
        // "Adding API to our existing BAA": a product added to it is not yet covered.
        !/\bto\b/iu.test(reading.segment.text.slice(product.mention.end, mention.start)) &&
        // "Adding the API to our existing BAA?" asks whether it can be.
        !endsInQuestion(reading.segment.text, mention.end)
      ) {
        product.ignored = true;
        covered.push(product.mention.term.signal);
      }
    } else if (signal === 'intent' || signal === 'request') already = undefined;
    else if (PRODUCTS.has(signal) && !reading.negated) {
      product = reading;
      // "Does our existing BAA cover ChatGPT?" asks whether it does.
      if (
        already &&
        mention.first - already.last <= COVERED_REACH &&
        !breakBetween(already, mention) &&
        // "Existing BAA + ChatGPT Enterprise": a second matter, not what the BAA covers.
        !reading.segment.text.slice(already.end, mention.start).includes('+') &&
        !endsInQuestion(reading.segment.text, mention.end)
      ) {
        reading.ignored = true;
        covered.push(signal);
      }
    }
  }
  return covered;
}

function sumOf(readings: readonly Reading[], signal: string): number {
  let sum = 0;
  for (const r of readings)
    if (r.mention.term.signal === signal && !r.negated && !r.ignored) sum += r.mention.term.weight;
  return sum;
}

/** How many words after "BAA" the product it is for may stand ("a BAA for the API side"). */
const BAA_FOR_REACH = 3;

/**
 * "A BAA for the API", "BAA covering ChatGPT Enterprise": the product named right after the BAA, in its
 * sentence, is the one it is for, and counts once more than a product merely mentioned.
 */
function namedForBaa(readings: readonly Reading[], signal: string): number {
  let sum = 0;
  for (let i = 1; i < readings.length; i++) {
    const r = readings[i];
    const before = readings[i - 1];
    if (!r || !before || r.mention.term.signal !== signal || r.negated || r.ignored) continue;
    const baa = before.mention;
    if (before.mention.term.signal !== 'baa' || before.negated || before.ignored) continue;
    if (r.mention.first - baa.last <= BAA_FOR_REACH && !breakBetween(baa, r.mention))
      sum += r.mention.term.weight;
  }
  return sum;
}

/** Words from "we decided" to the product it chose ("We decided: ChatGPT Enterprise for our providers"). */
const CHOICE_REACH = 8;
/** A product chosen so counts this many times more: as much as an ordinal answer to our question. */
const CHOICE_WEIGHT = 2;

/** "We decided: ChatGPT Enterprise", "what we actually need is the API": the product named next, in its sentence. */
function chosen(readings: readonly Reading[], signal: string): number {
  let sum = 0;
  let choice: Mention | undefined;
  for (const r of readings) {
    const { mention } = r;
    if (mention.term.signal === 'choice') choice = mention;
    else if (PRODUCTS.has(mention.term.signal) && choice) {
      // The first product after the choice is the one chosen; a colon may stand between them.
      const near =
        mention.first - choice.last <= CHOICE_REACH && mention.breaksBefore - choice.breaksAtLast <= 1;
      if (near && mention.term.signal === signal && !r.negated && !r.ignored)
        sum += CHOICE_WEIGHT * mention.term.weight;
      choice = undefined;
    }
  }
  return sum;
}

/** A product named in the same sentence as HIPAA, a few words away: weighs like patient data. */
const PRODUCT_HINT = 0.4;
const HIPAA_REACH = 4;

function productBesideHipaa(readings: readonly Reading[], segment: Segment): number {
  // One pass: each HIPAA or product is paired with the nearest one of the other kind before it.
  let lastHipaa: Mention | undefined;
  let lastProduct: Mention | undefined;
  const intents = readings.filter((r) => r.mention.term.signal === 'intent').map((r) => r.mention);
  for (const r of readings) {
    const signal = r.mention.term.signal;
    if (signal === 'hipaa' && !r.ignored) {
      if (within(lastProduct, r.mention, HIPAA_REACH) && asksAbout(segment, intents, r.mention, lastProduct))
        return PRODUCT_HINT;
      lastHipaa = r.mention;
    } else if (PRODUCTS.has(signal) && !r.negated) {
      if (within(lastHipaa, r.mention, HIPAA_REACH) && asksAbout(segment, intents, lastHipaa, r.mention))
        return PRODUCT_HINT;
      lastProduct = r.mention;
    }
  }
  return 0;
}

/** A question or a wish about HIPAA and the product; a subject is a title: "HIPAA compliance for the API" asks. */
function asksAbout(
  segment: Segment,
  intents: readonly Mention[],
  hipaa?: Mention,
  product?: Mention,
): boolean {
  if (!hipaa || !product) return false;
  return (
    segment.field === 'subject' ||
    endsInQuestion(segment.text, Math.max(hipaa.end, product.end)) ||
    nearestWithin(intents, hipaa, INTENT_REACH) ||
    nearestWithin(intents, product, INTENT_REACH)
  );
}

/**
 * Whether one of `sorted` (mentions in text order) is within `reach` words of `at`. A binary search, so
 * that a 5 MB ticket repeating "HIPAA API" stays linear overall.
 */
function nearestWithin(sorted: readonly Mention[], at: Mention, reach: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.first ?? 0) < at.first) low = middle + 1;
    else high = middle;
  }
  const before = sorted[low - 1];
  const after = sorted[low];
  return (
    (before !== undefined && Math.abs(distance(before, at)) <= reach) ||
    (after !== undefined && Math.abs(distance(after, at)) <= reach)
  );
}

/** How far a sentence is read for its end mark; longer ones are taken as statements. */
const SENTENCE_REACH = 300;

/**
 * The sentence going on from `from` is a question. "Is ChatGPT HIPAA compliant?" asks; "our app is HIPAA
 * compliant already." states. Only a question (or a wish, above) about HIPAA and a product hints at a
 * BAA request.
 */
export function endsInQuestion(text: string, from: number): boolean {
  const end = /[.!?\n。！？]/.exec(text.slice(from, from + SENTENCE_REACH));
  return end !== null && (end[0] === '?' || end[0] === '？');
}

/**
 * Phrases of other signals that name a BAA themselves ("our BAA was signed") still say the topic, and
 * so does a refusal scoped to one product (a negated noBaa: "we don't need a BAA for the API").
 */
function namedBaa(readings: readonly Reading[]): number {
  return readings.some(
    (r) =>
      r.mention.term.namesBaa &&
      // "They need us to have a BAA with OpenAI": a BAA wished for, not had, is still the topic.
      (!r.ignored || r.mention.term.signal === 'already') &&
      (r.mention.term.signal !== 'noBaa' || r.negated),
  )
    ? 1
    : 0;
}

/** "BBA" is a BAA only in a message about health data (HIPAA, PHI, even in its footer). */
function markTypos(readings: readonly Reading[]): void {
  const health = readings.some((r) => r.mention.term.signal === 'hipaa' || r.mention.term.signal === 'phi');
  if (!health) for (const r of readings) if (r.mention.term.signal === 'baaTypo') r.ignored = true;
}

function maxOf(readings: readonly Reading[], signal: string): number {
  let max = 0;
  for (const r of readings) {
    if (r.mention.term.signal === signal && !r.ignored && !r.negated)
      max = Math.max(max, r.mention.term.weight);
  }
  return max;
}

/** "BAA" written as the bare acronym ("BAA", "b.a.a.", "BAAs"), not spelled out. */
const BARE_ACRONYM = /^b\.?a\.?a\.?s?$/i;

/**
 * Sets aside the bare acronym where the ticket says "BAA" means something else ("the Bay Area AI
 * Alliance (BAA)"); a spelled-out Business Associate Agreement still counts.
 */
function markOtherMeaning(readings: readonly Reading[]): void {
  for (const r of readings) {
    const { signal } = r.mention.term;
    if (
      (signal === 'baa' || signal === 'baaTypo') &&
      BARE_ACRONYM.test(r.segment.text.slice(r.mention.start, r.mention.end))
    )
      r.ignored = true;
  }
}

/**
 * Letters only Portuguese writes among the languages we read ("não", "ações"), or its common short
 * words: "É API — usamos no nosso backend" has neither ã nor õ.
 */
const PORTUGUESE =
  /[ãõ]|(?:^|[^\p{L}])(?:é|nosso|nossa|nossos|nossas|você|vocês|obrigad[oa]|também|então)(?!\p{L})/iu;

/**
 * In Portuguese "no" is "in the" ("no backend do app"), not a negation: "não" is. The message is
 * looked at for Portuguese letters only when it has a "no" (most have none).
 */
function markPortugueseNo(readings: Reading[], text: string): void {
  let portuguese: boolean | undefined;
  for (let i = readings.length - 1; i >= 0; i--) {
    const r = readings[i];
    if (
      r?.mention.term.signal === 'negator' &&
      r.segment.text.slice(r.mention.start, r.mention.end).toLowerCase() === 'no' &&
      (portuguese ??= PORTUGUESE.test(text))
    )
      readings.splice(i, 1);
  }
}

/** A refusal of any BAA: "no BAA needed", or a BAA negated. */
const refuses = ({ mention, negated, ignored }: Reading): boolean =>
  !ignored && (mention.term.signal === 'noBaa' ? !negated : mention.term.signal === 'baa' && negated);

const ruledOut = (readings: readonly Reading[], signal: string): boolean =>
  readings.some((r) => r.mention.term.signal === signal && r.negated);

/** How the ticket as a whole bears on reading one message. */
export interface TicketContext {
  /** "BAA" stands for something else in this ticket. */
  baaMeansOther: boolean;
}

export function readSegment(
  segment: Segment,
  matcher: Matcher,
  context: TicketContext = { baaMeansOther: false },
): SegmentSignals {
  const tokens = tokenize(
    segment.folded ?? foldForMatching(segment.text),
    matcher.vocabulary,
    matcher.tokens,
  );
  const readings: Reading[] = findMentions(tokens, matcher).map((mention) => ({
    mention,
    segment,
    negated: false,
    ignored: false,
  }));
  if (context.baaMeansOther) markOtherMeaning(readings);
  markPortugueseNo(readings, segment.text);
  markNegation(readings);
  markKeptFromPhi(readings);
  markIgnored(readings);
  markIncidental(readings);
  markDeferred(readings);
  markDocumentWork(readings);
  const covered = markCovered(readings);
  if (covered.length === 0) covered.push(...ruledOutBesideBaaInPlace(readings));
  const hipaa = maxOf(readings, 'hipaa');
  const hint =
    hipaa + (hipaa > 0 ? Math.max(maxOf(readings, 'phi'), productBesideHipaa(readings, segment)) : 0);
  markTypos(readings);
  const refusesBaa = refusesAtLast(readings, refuses);
  // "No PHI goes in there … so we need a BAA": a refusal the message takes back does not cancel the topic.
  const topic =
    sumOf(readings, 'baa') +
    sumOf(readings, 'baaTypo') +
    namedBaa(readings) -
    (refusesBaa ? sumOf(readings, 'noBaa') : 0);
  return {
    segment,
    readings,
    topic,
    hint,
    api: sumOf(readings, 'api') + namedForBaa(readings, 'api') + chosen(readings, 'api'),
    enterprise:
      sumOf(readings, 'enterprise') + namedForBaa(readings, 'enterprise') + chosen(readings, 'enterprise'),
    both: sumOf(readings, 'both') + sumOf(readings, 'undecided'),
    apiRuledOut: ruledOut(readings, 'api'),
    enterpriseRuledOut: ruledOut(readings, 'enterprise'),
    covered,
    refusesBaa,
  };
}
