/** How a page says it is loading, or why it could not. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api-client';
import type { LoadState } from '../lib/use-load';

export function Loading(props: { readonly what: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading', { what: props.what })}
    </p>
  );
}

export function LoadError(props: { readonly error: Error; readonly onRetry?: () => void }) {
  const { t } = useTranslation();
  // The archive's own sentences are shown as they come; other failures are wrapped.
  const message =
    props.error instanceof ApiError
      ? props.error.message
      : t('app.somethingWrong', { message: props.error.message });
  return (
    <div className="error-box" role="alert">
      <p>{message}</p>
      {props.onRetry ? (
        <button type="button" onClick={props.onRetry}>
          {t('app.tryAgain')}
        </button>
      ) : null}
    </div>
  );
}

/** A part of a page shown once its data is in; till then, that it is loading or why it failed. */
export function Loaded<T>(props: {
  readonly state: LoadState<T> & { readonly reload: () => void };
  readonly what: string;
  readonly children: (data: T) => ReactNode;
}) {
  const { state } = props;
  if (state.status === 'loading') return <Loading what={props.what} />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.reload} />;
  return props.children(state.data);
}
