/**
 * detect(ticket): which case of the BAA routine a ticket is, how sure we are, and the phrases that
 * decided it. Reads the subject, the description and the whole public conversation; the requester's
 * latest words weigh most. A reply about the wrong product is the worst outcome, so a product is
 * named only on clear evidence; otherwise the case is `unclear` and the reply asks.
 */
import type { Ticket } from '../ticket/ticket';
import { answerToOurQuestion } from './answers';
import {
  BAA_IN_PLACE,
  HIPAA_WITHOUT_BAA,
  NO_BAA_TOPIC,
  OTHER_SET_ASIDE,
  UNASKED_CONFIDENCE,
  atMost,
  rejectionConfidence,
} from './confidence';
import { baaContext } from './counterparty';
import type { Party } from './counterparty';
import { latestFirst, result } from './evidence';
import { compileLexicon } from './phrases';
import type { Matcher } from './phrases';
import { asksForAnotherProduct, chooseProduct, coveredProduct } from './productChoice';
import {
  asksUs,
  fromRequester,
  isOurProduct,
  namesBaa,
  namesRequest,
  ownWords,
  quotesBaa,
  readingsOf,
  total,
  wished,
} from './readings';
import { inPlaceAfter, requestBesideRejection } from './rejection';
import { segmentsOf } from './segments';
import type { Segment } from './segments';
import { readSegment } from './signals';
import type { Reading, SegmentSignals } from './signals';
import { sinceMovedOn, withPublishedEvidence, withoutNotRequests } from './setAside';
import type { Detection, Evidence } from './types';

let matcher: Matcher | undefined;
/** The lexicon compiled on first use, then shared. */
const compiled = (): Matcher => (matcher ??= compileLexicon());

/** How much clearer the BAA question must be than a bare "HIPAA" to count as one. */
const TOPIC_THRESHOLD = 0.9;

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

/** "With OpenAI" names us; a lone possessive ("your", "votre") only with a product right after it: "your API". */
function pointsAtProduct(reading: Reading, next: Reading | undefined): boolean {
  const { first, last } = reading.mention;
  if (first < last) return true;
  const signal = next?.mention.term.signal;
  return (signal === 'api' || signal === 'enterprise') && next?.mention.first === last + 1;
}
