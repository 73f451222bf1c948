/**
 * The one way the UI talks to the archive: `window.casefile` inside Electron, HTTP to
 * `casefile serve` in a browser. Both carry the same envelopes; this client unwraps them,
 * throwing an ApiError (code + plain message) on failure.
 */
import type { ApiInput, ApiName, ApiOutput, CasefileBridge } from '../../shared/api';
import { isErrorShape, type ApiErrorShape, type Envelope } from '../../shared/errors';
import { ApiError } from './api-error';
import { i18n } from './i18n';
import { localServerMessage } from './i18n/server-messages';

export { ApiError };

/** Told on `window` when a call finds the encrypted archive locked (see EncryptionGate). */
export const ARCHIVE_LOCKED_EVENT = 'casefile:archive-locked';

declare global {
  interface Window {
    casefile?: CasefileBridge;
  }
}

async function overHttp(name: ApiName, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'io',
        message: 'Casefile is not answering. Is `casefile serve` still running?',
      },
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object' && 'ok' in body) return body as Envelope<unknown>;
  if (response.status === 401) {
    return {
      ok: false,
      error: {
        code: 'unauthorized',
        message:
          'This page has lost its access to Casefile. Open the address that casefile serve printed again.',
      },
    };
  }
  return {
    ok: false,
    error: {
      code: 'internal',
      message: `Casefile answered with an unexpected reply (HTTP ${response.status}).`,
    },
  };
}

export async function call<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const bridge = window.casefile;
  const envelope = (
    bridge
      ? await (bridge[name] as (input: ApiInput<N>) => Promise<Envelope<ApiOutput<N>>>)(input)
      : await overHttp(name, input)
  ) as Envelope<ApiOutput<N>>;
  if (envelope.ok) return envelope.value;
  if (envelope.error?.code === 'passphrase-required') {
    window.dispatchEvent(new Event(ARCHIVE_LOCKED_EVENT));
  }
  throw new ApiError(
    inWindowLanguage(
      isErrorShape(envelope.error)
        ? envelope.error
        : { code: 'internal', message: 'Something went wrong in Casefile.' },
    ),
  );
}

/** Main's sentences, said in the window's language where they are known (server-messages.ts). */
function inWindowLanguage(error: ApiErrorShape): ApiErrorShape {
  const local = (message: string) => localServerMessage(message, i18n.language);
  const fields = error.details?.fields;
  return {
    ...error,
    message: local(error.message),
    ...(error.details
      ? {
          details: {
            ...error.details,
            ...(fields
              ? { fields: fields.map((field) => ({ ...field, message: local(field.message) })) }
              : {}),
          },
        }
      : {}),
  };
}
