import { createHash } from 'node:crypto';
import { MINOR_BRACKETS, type Wall } from '../../../contracts/contributions.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { addressBucket, takeHit } from '../../http/rate-limit.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireModule } from '../groups/exhibition-module.ts';
import { groupByToken } from '../groups/groups.queries.ts';
import { listLiveStructures } from '../structures/structures.queries.ts';
import {
  approvedContribution,
  type ContributionRow,
  insertContribution,
  insertPhoto,
  liveModules,
  liveStop,
  photoOf,
  structureName,
  wallRows,
} from './contributions.queries.ts';
import { journeyBackground } from './journey-background.ts';
import { detectPhotoType } from './photo-type.ts';
import type { Submission } from './read-submission.ts';

const FORM = 'Ce formulaire de contribution';
export const FORMS_PER_ADDRESS_FACTOR = 10;
/** Contributions are counted over 10 minutes, per address and per form. */
export const FORM_WINDOW_MS = 10 * 60 * 1000;
const TOO_MANY = 'Trop de contributions envoyées d’ici';

export async function getPublicGroup(db: Db, token: string) {
  const group = await groupByToken(db, token);
  if (!group) throw notFound(FORM);
  return { name: group.name, structureName: await structureName(db, group.structureId), modules: await liveModules(db) };
}

/** The journey map of a group's form, framed on its structure's territory. */
export async function getJourneyMap(db: Db, token: string, config: { tileUrl: string | undefined; tileAttribution: string | undefined }) {
  const group = await groupByToken(db, token);
  if (!group) throw notFound(FORM);
  const [structure] = await listLiveStructures(db, [group.structureId]);
  return {
    tileUrl: config.tileUrl ?? null,
    tileAttribution: config.tileUrl ? (config.tileAttribution ?? null) : null,
    outlines: journeyBackground(structure?.departement ?? null),
  };
}

function refuse(field: string, message: string): AppError {
  return new AppError('validation', message, { errors: [{ path: `body.${field}`, message }] });
}

/** The rules a citizen's submission must meet, beyond its shape; each names its field. */
function checkRules({ fields, photo }: Submission): void {
  if (fields.website) throw new AppError('bad_request', 'Envoi refusé : il ressemble à celui d’un robot.');
  if (!fields.consent) throw refuse('consent', 'Cochez la case de consentement pour que votre contribution soit reçue.');
  if (fields.kind === 'photo' && !photo) throw refuse('photo', 'Joignez la photo.');
  if (fields.kind !== 'photo' && photo) throw refuse('photo', 'Une photo s’envoie avec le type « photo ».');
  if (fields.kind !== 'photo' && !fields.text) throw refuse('text', 'Écrivez votre contribution.');
  if (photo && !fields.imageRights) throw refuse('imageRights', 'Confirmez les droits à l’image pour envoyer une photo.');
  if (MINOR_BRACKETS.includes(fields.ageBracket) && !fields.parentalConsent) {
    throw refuse('parentalConsent', 'Avant 18 ans, l’accord d’un parent est nécessaire.');
  }
}

/**
 * A citizen's contribution through a group's form: rate-limited per address and per form,
 * checked, stored as pending. Nothing of it is public until a moderator approves it.
 */
export async function submitContribution(db: Db, token: string, clientIp: string, limit: number, read: () => Promise<Submission>) {
  await takeHit(db, { bucket: addressBucket('contribution', clientIp), limit, windowMs: FORM_WINDOW_MS, refusal: TOO_MANY });
  const group = await groupByToken(db, token);
  if (!group) throw notFound(FORM);
  await takeHit(db, { bucket: `form:${group.id}`, limit: limit * FORMS_PER_ADDRESS_FACTOR, windowMs: FORM_WINDOW_MS, refusal: TOO_MANY });
  const submission = await read();
  checkRules(submission);
  const contentType = submission.photo ? detectPhotoType(submission.photo) : null;
  if (submission.photo && !contentType) {
    throw new AppError('unsupported_media_type', 'Ce fichier n’est pas une photo : envoyez une image JPEG, PNG ou WebP.');
  }
  const { fields } = submission;
  return db.transaction(async (tx) => {
    await requireModule(tx, fields.moduleId);
    const row = await insertContribution(tx, {
      structureId: group.structureId,
      groupId: group.id,
      kind: fields.kind,
      text: fields.text || null,
      journey: fields.journey ?? null,
      authorName: fields.authorName,
      ageBracket: fields.ageBracket,
      minor: MINOR_BRACKETS.includes(fields.ageBracket),
      consent: true,
      imageRights: fields.imageRights ?? false,
      parentalConsent: fields.parentalConsent ?? false,
      hasPhoto: Boolean(submission.photo),
      moduleId: fields.moduleId ?? null,
    });
    if (submission.photo && contentType) await insertPhoto(tx, { contributionId: row.id, contentType, bytes: submission.photo });
    await recordAudit(tx, {
      actorId: null,
      entityType: 'contribution',
      entityId: row.id,
      structureId: row.structureId,
      action: 'create',
      before: null,
      after: row,
    });
    return { received: true as const, status: 'pending' as const };
  });
}

export const publicPhotoUrl = (row: ContributionRow): string | null =>
  row.hasPhoto ? `/api/v1/public/contributions/${row.id}/photo` : null;

/** The wall of an exhibition stop, with an ETag so that the screen's polling costs nothing when nothing changed. */
export async function getWall(db: Db, stopId: string): Promise<{ wall: Wall; etag: string }> {
  const stop = await liveStop(db, stopId);
  if (!stop) throw notFound('Cette étape de l’exposition');
  const rows = await wallRows(db, stop.structureId);
  const wall: Wall = {
    stop: { id: stop.id, structureName: await structureName(db, stop.structureId), opensOn: stop.opensOn, closesOn: stop.closesOn },
    items: rows.map(({ contribution, groupName, moduleTitle }) => ({
      id: contribution.id,
      kind: contribution.kind,
      text: contribution.text,
      authorName: contribution.authorName,
      groupName,
      moduleTitle,
      photoUrl: publicPhotoUrl(contribution),
      journey: contribution.journey,
    })),
  };
  const etag = `"${createHash('sha256').update(JSON.stringify(wall)).digest('base64url').slice(0, 27)}"`;
  return { wall, etag };
}

/** A photo is public once its contribution is approved, and only then. */
export async function getPublicPhoto(db: Db, contributionId: string) {
  const row = await approvedContribution(db, contributionId);
  const photo = row?.hasPhoto ? await photoOf(db, row.id) : undefined;
  if (!photo) throw notFound('Cette photo');
  return photo;
}
