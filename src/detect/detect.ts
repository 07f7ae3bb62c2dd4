/**
 * detect(ticket): which case of the BAA routine a ticket is, how sure we are, and the phrases that
 * decided it. Reads the subject, the description and the whole public conversation; the requester's
 * latest words weigh most. A reply about the wrong product is the worst outcome, so a product is
 * named only on clear evidence; otherwise the case is `unclear` and the reply asks.
 */
import type { CaseId } from '../routine/cases';
import type { Ticket } from '../ticket/ticket';
import { NAME_IN_ANSWER, answerToOurQuestion } from './answers';
import type { Answer, Product } from './answers';
import { compileLexicon } from './phrases';
import type { Matcher } from './phrases';
import { baaContext } from './counterparty';
import type { Party } from './counterparty';
import { isPublishedText } from './publishedText';
import { segmentsOf } from './segments';
import type { Segment } from './segments';
import { SENTENCE_END, distance, endsInQuestion, readSegment, saysInPlace } from './signals';
import type { Reading, SegmentSignals } from './signals';
import type { Signal } from './lexicon';
import type { ConfidenceLevel, Detection, Evidence } from './types';

let matcher: Matcher | undefined;
/** The lexicon compiled on first use, then shared. */
const compiled = (): Matcher => (matcher ??= compileLexicon());

/** How much clearer the BAA question must be than a bare "HIPAA" to count as one. */
const TOPIC_THRESHOLD = 0.9;
/** Product evidence needed before naming a product: one clear name, or two hints. */
const PRODUCT_THRESHOLD = 1;
/** The other product's evidence must be at most this share of the winner's to name the winner. */
const DOMINANCE = 0.3;
/** The requester's latest words about the product (an answer to our question) weigh this much more. */
const LATEST_WEIGHT = 4;
/** Ruling one product out ("we don't use ChatGPT") leans this much toward the other. */
const RULED_OUT_LEAN = 0.5;
const MAX_EVIDENCE = 6;

export function detect(ticket: Ticket): Detection {
  const segments = segmentsOf(ticket);
  const contexts = segments.map((segment) => baaContext(segment.text, segment.folded));
  const context = { baaMeansOther: contexts.some((c) => c.otherMeaning) };
  const signals = segments.map((segment) => readSegment(segment, compiled(), context));
  const parties = segments.flatMap((segment, index) =>
    segment.role === 'agent'
      ? []
      : (contexts[index]?.otherParties ?? []).map((party) => partyEvidence(segment, party)),
  );
  const addressedElsewhere = contexts.some((c) => c.otherParties.some((party) => party.addressed));
  return decide(signals, parties, addressedElsewhere);
}

/** Another party named as the BAA's other side ("a BAA with Supabase"), as evidence. */
function partyEvidence(segment: Segment, party: Party): Evidence {
  const item: Evidence = { text: party.name, field: segment.field, offset: party.offset, signal: 'vendor' };
  if (segment.commentId !== undefined) item.commentId = segment.commentId;
  return item;
}

const fromRequester = (s: SegmentSignals): boolean => s.segment.role !== 'agent';
const total = (list: readonly SegmentSignals[], pick: (s: SegmentSignals) => number): number =>
  list.reduce((sum, s) => sum + pick(s), 0);
/**
 * The list's counted readings (not set aside) of one signal, in order. A scan per question: a
 * ticket has tens of readings, and an index per list cost more to build than the scans it saved.
 */
function readingsOf(list: readonly SegmentSignals[], signal: Signal, negated = false): Reading[] {
  const found: Reading[] = [];
  for (const s of list) {
    for (const r of s.readings)
      if (r.mention.term.signal === signal && r.negated === negated && !r.ignored) found.push(r);
  }
  return found;
}

