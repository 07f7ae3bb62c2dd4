/**
 * How sure each kind of decision is. Calibrated on the held-out tickets we have tuned against
 * (test/fixtures/tuning), then checked on the frozen ones: "high" is for decisions right at least 97% of
 * the time there, "medium" for at least 85%, and the percentage shown is about what was measured.
 */
import type { ConfidenceLevel, Detection } from './types';

/** Nothing about a BAA or HIPAA in the customer's words: "other" is near certain. */
export const NO_BAA_TOPIC = 0.95;
/** HIPAA or health data named, but no BAA asked for: a request may still hide in other words. */
export const HIPAA_WITHOUT_BAA = 0.7;
/** A BAA already in place and no other product asked for: the question is about something else. */
export const BAA_IN_PLACE = 0.85;
/**
 * "Other" because the BAA is set aside: another company's, refused, a privacy question, another law, or
 * no words of the customer's own. Right about 94% of the time (a request to us may hide beside it): medium.
 */
export const OTHER_SET_ASIDE = 0.75;

/** A rejection: medium on "can we appeal?" alone, high on "declined" in the customer's own words. */
export const rejectionConfidence = (strongest: number): number => 0.6 + 0.3 * strongest;

/** A product named clearly (a name, or a clear answer) and nothing for the other: right 98% of the time. */
const SURE_PRODUCT = 0.95;
/** A product that wins against some evidence for the other, or on weaker clues: right about 90%. */
const LIKELY_PRODUCT = 0.75;
/** A product that wins narrowly, or on one weak clue: right about three times in four. */
const WEAK_PRODUCT = 0.55;

export function productConfidence(otherShare: number, strength: number): number {
  if (otherShare === 0 && strength >= 1) return SURE_PRODUCT;
  return 0.5 + 0.45 * (1 - otherShare) * strength >= 0.8 ? LIKELY_PRODUCT : WEAK_PRODUCT;
}

/**
 * "Unclear" is a question to the customer. A BAA asked of us with no product, or with both named as
 * much, is right about nine times in ten: medium. Asking is then the safe reply, not a sure one.
 */
export const UNCLEAR = 0.75;
/** Both products named about as much: the other has at least this share of the leader's evidence. */
export const EVEN = 0.95;
/**
 * "Unclear" resting on little (a hint of one product; a BAA with nothing beside it), or with one
 * product ahead but not clearly, is right about one time in two: low, so that "medium" keeps its meaning.
 */
export const WEAK_UNCLEAR = 0.55;

/** The highest confidence for a BAA case when the customer's words ask nothing of us. */
export const UNASKED_CONFIDENCE = 0.75;

/** The detection, no surer than `confidence`. */
export function atMost(detection: Detection, confidence: number): Detection {
  if (detection.confidence <= confidence) return detection;
  return { ...detection, confidence, level: levelOf(confidence) };
}

/** High from 0.8, medium from 0.6: the levels the sidebar shows. */
export function levelOf(confidence: number): ConfidenceLevel {
  if (confidence >= 0.8) return 'high';
  if (confidence >= 0.6) return 'medium';
  return 'low';
}
