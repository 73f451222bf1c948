/** A prisoner's addresses: where to write now, and where they were held before. */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Address, Facility } from '../../../shared/records';
import { addressHistory, currentAddress } from '../lib/addresses';
import { useFormat } from '../i18n/use-format';
import { useDeletion } from '../lib/use-deletion';
import { useReturnFocus } from '../lib/use-return-focus';
import { AddressForm } from './AddressForm';
import { Envelope } from './Envelope';
import { UndoBar } from './UndoBar';

type Editing = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly id: string } | null;

export function AddressesSection(props: {
  readonly personId: string;
  readonly addresses: readonly Address[];
  readonly facilities: readonly Facility[];
  readonly onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState<Editing>(null);
  const addButton = useReturnFocus<HTMLButtonElement>(editing !== null);
  const [warning, setWarning] = useState<string | null>(null);
  const current = currentAddress(props.addresses);
  const history = addressHistory(props.addresses);
  const facilityById = new Map(props.facilities.map((facility) => [facility.id, facility]));
  const deletion = useDeletion(props.onChanged, t('undo.addressFailed'));

  function shortName(address: Address): string {
    return (
      facilityLabel(address) ??
      (address.lines[0] || address.linesLatin[0] || t('addresses.noLinesShort'))
    );
  }

  function deleteButton(address: Address) {
    return (
      <button
        type="button"
        className="button-small button-danger"
        disabled={deletion.busy}
        onClick={() =>
          void deletion.remove(
            'address',
            address.id,
            t('undo.addressOf', { address: shortName(address) }),
          )
        }
        aria-label={t('undo.deleteAddress', { address: shortName(address) })}
      >
        {t('form.delete')}
      </button>
    );
  }

  function formFor(address?: Address) {
    return (
      <AddressForm
        personId={props.personId}
        address={address}
        current={address ? undefined : current}
        facilities={props.facilities}
        onCancel={() => setEditing(null)}
        onSaved={(message) => {
          setEditing(null);
          setWarning(message ?? null);
          props.onChanged();
        }}
      />
    );
  }

  function facilityLabel(address: Address): string | null {
    const facility = address.facilityId ? facilityById.get(address.facilityId) : undefined;
    return facility ? [facility.code, facility.name].filter(Boolean).join(' — ') : null;
  }

  return (
    <section className="section" aria-labelledby="addresses-title">
      <div className="section-header">
        <h2 id="addresses-title">{t('addresses.title')}</h2>
        {editing === null ? (
          <button type="button" ref={addButton} onClick={() => setEditing({ mode: 'new' })}>
            {t('addresses.add')}
          </button>
        ) : null}
      </div>
      {warning ? (
        <div className="error-box" role="alert">
          <p>{warning}</p>
        </div>
      ) : null}
      <UndoBar deletion={deletion} />
      {editing?.mode === 'new' ? formFor() : null}

      {current ? (
        editing?.mode === 'edit' && editing.id === current.id ? (
          formFor(current)
        ) : (
          <div className="current-address">
            <div className="current-address-meta">
              <strong>{t('addresses.current')}</strong>
              {current.validFrom ? (
                <span>{t('addresses.since', { day: format.day(current.validFrom) })}</span>
              ) : null}
              {facilityLabel(current) ? <span>{facilityLabel(current)}</span> : null}
              <button
                type="button"
                className="button-small"
                onClick={() => setEditing({ mode: 'edit', id: current.id })}
                aria-label={t('addresses.editCurrent')}
              >
                {t('form.edit')}
              </button>
              {deleteButton(current)}
            </div>
            <Envelope address={current} />
          </div>
        )
      ) : (
        <p className="cell-muted">{t('addresses.noCurrent')}</p>
      )}

      {history.length > 0 ? (
        <>
          <h3 className="subheading">{t('addresses.earlier')}</h3>
          <ul className="address-history">
            {history.map((address) =>
              editing?.mode === 'edit' && editing.id === address.id ? (
                <li key={address.id}>{formFor(address)}</li>
              ) : (
                <li key={address.id}>
                  <span className="history-dates">
                    {format.day(address.validFrom) || '?'} – {format.day(address.validTo) || '?'}
                  </span>
                  <span className="history-lines">
                    {facilityLabel(address) ? <strong>{facilityLabel(address)}: </strong> : null}
                    {(address.lines.length > 0 ? address.lines : address.linesLatin).join(', ')}
                  </span>
                  <button
                    type="button"
                    className="button-small"
                    onClick={() => setEditing({ mode: 'edit', id: address.id })}
                  >
                    {t('form.edit')}
                  </button>
                  {deleteButton(address)}
                </li>
              ),
            )}
          </ul>
        </>
      ) : null}
    </section>
  );
}
