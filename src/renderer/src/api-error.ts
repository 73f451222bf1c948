/**
 * The error the API client throws: the archive's code and its plain sentence. Kept apart
 * from the transport, so that code which only reads errors (form-errors) needs no window.
 */
import type { ApiErrorShape } from '../../shared/errors';

export class ApiError extends Error {
  readonly code: ApiErrorShape['code'];
  readonly details: ApiErrorShape['details'];

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.code = shape.code;
    this.details = shape.details;
  }
}
