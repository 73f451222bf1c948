/**
 * The English words for the archive's fixed values (statuses, roles, channels…): one table
 * each, used by the window (and as its English dictionary) and by the exports.
 */
import type {
  Case,
  Document,
  Event,
  Letter,
  Person,
  PRISONER_STATUSES,
  SharingLevel,
} from './records';

export const ROLE_LABELS = {
  prisoner: 'Prisoner',
  relative: 'Relative',
  lawyer: 'Lawyer',
  journalist: 'Journalist',
  official: 'Official',
  other: 'Other',
} as const satisfies Record<Person['role'], string>;

export const STATUS_LABELS = {
  'pre-trial': 'Pre-trial detention',
  'house-arrest': 'House arrest',
  convicted: 'Convicted',
  released: 'Released',
  exiled: 'Exiled',
  deceased: 'Deceased',
  unknown: 'Unknown',
} as const satisfies Record<(typeof PRISONER_STATUSES)[number], string>;

export const SHARING_LABELS = {
  private: 'Private — only on this computer',
  team: 'Team — shared with the campaign',
  public: 'Public — may be published',
} as const satisfies Record<SharingLevel, string>;

export const DIRECTION_LABELS = {
  out: 'Out — to the prisoner',
  in: 'In — from the prisoner',
} as const satisfies Record<Letter['direction'], string>;

export const SHORT_DIRECTION_LABELS = { out: 'Out', in: 'In' } as const satisfies Record<
  Letter['direction'],
  string
>;

export const CHANNEL_LABELS = {
  post: 'Post',
  'registered-post': 'Registered post',
  'e-letter': 'E-letter service',
  'via-lawyer': 'Via lawyer',
  email: 'Email',
} as const satisfies Record<Letter['channel'], string>;

export const LETTER_STATUS_LABELS = {
  draft: 'Draft',
  sent: 'Sent',
  delivered: 'Delivered',
  returned: 'Returned',
  answered: 'Answered',
  lost: 'Lost',
} as const satisfies Record<Letter['status'], string>;

export const CASE_STATUS_LABELS = {
  investigation: 'Investigation',
  'pre-trial': 'Pre-trial',
  trial: 'Trial',
  convicted: 'Convicted',
  acquitted: 'Acquitted',
  appeal: 'Appeal',
  closed: 'Closed',
} as const satisfies Record<Case['status'], string>;

export const EVENT_TYPE_LABELS = {
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
} as const satisfies Record<Event['type'], string>;

export const DOCUMENT_TYPE_LABELS = {
  indictment: 'Indictment',
  verdict: 'Verdict',
  ruling: 'Ruling',
  appeal: 'Appeal',
  medical: 'Medical',
  'official-reply': 'Official reply',
  'letter-scan': 'Scan of a letter',
  photo: 'Photo',
  other: 'Other',
} as const satisfies Record<Document['docType'], string>;
