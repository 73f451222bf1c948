/**
 * The words exports use for the archive's fixed values: the interface's own tables (in
 * src/shared), and the short sharing-level names of a dossier's header.
 */
export {
  CASE_STATUS_LABELS,
  CHANNEL_LABELS,
  DOCUMENT_TYPE_LABELS,
  EVENT_TYPE_LABELS,
  LETTER_STATUS_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
  SHORT_DIRECTION_LABELS as DIRECTION_LABELS,
} from '../../shared/labels';

export const LEVEL_LABELS = { private: 'Private', team: 'Team', public: 'Public' } as const;
