/** The words the interface uses for the archive's fixed values. */
import type { RecordKind } from '../../../shared/records';

export {
  ROLE_LABELS,
  STATUS_LABELS,
  SHARING_LABELS,
  DIRECTION_LABELS,
  SHORT_DIRECTION_LABELS,
  CHANNEL_LABELS,
  LETTER_STATUS_LABELS,
  CASE_STATUS_LABELS,
  EVENT_TYPE_LABELS,
  DOCUMENT_TYPE_LABELS,
} from '../../../shared/labels';

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
