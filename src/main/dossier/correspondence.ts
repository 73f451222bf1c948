/** A prisoner's correspondence log as the dossier shows it: one entry per letter, and counts. */
import { LETTER_STATUSES, type Address, type Attachment, type Letter } from '../../shared/records';
import type { CorrespondenceSummary, LetterEntry } from './dossier-model';

const LATEST_SHOWN = 10;

/** The day that places a letter in time: when it went out, or when it came. */
export function letterDay(letter: Letter): string | undefined {
  const day =
    letter.direction === 'out'
      ? (letter.sentOn ?? letter.writtenOn ?? letter.receivedOn)
      : (letter.receivedOn ?? letter.sentOn ?? letter.writtenOn);
  return day ?? undefined;
}

/**
 * One letter as the dossier lists it. The address is the snapshot taken when the letter
 * went out; a letter logged without one shows the address it links to, if that is shared.
 */
export function letterEntry(
  letter: Letter,
  scans: ReadonlyMap<string, Attachment>,
  addresses: ReadonlyMap<string, Address>,
): LetterEntry {
  const linked = letter.addressId ? addresses.get(letter.addressId) : undefined;
  const address = letter.addressSnapshot ?? linked;
  return {
    id: letter.id,
    date: letterDay(letter),
    direction: letter.direction,
    writer: letter.writer,
    channel: letter.channel,
    status: letter.status,
    writtenOn: letter.writtenOn ?? undefined,
    sentOn: letter.sentOn ?? undefined,
    receivedOn: letter.receivedOn ?? undefined,
    trackingNumber: letter.trackingNumber,
    summary: letter.summary,
    addressLines: address
      ? [
          ...(address.lines.length ? address.lines : address.linesLatin),
          address.postcode ?? '',
        ].filter(Boolean)
      : [],
    scanNames: letter.scanIds.flatMap((id) => {
      const scan = scans.get(id);
      return scan ? [scan.originalName] : [];
    }),
  };
}

/** Oldest first; letters with no date at all come last, in the order they were logged. */
export function byLetterDay(a: LetterEntry, b: LetterEntry): number {
  if (a.date && b.date) return a.date.localeCompare(b.date);
  return a.date ? -1 : b.date ? 1 : 0;
}

export function summariseCorrespondence(
  lettersOldestFirst: readonly LetterEntry[],
): CorrespondenceSummary {
  const counts = new Map<Letter['status'], number>();
  for (const letter of lettersOldestFirst) {
    counts.set(letter.status, (counts.get(letter.status) ?? 0) + 1);
  }
  const dated = lettersOldestFirst.filter((letter) => letter.date);
  return {
    total: lettersOldestFirst.length,
    out: lettersOldestFirst.filter((letter) => letter.direction === 'out').length,
    in: lettersOldestFirst.filter((letter) => letter.direction === 'in').length,
    byStatus: LETTER_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    latest: dated.slice(-LATEST_SHOWN).reverse(),
  };
}
