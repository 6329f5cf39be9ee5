import type { TFunction } from 'i18next';
import type { SlotSeats } from '../../../../contracts/registrations.ts';

/** "3 places confirmées, 1 arrivée, 0 en attente": each number with its own plural. */
export function slotCountsText(slot: Pick<SlotSeats, 'confirmedSeats' | 'checkedInSeats' | 'waitingSeats'>, t: TFunction): string {
  return [
    t('registrations.counts.confirmed', { count: slot.confirmedSeats }),
    t('registrations.counts.checkedIn', { count: slot.checkedInSeats }),
    t('registrations.counts.waiting', { count: slot.waitingSeats }),
  ].join(', ');
}
