import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addRelayPartner,
  cancelTokenIn,
  group,
  newRegistrableSlot,
  person,
  register,
} from '../../../../tests/helpers/registration-factories.ts';
import { type ReceivedMail, startSmtpReceiver } from '../../../../tests/helpers/smtp-receiver.ts';
import { createTestApp, type TestApp } from '../../../../tests/helpers/test-app.ts';
import { eventSlots, qpv } from '../../db/schema/index.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let structureId: string;
let member: string;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await createTestApp({ smtpUrl: smtp.url, registrationLimitPerMinute: 10_000 });
  structureId = (await t.createStructure('75')).id;
  member = (await t.userWithRole('member', structureId)).cookie;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

/** The decoded body of the MIME part of this content type. */
function mimePart(mail: ReceivedMail, contentType: string): string | undefined {
  const part = mail.raw.split(/\r?\n--/).find((p) => new RegExp(`content-type: ${contentType}`, 'i').test(p));
  if (!part) return undefined;
  const body = part
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join('\n\n')
    .trim();
  if (/content-transfer-encoding: base64/i.test(part)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding: quoted-printable/i.test(part)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));
const subjectOf = (mail: ReceivedMail) => {
  const encoded = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(mail.raw)?.[1] ?? '';
  return encoded.replace(/=\?utf-8\?[BQ]\?([^?]*)\?=/gi, (_m, text: string) =>
    /^[A-Za-z0-9+/=]+$/.test(text) && encoded.includes('?B?') ? Buffer.from(text, 'base64').toString('utf8') : text,
  );
};

describe('registration e-mails through SMTP', () => {
  it('sends the confirmation with the slot as an .ics attachment, in the registrant’s language', async () => {
    const { slot } = await newRegistrableSlot(t, structureId, { slot: { capacity: 1 } });
    await register(t, slot.id, person('Emma Jones', { language: 'en' }));
    const [mail] = mailsTo(person('Emma Jones').email);
    expect(mimePart(mail!, 'text/plain')).toContain('Your registration is confirmed');
    const ics = mimePart(mail!, 'text/calendar');
    expect(ics).toBeDefined();
    const vevent = new ICAL.Component(ICAL.parse(ics!)).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(`${slot.id}@${new URL(t.config.publicUrl).host}`);
    // iCalendar times are to the second.
    const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
    expect(seconds(event.startDate.toJSDate())).toBe(seconds(slot.startsAt));
    expect(seconds(event.endDate.toJSDate())).toBe(seconds(slot.endsAt));
  });

  it('tells a waiting registrant their place, then that a seat is theirs when one frees up', async () => {
    const { slot } = await newRegistrableSlot(t, structureId, { slot: { capacity: 1 } });
    const first = (await register(t, slot.id, person('Premier Arrivé'))).json();
    await register(t, slot.id, person('Louise Attente'));
    const waiting = mailsTo(person('Louise Attente').email);
    expect(mimePart(waiting[0]!, 'text/plain')).toContain('en position 1');
    const cancelled = await t.request({ method: 'POST', url: `/api/v1/registrations/${first.id}/cancel`, as: member });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const after = mailsTo(person('Louise Attente').email);
    expect(after).toHaveLength(2);
    expect(mimePart(after[1]!, 'text/plain')).toContain('maintenant confirmée');
    expect(mimePart(after[1]!, 'text/calendar')).toContain('BEGIN:VEVENT');
    expect(mimePart(mailsTo(person('Premier Arrivé').email).at(-1)!, 'text/plain')).toContain('Votre inscription est annulée');
    expect(subjectOf(after[1]!)).toBeTruthy();
  });
});

describe('a slot’s capacity raised', () => {
  it('promotes the waiting list in arrival order (first fit) and e-mails those promoted', async () => {
    const { event, slot } = await newRegistrableSlot(t, structureId, { slot: { capacity: 1 } });
    await register(t, slot.id, person('Agathe Première'));
    await register(t, slot.id, group('Bazin', 3));
    await register(t, slot.id, person('Céleste Suivante'));
    await register(t, slot.id, person('Denis Dernier'));
    const url = `/api/v1/events/${event.id}/slots/${slot.id}`;
    const raised = await t.request({ method: 'PATCH', url, as: member, payload: { capacity: 3 } });
    expect(raised.statusCode, raised.body).toBe(200);
    const list = await t.request({ method: 'GET', url: `/api/v1/events/${event.id}/registrations`, as: member });
    const byName = (name: string) => list.json().slots[0].registrations.find((r: { name: string }) => r.name === name);
    // Two seats freed: the class of 3 does not fit and keeps its place; the two people behind it pass.
    expect(byName('Céleste Suivante').status).toBe('confirmed');
    expect(byName('Denis Dernier').status).toBe('confirmed');
    expect(byName('Bazin')).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(list.json().slots[0]).toMatchObject({ confirmedSeats: 3, waitingSeats: 3 });
    for (const name of ['Céleste Suivante', 'Denis Dernier']) {
      const mails = mailsTo(person(name).email);
      expect(mails).toHaveLength(2);
      expect(mimePart(mails[1]!, 'text/plain')).toContain('maintenant confirmée');
    }
    expect(mailsTo(group('Bazin', 3).email)).toHaveLength(1);
  });

  it('promotes nobody when the capacity is lowered or only the times change', async () => {
    const { event, slot } = await newRegistrableSlot(t, structureId, { slot: { capacity: 2 } });
    await register(t, slot.id, person('Émile Assis'));
    await register(t, slot.id, group('Rivière', 2));
    const url = `/api/v1/events/${event.id}/slots/${slot.id}`;
    const endsAt = new Date(slot.endsAt.getTime() + 3600_000).toISOString();
    expect((await t.request({ method: 'PATCH', url, as: member, payload: { endsAt } })).statusCode).toBe(200);
    expect((await t.request({ method: 'PATCH', url, as: member, payload: { capacity: 1 } })).statusCode).toBe(200);
    const list = await t.request({ method: 'GET', url: `/api/v1/events/${event.id}/registrations`, as: member });
    expect(list.json().slots[0]).toMatchObject({ confirmedSeats: 1, waitingSeats: 2 });
    expect(mailsTo(group('Rivière', 2).email)).toHaveLength(1);
  });
});

