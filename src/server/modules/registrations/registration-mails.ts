import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { organisations } from '../../db/schema/index.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { MailMessage } from '../../mail/messages.ts';
import {
  cancellationMessage,
  confirmationMessage,
  promotionMessage,
  type RegistrationMail,
  waitlistMessage,
} from '../../mail/registration-messages.ts';
import { icsCalendar } from '../public-agenda/icalendar.ts';
import { cancelToken } from './cancel-token.ts';
import type { RegistrationRow, SlotWithEvent } from './registrations.queries.ts';

export type MailSettings = { mailer: Mailer; secret: string; publicUrl: string };
export type MailKind = 'confirmation' | 'waitlist' | 'promotion' | 'cancellation';
/** A message decided inside the transaction, sent once it has committed. */
export type PendingMail = { kind: MailKind; row: RegistrationRow; position: number | null };

export const CANCEL_PATH = '/agenda/annuler';

export function cancelUrlOf(settings: Pick<MailSettings, 'secret' | 'publicUrl'>, row: RegistrationRow, slot: SlotWithEvent): string {
  return `${settings.publicUrl}${CANCEL_PATH}?token=${encodeURIComponent(cancelToken(settings.secret, row.id, slot.startsAt))}`;
}

/** The venue as one line ("Name, 10 rue Cuvier, 75005 Paris"), or the online link. */
export async function placeOf(db: DbOrTx, slot: Pick<SlotWithEvent, 'venueId' | 'onlineUrl'>): Promise<string | null> {
  if (!slot.venueId) return slot.onlineUrl;
  const [venue] = await db
    .select({ name: organisations.name, address: organisations.address, postcode: organisations.postcode, city: organisations.city })
    .from(organisations)
    .where(eq(organisations.id, slot.venueId));
  if (!venue) return slot.onlineUrl;
  const town = [venue.postcode, venue.city].filter(Boolean).join(' ');
  return [venue.name, venue.address, town].filter(Boolean).join(', ');
}

function slotIcs(settings: MailSettings, slot: SlotWithEvent, place: string | null): string {
  const host = new URL(settings.publicUrl).host;
  return icsCalendar(slot.title, [
    {
      uid: `${slot.slotId}@${host}`,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      summary: slot.title,
      location: place,
      url: slot.onlineUrl,
      cancelled: slot.status === 'cancelled',
      sequence: 0,
      lastModified: new Date(),
    },
  ]);
}

/** Sends the messages after the transaction: a slow or failing SMTP server never holds the slot's lock. */
export async function sendRegistrationMails(db: DbOrTx, settings: MailSettings, slot: SlotWithEvent, pending: PendingMail[]) {
  if (pending.length === 0) return;
  const place = await placeOf(db, slot);
  const ics = slotIcs(settings, slot, place);
  for (const { kind, row, position } of pending) {
    const mail: RegistrationMail = {
      to: row.email,
      name: row.name,
      language: row.language,
      eventTitle: slot.title,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      place,
      headcount: row.headcount,
      checkInCode: row.checkInCode,
      cancelUrl: cancelUrlOf(settings, row, slot),
      ics,
    };
    const message: MailMessage =
      kind === 'confirmation'
        ? confirmationMessage(mail)
        : kind === 'promotion'
          ? promotionMessage(mail)
          : kind === 'waitlist'
            ? waitlistMessage(mail, position ?? 1)
            : cancellationMessage(mail);
    await settings.mailer.send(message);
  }
}
