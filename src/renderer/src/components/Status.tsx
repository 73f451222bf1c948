/** How a page says it is loading, or why it could not. */
import { ApiError } from '../api-client';

export function Loading(props: { readonly what: string }) {
  return (
    <p className="loading" role="status">
      Loading {props.what}…
    </p>
  );
}

export function LoadError(props: { readonly error: Error; readonly onRetry?: () => void }) {
  const message =
    props.error instanceof ApiError
      ? props.error.message
      : `Something went wrong: ${props.error.message}`;
  return (
    <div className="error-box" role="alert">
      <p>{message}</p>
      {props.onRetry ? (
        <button type="button" onClick={props.onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