function decide(
  all: readonly SegmentSignals[],
  parties: readonly Evidence[],
  addressedElsewhere: boolean,
): Detection {
  const signals = sinceMovedOn(withoutNotRequests(all));
  const requester = signals.filter(fromRequester);
  if (!requester.some((s) => s.segment.field !== 'subject'))
    return withPublishedEvidence(
      result('other', OTHER_SET_ASIDE, readingsOf(all.filter(fromRequester), 'notRequest')),
      all,
    );
  const topic = total(requester, (s) => s.topic) + requester.reduce((max, s) => Math.max(max, s.hint), 0);
  const anyTopic =
    topic +
    total(
      signals.filter((s) => !fromRequester(s)),
      (s) => Math.max(0, s.topic),
    );
  const baa = [...readingsOf(requester, 'baa'), ...readingsOf(requester, 'baaTypo')];

  const answer = answerToOurQuestion(signals);
  const firstMessage = signals.find((s) => s.segment.field !== 'subject')?.segment.order ?? 0;
  const aboutRequest = new Set(signals.filter(namesRequest).map((s) => s.segment));
  // "Re: your BAA request" above "why was it refused?": the subject and the quoted notice name the request.
  const subject = signals.find((s) => s.segment.field === 'subject');
  const first = signals.find((s) => s.segment.order === firstMessage);
  if (first && ((subject && namesRequest(subject)) || quotesBaa(first.segment)))
    aboutRequest.add(first.segment);
  // A rejection counts when its message names a request, or when it follows up on one. An agent's
  // "you may re-apply" is our FAQ, not a decision.
  const rejections = [
    ...readingsOf(signals, 'rejected'),
    ...readingsOf(signals, 'reapply').filter((r) => r.segment.role !== 'agent'),
  ]
    .filter((r) => aboutRequest.has(r.segment) || r.segment.order > firstMessage)
    .filter((r) => !inPlaceAfter(r, signals));
  // Another company's BAA, or its refusal: theirs to answer, unless the customer names us too.
  const vendors = readingsOf(requester, 'vendor');
  if (
    (vendors.length > 0 || parties.length > 0) &&
    !namesUs(requester, addressedElsewhere) &&
    topic >= TOPIC_THRESHOLD
  ) {
    const detection = result('other', OTHER_SET_ASIDE, [...vendors, ...baa]);
    detection.evidence.unshift(...parties.slice(0, 2));
    return detection;
  }
  if (rejections.length > 0 && anyTopic >= TOPIC_THRESHOLD) {
    const newRequest = requestBesideRejection(signals, requester, rejections, baa, answer);
    if (newRequest) return newRequest;
    // "Declined" is surer than "can we appeal?"; surest in the customer's own words, not only in
    // the subject or in what they forward.
    const strongest = rejections.reduce(
      (max, r) => Math.max(max, ownWords(r) ? r.mention.term.weight : 0),
      0,
    );
    return result('rejected', rejectionConfidence(strongest), [...latestFirst(rejections), ...baa]);
  }
  // "Does ChatGPT comply with HIPAA? Is what I type kept private?": a person's privacy question, no BAA named.
  const privacy = readingsOf(requester, 'privacy');
  if (privacy.length > 0 && baa.length === 0 && !requester.some(namesBaa))
    return result('other', OTHER_SET_ASIDE, [...privacy, ...readingsOf(requester, 'hipaa')]);
  const noBaa = [...readingsOf(requester, 'noBaa'), ...readingsOf(requester, 'baa', true)];
  if (topic < TOPIC_THRESHOLD) {
    const hints = [...readingsOf(requester, 'hipaa'), ...readingsOf(requester, 'phi')];
    const confidence = topic > 0 || hints.length > 0 ? HIPAA_WITHOUT_BAA : NO_BAA_TOPIC;
    return result('other', confidence, [...noBaa, ...hints]);
  }
  // "The BAA / HIPAA question does not concern us, only the GDPR": a BAA named, not wished for, under another law.
  const otherLaw = readingsOf(requester, 'otherLaw');
  if (otherLaw.length > 0 && !baa.some((r) => wished(r, requester)))
    return result('other', OTHER_SET_ASIDE, [...otherLaw, ...baa]);
  // The requester's latest word on a BAA says none is wanted ("not asking for a BAA right now").
  const lastOnBaa = [...requester].reverse().find((s) => s.topic !== 0 || s.refusesBaa);
  if (lastOnBaa?.refusesBaa) return result('other', OTHER_SET_ASIDE, [...noBaa, ...baa]);
  const already = readingsOf(requester, 'already');
  const covered = coveredProduct(requester);
  if (already.length > 0 && !asksForAnotherProduct(requester))
    return result('other', BAA_IN_PLACE, [...already, ...baa]);
  // "We have a BAA for our API org; now ChatGPT Enterprise": the product covered is no longer the question,
  // however often it is named again ("I referred to our existing API BAA").
  const detection = chooseProduct(
    requester,
    baa,
    answer,
    asksForAnotherProduct(requester) ? covered : undefined,
  );
  // Sure only of a request: a text that asks nothing of us (commentary, a notice) stays medium at most,
  // and so does one whose BAA is named but not wished for ("our compliance officer mentioned a BAA").
  const asked = answer !== undefined || (asksUs(requester, answer) && baa.some((r) => wished(r, requester)));
  return asked ? detection : atMost(detection, UNASKED_CONFIDENCE);
}

