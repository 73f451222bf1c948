/** A prisoner's status as a small coloured label. */
import type { PRISONER_STATUSES } from '../../../shared/records';
import { STATUS_LABELS } from '../lib/labels';

export function StatusBadge(props: { readonly status: (typeof PRISONER_STATUSES)[number] }) {
  return <span className={`badge badge-${props.status}`}>{STATUS_LABELS[props.status]}</span>;
}
