/**
 * Rejections: which product a refusal was about, and when a refusal is history (a BAA in place since)
 * or stands beside a new request for the other product.
 */
import type { Answer, Product } from './answers';
import { chooseProduct } from './productChoice';
import { after, isOurProduct, readingsOf, readingsOfMessage, wishNear, wished } from './readings';
import { SENTENCE_END, saysInPlace } from './signals';
import type { Reading, SegmentSignals } from './signals';
import type { Detection } from './types';

/**
 * "Our first application was declined … we re-applied and the BAA has been in place since then": a BAA in
 * place later in the same message makes the rejection history.
 */
export function inPlaceAfter(rejection: Reading, signals: readonly SegmentSignals[]): boolean {
  const readings = readingsOfMessage(rejection, signals);
  return readings.some((r) => saysInPlace(r) && r.mention.first > rejection.mention.last);
}

/**
 * The product is wished for after the rejection ("what we actually need now is ChatGPT Enterprise"), or
 * beside it in the customer's message; not in the forwarded chain the decision stands in (its request).
 */
function wishedAfter(product: Product, rejection: Reading, requester: readonly SegmentSignals[]): boolean {
  const since = (p: Reading): boolean =>
    p.segment === rejection.segment ? !p.segment.forwarded : p.segment.order > rejection.segment.order;
  return readingsOf(requester, product).some((p) => since(p) && wishNear(p, requester, 'choice'));
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
export function requestBesideRejection(
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
