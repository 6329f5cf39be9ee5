import type { z } from 'zod';
import type { OpenAgendaEvent } from '../../../contracts/openagenda.ts';
import type { ACCESSIBILITY_NEEDS, ATTENDANCE_MODES } from '../../../contracts/vocabulary.ts';
import type { EventRow, SlotRow } from './events.queries.ts';

type Need = (typeof ACCESSIBILITY_NEEDS)[number];
type Mode = (typeof ATTENDANCE_MODES)[number];

const ATTENDANCE: Record<Mode, number> = { in_person: 1, online: 2, mixed: 3 };
const NEEDS: Record<Need, string> = { hearing: 'hi', visual: 'vi', psychic: 'pi', motor: 'mi', intellectual: 'ii' };
/** OpenAgenda's short description holds 200 characters at most. */
const SHORT = 200;

/** OpenAgenda's uids are numbers; Maillage keeps them as text. */
const uidValue = (uid: string) => (Number.isSafeInteger(Number(uid)) ? Number(uid) : uid);

const placeFields = ({ locationUid, location }: { locationUid?: string; location?: object }) => ({
  ...(locationUid ? { locationUid: uidValue(locationUid) } : {}),
  ...(location ? { location } : {}),
});

/**
 * What Maillage sends to OpenAgenda for one event (its slots as timings). Its place: `locationUid`
 * (a location of the agenda) through the API, the `location` itself in a v2 file; online, the access link only.
 */
export function toOpenAgenda(
  event: EventRow,
  slots: SlotRow[],
  publicUrl: string,
  place: { locationUid?: string; location?: object } = {},
) {
  const description = event.description ?? event.title;
  const registration =
    event.registrationMode === 'external' && event.registrationUrl
      ? [{ type: 'link', value: event.registrationUrl }]
      : event.registrationMode === 'internal'
        ? [{ type: 'link', value: `${publicUrl}/agenda/evenements/${event.id}` }]
        : [];
  return {
    title: { fr: event.title },
    description: { fr: description.length > SHORT ? `${description.slice(0, SHORT - 1)}…` : description },
    longDescription: { fr: event.description ?? '' },
    timings: slots.map((slot) => ({ begin: slot.startsAt.toISOString(), end: slot.endsAt.toISOString() })),
    attendanceMode: ATTENDANCE[event.attendanceMode],
    onlineAccessLink: event.onlineUrl,
    status: event.status === 'cancelled' ? 6 : event.status === 'postponed' ? 4 : 1,
    age: { min: event.ageMin, max: event.ageMax },
    accessibility: Object.fromEntries(Object.entries(NEEDS).map(([need, flag]) => [flag, event.accessibility.includes(need as Need)])),
    registration,
    ...(event.attendanceMode === 'online' ? {} : placeFields(place)),
  };
}

const firstText = (map: Record<string, string> | null | undefined) =>
  map ? (map.fr ?? Object.values(map).find((text) => text.trim() !== ''))?.trim() || null : null;

/** The long description, else the short one unless it only repeats the title (what Maillage sends when it has none). */
function descriptionOf(event: OpenAgendaEvent): string | null {
  const long = firstText(event.longDescription);
  const short = firstText(event.description);
  const text = long ?? (short !== firstText(event.title) ? short : null);
  return text?.slice(0, 10_000) ?? null;
}

/** The Maillage fields an OpenAgenda event fills; the format is not in OpenAgenda, the caller keeps or defaults it. */
export function fromOpenAgenda(event: OpenAgendaEvent) {
  const mode = (Object.entries(ATTENDANCE).find(([, code]) => code === event.attendanceMode)?.[0] ?? 'in_person') as Mode;
  const link = event.registration?.find((r) => r.type === 'link' && /^https?:\/\//.test(r.value))?.value ?? null;
  const ageMin = event.age?.min ?? null;
  const ageMax = event.age?.max ?? null;
  return {
    fields: {
      title: (firstText(event.title) ?? '').slice(0, 300),
      description: descriptionOf(event),
      attendanceMode: mode === 'in_person' || event.onlineAccessLink ? mode : ('in_person' as Mode),
      onlineUrl: event.onlineAccessLink ?? null,
      status: event.status === 6 ? ('cancelled' as const) : event.status === 4 ? ('postponed' as const) : ('confirmed' as const),
      ageMin: ageMin !== null && ageMin >= 0 && ageMin <= 120 ? ageMin : null,
      ageMax: ageMax !== null && ageMax >= 0 && ageMax <= 120 && (ageMin === null || ageMax >= ageMin) ? ageMax : null,
      accessibility: Object.entries(NEEDS)
        .filter(([, flag]) => event.accessibility?.[flag] === true)
        .map(([need]) => need as Need),
      registrationMode: link ? ('external' as const) : ('none' as const),
      registrationUrl: link,
    },
    /** Online events have no place, whatever the source says. */
    location: mode === 'online' ? null : (event.location ?? null),
    slots: event.timings
      .map((t) => ({ startsAt: new Date(t.begin), endsAt: new Date(t.end) }))
      .filter((slot) => slot.endsAt.getTime() > slot.startsAt.getTime()),
  };
}

/** The value at an issue's path in what was read, to tell a missing field from a wrong one. */
function valueAt(item: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    item,
  );
}

/** zod's own (English) messages; the contract's are written in French. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Expected|Unrecognized)/;

/** Why an OpenAgenda event was refused, in French: « timings : champ manquant ». Messages the contract words itself are kept. */
export function frenchIssue(item: unknown, issue: z.core.$ZodIssue | undefined): string {
  const where = issue?.path.join('.') || 'événement';
  if (!issue) return `${where} : invalide`;
  if (!ZOD_DEFAULT_MESSAGE.test(issue.message)) return `${where} : ${issue.message}`;
  if (issue.code === 'invalid_type')
    return `${where} : ${valueAt(item, issue.path) === undefined ? 'champ manquant' : 'type de valeur inattendu'}`;
  if (issue.code === 'too_small' || issue.code === 'too_big') return `${where} : hors des limites admises`;
  if (issue.code === 'invalid_format') return `${where} : format invalide (date ISO 8601 avec fuseau, adresse web…)`;
  return `${where} : valeur invalide`;
}
