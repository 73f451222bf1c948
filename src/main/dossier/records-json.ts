/**
 * records.json of the ZIP bundle: the shared records themselves, whole (article bodies and
 * document texts included), for a partner's own tools. Links to left-out records are
 * already cut (see shared-links.ts); other persons appear by name and role only.
 */
import type { DossierMeta, DossierModel } from './dossier-model';

export const RECORDS_FORMAT = 'casefile-dossier-records';

export function recordsJson(model: DossierModel, meta: DossierMeta): string {
  return `${JSON.stringify(
    {
      format: RECORDS_FORMAT,
      version: 1,
      archive: meta.archiveName,
      exportedAt: meta.exportedAt.toISOString(),
      level: model.level,
      personId: model.person.id,
      ...model.records,
    },
    null,
    2,
  )}\n`;
}
