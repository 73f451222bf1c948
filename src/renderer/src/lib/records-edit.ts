/** Helpers for sending whole records back through `X.update` and `X.create`. */

export { editableFields } from '../../../shared/records';

/** An optional one-line text: an empty box is sent as absent. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
