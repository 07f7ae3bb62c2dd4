/**
 * Hostile text, shared by the property tests (test/unit/hostile-input.test.ts) and the benchmark
 * (scripts/bench/15-adversarial.ts): the pieces random tickets are built from, and whole tickets of a
 * given size in the shapes that made regexes backtrack or parsers recurse.
 */
import fc from 'fast-check';
import type { Ticket } from '../../src/ticket/ticket';

/** The pieces of hostile text: what a requester, a mail client or a paste could put in a message. */
export const HOSTILE_PIECES: readonly string[] = [
  ' ', '   ', '\t', '\n', '\n\n', '\u00a0', '\u3000', '\r\n',
  'API', 'api', 'ChatGPT Enterprise', 'Enterprise', 'ChatGPT', 'BAA', 'HIPAA', 'Business Associate Agreement',
  'no', 'No', 'not', 'nicht', 'nein', 'ではなく', 'non', '?', '？', '- no', 'No, ', "don't", 'rejected', 'denied',
  '.', ',', '!', ';', ':', '…', '"', "'", '(', ')', '-', '--', '—', '/', '|', '*', '#', '$&', '$1',
  'e\u0301', 'a\u0308\u0308\u0308', '\u200b', '\u200d', '\ufeff', '\ud83d\ude00', '\ud83d', '\ude00',
  '> ', '>> ', 'On Mon, Ana <a@b.c> wrote:', '##- Please type your reply above this line -##',
  '-----Original Message-----', 'From: x\nSent: y', 'Le lun., Ana a écrit :',
  '<', '>', '</', '<p>', '</p>', '<div', '<blockquote>', '</blockquote>', '<br>', '<script>', '<style>',
  '<!--', '-->', '<a href="', '"', '<b><i>', '</i></b>', '<![CDATA[', '<?xml', '<svg>', '<math>', '<template>',
  '&', '&amp;', '&amp', '&#', '&#x', '&#99999999;', '&#0;', '&#xD800;', '&constructor;', '&__proto__;',
  '&toString;', '&hasOwnProperty;', '&eacute;', '&hearts;', '&#x1F600;', '&notit;', '&nbsp;',
  '事業提携契約', 'エンタープライズ', 'Ελληνικά', 'العربية', 'עברית', 'русский', 'Straße', 'İstanbul', 'ＡＰＩ',
  'x'.repeat(300), 'BAABAABAA', 'APIAPIAPI',
]; // prettier-ignore

/** Random hostile text: pieces and random characters, glued in any order. */
export const hostileText = (maxPieces = 60): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 8 })), {
      maxLength: maxPieces,
    })
    .map((pieces) => pieces.join(''));

/** A ticket of random hostile messages, plain and HTML, from the requester, agents and unknown authors. */
export const hostileTicket: fc.Arbitrary<Ticket> = fc.record({
  subject: hostileText(8),
  description: hostileText(),
  comments: fc.array(
    fc.record({
      id: fc.integer({ min: 1, max: 1_000_000 }),
      authorRole: fc.constantFrom('requester' as const, 'agent' as const, 'unknown' as const),
      public: fc.boolean(),
      body: hostileText(),
      html: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
});

/** Repeats `unit` to about `bytes` characters. */
const fill = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / unit.length));

export interface AdversarialShape {
  name: string;
  ticket(bytes: number): Ticket;
}

const plainTicket = (body: string): Ticket => ({ subject: 'BAA', description: body, comments: [] });
const htmlTicket = (body: string): Ticket => ({
  subject: 'BAA',
  description: '',
  comments: [{ id: 1, authorRole: 'requester', public: true, body, html: true }],
});
/** A thread of many small messages adding up to `bytes`. */
const threadTicket = (message: string, bytes: number): Ticket => ({
  subject: 'BAA',
  description: message,
  comments: Array.from({ length: Math.ceil(bytes / message.length) }, (_, index) => ({
    id: index + 1,
    authorRole: index % 2 === 0 ? ('requester' as const) : ('agent' as const),
    public: true,
    body: message,
    html: false,
  })),
});

/** The shapes that broke linear time once, or could: each builds a ticket of about `bytes` characters. */
export const ADVERSARIAL_SHAPES: readonly AdversarialShape[] = [
  { name: 'whitespace run then "- no"', ticket: (n) => plainTicket(`We need a BAA for the API${fill(' ', n)}- no`) },
  { name: 'bare "No, " after a product', ticket: (n) => plainTicket(`BAA for the API?${fill('No, ', n)}`) },
  { name: 'product and negation words', ticket: (n) => plainTicket(fill('not the API nor ChatGPT Enterprise BAA ', n)) },
  { name: 'one long token', ticket: (n) => plainTicket(`BAA ${fill('A', n)} API`) },
  { name: 'punctuation storm', ticket: (n) => plainTicket(`BAA API${fill('?!.,;:-—', n)}`) },
  { name: 'combining marks', ticket: (n) => plainTicket(`BAA API e${fill('\u0301', n)}`) },
  { name: 'quote markers', ticket: (n) => plainTicket(fill('> On Mon, Ana wrote: BAA API\n', n)) },
  { name: 'reply headers without "wrote:"', ticket: (n) => plainTicket(`BAA API\nOn ${fill('x', n)}`) },
  { name: 'mixed scripts', ticket: (n) => plainTicket(fill('BAA 事業提携契約 ＡＰＩ Ελληνικά العربية ', n)) },
  { name: 'unclosed tags', ticket: (n) => htmlTicket(fill('<p a="1">BAA API ', n)) },
  { name: 'lone "<"', ticket: (n) => htmlTicket(`<p>BAA API</p>${fill('<', n)}`) },
  { name: 'entity storm', ticket: (n) => htmlTicket(fill('&amp;&constructor;&#99999999;&eacute;&', n)) },
  { name: 'nested blockquotes', ticket: (n) => htmlTicket(`BAA API${fill('<blockquote>', n)}`) },
  { name: 'deep nesting', ticket: (n) => htmlTicket(`${fill('<div><span>', n)}BAA for the API`) },
  { name: 'unclosed script', ticket: (n) => htmlTicket(`<p>BAA API</p><script>${fill('x', n)}`) },
  { name: 'plain body that looks like HTML', ticket: (n) => plainTicket(`</b>${fill('<br', n)}`) },
  { name: 'many short messages', ticket: (n) => threadTicket('Is the BAA for the API? No. ', n) },
  // Each rule that looks back or ahead in a sentence, with a sentence that never ends.
  { name: 'signed BAAs listed with a wish', ticket: (n) => plainTicket(`We'd like ${fill('ChatGPT Enterprise and a signed BAA, ', n)}`) },
  { name: 'ChatGPT put to work on BAAs', ticket: (n) => plainTicket(fill('use ChatGPT to draft a BAA with them and ', n)) },
  { name: 'a page with no "I" or "we"', ticket: (n) => plainTicket(fill('The API is covered by the BAA for the organization and the endpoints, ', n)) },
  { name: 'products put off', ticket: (n) => plainTicket(fill('ChatGPT Enterprise next year, the API at the earliest, ', n)) },
]; // prettier-ignore
