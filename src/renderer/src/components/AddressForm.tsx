/**
 * Adding or editing a postal address. A transfer is recorded as a new address, with the
 * previous one closed on the day the new one starts.
 */
import { useState } from 'react';
import type { Address, Facility, FieldsOf } from '../../../shared/records';
import { call } from '../api-client';
import { DATE_FORMAT_HINT, formatDate, parseDateInput, todayIso } from '../lib/dates';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { editableFields, optionalText } from '../lib/records-edit';
import { splitLines } from '../lib/text-lists';
import { CheckboxField, SelectField, TextField } from './Field';
import { FormShell } from './FormShell';

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

  async function save() {
    const from = parseDateInput(validFrom);
    const to = parseDateInput(validTo);
    if (!from.ok || !to.ok) {
      setErrors({
        fields: {
          ...(from.ok ? {} : { validFrom: from.message }),
          ...(to.ok ? {} : { validTo: to.message }),
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
          validFrom: `A transfer starts after the previous address, which is valid from ${formatDate(closing.validFrom)}.`,
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
              `The new address was saved, but the previous one could not be closed: ${
                error instanceof Error ? error.message : String(error)
              } Set its end date by editing it.`,
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
      onCancel={props.onCancel}
      busy={busy}
      errors={errors}
      submitLabel={address ? 'Save address' : 'Add address'}
      className="form-grid form-panel"
      label={address ? 'Edit address' : 'Add an address'}
    >
      <TextField
        label="Address in the native script"
        multiline
        rows={4}
        value={lines}
        onChange={setLines}
        error={errors.fields.lines}
        hint="One line per line of the envelope."
      />
      <TextField
        label="Address in Latin letters"
        multiline
        rows={4}
        value={linesLatin}
        onChange={setLinesLatin}
        error={errors.fields.linesLatin}
        hint="The same address transliterated."
      />
      <TextField
        label="Postcode"
        value={postcode}
        onChange={setPostcode}
        error={errors.fields.postcode}
      />
      <TextField
        label="Country code"
        value={country}
        onChange={setCountry}
        error={errors.fields.country}
        hint="Two letters, such as KZ."
      />
      {props.facilities.length > 0 ? (
        <SelectField
          label="Prison or detention centre"
          value={facilityId}
          onChange={setFacilityId}
          error={errors.fields.facilityId}
          options={[
            ['', 'None or not listed'],
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
        label="Valid from"
        value={validFrom}
        onChange={setValidFrom}
        error={errors.fields.validFrom}
        hint={DATE_FORMAT_HINT}
        inputMode="numeric"
      />
      <TextField
        label="Valid until"
        value={validTo}
        onChange={setValidTo}
        error={errors.fields.validTo}
        hint="Leave empty while the prisoner is held there."
        inputMode="numeric"
      />
      {!address && props.current ? (
        <CheckboxField
          className="span-2"
          checked={transfer}
          onChange={setTransfer}
          label={
            <>
              This is a transfer: close the previous address ({summaryOf(props.current)}) on the day
              this one starts.
            </>
          }
        />
      ) : null}
    </FormShell>
  );
}

function summaryOf(address: Address): string {
  const lines = address.lines.length > 0 ? address.lines : address.linesLatin;
  return lines.slice(0, 2).join(', ') || 'no lines';
}
