/** The "Add a prisoner" dialog; a saved prisoner's page opens at once. */
import { useTranslation } from 'react-i18next';
import { navigate } from '../lib/router';
import { Modal } from './Modal';
import { PersonForm } from './PersonForm';

export function AddPrisonerDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('prisoners.addTitle')} onClose={props.onClose}>
      <PersonForm
        onCancel={props.onClose}
        onSaved={(person) => {
          props.onClose();
          navigate({ page: 'person', id: person.id });
        }}
      />
    </Modal>
  );
}
