/**
 * Errors as they cross every transport: `{ code, message, details }`.
 *
 * The message is already a plain sentence for the person at the keyboard; the code lets
 * the UI and scripts react without parsing words. Stack traces never leave the main process.
 */
export const ERROR_CODES = [
  'validation',
  'not-found',
  'conflict',
  'archive-locked',
  'archive-damaged',
  'passphrase-required',
  'wrong-passphrase',
  'archive-too-new',
  'not-an-archive',
  'io',
  'unknown-call',
  'unauthorized',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of an input, for inline form errors. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export interface ErrorDetails {
  readonly fields?: readonly FieldProblem[];
  readonly [key: string]: unknown;
}

export interface ApiErrorShape {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: ErrorDetails;
}

/** The envelope every API call answers with, whatever the transport. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** An error that carries a code and a plain sentence; thrown by the domain, caught by dispatch. */
export class CasefileError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetails;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'CasefileError';
    this.code = code;
    this.details = details;
  }

  toShape(): ApiErrorShape {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

export function isErrorShape(value: unknown): value is ApiErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const shape = value as Record<string, unknown>;
  return (
    typeof shape.message === 'string' &&
    typeof shape.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(shape.code)
  );
}

export const LOCKED_MESSAGE = 'This archive is open in another Casefile window or program.';
