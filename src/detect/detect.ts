// Placeholder until the detection module lands: every ticket is `other`.
import type { Ticket } from '../ticket/ticket';
import type { Detection } from './types';

export function detect(_ticket: Ticket): Detection {
  return { caseId: 'other', confidence: 0, level: 'low', evidence: [] };
}
