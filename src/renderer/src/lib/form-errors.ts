/**
 * Turns an API error into inline form errors: each `details.fields` entry whose path names
 * a field of the form goes next to that field; the rest is said once above the form.
 */
import { ApiError } from '../api-error';

export interface FormErrors {
  /** Field name → plain sentence. */
  readonly fields: Readonly<Record<string, string>>;
  /** Problems that belong to no field on the form. */
  readonly general: readonly string[];
}

export const NO_ERRORS: FormErrors = { fields: {}, general: [] };

export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}

/**
 * `knownFields` are the form's field names. A path such as `fields.aliases.2` (from an
 * update) is matched to `aliases`.
 */
export function formErrorsOf(error: unknown, knownFields: readonly string[]): FormErrors {
  if (!(error instanceof ApiError)) {
    return {
      fields: {},
      general: [error instanceof Error ? error.message : 'Something went wrong.'],
    };
  }
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const problem of error.details?.fields ?? []) {
    const field = fieldOfPath(problem.path, knownFields);
    if (field === undefined) general.push(problem.message);
    else fields[field] ??= problem.message;
  }
  if (Object.keys(fields).length === 0 && general.length === 0) general.push(error.message);
  return { fields, general: [...new Set(general)] };
}

function fieldOfPath(path: string, knownFields: readonly string[]): string | undefined {
  const parts = path.split('.').filter(Boolean);
  if (parts[0] === 'fields') parts.shift();
  for (let length = parts.length; length > 0; length--) {
    const candidate = parts.slice(0, length).join('.');
    if (knownFields.includes(candidate)) return candidate;
  }
  return undefined;
}

/** Merges errors found before sending (such as an unreadable date) with none from the API. */
export function localErrors(fields: Record<string, string | undefined>): FormErrors {
  const present = Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return { fields: present, general: [] };
}
