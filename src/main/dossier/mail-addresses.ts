/**
 * Who gets an envelope and what goes on it: each person's current address shared at the
 * level (the rule of address-list.ts), written in the script the destination's post reads.
 * Kazakhstan, Russia, Belarus and Kyrgyzstan sort mail by the Cyrillic address, so their
 * envelopes carry the native lines; elsewhere the Latin lines go first when there are any.
 */
import type { SharingLevel } from '../../shared/records';
import type { Archive } from '../archive/archive';
import { sharedCurrentAddresses } from './shared-addresses';

/** The countries whose post reads Cyrillic, with their names as their post writes them. */
const CYRILLIC_POST: Readonly<Record<string, string>> = {
  KZ: 'Казахстан',
  RU: 'Россия',
  BY: 'Беларусь',
  KG: 'Кыргызстан',
};

export interface MailAddress {
  readonly personId: string;
  /** The recipient's line: the native name where the address is native, else the name. */
  readonly recipient: string;
  readonly lines: readonly string[];
  /** Whether the first line is the recipient's name (set in bold), not part of the address. */
  readonly recipientFirst: boolean;
}

export interface MailAddresses {
  readonly addresses: readonly MailAddress[];
  readonly withoutAddress: readonly { readonly id: string; readonly name: string }[];
  readonly notShared: number;
}

export async function mailAddresses(
  archive: Archive,
  personIds: readonly string[],
  level: SharingLevel,
  options: { readonly now?: Date } = {},
): Promise<MailAddresses> {
  const { found, withoutAddress, notShared } = await sharedCurrentAddresses(
    archive,
    personIds,
    level,
    {
      ...options,
      // An address with no lines at all cannot be written on an envelope.
      usable: (address) => address.lines.length > 0 || address.linesLatin.length > 0,
    },
  );
  const addresses: MailAddress[] = [];
  for (const { person, address } of found) {
    const cyrillicCountry = CYRILLIC_POST[address.country];
    const native = cyrillicCountry !== undefined || address.linesLatin.length === 0;
    const lines = native ? address.lines : address.linesLatin;
    // A native address usually ends with the prisoner's own name already (as the facility
    // wants it written); the recipient line is then not repeated.
    const recipient = native ? (person.nativeName ?? person.name) : person.name;
    const namedInLines = lines.some((line) => namesPerson(line, recipient));
    const country = cyrillicCountry ?? address.country;
    addresses.push({
      personId: person.id,
      recipient,
      recipientFirst: !namedInLines,
      lines: [
        ...(namedInLines ? [] : [recipient]),
        ...lines,
        ...(address.postcode ? [address.postcode] : []),
        ...(country ? [country] : []),
      ],
    });
  }
  return { addresses, withoutAddress, notShared };
}

/** Whether a line already names the person: every word of the name is in it, in any order. */
function namesPerson(line: string, name: string): boolean {
  const words = (text: string) =>
    text
      .toLocaleLowerCase()
      .split(/[\s,.]+/)
      .filter(Boolean);
  const inLine = new Set(words(line));
  const wanted = words(name);
  return wanted.length > 0 && wanted.every((word) => inLine.has(word));
}
