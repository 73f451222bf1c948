/** Adding or editing a person: names, aliases, birth date, role, status, tags, notes, sharing. */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { defaultGroupSharing } from '../../../shared/field-sharing';
import {
  PERSON_FIELD_GROUPS,
  PERSON_ROLES,
  PRISONER_STATUSES,
  SHARING_LEVELS,
  type FieldSharing,
  type FieldsOf,
  type Person,
  type PersonFieldGroup,
} from '../../../shared/records';
import { call } from '../api-client';
import { formatDate, parseDateInput } from '../lib/dates';
import { useDateProblem } from '../lib/use-date-problem';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { editableFields, optionalText } from '../lib/records-edit';
import { splitList } from '../lib/text-lists';
import { SelectField, TextField } from './Field';
import { FormShell } from './FormShell';
import { useUnsavedChanges } from '../lib/use-unsaved-guard';
import { useModalCloseGuard } from './Modal';

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
  'fieldSharing',
] as const;

type Role = (typeof PERSON_ROLES)[number];
type Status = (typeof PRISONER_STATUSES)[number];
type Sharing = (typeof SHARING_LEVELS)[number];

export function PersonForm(props: {
  readonly person?: Person;
  readonly onSaved: (person: Person) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dateProblem = useDateProblem();
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
  const [fieldSharing, setFieldSharing] = useState<FieldSharing>(person?.fieldSharing ?? {});
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const guard = useUnsavedChanges(
    [name, nativeName, aliases, birthDate, role, status, tags, notes, sharing, fieldSharing],
    busy,
  );
  useModalCloseGuard(guard.confirmLeave);

  async function save() {
    const date = parseDateInput(birthDate);
    if (!date.ok) {
      setErrors({ fields: { birthDate: dateProblem(date.message) }, general: [] });
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
      // Left out while every group is at its default, as in records made before groups.
      fieldSharing: Object.keys(fieldSharing).length > 0 ? fieldSharing : undefined,
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
      onCancel={() => guard.confirmLeave() && props.onCancel()}
      busy={busy}
      errors={errors}
      submitLabel={person ? t('person.saveChanges') : t('person.addPerson')}
      className="form-grid"
      label={person ? t('person.editPerson') : t('person.addAPerson')}
    >
      <TextField
        label={t('person.name')}
        required
        value={name}
        onChange={setName}
        error={errors.fields.name}
      />
      <TextField
        label={t('person.nativeName')}
        value={nativeName}
        onChange={setNativeName}
        error={errors.fields.nativeName}
        hint={t('person.nativeNameHint')}
      />
      <TextField
        label={t('person.aliases')}
        multiline
        rows={2}
        value={aliases}
        onChange={setAliases}
        error={errors.fields.aliases}
        hint={t('person.aliasesHint')}
        className="span-2"
      />
      <TextField
        label={t('person.birthDate')}
        value={birthDate}
        onChange={setBirthDate}
        error={errors.fields.birthDate}
        hint={t('form.dateHint')}
        inputMode="numeric"
      />
      <SelectField
        label={t('person.role')}
        value={role}
        onChange={setRole}
        error={errors.fields.role}
        options={PERSON_ROLES.map((value) => [value, t(`role.${value}`)] as const)}
      />
      {role === 'prisoner' ? (
        <SelectField
          label={t('person.status')}
          value={status}
          onChange={setStatus}
          error={errors.fields.status}
          options={[
            ['', t('person.statusNotKnown')],
            ...PRISONER_STATUSES.map((value) => [value, t(`status.${value}`)] as const),
          ]}
        />
      ) : null}
      <SelectField
        label={t('person.sharing')}
        value={sharing}
        onChange={setSharing}
        error={errors.fields.sharing}
        options={SHARING_LEVELS.map((value) => [value, t(`sharing.${value}`)] as const)}
      />
      <TextField
        label={t('person.tags')}
        value={tags}
        onChange={setTags}
        error={errors.fields.tags}
        hint={t('person.tagsHint')}
        className="span-2"
      />
      <TextField
        label={t('person.notes')}
        multiline
        rows={3}
        value={notes}
        onChange={setNotes}
        error={errors.fields.notes}
        className="span-2"
      />
      <fieldset className="span-2 group-sharing">
        <legend>{t('profile.groupSharing')}</legend>
        <p className="field-hint">{t('profile.groupSharingHint')}</p>
        {PERSON_FIELD_GROUPS.map((group) => (
          <SelectField
            key={group}
            label={t(`profile.groups.${group}`)}
            value={fieldSharing[group] ?? ''}
            onChange={(value: Sharing | '') =>
              setFieldSharing(withGroup(fieldSharing, group, value))
            }
            options={[
              [
                '',
                t('profile.groupDefault', {
                  level: t(`profile.levels.${defaultGroupSharing({ sharing }, group)}`),
                }),
              ],
              ...SHARING_LEVELS.map((value) => [value, t(`profile.levels.${value}`)] as const),
            ]}
          />
        ))}
      </fieldset>
    </FormShell>
  );
}

/** The group levels with one changed; the empty choice takes the group's own level away. */
function withGroup(
  levels: FieldSharing,
  group: PersonFieldGroup,
  value: Sharing | '',
): FieldSharing {
  const { [group]: _previous, ...rest } = levels;
  return value === '' ? rest : { ...rest, [group]: value };
}
