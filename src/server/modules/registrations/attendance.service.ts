import type { EventAttendance } from '../../../contracts/registrations.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/actor.ts';
import { territoryFromPostcode } from '../territory/geography.ts';
import { qpvPlaceCodes, type RegistrationRow, registrationsOfEvent, slotsOfEvent } from './registrations.queries.ts';
import { readableEvent, seatsBySlot } from './staff.service.ts';

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/**
 * Distant publics (see slotAttendanceSchema): a confirmed registration counts as distant when it
 * came through a relay partner's code, or when its postcode designates a commune or a Paris
 * arrondissement holding a QPV (from the QPV file imported in the territory area).
 */
function isDistant(row: RegistrationRow, qpvPlaces: Set<string>): boolean {
  if (row.relayOrganisationId) return true;
  const place = territoryFromPostcode(row.postcode);
  return place !== undefined && qpvPlaces.has(place.code);
}

export async function eventAttendance(db: Db, actor: Actor, eventId: string, now: Date = new Date()): Promise<EventAttendance> {
  await readableEvent(db, actor, eventId);
  const [slots, rows, qpvPlaces] = await Promise.all([slotsOfEvent(db, eventId), registrationsOfEvent(db, eventId), qpvPlaceCodes(db)]);
  const { seats } = seatsBySlot(rows);
  const perSlot = slots.map((slot) => {
    const counts = seats.get(slot.id) ?? { confirmedSeats: 0, waitingSeats: 0, checkedInSeats: 0 };
    const confirmed = rows.filter((row) => row.slotId === slot.id && row.status === 'confirmed');
    const distantSeats = confirmed.filter((row) => isDistant(row, qpvPlaces)).reduce((sum, row) => sum + row.headcount, 0);
    const channels = new Map<RegistrationRow['channel'], number>();
    for (const row of confirmed) channels.set(row.channel, (channels.get(row.channel) ?? 0) + row.headcount);
    return {
      slotId: slot.id,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      capacity: slot.capacity,
      ...counts,
      // Until the slot ends, nobody is missing yet.
      noShowSeats: slot.endsAt <= now ? counts.confirmedSeats - counts.checkedInSeats : 0,
      distantSeats,
      distantShare: share(distantSeats, counts.confirmedSeats),
      channels: [...channels].map(([channel, channelSeats]) => ({ channel, seats: channelSeats })),
    };
  });
  const confirmedSeats = perSlot.reduce((sum, s) => sum + s.confirmedSeats, 0);
  const distantSeats = perSlot.reduce((sum, s) => sum + s.distantSeats, 0);
  return {
    eventId,
    slots: perSlot,
    totals: {
      confirmedSeats,
      checkedInSeats: perSlot.reduce((sum, s) => sum + s.checkedInSeats, 0),
      distantSeats,
      distantShare: share(distantSeats, confirmedSeats),
    },
  };
}
