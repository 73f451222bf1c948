/**
 * Adding or editing a postal address. A transfer is recorded as a new address, with the
 * previous one closed on the day the new one starts.
 */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Address, Facility, FieldsOf } from '../../../shared/records';
import { call } from '../api-client';
import { useFormat } from '../i18n/use-format';
import { formatDate, parseDateInput, todayIso } from '../lib/dates';
import { useDateProblem } from '../lib/use-date-problem';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { editableFields, optionalText } from '../lib/records-edit';
import { splitLines } from '../lib/text-lists';
import { CheckboxField, SelectField, TextField } from './Field';
import { FormShell } from './FormShell';
import { useUnsavedChanges } from '../lib/use-unsaved-guard';

const FIELDS = [
  'lines',
  'linesLatin',
  'postcode',
  'country',
  'facilityId',
  'validFrom',
  'validTo',
  'notes',
] as const;

export function AddressForm(props: {
  readonly personId: string;
  readonly address?: Address;
  /** The address in use now, which a transfer closes (new addresses only). */
  readonly current?: Address;
  readonly facilities: readonly Facility[];
  /** `warning` says what part of the save did not happen. */
  readonly onSaved: (warning?: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const dateProblem = useDateProblem();
  const address = props.address;
  const [lines, setLines] = useState((address?.lines ?? []).join('\n'));
  const [linesLatin, setLinesLatin] = useState((address?.linesLatin ?? []).join('\n'));
  const [postcode, setPostcode] = useState(address?.postcode ?? '');
  const [country, setCountry] = useState(address?.country ?? 'KZ');
  const [facilityId, setFacilityId] = useState(address?.facilityId ?? '');
  const [validFrom, setValidFrom] = useState(formatDate(address?.validFrom));
  const [validTo, setValidTo] = useState(formatDate(address?.validTo));
  const [transfer, setTransfer] = useState(props.current !== undefined);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const closing = !address && props.current && transfer ? props.current : undefined;
  const guard = useUnsavedChanges(
    { lines, linesLatin, postcode, country, facilityId, validFrom, validTo },
    busy,
  );

  async function save() {
    const from = parseDateInput(validFrom);
    const to = parseDateInput(validTo);
    if (!from.ok || !to.ok) {
      setErrors({
        fields: {
          ...(from.ok ? {} : { validFrom: dateProblem(from.message) }),
          ...(to.ok ? {} : { validTo: dateProblem(to.message) }),
        },
        general: [],
      });
      return;
    }
    // A transfer starts on a known day: today unless another is given.
    const startsOn = from.iso ?? (closing ? todayIso() : undefined);
    if (closing?.validFrom && startsOn && startsOn < closing.validFrom) {
      setErrors({
        fields: {
          validFrom: t('addresses.transferTooEarly', { day: format.day(closing.validFrom) }),
        },
        general: [],
      });
      return;
    }
    const fields = {
      personId: props.personId,
      lines: splitLines(lines),
      linesLatin: splitLines(linesLatin),
      postcode: optionalText(postcode),
      country: country.trim().toUpperCase(),
      facilityId: facilityId === '' ? undefined : facilityId,
      validFrom: startsOn,
      validTo: to.iso,
    } satisfies FieldsOf<'address'>;
    setBusy(true);
    try {
      if (address) {
        await call('addresses.update', {
          id: address.id,
          fields: { ...editableFields(address), ...fields },
        });
      } else {
        await call('addresses.create', fields);
        if (closing && startsOn) {
          try {
            await call('addresses.update', {
              id: closing.id,
              fields: { ...editableFields(closing), validTo: startsOn },
            });
          } catch (error) {
            props.onSaved(
              t('addresses.notClosed', {
                message: error instanceof Error ? error.message : String(error),
              }),
            );
            return;
          }
        }
      }
      props.onSaved();
    } catch (error) {
      setErrors(formErrorsOf(error, FIELDS));
      setBusy(false);
    }
  }

  return (
    <FormShell
      onSubmit={() => void save()}
      onCancel={() => guard.confirmLeave() && props.onCancel()}
      busy={busy}
      errors={errors}
      submitLabel={address ? t('addresses.save') : t('addresses.add')}
      className="form-grid form-panel"
      label={address ? t('addresses.edit') : t('addresses.addAn')}
    >
      <TextField
        label={t('addresses.native')}
        multiline
        rows={4}
        value={lines}
        onChange={setLines}
        error={errors.fields.lines}
        hint={t('addresses.nativeHint')}
      />
      <TextField
        label={t('addresses.latin')}
        multiline
        rows={4}
        value={linesLatin}
        onChange={setLinesLatin}
        error={errors.fields.linesLatin}
        hint={t('addresses.latinHint')}
      />
      <TextField
        label={t('addresses.postcode')}
        value={postcode}
        onChange={setPostcode}
        error={errors.fields.postcode}
      />
      <TextField
        label={t('addresses.country')}
        value={country}
        onChange={setCountry}
        error={errors.fields.country}
        hint={t('addresses.countryHint')}
      />
      {props.facilities.length > 0 ? (
        <SelectField
          label={t('addresses.facility')}
          value={facilityId}
          onChange={setFacilityId}
          error={errors.fields.facilityId}
          options={[
            ['', t('addresses.noFacility')],
            ...[...props.facilities]
              .sort((a, b) => a.code.localeCompare(b.code))
              .map(
                (facility) =>
                  [
                    facility.id,
                    [facility.code, facility.name].filter(Boolean).join(' — '),
                  ] as const,
              ),
          ]}
          className="span-2"
        />
      ) : null}
      <TextField
        label={t('addresses.validFrom')}
        value={validFrom}
        onChange={setValidFrom}
        error={errors.fields.validFrom}
        hint={t('form.dateHint')}
        inputMode="numeric"
      />
      <TextField
        label={t('addresses.validTo')}
        value={validTo}
        onChange={setValidTo}
        error={errors.fields.validTo}
        hint={t('addresses.validToHint')}
        inputMode="numeric"
      />
      {!address && props.current ? (
        <CheckboxField
          className="span-2"
          checked={transfer}
          onChange={setTransfer}
          label={t('addresses.transfer', {
            previous: summaryOf(props.current) || t('addresses.noLinesShort'),
          })}
        />
      ) : null}
    </FormShell>
  );
}

function summaryOf(address: Address): string {
  const lines = address.lines.length > 0 ? address.lines : address.linesLatin;
  return lines.slice(0, 2).join(', ');
}
