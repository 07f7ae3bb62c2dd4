import type { CaseId } from '../routine/cases';
import type { Signal } from './lexicon';

/** Where a phrase of evidence was found. */
export type EvidenceField = 'subject' | 'description' | 'comment';

export interface Evidence {
  /** The phrase exactly as it stands in the ticket's text (HTML removed), never rewritten. */
  text: string;
  field: EvidenceField;
  /** The Zendesk comment id, for `field: 'comment'` when the comment has one. */
  commentId?: number | string;
  /** Where `text` starts in the field's plain text (tags removed, entities decoded). */
  offset?: number;
  /** What the phrase points at: 'baa', 'api', 'enterprise', 'rejected', 'vendor', 'already', ... */
  signal?: Signal;
  /** The phrase names a product only to rule it out ("not the API", "ChatGPTではなく"). */
  negated?: boolean;
  /**
   * The phrase is the customer's answer to our "API or ChatGPT Enterprise?" and points at this
   * product: a product named, or an ordinal in the order we offered them ("option 1" -> API).
   */
  answers?: 'api' | 'enterprise';
}

export type ConfidenceLevel = 'high' | 'medium' | 'low';

export interface Detection {
  caseId: CaseId;
  /** 0..1 */
  confidence: number;
  level: ConfidenceLevel;
  /** The phrases that decided the case, most decisive first. */
  evidence: Evidence[];
}
