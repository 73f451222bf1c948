/** Which of a prisoner's addresses is the one to write to, and the order of the rest. */
import type { Address } from '../../../shared/records';
import { todayIso } from './dates';

/** An address is still valid when it has no end date or ends after today. */
export function isOpen(address: Address, today: string = todayIso()): boolean {
  return !address.validTo || address.validTo > today;
}

/** Newest first: by start date, then by when it was entered. */
export function byNewest(a: Address, b: Address): number {
  const from = (b.validFrom ?? '').localeCompare(a.validFrom ?? '');
  return from !== 0 ? from : b.createdAt.localeCompare(a.createdAt);
}

/** The current address: of those still valid, the one that started last. */
export function currentAddress(
  addresses: readonly Address[],
  today: string = todayIso(),
): Address | undefined {
  return [...addresses].filter((address) => isOpen(address, today)).sort(byNewest)[0];
}

/** Everything but the current address, newest first: the history of transfers. */
export function addressHistory(
  addresses: readonly Address[],
  today: string = todayIso(),
): Address[] {
  const current = currentAddress(addresses, today);
  return [...addresses].filter((address) => address !== current).sort(byNewest);
}
