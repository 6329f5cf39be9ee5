import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { clashingStop, lockItinerary } from './exhibitions.queries.ts';

export type StopDates = { installFrom: string; opensOn: string; closesOn: string; removalUntil: string };
type Placement = StopDates & { exhibitionId: string; venueId: string | null };

const dayFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "8 mars 2027". */
export const frenchDay = (date: string) => dayFormat.format(new Date(`${date}T00:00:00Z`));

const ORDER: [keyof StopDates, keyof StopDates, string][] = [
  ['installFrom', 'opensOn', 'L’installation doit commencer au plus tard le jour de l’ouverture.'],
  ['opensOn', 'closesOn', 'La fermeture ne peut précéder l’ouverture.'],
  ['closesOn', 'removalUntil', 'Le démontage ne peut finir avant la fermeture.'],
];

/** Installation ≤ opening ≤ closing ≤ end of removal. */
export function requireDatesInOrder(dates: StopDates): void {
  for (const [earlier, later, message] of ORDER) {
    if (dates[earlier] > dates[later]) {
      throw new AppError('validation', message, { errors: [{ path: `body.${later}`, message }] });
    }
  }
}

/**
 * An exhibition is in one place at a time, and a venue hosts one stop at a time: the whole
 * window from installation to removal counts. Refused with 409 naming the stop in the way.
 * The check runs under a lock on the exhibition and the venue, so two writes cannot both pass.
 */
export async function requireNoClash(tx: DbOrTx, stop: Placement, exceptId?: string): Promise<void> {
  await lockItinerary(tx, stop.exhibitionId);
  if (stop.venueId) await lockItinerary(tx, stop.venueId);
  const window = { installFrom: stop.installFrom, removalUntil: stop.removalUntil };
  const sameExhibition = await clashingStop(tx, { exhibitionId: stop.exhibitionId }, window, exceptId);
  if (sameExhibition) {
    const other = sameExhibition.stop;
    throw new AppError(
      'conflict',
      `Ces dates chevauchent l’étape ${sameExhibition.structureName} (${other.departement}), installée du ${frenchDay(other.installFrom)} au ${frenchDay(other.removalUntil)} démontage compris.`,
    );
  }
  if (!stop.venueId) return;
  const sameVenue = await clashingStop(tx, { venueId: stop.venueId }, window, exceptId);
  if (sameVenue) {
    const other = sameVenue.stop;
    throw new AppError(
      'conflict',
      `Le lieu ${sameVenue.venueName} accueille déjà l’étape ${sameVenue.structureName} (${other.departement}) du ${frenchDay(other.installFrom)} au ${frenchDay(other.removalUntil)}.`,
    );
  }
}
