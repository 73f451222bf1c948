/**
 * One entry point for every transport: validate the input against the table, run the
 * handler, and wrap the outcome in an envelope. Unknown failures become a plain
 * `internal` error; their details stay in the main process's log.
 */
import {
  apiTable,
  isApiName,
  type ApiName,
  type ApiOutput,
  type ApiParsedInput,
} from '../../shared/api';
import { CasefileError, type Envelope } from '../../shared/errors';
import { parseOrThrow } from '../../shared/validation';
import type { ArchiveSession } from './archive-session';
import type { ExternalCopies } from '../desktop/external-copies';

export interface ApiContext {
  readonly session: ArchiveSession;
  /** What only the desktop app can do: hand a file to another program. */
  readonly desktop?: { readonly copies: ExternalCopies };
}

/** One handler per entry of the table: a missing one is a type error. */
export type Handlers = {
  [N in ApiName]: (input: ApiParsedInput<N>, context: ApiContext) => Promise<ApiOutput<N>>;
};

export type Dispatch = (name: string, rawInput: unknown) => Promise<Envelope<unknown>>;

export function createDispatch(
  handlers: Handlers,
  context: ApiContext,
  log: (error: unknown) => void = (error) => console.error(error),
): Dispatch {
  return async (name, rawInput) => {
    try {
      if (!isApiName(name)) {
        throw new CasefileError(
          'unknown-call',
          `Casefile has no call named ${JSON.stringify(name)}.`,
        );
      }
      const input = parseOrThrow(apiTable[name].input, rawInput ?? {}, 'The request');
      const handler = handlers[name] as (input: unknown, context: ApiContext) => Promise<unknown>;
      return { ok: true, value: await handler(input, context) };
    } catch (error) {
      if (error instanceof CasefileError) return { ok: false, error: error.toShape() };
      log(error);
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Something went wrong inside Casefile. The details are in its log.',
        },
      };
    }
  };
}

/** Calls one entry with typed input and output, throwing on failure: for the CLI and tests. */
export async function callOrThrow<N extends ApiName>(
  dispatch: Dispatch,
  name: N,
  input: unknown,
): Promise<ApiOutput<N>> {
  const envelope = await dispatch(name, input);
  if (!envelope.ok)
    throw new CasefileError(envelope.error.code, envelope.error.message, envelope.error.details);
  return envelope.value as ApiOutput<N>;
}
