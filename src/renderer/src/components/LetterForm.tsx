/**
 * One entry of the correspondence log. A new letter out defaults to today, by post, sent,
 * to the current address, whose lines are copied into the letter so that a later transfer
 * does not rewrite where it went.
 */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import {
  LETTER_CHANNELS,
  LETTER_DIRECTIONS,
  LETTER_STATUSES,
  type Address,
  type FieldsOf,
  type Letter,
} from '../../../shared/records';
import { call } from '../api-client';
import { formatDate, parseDateInput, todayIso } from '../lib/dates';
import { useDateProblem } from '../lib/use-date-problem';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { editableFields, optionalText } from '../lib/records-edit';
import { SelectField, TextField } from './Field';
import { FormShell } from './FormShell';
import { useFormat } from '../i18n/use-format';
import { useUnsavedChanges } from '../lib/use-unsaved-guard';

const FIELDS = [
  'direction',
  'sentOn',
  'receivedOn',
  'writtenOn',
  'channel',
  'status',
  'writer',
  'trackingNumber',
  'summary',
  'addressId',
  'inReplyTo',
] as const;

type Direction = (typeof LETTER_DIRECTIONS)[number];
type Channel = (typeof LETTER_CHANNELS)[number];
type Status = (typeof LETTER_STATUSES)[number];

/** The date a letter is listed by: sent for letters out, received for letters in. */
export function dateFieldOf(direction: Direction): 'sentOn' | 'receivedOn' {
  return direction === 'out' ? 'sentOn' : 'receivedOn';
}

export function letterDate(letter: Letter): string | undefined {
  return letter[dateFieldOf(letter.direction)] ?? letter.writtenOn ?? undefined;
}

