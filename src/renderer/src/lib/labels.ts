/** The words the interface uses for the archive's fixed values. */
import type { RecordKind } from '../../../shared/records';

export const ROLE_LABELS = {
  prisoner: 'Prisoner',
  relative: 'Relative',
  lawyer: 'Lawyer',
  journalist: 'Journalist',
  official: 'Official',
  other: 'Other',
} as const;

export const STATUS_LABELS = {
  'pre-trial': 'Pre-trial detention',
  'house-arrest': 'House arrest',
  convicted: 'Convicted',
  released: 'Released',
  exiled: 'Exiled',
  deceased: 'Deceased',
  unknown: 'Unknown',
} as const;

export const SHARING_LABELS = {
  private: 'Private — only on this computer',
  team: 'Team — shared with the campaign',
  public: 'Public — may be published',
} as const;

export const DIRECTION_LABELS = {
  out: 'Out — to the prisoner',
  in: 'In — from the prisoner',
} as const;

export const SHORT_DIRECTION_LABELS = { out: 'Out', in: 'In' } as const;

export const CHANNEL_LABELS = {
  post: 'Post',
  'registered-post': 'Registered post',
  'e-letter': 'E-letter service',
  'via-lawyer': 'Via lawyer',
  email: 'Email',
} as const;

export const LETTER_STATUS_LABELS = {
  draft: 'Draft',
  sent: 'Sent',
  delivered: 'Delivered',
  returned: 'Returned',
  answered: 'Answered',
  lost: 'Lost',
} as const;

export const CASE_STATUS_LABELS = {
  investigation: 'Investigation',
  'pre-trial': 'Pre-trial',
  trial: 'Trial',
  convicted: 'Convicted',
  acquitted: 'Acquitted',
  appeal: 'Appeal',
  closed: 'Closed',
} as const;

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
} as const;

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
} as const;

/** A group of search results: the plural. */
export const KIND_GROUP_LABELS: Record<RecordKind, string> = {
  person: 'People',
  facility: 'Facilities',
  address: 'Addresses',
  case: 'Cases',
  event: 'Events',
  letter: 'Letters',
  article: 'Articles',
  document: 'Documents',
  attachment: 'Files',
};

/** One record of a kind: the singular. */
export const KIND_LABELS: Record<RecordKind, string> = {
  person: 'Person',
  facility: 'Facility',
  address: 'Address',
  case: 'Case',
  event: 'Event',
  letter: 'Letter',
  article: 'Article',
  document: 'Document',
  attachment: 'File',
};

const COUNTRY_NAMES: Record<string, { latin: string; native: string }> = {
  KZ: { latin: 'Kazakhstan', native: 'Казахстан' },
  RU: { latin: 'Russia', native: 'Россия' },
  BY: { latin: 'Belarus', native: 'Беларусь' },
  KG: { latin: 'Kyrgyzstan', native: 'Кыргызстан' },
  UZ: { latin: 'Uzbekistan', native: 'Ўзбекистон' },
  TJ: { latin: 'Tajikistan', native: 'Тоҷикистон' },
  TM: { latin: 'Turkmenistan', native: 'Türkmenistan' },
  AZ: { latin: 'Azerbaijan', native: 'Azərbaycan' },
  UA: { latin: 'Ukraine', native: 'Україна' },
};

/** A country's name for an envelope; unknown codes are shown as the code. */
export function countryName(code: string | undefined, script: 'latin' | 'native'): string {
  if (!code) return '';
  return COUNTRY_NAMES[code]?.[script] ?? code;
}
