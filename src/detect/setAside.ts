/**
 * The customer's mail that is not read as their request: mail that asks nothing of us (recruiting,
 * newsletters, automatic replies, a page posted as a ticket), and a thread's matter they have moved on from.
 */
import { answerToOurQuestion } from './answers';
import { isPublishedText } from './publishedText';
import { asksUs, fromRequester, readingsOf } from './readings';
import type { Segment } from './segments';
import type { SegmentSignals } from './signals';
import type { Detection, Evidence } from './types';

/** Characters of a page's first line shown as why it is no request: its title. */
const TITLE_LENGTH = 80;

/** A page set aside has no phrase of its own to show: its title is the evidence ("Is OpenAI HIPAA compliant?"). */
export function withPublishedEvidence(detection: Detection, all: readonly SegmentSignals[]): Detection {
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
export function withoutNotRequests(signals: readonly SegmentSignals[]): readonly SegmentSignals[] {
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
    if ((phrases.size >= 2 && !appeals(parts)) || alone || isPublished(parts)) setAside.add(key);
  }
  return setAside.size === 0
    ? signals
    : signals.filter((s) => !fromRequester(s) || !setAside.has(messageOf(s)));
}

/**
 * A refusal and an appeal in one message ("the BAA team could not approve our request … we want to
 * appeal; can we have a call?"): a customer's own case, however much it reads like a pitch.
 */
const appeals = (parts: readonly SegmentSignals[]): boolean =>
  readingsOf(parts, 'rejected').length > 0 && readingsOf(parts, 'reapply').length > 0;

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

/**
 * "Different question this time", above quoted history or later in a thread: the customer leaves the
 * thread's earlier matter behind ("Re: BAA request declined", the decline quoted below). Only their
 * latest message and what follows it count.
 */
export function sinceMovedOn(signals: readonly SegmentSignals[]): readonly SegmentSignals[] {
  const requester = signals.filter(fromRequester);
  const first = requester.find((s) => s.segment.field !== 'subject');
  const latest = requester.findLast((s) => s.segment.field !== 'subject');
  if (!latest || readingsOf([latest], 'newTopic').length === 0) return signals;
  if (latest === first && !latest.segment.quoted?.trim() && !requester.some((s) => s.segment.forwarded))
    return signals;
  return signals.filter((s) => s.segment.order >= latest.segment.order);
}