export function LetterForm(props: {
  readonly personId: string;
  readonly letter?: Letter;
  /** Where a new letter out goes. */
  readonly current?: Address;
  /** The person's other letters, any of which this one may answer. */
  readonly others?: readonly Letter[];
  readonly onSaved: (letter: Letter) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dateProblem = useDateProblem();
  const letter = props.letter;
  const [direction, setDirection] = useState<Direction>(letter?.direction ?? 'out');
  const [date, setDate] = useState(
    letter ? formatDate(letterDate(letter)) : formatDate(todayIso()),
  );
  const [channel, setChannel] = useState<Channel>(letter?.channel ?? 'post');
  const [status, setStatus] = useState<Status>(letter?.status ?? 'sent');
  const [writer, setWriter] = useState(letter?.writer ?? '');
  const [trackingNumber, setTrackingNumber] = useState(letter?.trackingNumber ?? '');
  const [summary, setSummary] = useState(letter?.summary ?? '');
  const [inReplyTo, setInReplyTo] = useState(letter?.inReplyTo ?? '');
  const format = useFormat();
  // A letter answers one that went the other way; the newest are the likeliest.
  const answerable = (props.others ?? [])
    .filter((other) => other.id !== letter?.id && other.direction !== direction)
    .sort((a, b) => (letterDate(b) ?? '').localeCompare(letterDate(a) ?? ''));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const dateField = dateFieldOf(direction);
  const guard = useUnsavedChanges(
    { direction, date, channel, status, writer, trackingNumber, summary, inReplyTo },
    busy,
  );
  const snapshotFrom = !letter && direction === 'out' ? props.current : undefined;

  function changeDirection(next: Direction) {
    setDirection(next);
    // A new letter keeps a status that fits its direction until one is chosen.
    if (!letter && next === 'in' && status === 'sent') setStatus('delivered');
    if (!letter && next === 'out' && status === 'delivered') setStatus('sent');
  }

  async function save() {
    const parsed = parseDateInput(date);
    if (!parsed.ok) {
      setErrors({ fields: { [dateField]: dateProblem(parsed.message) }, general: [] });
      return;
    }
    const own = {
      personId: props.personId,
      direction,
      channel,
      status,
      writer: optionalText(writer),
      trackingNumber: optionalText(trackingNumber),
      summary: summary.trim(),
      inReplyTo: answerable.some((other) => other.id === inReplyTo) ? inReplyTo : undefined,
      sentOn:
        direction === 'out' ? parsed.iso : letter?.direction === 'out' ? undefined : letter?.sentOn,
      receivedOn:
        direction === 'in'
          ? parsed.iso
          : letter?.direction === 'in'
            ? undefined
            : letter?.receivedOn,
    } satisfies FieldsOf<'letter'>;
    setBusy(true);
    try {
      const saved = letter
        ? await call('letters.update', {
            id: letter.id,
            fields: { ...editableFields(letter), ...own },
          })
        : await call('letters.create', {
            ...own,
            ...(snapshotFrom
              ? {
                  addressId: snapshotFrom.id,
                  addressSnapshot: {
                    lines: snapshotFrom.lines,
                    linesLatin: snapshotFrom.linesLatin,
                    postcode: snapshotFrom.postcode,
                    country: snapshotFrom.country,
                  },
                }
              : {}),
          });
      props.onSaved(saved);
    } catch (error) {
      setErrors(formErrorsOf(error, FIELDS));
      setBusy(false);
    }
  }

  const sentTo = letter?.addressSnapshot ?? snapshotFrom;
  return (
    <FormShell
      onSubmit={() => void save()}
      onCancel={() => guard.confirmLeave() && props.onCancel()}
      busy={busy}
      errors={errors}
      submitLabel={letter ? t('letters.save') : t('letters.addToLog')}
      className="form-grid form-grid-4 form-panel"
      label={letter ? t('letters.edit') : t('letters.new')}
    >
      <SelectField
        label={t('letters.direction')}
        value={direction}
        onChange={changeDirection}
        error={errors.fields.direction}
        options={LETTER_DIRECTIONS.map((value) => [value, t(`direction.${value}`)] as const)}
      />
      <TextField
        label={direction === 'out' ? t('letters.sentOn') : t('letters.receivedOn')}
        value={date}
        onChange={setDate}
        error={errors.fields[dateField]}
        hint={t('form.dateHint')}
        inputMode="numeric"
      />
      <SelectField
        label={t('letters.channel')}
        value={channel}
        onChange={setChannel}
        error={errors.fields.channel}
        options={LETTER_CHANNELS.map((value) => [value, t(`channel.${value}`)] as const)}
      />
      <SelectField
        label={t('letters.status')}
        value={status}
        onChange={setStatus}
        error={errors.fields.status}
        options={LETTER_STATUSES.map((value) => [value, t(`letterStatus.${value}`)] as const)}
      />
      <TextField
        label={direction === 'out' ? t('letters.writtenBy') : t('letters.writtenByIn')}
        value={writer}
        onChange={setWriter}
        error={errors.fields.writer}
        className="span-2"
      />
      <TextField
        label={t('letters.tracking')}
        value={trackingNumber}
        onChange={setTrackingNumber}
        error={errors.fields.trackingNumber}
        className="span-2"
      />
      {answerable.length > 0 ? (
        <SelectField
          label={t('letters.inReplyTo')}
          value={answerable.some((other) => other.id === inReplyTo) ? inReplyTo : ''}
          onChange={setInReplyTo}
          error={errors.fields.inReplyTo}
          className="span-4"
          options={[
            ['', t('letters.answersNone')] as const,
            ...answerable.map(
              (other) =>
                [
                  other.id,
                  t('letters.answersOne', {
                    direction: t(`shortDirection.${other.direction}`),
                    day: format.day(letterDate(other)) || t('letters.unknownDate'),
                    summary: other.summary.slice(0, 60),
                  }),
                ] as const,
            ),
          ]}
        />
      ) : null}
      <TextField
        label={t('letters.summary')}
        multiline
        rows={3}
        value={summary}
        onChange={setSummary}
        error={errors.fields.summary}
        hint={t('letters.summaryHint')}
        className="span-4"
      />
      {direction === 'out' ? (
        <p className="span-4 form-note">
          {sentTo && (sentTo.lines.length > 0 || sentTo.linesLatin.length > 0)
            ? t('letters.sentTo', {
                address: (sentTo.lines.length > 0 ? sentTo.lines : sentTo.linesLatin).join(', '),
              })
            : letter
              ? t('letters.noneKept')
              : t('letters.noneToKeep')}
        </p>
      ) : null}
    </FormShell>
  );
}
