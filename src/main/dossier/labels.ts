/**
 * The words exports use for the archive's fixed values. They match the interface's
 * (src/renderer/src/lib/labels.ts), which the main process does not import: the renderer
 * is bundled for the window, the domain runs in plain Node.
 */
import type {
  Case,
  Document,
  Event,
  Letter,
  Person,
  PRISONER_STATUSES,
} from '../../shared/records';

export const ROLE_LABELS: Record<Person['role'], string> = {
  prisoner: 'Prisoner',
  relative: 'Relative',
  lawyer: 'Lawyer',
  journalist: 'Journalist',
  official: 'Official',
  other: 'Other',
};

export const STATUS_LABELS: Record<(typeof PRISONER_STATUSES)[number], string> = {
  'pre-trial': 'Pre-trial detention',
  'house-arrest': 'House arrest',
  convicted: 'Convicted',
  released: 'Released',
  exiled: 'Exiled',
  deceased: 'Deceased',
  unknown: 'Unknown',
};

export const CASE_STATUS_LABELS: Record<Case['status'], string> = {
  investigation: 'Investigation',
  'pre-trial': 'Pre-trial',
  trial: 'Trial',
  convicted: 'Convicted',
  acquitted: 'Acquitted',
  appeal: 'Appeal',
  closed: 'Closed',
};

export const EVENT_TYPE_LABELS: Record<Event['type'], string> = {
  arrest: 'Arrest',
  detention: 'Detention',
  charge: 'Charge',
  hearing: 'Hearing',
  verdict: 'Verdict',
  appeal: 'Appeal',
  transfer: 'Transfer',
  'hunger-strike': 'Hunger strike',
  release: 'Release',
  assault: 'Assault',
  health: 'Health',
  visit: 'Visit',
  other: 'Other',
};

export const DOCUMENT_TYPE_LABELS: Record<Document['docType'], string> = {
  indictment: 'Indictment',
  verdict: 'Verdict',
  ruling: 'Ruling',
  appeal: 'Appeal',
  medical: 'Medical',
  'official-reply': 'Official reply',
  'letter-scan': 'Scan of a letter',
  photo: 'Photo',
  other: 'Other',
};

export const CHANNEL_LABELS: Record<Letter['channel'], string> = {
  post: 'Post',
  'registered-post': 'Registered post',
  'e-letter': 'E-letter service',
  'via-lawyer': 'Via lawyer',
  email: 'Email',
};

export const LETTER_STATUS_LABELS: Record<Letter['status'], string> = {
  draft: 'Draft',
  sent: 'Sent',
  delivered: 'Delivered',
  returned: 'Returned',
  answered: 'Answered',
  lost: 'Lost',
};

export const DIRECTION_LABELS: Record<Letter['direction'], string> = {
  out: 'Out',
  in: 'In',
};

export const LEVEL_LABELS = { private: 'Private', team: 'Team', public: 'Public' } as const;