/**
 * "Our first application was declined … we re-applied and the BAA has been in place since then": a BAA in
 * place later in the same message makes the rejection history.
 */
function inPlaceAfter(rejection: Reading, signals: readonly SegmentSignals[]): boolean {
  const readings = readingsOfMessage(rejection, signals);
  return readings.some((r) => saysInPlace(r) && r.mention.first > rejection.mention.last);
}

/** The product is wished for after the rejection: "what we actually need now is ChatGPT Enterprise". */
function wishedAfter(product: Product, rejection: Reading, requester: readonly SegmentSignals[]): boolean {
  return readingsOf(requester, product).some(
    (p) => p.segment.order >= rejection.segment.order && wishNear(p, requester, 'choice'),
  );
}

/** `later` stands after `earlier`: in a later message, or later in the same one. */
const after = (later: Reading, earlier: Reading): boolean =>
  later.segment.order > earlier.segment.order ||
  (later.segment === earlier.segment && later.mention.first > earlier.mention.last);

/** All the readings of the message a reading stands in. */
const readingsOfMessage = (reading: Reading, signals: readonly SegmentSignals[]): readonly Reading[] =>
  signals.find((s) => s.segment === reading.segment)?.readings ?? [];

/** A phrase the customer writes in a message of their own, not the subject, not forwarded mail. */
const ownWords = (r: Reading): boolean =>
  r.segment.role !== 'agent' && r.segment.field !== 'subject' && !r.segment.forwarded;

/** Words between a BAA and the wish for it: "we need to sign a BAA", "a BAA, how do we get one". */
const WISH_REACH = 5;
const WISHING: ReadonlySet<string> = new Set(['intent', 'request', 'direct']);

/** The BAA is wished for or asked about: a wish near it in its clause, or its sentence ends in a question. */
function wished(baa: Reading, requester: readonly SegmentSignals[]): boolean {
  const readings = readingsOfMessage(baa, requester);
  // "HDS rather than a BAA?", "instead of a BAA": the question is about something else.
  const before = readings[readings.indexOf(baa) - 1];
  if (before?.mention.term.signal === 'negator' && before.mention.last + 1 === baa.mention.first)
    return false;
  return wishNear(baa, requester) || endsInQuestion(baa.segment.text, baa.mention.end);
}

