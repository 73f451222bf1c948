/** Helpers for sending whole records back through `X.update` and `X.create`. */

type Meta = 'id' | 'createdAt' | 'updatedAt';

/** The editable fields of a stored record: everything but what the archive adds. */
export function editableFields<R extends { id: string; createdAt: string; updatedAt: string }>(
  record: R,
): Omit<R, Meta> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = record;
  return fields;
}

/** An optional one-line text: an empty box is sent as absent. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
