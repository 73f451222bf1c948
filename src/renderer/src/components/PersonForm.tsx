/** Adding or editing a person: names, aliases, birth date, role, status, tags, notes, sharing. */
import { useState } from 'react';
import {
  PERSON_ROLES,
  PRISONER_STATUSES,
  SHARING_LEVELS,
  type FieldsOf,
  type Person,
} from '../../../shared/records';
import { call } from '../api-client';
import { formatDate, parseDateInput, DATE_FORMAT_HINT } from '../lib/dates';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { ROLE_LABELS, SHARING_LABELS, STATUS_LABELS } from '../lib/labels';
import { editableFields, optionalText } from '../lib/records-edit';
import { splitList } from '../lib/text-lists';
import { SelectField, TextField } from './Field';
import { FormShell } from './FormShell';

const FIELDS = [
  'name',
  'nativeName',
  'aliases',
  'birthDate',
  'role',
  'status',
  'tags',
  'notes',
  'sharing',
] as const;

type Role = (typeof PERSON_ROLES)[number];
type Status = (typeof PRISONER_STATUSES)[number];
type Sharing = (typeof SHARING_LEVELS)[number];

export function PersonForm(props: {
  readonly person?: Person;
  readonly onSaved: (person: Person) => void;
  readonly onCancel: () => void;
}) {
  const person = props.person;
  const [name, setName] = useState(person?.name ?? '');
  const [nativeName, setNativeName] = useState(person?.nativeName ?? '');
  const [aliases, setAliases] = useState((person?.aliases ?? []).join('\n'));
  const [birthDate, setBirthDate] = useState(formatDate(person?.birthDate));
  const [role, setRole] = useState<Role>(person?.role ?? 'prisoner');
  const [status, setStatus] = useState<Status | ''>(person?.status ?? '');
  const [tags, setTags] = useState((person?.tags ?? []).join(', '));
  const [notes, setNotes] = useState(person?.notes ?? '');
  const [sharing, setSharing] = useState<Sharing>(person?.sharing ?? 'team');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function save() {
    const date = parseDateInput(birthDate);
    if (!date.ok) {
      setErrors({ fields: { birthDate: date.message }, general: [] });
      return;
    }
    const fields = {
      name: name.trim(),
      nativeName: optionalText(nativeName),
      aliases: splitList(aliases),
      birthDate: date.iso,
      role,
      status: role === 'prisoner' && status !== '' ? status : undefined,
      tags: splitList(tags),
      notes,
      sharing,
    } satisfies FieldsOf<'person'>;
    setBusy(true);
    try {
      const saved = person
        ? await call('persons.update', {
            id: person.id,
            fields: { ...editableFields(person), ...fields },
          })
        : await call('persons.create', fields);
      props.onSaved(saved);
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
      submitLabel={person ? 'Save changes' : 'Add person'}
      className="form-grid"
      label={person ? 'Edit person' : 'Add a person'}
    >
      <TextField
        label="Name in Latin letters"
        required
        value={name}
        onChange={setName}
        error={errors.fields.name}
      />
      <TextField
        label="Native name"
        value={nativeName}
        onChange={setNativeName}
        error={errors.fields.nativeName}
        hint="As written at home, in Cyrillic if it is."
      />
      <TextField
        label="Other spellings"
        multiline
        rows={2}
        value={aliases}
        onChange={setAliases}
        error={errors.fields.aliases}
        hint="Separate them with commas or put one on each line."
        className="span-2"
      />
      <TextField
        label="Birth date"
        value={birthDate}
        onChange={setBirthDate}
        error={errors.fields.birthDate}
        hint={DATE_FORMAT_HINT}
        inputMode="numeric"
      />
      <SelectField
        label="Role"
        value={role}
        onChange={setRole}
        error={errors.fields.role}
        options={PERSON_ROLES.map((value) => [value, ROLE_LABELS[value]] as const)}
      />
      {role === 'prisoner' ? (
        <SelectField
          label="Status"
          value={status}
          onChange={setStatus}
          error={errors.fields.status}
          options={[
            ['', 'Not known yet'],
            ...PRISONER_STATUSES.map((value) => [value, STATUS_LABELS[value]] as const),
          ]}
        />
      ) : null}
      <SelectField
        label="Sharing"
        value={sharing}
        onChange={setSharing}
        error={errors.fields.sharing}
        options={SHARING_LEVELS.map((value) => [value, SHARING_LABELS[value]] as const)}
      />
      <TextField
        label="Tags"
        value={tags}
        onChange={setTags}
        error={errors.fields.tags}
        hint="Separated by commas."
        className="span-2"
      />
      <TextField
        label="Notes"
        multiline
        rows={3}
        value={notes}
        onChange={setNotes}
        error={errors.fields.notes}
        className="span-2"
      />
    </FormShell>
  );
}
