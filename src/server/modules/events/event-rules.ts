import { eq } from 'drizzle-orm';
import type { SlotInput } from '../../../contracts/events.ts';
import type { EVENT_STATUSES } from '../../../contracts/vocabulary.ts';
import type { DbOrTx } from '../../db/client.ts';
import { findLive } from '../../db/records.ts';
import { exhibitionModules, exhibitionStops, structures } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { requireOrganisations } from '../organisations/organisations.service.ts';

type Status = (typeof EVENT_STATUSES)[number];

function invalid(path: string, message: string): AppError {
  return new AppError('validation', message, { errors: [{ path, message }] });
}

/** Where an event may go from each status; `held` can be undone (back to confirmed) to correct a mistake. */
const TRANSITIONS: Record<Status, Status[]> = {
  idea: ['proposed', 'cancelled'],
  proposed: ['idea', 'planned', 'cancelled'],
  planned: ['proposed', 'confirmed', 'postponed', 'cancelled'],
  confirmed: ['planned', 'held', 'postponed', 'cancelled'],
  postponed: ['planned', 'confirmed', 'cancelled'],
  cancelled: ['proposed', 'planned'],
  held: ['confirmed'],
};

const STATUS_LABELS: Record<Status, string> = {
  idea: 'idée',
  proposed: 'proposé',
  planned: 'programmé',
  confirmed: 'confirmé',
  held: 'tenu',
  cancelled: 'annulé',
  postponed: 'reporté',
};

export function requireTransition(from: Status, to: Status): void {
  if (from === to || TRANSITIONS[from].includes(to)) return;
  const allowed = TRANSITIONS[from].map((s) => `« ${STATUS_LABELS[s]} »`).join(', ');
  throw invalid('body.status', `Un événement « ${STATUS_LABELS[from]} » ne peut passer qu’à : ${allowed}.`);
}

/** Held means it took place: not before its first slot has begun. */
export function requireStarted(slots: { startsAt: Date }[], now: Date = new Date()): void {
  const first = slots[0];
  if (!first || first.startsAt.getTime() > now.getTime()) {
    throw invalid('body.status', 'Un événement ne peut être marqué « tenu » qu’après le début de son premier créneau.');
  }
}

export function requireSlotTimes(slot: { startsAt: string | Date; endsAt: string | Date }, path: string): void {
  if (new Date(slot.endsAt).getTime() <= new Date(slot.startsAt).getTime()) {
    throw invalid(`${path}.endsAt`, 'Un créneau doit finir après son début.');
  }
}

export function requireSlotsValid(slots: SlotInput[]): void {
  for (const [i, slot] of slots.entries()) requireSlotTimes(slot, `body.slots.${i}`);
}

type Fields = {
  ageMin?: number | null;
  ageMax?: number | null;
  registrationMode?: string;
  registrationUrl?: string | null;
  attendanceMode?: string;
  onlineUrl?: string | null;
};

/** Checks that look at several fields together, on the event as it will be saved. */
export function requireConsistent(event: Fields): void {
  if (event.ageMin != null && event.ageMax != null && event.ageMin > event.ageMax) {
    throw invalid('body.ageMax', 'L’âge maximum ne peut être inférieur à l’âge minimum.');
  }
  if (event.registrationMode === 'external' && !event.registrationUrl) {
    throw invalid('body.registrationUrl', 'Une inscription sur un autre site demande son adresse.');
  }
  if (event.attendanceMode !== undefined && event.attendanceMode !== 'in_person' && !event.onlineUrl) {
    throw invalid('body.onlineUrl', 'Un événement en ligne ou mixte demande le lien pour le suivre.');
  }
}

type Links = { structureId?: string; stopId?: string | null; venueId?: string | null; moduleId?: string | null };

/** The structure, stop, venue and module an event points at exist (404 otherwise). */
export async function requireLinks(tx: DbOrTx, links: Links): Promise<void> {
  if (links.structureId && !(await findLive(tx, structures, links.structureId))) throw notFound('La structure');
  if (links.stopId && !(await findLive(tx, exhibitionStops, links.stopId))) throw notFound('L’étape');
  if (links.venueId) await requireOrganisations(tx, [links.venueId]);
  if (links.moduleId) {
    const [module] = await tx.select({ id: exhibitionModules.id }).from(exhibitionModules).where(eq(exhibitionModules.id, links.moduleId));
    if (!module) throw notFound('Le module');
  }
}
