/**
 * Hostile input: detection over a 1 MB ticket of each adversarial shape (test/support/adversarial.ts:
 * whitespace runs, negation storms, long tokens, unclosed tags, entity storms, deep nesting, ...), in ms
 * per MB, best of a few runs, and the slowest shape. Linear code stays in the tens of ms per MB; one
 * quadratic regex took minutes on the first shape.
 */
import { detect } from '../../src/detect/detect';
import type { Ticket } from '../../src/ticket/ticket';
import { ADVERSARIAL_SHAPES } from '../../test/support/adversarial';

const SIZE = 1_000_000;
const RUNS = 3;

/** Characters of text in the ticket, in MB (1 MB = 1,000,000). */
const megabytes = (ticket: Ticket): number =>
  (ticket.subject.length +
    ticket.description.length +
    ticket.comments.reduce((n, c) => n + c.body.length, 0)) /
  1e6;

function bestMs(ticket: Ticket): number {
  let best = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    detect(ticket);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export default async function adversarialBench(): Promise<void> {
  const results = ADVERSARIAL_SHAPES.map((shape) => {
    const ticket = shape.ticket(SIZE);
    const ms = bestMs(ticket);
    return { name: shape.name, mb: megabytes(ticket), ms, msPerMb: ms / megabytes(ticket) };
  });
  console.log(`${`shape (detect, best of ${RUNS})`.padEnd(40)}${'size'.padStart(10)}${'ms/MB'.padStart(10)}`);
  for (const result of results) {
    console.log(
      `${result.name.padEnd(40)}${`${result.mb.toFixed(2)} MB`.padStart(10)}${result.msPerMb.toFixed(1).padStart(10)}`,
    );
  }
  const slowest = results.reduce((a, b) => (b.msPerMb > a.msPerMb ? b : a));
  console.log(`slowest shape: "${slowest.name}", ${slowest.msPerMb.toFixed(1)} ms per MB`);
  await Promise.resolve();
}