describe('staff side', () => {
  it('lists registrations per slot with seat counts, and finds a name without its accents', async () => {
    const { event, slot } = await newRegistrableSlot(t, structureId, { slot: { capacity: 3 } });
    await register(t, slot.id, person('Éloïse Dupré'));
    await register(t, slot.id, group('Ferry', 2));
    await register(t, slot.id, person('Gaston Retard'));
    const list = await t.request({ method: 'GET', url: `/api/v1/events/${event.id}/registrations`, as: member });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().slots[0]).toMatchObject({ confirmedSeats: 3, waitingSeats: 1, checkedInSeats: 0 });
    expect(list.json().slots[0].registrations.find((r: { name: string }) => r.name === 'Gaston Retard').waitlistPosition).toBe(1);
    const found = await t.request({ method: 'GET', url: `/api/v1/events/${event.id}/registrations?q=eloise`, as: member });
    expect(found.json().slots[0].registrations.map((r: { name: string }) => r.name)).toEqual(['Éloïse Dupré']);
  });

  it('registers someone by phone, then checks them in by id and another by the code of their e-mail', async () => {
    const { event, slot } = await newRegistrableSlot(t, structureId, { slot: { capacity: 2 } });
    const byPhone = await t.request({
      method: 'POST',
      url: `/api/v1/events/${event.id}/registrations`,
      as: member,
      payload: { slotId: slot.id, ...person('Henri Téléphone'), phone: '01 23 45 67 89' },
    });
    expect(byPhone.statusCode, byPhone.body).toBe(201);
    const online = (await register(t, slot.id, person('Iris Code'))).json();
    const waiting = (await register(t, slot.id, person('Jules Attente'))).json();

    const byId = await t.request({
      method: 'POST',
      url: `/api/v1/events/${event.id}/check-in`,
      as: member,
      payload: { registrationId: byPhone.json().id },
    });
    expect(byId.json().checkedInAt).toBeTruthy();
    const code = /Code d’accueil à présenter : ([A-Z0-9]+)/.exec(mimePart(mailsTo(person('Iris Code').email)[0]!, 'text/plain')!)![1]!;
    const byCode = await t.request({
      method: 'POST',
      url: `/api/v1/events/${event.id}/check-in`,
      as: member,
      payload: { code: code.toLowerCase() },
    });
    expect(byCode.statusCode, byCode.body).toBe(200);
    expect(byCode.json().id).toBe(online.id);
    const refused = await t.request({
      method: 'POST',
      url: `/api/v1/events/${event.id}/check-in`,
      as: member,
      payload: { registrationId: waiting.id },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('liste d’attente');
    const other = await newRegistrableSlot(t, structureId);
    const elsewhere = await t.request({
      method: 'POST',
      url: `/api/v1/events/${other.event.id}/check-in`,
      as: member,
      payload: { registrationId: online.id },
    });
    expect(elsewhere.statusCode).toBe(404);
    const seats = (await t.request({ method: 'GET', url: `/api/v1/events/${event.id}/registrations`, as: member })).json();
    expect(seats.slots[0].checkedInSeats).toBe(2);
  });

  it('counts distant publics: relay partner codes and postcodes of places with a QPV', async () => {
    const { event, slot } = await newRegistrableSlot(t, structureId, { slot: { capacity: 20 } });
    await addRelayPartner(t, event.id, 'RELAIS-BELLEVILLE');
    await t.database.db.insert(qpv).values({
      code: 'QN07520M',
      name: 'Belleville',
      departement: '75',
      communes: ['75056'],
      arrondissements: ['75120'],
      geometry: { type: 'Polygon', coordinates: [] } as never,
      minLon: 2.37,
      minLat: 48.86,
      maxLon: 2.4,
      maxLat: 48.88,
    });
    await register(t, slot.id, person('Par Relais', { relayCode: 'RELAIS-BELLEVILLE' }));
    await register(t, slot.id, group('Belleville', 4, { postcode: '75020' }));
    await register(t, slot.id, group('Latin', 5, { postcode: '75005', channel: 'press' }));
    const attendance = await t.request({ method: 'GET', url: `/api/v1/events/${event.id}/attendance`, as: member });
    expect(attendance.statusCode, attendance.body).toBe(200);
    expect(attendance.json().slots[0]).toMatchObject({ confirmedSeats: 10, distantSeats: 5, distantShare: 0.5, noShowSeats: 0 });
    expect(attendance.json().slots[0].channels).toEqual(
      expect.arrayContaining([
        { channel: 'relay_partner', seats: 1 },
        { channel: 'press', seats: 5 },
      ]),
    );
  });
});

describe('feedback after the event', () => {
  const feedbackTokenIn = (text: string) => decodeURIComponent(/avis\?token=([^\s]+)/.exec(text)?.[1] ?? '');

  it('e-mails the form to those who came, takes one answer each, and sums them up for the staff', async () => {
    const { event, slot } = await newRegistrableSlot(t, structureId, { slot: { capacity: 10 } });
    const came = [person('Odile Venue'), person('Paul Présent')];
    const ids: string[] = [];
    for (const who of [...came, person('Quentin Absent')]) ids.push((await register(t, slot.id, who)).json().id);
    const early = await t.request({ method: 'POST', url: `/api/v1/events/${event.id}/feedback-requests`, as: member });
    expect(early.statusCode).toBe(409);
    for (const id of ids.slice(0, 2)) {
      const res = await t.request({
        method: 'POST',
        url: `/api/v1/events/${event.id}/check-in`,
        as: member,
        payload: { registrationId: id },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    // The event took place yesterday.
    const yesterday = Date.now() - 86_400_000;
    await t.database.db
      .update(eventSlots)
      .set({ startsAt: new Date(yesterday), endsAt: new Date(yesterday + 7200_000) })
      .where(eq(eventSlots.id, slot.id));

    const sent = await t.request({ method: 'POST', url: `/api/v1/events/${event.id}/feedback-requests`, as: member });
    expect(sent.json()).toEqual({ sent: 2 });
    expect(mailsTo(person('Quentin Absent').email).some((m) => /avis\?token=/.test(mimePart(m, 'text/plain') ?? ''))).toBe(false);
    const [odile, paul] = came.map((who) => feedbackTokenIn(mimePart(mailsTo(who.email).at(-1)!, 'text/plain') ?? ''));
    expect(odile).not.toBe('');

    const form = await t.request({ method: 'GET', url: `/api/v1/public/feedback?token=${encodeURIComponent(odile!)}` });
    expect(form.json()).toMatchObject({ eventTitle: event.title, answered: false });
    const answer = (payload: object) => t.request({ method: 'POST', url: '/api/v1/public/feedback', payload });
    expect((await answer({ token: odile, satisfaction: 6 })).statusCode).toBe(400);
    const cancelLink = cancelTokenIn(mimePart(mailsTo(came[0]!.email)[0]!, 'text/plain') ?? '');
    expect((await answer({ token: cancelLink, satisfaction: 5 })).statusCode).toBe(400);
    expect((await answer({ token: `${odile}x`, satisfaction: 5 })).statusCode).toBe(400);
    const first = await answer({ token: odile, satisfaction: 5, channel: 'poster', postcode: '75020', comment: 'Passionnant, merci !' });
    expect(first.statusCode, first.body).toBe(201);
    expect((await answer({ token: odile, satisfaction: 1 })).statusCode).toBe(409);
    expect((await answer({ token: paul, satisfaction: 3, channel: 'poster' })).statusCode).toBe(201);
    expect((await t.request({ method: 'GET', url: `/api/v1/public/feedback?token=${encodeURIComponent(odile!)}` })).json().answered).toBe(
      true,
    );

    const summary = (await t.request({ method: 'GET', url: `/api/v1/events/${event.id}/feedback`, as: member })).json();
    expect(summary).toMatchObject({
      answers: 2,
      averageSatisfaction: 4,
      satisfaction: [1, 2, 3, 4, 5].map((value) => ({ value, count: value === 3 || value === 5 ? 1 : 0 })),
      channels: [{ value: 'poster', count: 2 }],
      comments: [{ text: 'Passionnant, merci !', satisfaction: 5 }],
    });
    expect(summary.postcodes).toEqual(
      expect.arrayContaining([
        { value: '75020', count: 1 },
        { value: null, count: 1 },
      ]),
    );
    expect(JSON.stringify(summary)).not.toContain('Odile');
    // Those who answered are not asked again.
    expect((await t.request({ method: 'POST', url: `/api/v1/events/${event.id}/feedback-requests`, as: member })).json()).toEqual({
      sent: 0,
    });
  });
});
