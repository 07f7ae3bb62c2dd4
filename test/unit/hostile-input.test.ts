/**
 * Hostile and odd input (issue 13): for random text built from the pieces that broke things once
 * (whitespace runs, product and negation words, long tokens, punctuation, combining marks, quote
 * markers, unclosed tags, entity storms, mixed scripts), detection returns a valid case and evidence that
 * stands in the ticket, composition escapes every value, and HTML-to-text never throws. Then 1 MB tickets
 * of each adversarial shape, with a generous limit: linear code takes milliseconds, quadratic code minutes.
 */
import { fc, it } from '@fast-check/vitest';
import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';
import { describe, expect } from 'vitest';
import { compose } from '../../src/compose/compose';
import { detect } from '../../src/detect/detect';
import { CASE_IDS, REPLY_CASE_IDS } from '../../src/routine/cases';
import { parseEndpointLines } from '../../src/routine/endpoints';
import { DEFAULT_SETTINGS } from '../../src/routine/settings';
import { readText } from '../../src/text/ceiling';
import { htmlToText } from '../../src/text/html';
import type { Ticket } from '../../src/ticket/ticket';
import { ADVERSARIAL_SHAPES, hostileText, hostileTicket } from '../support/adversarial';
import { cpuMillis } from '../support/cpuTime';

/** The texts detection read for an evidence field: the subject, the description or a comment. */
function sourcesOf(ticket: Ticket, field: string, commentId: unknown): string[] {
  if (field === 'subject') return [readText(ticket.subject, false)];
  if (field === 'description') return [readText(ticket.description, false)];
  return ticket.comments
    .filter((comment) => commentId === undefined || comment.id === commentId)
    .map((comment) => readText(comment.body, comment.html));
}

describe('detect on random hostile tickets', () => {
  it.prop([hostileTicket], { numRuns: 300 })(
    'returns a valid case, a confidence in 0..1, and evidence found in the ticket',
    (ticket) => {
      const detection = detect(ticket);
      expect(CASE_IDS).toContain(detection.caseId);
      expect(detection.confidence).toBeGreaterThanOrEqual(0);
      expect(detection.confidence).toBeLessThanOrEqual(1);
      expect(['high', 'medium', 'low']).toContain(detection.level);
      for (const evidence of detection.evidence) {
        expect(evidence.text).not.toBe('');
        const sources = sourcesOf(ticket, evidence.field, evidence.commentId);
        expect(sources.some((source) => source.includes(evidence.text))).toBe(true);
      }
    },
  );
});

/** Every element and attribute a browser would build from the HTML. */
function markupOf(html: string): string[] {
  const found: string[] = [];
  const stack: DefaultTreeAdapterTypes.ChildNode[] = [...parseFragment(html).childNodes];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if ('tagName' in node) {
      found.push(node.tagName, ...node.attrs.map((attribute) => `${node.tagName}[${attribute.name}]`));
      stack.push(...node.childNodes);
    }
  }
  return found;
}

describe('compose with hostile settings and names', () => {
  it.prop(
    {
      caseId: fc.constantFrom(...REPLY_CASE_IDS),
      baaEmail: hostileText(10),
      salesContact: hostileText(10),
      endpoints: hostileText(30),
      name: hostileText(6),
    },
    { numRuns: 300 },
  )(
    'writes only its own markup, whatever the values',
    ({ caseId, baaEmail, salesContact, endpoints, name }) => {
      const settings = {
        ...DEFAULT_SETTINGS,
        baaEmail,
        salesContact,
        endpointList: { ...DEFAULT_SETTINGS.endpointList, endpoints: parseEndpointLines(endpoints) },
      };
      const reply = compose(caseId, settings, { requesterName: name });
      for (const item of markupOf(reply.html)) {
        expect(['p', 'ul', 'li', 'a', 'a[href]']).toContain(item);
      }
      for (const match of reply.html.matchAll(/href="([^"]*)"/g)) {
        expect(match[1]).toMatch(/^(?:https?:|mailto:)/);
      }
    },
  );
});

describe('HTML to text on random hostile markup', () => {
  it.prop([hostileText(120)], { numRuns: 500 })(
    'never throws, and the ceiling never reads more than the whole',
    (html) => {
      const text = htmlToText(html);
      expect(typeof text).toBe('string');
      expect(readText(html, true).length).toBeLessThanOrEqual(text.length);
    },
  );
});

describe('1 MB adversarial tickets', () => {
  for (const shape of ADVERSARIAL_SHAPES) {
    it(`classifies "${shape.name}" in linear time`, { timeout: 20_000 }, () => {
      const ticket = shape.ticket(1_000_000);
      let detection: ReturnType<typeof detect> | undefined;
      const elapsed = cpuMillis(() => (detection = detect(ticket)));
      expect(CASE_IDS).toContain(detection?.caseId);
      // Generous: linear code takes well under a second of CPU here, the quadratic regexes took minutes.
      expect(elapsed).toBeLessThan(5_000);
    });
  }
});
