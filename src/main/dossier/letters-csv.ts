/** letters.csv of the ZIP bundle: every shared letter of the correspondence log, oldest first. */
import type { DossierModel } from './dossier-model';
import { toCsv } from './csv';
import { CHANNEL_LABELS, DIRECTION_LABELS, LETTER_STATUS_LABELS } from './labels';

const HEADER = [
  'Date',
  'Direction',
  'Channel',
  'Status',
  'Writer',
  'Written on',
  'Sent on',
  'Received on',
  'Tracking number',
  'Summary',
  'Address used',
  'Scans',
  'Letter id',
];

export function lettersCsv(model: DossierModel): string {
  return toCsv(
    HEADER,
    model.letters.map((letter) => [
      letter.date ?? '',
      DIRECTION_LABELS[letter.direction],
      CHANNEL_LABELS[letter.channel],
      LETTER_STATUS_LABELS[letter.status],
      letter.writer ?? '',
      letter.writtenOn ?? '',
      letter.sentOn ?? '',
      letter.receivedOn ?? '',
      letter.trackingNumber ?? '',
      letter.summary,
      letter.addressLines.join('\n'),
      letter.scanNames.join('\n'),
      letter.id,
    ]),
  );
}