/** A wish or request (or `also`: "we decided") within WISH_REACH words of the reading, in its message. */
function wishNear(target: Reading, requester: readonly SegmentSignals[], also?: Signal): boolean {
  return readingsOfMessage(target, requester).some(
    (r) =>
      (WISHING.has(r.mention.term.signal) || r.mention.term.signal === also) &&
      !r.ignored &&
      distance(r.mention, target.mention) <= WISH_REACH,
  );
}

/** The highest confidence for a BAA case when the customer's words ask nothing of us. */
const UNASKED_CONFIDENCE = 0.75;

/** The customer asks or wants something: a question, a wish or request, "with OpenAI", an answer to us. */
const ASKING: ReadonlySet<string> = new Set(['intent', 'request', 'direct']);

function asksUs(requester: readonly SegmentSignals[], answer: Answer | undefined): boolean {
  if (answer) return true;
  return requester.some(
    (s) =>
      s.segment.text.includes('?') ||
      s.segment.text.includes('？') ||
      s.readings.some((r) => ASKING.has(r.mention.term.signal) && !r.ignored),
  );
}

function atMost(detection: Detection, confidence: number): Detection {
  if (detection.confidence <= confidence) return detection;
  return { ...detection, confidence, level: levelOf(confidence) };
}

/** How far before a rejection a product is the one rejected ("applied for an API BAA … and it was declined"). */
const REJECTED_PRODUCT_REACH = 15;

/** The product a rejection is about: the nearest one named before it in its message. */
function rejectedProduct(signals: readonly SegmentSignals[], rejection: Reading): Product | undefined {
  const readings = readingsOfMessage(rejection, signals);
  let product: Product | undefined;
  for (const r of readings) {
    const { first, last, breaksBefore } = r.mention;
    if (first >= rejection.mention.first) {
      // "They declined our request for the API": named just after, in the same clause.
      if (
        !product &&
        !r.negated &&
        isOurProduct(r, undefined) &&
        first - rejection.mention.last <= REJECTED_PRODUCT_AFTER &&
        breaksBefore === rejection.mention.breaksAtLast
      )
        return r.mention.term.signal as Product;
      if (first - rejection.mention.last > REJECTED_PRODUCT_AFTER) break;
      continue;
    }
    // "Our API use case (automated diagnosis) wasn't approved": a parenthesis or a comma between, not a sentence's end.
    if (
      !r.negated &&
      isOurProduct(r, undefined) &&
      rejection.mention.first - last <= REJECTED_PRODUCT_REACH &&
      !SENTENCE_END.test(r.segment.text.slice(r.mention.end, rejection.mention.start))
    )
      product = r.mention.term.signal as Product;
  }
  return product;
}

/** How far after a rejection a product is the one rejected ("declined our request for the API"). */
const REJECTED_PRODUCT_AFTER = 5;

/**
 * A past rejection of one product beside a clear new request for the other ("our API BAA was
 * declined; now we want ChatGPT Enterprise") is a request for that other product.
 */
function requestBesideRejection(
  signals: readonly SegmentSignals[],
  requester: readonly SegmentSignals[],
  rejections: readonly Reading[],
  baa: Reading[],
  answer: Answer | undefined,
): Detection | undefined {
  // A rejection without a product before it ("does the earlier decline count?") names none. The message
  // says it more fully than a subject's few words ("BAA voor API na afwijzing Enterprise").
  const inMessages = rejections.filter((r) => r.segment.field !== 'subject');
  const rejected = new Set(
    (inMessages.length > 0 ? inMessages : rejections)
      .map((r) => rejectedProduct(signals, r))
      .filter((p) => p !== undefined),
  );
  const [product] = rejected;
  if (rejected.size !== 1 || product === undefined) return undefined;
  // A new BAA wished for after the rejection: "… was denied. Does this affect our ChatGPT Team?" asks none.
  const first = rejections
    .filter((r) => r.segment.field !== 'subject')
    .reduce<Reading | undefined>(
      (earliest, r) => (earliest && !after(earliest, r) ? earliest : r),
      undefined,
    );
  const other = product === 'api' ? 'enterprise' : 'api';
  if (
    first &&
    !baa.some((r) => after(r, first) && wished(r, requester)) &&
    !wishedAfter(other, first, requester)
  )
    return undefined;
  const detection = chooseProduct(requester, baa, answer, product);
  // A clear request: one weak clue to the other product ("l'équipe BAA") is no new request.
  return detection.caseId === other && detection.level !== 'low' ? detection : undefined;
}

