/**
 * Which case an agent applied, read from the ticket's tags: the routine tags `<prefix>_<case>` (and
 * `<prefix>_override` when the agent chose another case than the detected one).
 */
import { CASE_IDS, type CaseId, ROUTINE } from '../routine/cases';
import { caseTag, DEFAULT_TAG_PREFIX } from '../routine/settings';
import { OVERRIDE_TAG_SUFFIX } from '../ticket/plan';

export { DEFAULT_TAG_PREFIX };

export interface AppliedCase {
  /** The case whose tag the ticket carries; absent when it carries none, or the tags of several cases. */
  applied?: CaseId;
  /** The ticket carries `<prefix>_override`. */
  override?: true;
}

export function appliedCase(tags: unknown, prefix: string): AppliedCase {
  if (!Array.isArray(tags)) return {};
  const present = new Set(tags.filter((tag): tag is string => typeof tag === 'string'));
  const applied = CASE_IDS.filter((id) => {
    const tag = caseTag(prefix, ROUTINE[id].tagSuffix);
    return tag !== null && present.has(tag);
  });
  const result: AppliedCase = {};
  if (applied.length === 1) result.applied = applied[0];
  if (present.has(`${prefix}_${OVERRIDE_TAG_SUFFIX}`)) result.override = true;
  return result;
}
