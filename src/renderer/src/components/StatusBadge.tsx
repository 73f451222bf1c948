/** A prisoner's status as a small coloured label. */
import { useTranslation } from 'react-i18next';
import type { PRISONER_STATUSES } from '../../../shared/records';

export function StatusBadge(props: { readonly status: (typeof PRISONER_STATUSES)[number] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${props.status}`}>{t(`status.${props.status}`)}</span>;
}