/** Characters of a page's first line shown as why it is no request: its title. */
const TITLE_LENGTH = 80;

/** A page set aside has no phrase of its own to show: its title is the evidence ("Is OpenAI HIPAA compliant?"). */
function withPublishedEvidence(detection: Detection, all: readonly SegmentSignals[]): Detection {
  if (detection.evidence.length > 0) return detection;
  const page = all.find(
    (s) => fromRequester(s) && s.segment.field !== 'subject' && isPublishedText(s.segment.text),
  );
  if (!page) return detection;
  const { segment } = page;
  const offset = segment.text.search(/\S/u);
  const lineEnd = segment.text.indexOf('\n', offset);
  const line = segment.text.slice(offset, lineEnd < 0 ? undefined : lineEnd).slice(0, TITLE_LENGTH + 1);
  // Cut at a word's end: the evidence is the ticket's own words, never part of one.
  const title = line.length <= TITLE_LENGTH ? line : line.slice(0, line.lastIndexOf(' ', TITLE_LENGTH));
  const evidence: Evidence = { text: title.trimEnd(), field: segment.field, offset, signal: 'notRequest' };
  if (segment.commentId !== undefined) evidence.commentId = segment.commentId;
  return { ...detection, evidence: [evidence] };
}

/** A message that is a page (an article, a guide), not a person writing to us: see publishedText.ts. */
const isPublished = (parts: readonly SegmentSignals[]): boolean =>
  isPublishedText(
    parts
      .filter((s) => s.segment.field !== 'subject')
      .map((s) => s.segment.text)
      .join('\n'),
  );

/**
 * The conversation without the customer's mail that asks nothing of us: recruiting, marketing,
 * newsletters, invitations, automatic replies ("out of office" in answer to our question). A message
 * is such mail with two such phrases, or one when it asks nothing; the subject goes with the first.
 */
function withoutNotRequests(signals: readonly SegmentSignals[]): readonly SegmentSignals[] {
  const answer = answerToOurQuestion(signals);
  const messageOf = messagesOf(signals);
  const messages = new Map<number, SegmentSignals[]>();
  for (const s of signals) {
    if (!fromRequester(s)) continue;
    const parts = messages.get(messageOf(s));
    if (parts) parts.push(s);
    else messages.set(messageOf(s), [s]);
  }
  const setAside = new Set<number>();
  for (const [key, parts] of messages) {
    const phrases = new Set(readingsOf(parts, 'notRequest').map((r) => r.mention.term));
    // One such phrase in an answer to our question that names a product ("six services hitting your
    // endpoints") is the customer's own words.
    const answers = parts.some((s) => s === answer?.answer && namesProduct(s));
    const alone = phrases.size === 1 && !asksUs(parts, undefined) && !answers;
    if (phrases.size >= 2 || alone || isPublished(parts)) setAside.add(key);
  }
  return setAside.size === 0
    ? signals
    : signals.filter((s) => !fromRequester(s) || !setAside.has(messageOf(s)));
}

/**
 * Which message each part belongs to, by the order of its own words: the subject goes with the first
 * message, forwarded mail with the note it is forwarded under ("is this legit? … ---- Forwarded ----").
 */
