/**
 * Adding or editing a facility of the registry: its code as written on envelopes, its name,
 * kind and region, its postal address, and its rules for letters. Checked by the same
 * schema as the API; unsaved changes are asked about before they are dropped.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facility, FieldsOf } from '../../../shared/records';
import { call } from '../api-client';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { editableFields, optionalText } from '../lib/records-edit';
import { navigate } from '../lib/router';
import { useUnsavedChanges } from '../lib/use-unsaved-guard';
import { TextField } from './Field';
import { FormShell } from './FormShell';
import { Modal, useModalCloseGuard } from './Modal';

const FIELDS = [
  'code',
  'name',
  'type',
  'regime',
  'region',
  'country',
  'postcode',
  'addressLines',
  'letterRules',
] as const;

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function FacilityDialog(props: {
  readonly facility?: Facility;
  readonly onClose: () => void;
  readonly onSaved?: (facility: Facility) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      title={props.facility ? t('facilityForm.editTitle') : t('facilityForm.addTitle')}
      onClose={props.onClose}
    >
      <FacilityForm
        facility={props.facility}
        onCancel={props.onClose}
        onSaved={(facility) => {
          props.onClose();
          if (props.onSaved) props.onSaved(facility);
          else navigate({ page: 'facility', id: facility.id });
        }}
      />
    </Modal>
  );
}

function FacilityForm(props: {
  readonly facility?: Facility;
  readonly onCancel: () => void;
  readonly onSaved: (facility: Facility) => void;
}) {
  const { t } = useTranslation();
  const facility = props.facility;
  const rules = facility?.letterRules;
  const [code, setCode] = useState(facility?.code ?? '');
  const [name, setName] = useState(facility?.name ?? '');
  const [type, setType] = useState(facility?.type ?? '');
  const [regime, setRegime] = useState(facility?.regime ?? '');
  const [region, setRegion] = useState(facility?.region ?? '');
  const [country, setCountry] = useState(facility?.country ?? 'KZ');
  const [postcode, setPostcode] = useState(facility?.postcode ?? '');
  const [address, setAddress] = useState((facility?.addressLines ?? []).join('\n'));
  const [language, setLanguage] = useState(rules?.language ?? '');
  const [whoMayWrite, setWhoMayWrite] = useState(rules?.whoMayWrite ?? '');
  const [eLetter, setELetter] = useState(rules?.eLetterService ?? '');
  const [ruleNotes, setRuleNotes] = useState(rules?.notes ?? '');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const guard = useUnsavedChanges(
    [
      code,
      name,
      type,
      regime,
      region,
      country,
      postcode,
      address,
      language,
      whoMayWrite,
      eLetter,
      ruleNotes,
    ],
    busy,
  );
  useModalCloseGuard(guard.confirmLeave);

  async function save() {
    const fields = {
      ...(facility ? editableFields(facility) : {}),
      code: code.trim(),
      name: optionalText(name),
      type: optionalText(type),
      regime: optionalText(regime),
      region: optionalText(region),
      country: country.trim().toUpperCase(),
      postcode: optionalText(postcode),
      addressLines: lines(address),
      letterRules: {
        language: optionalText(language),
        whoMayWrite: optionalText(whoMayWrite),
        eLetterService: optionalText(eLetter),
        notes: optionalText(ruleNotes),
      },
    } satisfies Partial<FieldsOf<'facility'>>;
    setBusy(true);
    try {
      const saved = facility
        ? await call('facilities.update', { id: facility.id, fields: { ...fields } })
        : await call('facilities.create', fields);
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
      submitLabel={facility ? t('facilityForm.save') : t('facilityForm.add')}
      className="form-grid"
      label={facility ? t('facilityForm.editTitle') : t('facilityForm.addTitle')}
    >
      <TextField
        label={t('facilityForm.code')}
        required
        value={code}
        onChange={setCode}
        error={errors.fields.code}
        hint={t('facilityForm.codeHint')}
      />
      <TextField
        label={t('facilityForm.name')}
        value={name}
        onChange={setName}
        error={errors.fields.name}
      />
      <TextField
        label={t('facilityForm.type')}
        value={type}
        onChange={setType}
        error={errors.fields.type}
        hint={t('facilityForm.typeHint')}
      />
      <TextField
        label={t('facilityForm.regime')}
        value={regime}
        onChange={setRegime}
        error={errors.fields.regime}
      />
      <TextField
        label={t('facilityForm.region')}
        value={region}
        onChange={setRegion}
        error={errors.fields.region}
      />
      <TextField
        label={t('facilityForm.country')}
        value={country}
        onChange={setCountry}
        error={errors.fields.country}
        hint={t('addresses.countryHint')}
      />
      <TextField
        label={t('facilityForm.address')}
        multiline
        rows={3}
        value={address}
        onChange={setAddress}
        error={errors.fields.addressLines}
        hint={t('facilityForm.addressHint')}
        className="span-2"
      />
      <TextField
        label={t('facilityForm.postcode')}
        value={postcode}
        onChange={setPostcode}
        error={errors.fields.postcode}
      />
      <h3 className="subheading span-2">{t('facilities.rules')}</h3>
      <TextField
        label={t('facilities.ruleLanguage')}
        value={language}
        onChange={setLanguage}
        error={errors.fields.letterRules}
      />
      <TextField
        label={t('facilities.ruleWhoMayWrite')}
        value={whoMayWrite}
        onChange={setWhoMayWrite}
      />
      <TextField label={t('facilities.ruleELetter')} value={eLetter} onChange={setELetter} />
      <TextField
        label={t('facilities.ruleNotes')}
        multiline
        rows={2}
        value={ruleNotes}
        onChange={setRuleNotes}
        className="span-2"
      />
    </FormShell>
  );
}
