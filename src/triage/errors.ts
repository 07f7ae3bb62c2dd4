/** The input as a whole cannot be read: one message on standard error and exit status 2. */
export class TriageInputError extends Error {
  override name = 'TriageInputError';
}
