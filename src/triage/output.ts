/** Triage output: one JSON line per ticket or per failed record, and the counts per case. */
import { CASE_IDS, type CaseId } from '../routine/cases';
import type { ConfidenceLevel, Detection, EvidenceField } from '../detect/types';
import type { Ticket } from '../ticket/ticket';
import type { AppliedCase } from './applied';

export interface TriageEvidence {
  text: string;
  field: EvidenceField;
  comment_id?: number | string;
}

export interface TriageResult extends AppliedCase {
  id: number | string | null;
  case: CaseId;
  confidence: number;
  level: ConfidenceLevel;
  evidence: TriageEvidence[];
}

/** Where a failed record sits: its line (JSON Lines), its position in a document, or both (a one-line page). */
export interface RecordPosition {
  line?: number;
  item?: number;
}

export type TriageError = RecordPosition & { error: string };

export function triageResult(ticket: Ticket, detection: Detection): TriageResult {
  return {
    id: ticket.id ?? null,
    case: detection.caseId,
    confidence: Math.round(detection.confidence * 1000) / 1000,
    level: detection.level,
    evidence: detection.evidence.map((evidence) =>
      evidence.commentId === undefined
        ? { text: evidence.text, field: evidence.field }
        : { text: evidence.text, field: evidence.field, comment_id: evidence.commentId },
    ),
  };
}

export function triageError(position: RecordPosition, error: string): TriageError {
  return { ...position, error };
}

/** "line 3", "item 2", "line 3, item 2": how stderr names a failed record. */
export function describePosition(position: RecordPosition): string {
  const parts: string[] = [];
  if (position.line !== undefined) parts.push(`line ${position.line}`);
  if (position.item !== undefined) parts.push(`item ${position.item}`);
  return parts.join(', ');
}

export interface TriageCounts {
  tickets: number;
  failed: number;
  cases: Record<CaseId, number>;
}

export function emptyCounts(): TriageCounts {
  const cases = Object.fromEntries(CASE_IDS.map((id) => [id, 0])) as Record<CaseId, number>;
  return { tickets: 0, failed: 0, cases };
}

/** The `--summary` text: totals, then one line per case in the routine's order. */
export function formatSummary(counts: TriageCounts): string {
  const width = Math.max(...CASE_IDS.map((id) => id.length));
  const lines = [`Summary: ${counts.tickets} tickets classified, ${counts.failed} records failed`];
  for (const id of CASE_IDS) lines.push(`  ${id.padEnd(width)}  ${counts.cases[id]}`);
  return `${lines.join('\n')}\n`;
}
