/**
 * Facility codes in text ("ЕЦ-166/5", "УГ-157/11", "EC 166/5", "YeTs-166/5"), matched to
 * the archive's facilities through the same normalisation as search, so that any script
 * or spelling of a code finds the one facility.
 */
import { normalise } from '../../search/normalise';

export interface FoundCode {
  readonly code: string;
  readonly index: number;
  /** The archive's facility with this code, when there is one. */
  readonly facilityId?: string;
}

/**
 * Two to four letters starting with a capital, at least two of them capitals ("ЕЦ", or
 * "YeTs" in a transliteration), then the institution's number, a slash and the unit's.
 */
const CODE =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{Ll}]{1,3})[\s\-–]?(\d{1,4}) ?\/ ?(\d{1,3})(?!\p{N})/gu;

export function findFacilityCodes(
  text: string,
  facilities: ReadonlyMap<string, string>,
): FoundCode[] {
  const found: FoundCode[] = [];
  CODE.lastIndex = 0;
  for (let m = CODE.exec(text); m; m = CODE.exec(text)) {
    if ((m[1].match(/\p{Lu}/gu)?.length ?? 0) < 2) continue;
    const code = m[0];
    found.push({ code, index: m.index, facilityId: facilities.get(normalise(code)) });
  }
  return found;
}

/** Normalised code → facility id, for `findFacilityCodes`. */
export function facilityCodeMap(
  facilities: Iterable<{ id: string; code: string }>,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const facility of facilities) map.set(normalise(facility.code), facility.id);
  return map;
}