function messagesOf(signals: readonly SegmentSignals[]): (s: SegmentSignals) => number {
  const message = new Map<Segment, number>();
  let next = 0;
  for (let i = signals.length - 1; i >= 0; i--) {
    const segment = signals[i]?.segment;
    if (!segment || segment.field === 'subject') continue;
    if (!segment.forwarded) next = segment.order;
    message.set(segment, next);
  }
  const first = signals.find((s) => fromRequester(s) && s.segment.field !== 'subject')?.segment;
  const firstMessage = first ? (message.get(first) ?? 0) : 0;
  return (s) => (s.segment.field === 'subject' ? firstMessage : (message.get(s.segment) ?? s.segment.order));
}

const namesProduct = (s: SegmentSignals): boolean => s.api + s.enterprise + s.both > 0;

/** The one product an existing BAA of the customer's covers, if they name one. */
function coveredProduct(requester: readonly SegmentSignals[]): Product | undefined {
  const covered = new Set(requester.flatMap((s) => s.covered));
  const [product] = covered;
  return covered.size === 1 && (product === 'api' || product === 'enterprise') ? product : undefined;
}

/** A BAA covers one product and the customer names the other: a new request for that one. */
function asksForAnotherProduct(requester: readonly SegmentSignals[]): boolean {
  const covered = coveredProduct(requester);
  // A clue of some weight: "the admin account" is no request for ChatGPT Enterprise.
  const uncovered = (s: SegmentSignals): boolean =>
    covered === 'api'
      ? s.enterprise >= OUR_PRODUCT_WEIGHT
      : covered === 'enterprise' && s.api >= OUR_PRODUCT_WEIGHT;
  return covered !== undefined && requester.some(uncovered);
}

/**
 * "Different question this time", above quoted history or later in a thread: the customer leaves the
 * thread's earlier matter behind ("Re: BAA request declined", the decline quoted below). Only their
 * latest message and what follows it count.
 */
function sinceMovedOn(signals: readonly SegmentSignals[]): readonly SegmentSignals[] {
  const requester = signals.filter(fromRequester);
  const first = requester.find((s) => s.segment.field !== 'subject');
  const latest = requester.findLast((s) => s.segment.field !== 'subject');
  if (!latest || readingsOf([latest], 'newTopic').length === 0) return signals;
  if (latest === first && !latest.segment.quoted?.trim() && !requester.some((s) => s.segment.forwarded))
    return signals;
  return signals.filter((s) => s.segment.order >= latest.segment.order);
}

const quotesBaa = (segment: Segment): boolean => /\bbaa/i.test(segment.quoted ?? '');

/** A phrase of the message names a BAA ("an existing BAA", "Geschäftspartnervereinbarung"). */
const namesBaa = (s: SegmentSignals): boolean =>
  s.readings.some((r) => r.mention.term.namesBaa && !r.negated);

/** A rejection counts when it is about a request: a BAA or a request is named in the same message, or it follows up. */
function namesRequest(s: SegmentSignals): boolean {
  return s.readings.some((r) => {
    const signal = r.mention.term.signal;
    return signal === 'baa' || signal === 'baaTypo' || signal === 'request' || r.mention.term.namesBaa;
  });
}

/**
 * Another vendor is named, but the question is still about one of our products: a product of ours is
 * named (not the vendor's own, as in "Azure OpenAI API"; not a mere "models", as in "Copilot uses
 * OpenAI models") and OpenAI is the party ("ChatGPT", "the
 * OpenAI API", "with OpenAI", "your API"). In a letter addressed to another company's team, its
 * "your" is theirs: only OpenAI's own names count.
 */
function namesUs(requester: readonly SegmentSignals[], addressedElsewhere: boolean): boolean {
  const counted = (r: Reading): boolean => !r.negated && !r.ignored;
  const ours = requester.flatMap((s) =>
    s.readings.filter((r, i) => counted(r) && isOurProduct(r, s.readings[i - 1])),
  );
  const party = requester.some((s) =>
    s.readings.some(
      (r, i) => counted(r) && r.mention.term.signal === 'direct' && pointsAtProduct(r, s.readings[i + 1]),
    ),
  );
  return ours.some((r) => r.mention.term.namesOpenAI) || (ours.length > 0 && party && !addressedElsewhere);
}

