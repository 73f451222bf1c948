/**
 * The side column of the article and document editors: the persons the record is about,
 * its tags and its sharing level.
 */
import { useTranslation } from 'react-i18next';
import { SHARING_LEVELS, type Person, type SharingLevel } from '../../../shared/records';
import type { FormErrors } from '../lib/form-errors';
import { SelectField, TextField } from './Field';
import { PersonPicker } from './PersonPicker';

export function RecordSideFields(props: {
  readonly personsLabel: string;
  readonly persons: readonly Person[];
  readonly personIds: string[];
  readonly onPersonIds: (ids: string[]) => void;
  readonly tags: string;
  readonly onTags: (tags: string) => void;
  readonly sharing: SharingLevel;
  readonly onSharing: (sharing: SharingLevel) => void;
  readonly errors: FormErrors;
}) {
  const { t } = useTranslation();
  return (
    <div className="span-1 article-side">
      <PersonPicker
        label={props.personsLabel}
        persons={props.persons}
        selected={props.personIds}
        onChange={props.onPersonIds}
        error={props.errors.fields.personIds}
      />
      <TextField
        label={t('article.tags')}
        value={props.tags}
        onChange={props.onTags}
        error={props.errors.fields.tags}
        hint={t('article.tagsHint')}
      />
      <SelectField
        label={t('article.sharing')}
        value={props.sharing}
        onChange={props.onSharing}
        error={props.errors.fields.sharing}
        options={SHARING_LEVELS.map((value) => [value, t(`sharing.${value}`)] as const)}
      />
    </div>
  );
}
