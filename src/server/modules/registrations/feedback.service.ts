import { asc, eq, sql } from 'drizzle-orm';
import type { FeedbackForm, FeedbackInput, FeedbackSummary } from '../../../contracts/feedback.ts';
import type { Db } from '../../db/client.ts';
import { eventFeedback } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { MailMessage } from '../../mail/messages.ts';
import { requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { feedbackToken, readFeedbackToken } from './cancel-token.ts';
import { findEvent, findRegistration, type RegistrationRow, registrationsOfEvent, slotsOfEvent } from './registrations.queries.ts';
import type { RegistrationDeps } from './registrations.service.ts';
import { audit } from './seats.ts';
import { readableEvent } from './staff.service.ts';

export const FEEDBACK_PATH = '/agenda/avis';
/** The form stays open this long after it was sent. */
const OPEN_DAYS = 60;

function requestMessage(row: RegistrationRow, title: string, url: string): MailMessage {
  const fr = row.language === 'fr';
  return {
    to: row.email,
    subject: fr ? `Votre avis sur « ${title} »` : `Your opinion of “${title}”`,
    text: [
      fr ? `Bonjour ${row.name},` : `Hello ${row.name},`,
      '',
      fr
        ? `Merci d’être venu·e à « ${title} ». Quatre questions, une minute : votre avis nous aide à préparer les prochains rendez-vous.`
        : `Thank you for coming to “${title}”. Four questions, one minute: your opinion helps us prepare the next events.`,
      '',
      url,
      '',
      fr
        ? 'Le questionnaire est anonyme pour l’équipe : seules les réponses sont lues, sans votre nom.'
        : 'Your name is not shown with your answers.',
    ].join('\n'),
  };
}

/**
 * Sends the feedback form's link to the people who came (checked in), once the event has begun;
 * those who already answered are not asked again.
 */
export async function requestFeedback(deps: RegistrationDeps, actor: Actor, eventId: string): Promise<{ sent: number }> {
  const event = await readableEvent(deps.db, actor, eventId);
  requireAccess(actor, 'structure:write', event.structureId);
  const [first] = await slotsOfEvent(deps.db, eventId);
  if (!first || first.startsAt.getTime() > Date.now()) {
    throw new AppError('conflict', 'Le questionnaire s’envoie après l’événement, une fois son premier créneau commencé.');
  }
  const answered = new Set(
    (await deps.db.select({ id: eventFeedback.registrationId }).from(eventFeedback).where(eq(eventFeedback.eventId, eventId))).map(
      (r) => r.id,
    ),
  );
  const attendees = (await registrationsOfEvent(deps.db, eventId)).filter(
    (row) => row.status === 'confirmed' && row.checkedInAt !== null && !answered.has(row.id),
  );
  const expiresAt = new Date(Date.now() + OPEN_DAYS * 24 * 3600 * 1000);
  for (const row of attendees) {
    const url = `${deps.publicUrl}${FEEDBACK_PATH}?token=${encodeURIComponent(feedbackToken(deps.secret, row.id, expiresAt))}`;
    await deps.mailer.send(requestMessage(row, event.title, url));
  }
  return { sent: attendees.length };
}

async function registrationOf(deps: RegistrationDeps, token: string) {
  const row = await findRegistration(deps.db, readFeedbackToken(deps.secret, token));
  const event = row ? await findEvent(deps.db, row.eventId) : undefined;
  if (!row || !event) throw notFound('L’inscription');
  return { row, event };
}

export async function feedbackForm(deps: RegistrationDeps, token: string): Promise<FeedbackForm> {
  const { row, event } = await registrationOf(deps, token);
  const [first] = await slotsOfEvent(deps.db, event.id);
  const [done] = await deps.db.select({ id: eventFeedback.id }).from(eventFeedback).where(eq(eventFeedback.registrationId, row.id));
  return { eventTitle: event.title, startsAt: (first?.startsAt ?? event.createdAt).toISOString(), answered: Boolean(done) };
}

/** One answer per registration: a second one is refused (409), the first kept. */
export async function submitFeedback(deps: RegistrationDeps, input: FeedbackInput): Promise<{ received: true }> {
  if (input.website) {
    throw new AppError('validation', 'Réponse refusée.', { errors: [{ path: 'body.website', message: 'Laissez ce champ vide' }] });
  }
  const { row } = await registrationOf(deps, input.token);
  await deps.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(eventFeedback)
      .values({
        eventId: row.eventId,
        registrationId: row.id,
        satisfaction: input.satisfaction,
        channel: input.channel ?? null,
        postcode: input.postcode ?? null,
        comment: input.comment || null,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted[0]) throw new AppError('conflict', 'Vous avez déjà répondu à ce questionnaire : merci !');
    await recordAudit(tx, { ...audit(null, row, 'update', null, null), after: { avis: inserted[0] } });
  });
  return { received: true };
}

const counted = <T>(rows: { value: T; count: number }[]) => rows.map((r) => ({ value: r.value, count: Number(r.count) }));

/** The event's answers summed up, for its staff. */
export async function feedbackSummary(db: Db, actor: Actor, eventId: string): Promise<FeedbackSummary> {
  await readableEvent(db, actor, eventId);
  const of = eq(eventFeedback.eventId, eventId);
  const n = sql<number>`count(*)::int`;
  const [scores, channels, postcodes, comments] = await Promise.all([
    db.select({ value: eventFeedback.satisfaction, count: n }).from(eventFeedback).where(of).groupBy(eventFeedback.satisfaction),
    db.select({ value: eventFeedback.channel, count: n }).from(eventFeedback).where(of).groupBy(eventFeedback.channel).orderBy(sql`2 desc`),
    db
      .select({ value: eventFeedback.postcode, count: n })
      .from(eventFeedback)
      .where(of)
      .groupBy(eventFeedback.postcode)
      .orderBy(sql`2 desc`, asc(eventFeedback.postcode))
      .limit(10),
    db
      .select({ text: eventFeedback.comment, satisfaction: eventFeedback.satisfaction, createdAt: eventFeedback.createdAt })
      .from(eventFeedback)
      .where(sql`${of} and ${eventFeedback.comment} is not null`)
      .orderBy(asc(eventFeedback.createdAt)),
  ]);
  const answers = scores.reduce((sum, s) => sum + Number(s.count), 0);
  const total = scores.reduce((sum, s) => sum + s.value * Number(s.count), 0);
  return {
    eventId,
    answers,
    averageSatisfaction: answers ? Math.round((total / answers) * 10) / 10 : null,
    satisfaction: [1, 2, 3, 4, 5].map((value) => ({ value, count: Number(scores.find((s) => s.value === value)?.count ?? 0) })),
    channels: counted(channels),
    postcodes: counted(postcodes),
    comments: comments.map((c) => ({ text: c.text ?? '', satisfaction: c.satisfaction, createdAt: c.createdAt.toISOString() })),
  };
}