/** A product hint weaker than this ("models", "tokens") names no product of ours beside a vendor's. */
const OUR_PRODUCT_WEIGHT = 0.5;

function isOurProduct(reading: Reading, previous: Reading | undefined): boolean {
  const { signal, weight } = reading.mention.term;
  if ((signal !== 'api' && signal !== 'enterprise') || weight < OUR_PRODUCT_WEIGHT) return false;
  const afterVendor =
    previous?.mention.term.signal === 'vendor' && previous.mention.last + 1 === reading.mention.first;
  return !afterVendor;
}

/** "With OpenAI" names us; a lone possessive ("your", "votre") only with a product right after it: "your API". */
function pointsAtProduct(reading: Reading, next: Reading | undefined): boolean {
  const { first, last } = reading.mention;
  if (first < last) return true;
  const signal = next?.mention.term.signal;
  return (signal === 'api' || signal === 'enterprise') && next?.mention.first === last + 1;
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

function chooseProduct(
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

/*
 * Confidence is calibrated on the held-out tickets we have tuned against (test/fixtures/tuning), then
 * checked on the frozen ones: "high" is for decisions right at least 97% of the time there, "medium"
 * for at least 85%, and the percentage shown is about what was measured.
 */
/** Nothing about a BAA or HIPAA in the customer's words: "other" is near certain. */
const NO_BAA_TOPIC = 0.95;
/** HIPAA or health data named, but no BAA asked for: a request may still hide in other words. */
const HIPAA_WITHOUT_BAA = 0.7;
/** A BAA already in place and no other product asked for: the question is about something else. */
const BAA_IN_PLACE = 0.85;
/**
 * "Other" because the BAA is set aside: another company's, refused, a privacy question, another law, or
 * no words of the customer's own. Right about 94% of the time (a request to us may hide beside it): medium.
 */
const OTHER_SET_ASIDE = 0.75;

/** A rejection: medium on "can we appeal?" alone, high on "declined" in the customer's own words. */
const rejectionConfidence = (strongest: number): number => 0.6 + 0.3 * strongest;

/** A product named clearly (a name, or a clear answer) and nothing for the other: right 98% of the time. */
const SURE_PRODUCT = 0.95;
/** A product that wins against some evidence for the other, or on weaker clues: right about 90%. */
const LIKELY_PRODUCT = 0.75;
/** A product that wins narrowly, or on one weak clue: right about three times in four. */
const WEAK_PRODUCT = 0.55;

function productConfidence(otherShare: number, strength: number): number {
  if (otherShare === 0 && strength >= 1) return SURE_PRODUCT;
  return 0.5 + 0.45 * (1 - otherShare) * strength >= 0.8 ? LIKELY_PRODUCT : WEAK_PRODUCT;
}

/**
 * "Unclear" is a question to the customer. A BAA asked of us with no product, or with both named as
 * much, is right about nine times in ten: medium. Asking is then the safe reply, not a sure one.
 */
const UNCLEAR = 0.75;
/** Both products named about as much: the other has at least this share of the leader's evidence. */
const EVEN = 0.95;
/**
 * "Unclear" resting on little (a hint of one product; a BAA with nothing beside it), or with one
 * product ahead but not clearly, is right about one time in two: low, so that "medium" keeps its meaning.
 */
const WEAK_UNCLEAR = 0.55;

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

/** A whole answer that is a bare number ("2"): the evidence is the answer itself. */
function bareAnswer(answer: Answer | undefined, product: Product): Evidence {
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
function latestFirst(readings: Reading[]): Reading[] {
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

function levelOf(confidence: number): ConfidenceLevel {
  if (confidence >= 0.8) return 'high';
  if (confidence >= 0.6) return 'medium';
  return 'low';
}

function result(
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
