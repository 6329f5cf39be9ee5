import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { discoveryAddSchema, dismissalCreateSchema, lexiconUpdateSchema } from '../../../contracts/discovery.ts';
import { organisationCreateSchema } from '../../../contracts/organisations.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation, updateVersioned } from '../../db/records.ts';
import { directoryEntries, discoveryLexicons } from '../../db/schema/index.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { actorIdOf, requireAccess } from '../access/require-access.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { checkOrganisationDuplicates } from '../organisations/organisation-duplicates.service.ts';
import { createOrganisation, getOrganisation } from '../organisations/organisations.service.ts';
import { createPartnership } from '../partnerships/partnerships.service.ts';
import { findLexicon, findLiveEntry, findPartnershipOf, insertDismissal, insertLexicon } from './discovery.queries.ts';
import { lexiconWords, loadReadableStructure } from './discovery.service.ts';

type EntryRow = NonNullable<Awaited<ReturnType<typeof findLiveEntry>>>;
const ENTRY = 'Le candidat';

export async function getLexicon(db: Db, actor: Actor, structureId: string) {
  await loadReadableStructure(db, actor, structureId);
  const row = await findLexicon(db, structureId);
  return { structureId, words: row?.words ?? (await lexiconWords(db, structureId)), isDefault: !row, version: row?.version ?? null };
}

/** Replaces the structure's theme words; the first change copies the shipped lexicon into the structure's own. */
export async function updateLexicon(db: Db, actor: Actor, input: z.infer<typeof lexiconUpdateSchema>) {
  await loadReadableStructure(db, actor, input.structureId);
  requireAccess(actor, 'structure:write', input.structureId);
  try {
    return await db.transaction(async (tx) => {
      const before = await findLexicon(tx, input.structureId);
      const audit = { actorId: actorIdOf(actor), entityType: 'discovery_lexicon' as const, structureId: input.structureId };
      if (!before) {
        const row = await insertLexicon(tx, input.structureId, input.words);
        await recordAudit(tx, { ...audit, entityId: row.id, action: 'create', before: null, after: row });
        return { structureId: row.structureId, words: row.words, isDefault: false, version: row.version };
      }
      if (input.version === undefined)
        throw new AppError('validation', 'Indiquez la version du lexique que vous avez lue.', {
          errors: [{ path: 'version', message: 'Version manquante' }],
        });
      const after = (await updateVersioned(
        tx,
        discoveryLexicons,
        before.id,
        input.version,
        { words: input.words },
        'Le lexique',
      )) as typeof before;
      await recordAudit(tx, { ...audit, entityId: after.id, action: 'update', before, after });
      return { structureId: after.structureId, words: after.words, isDefault: false, version: after.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'Le lexique vient d’être créé par quelqu’un d’autre : rechargez-le.');
    throw error;
  }
}

async function loadEntry(db: Db, id: string): Promise<EntryRow> {
  const entry = await findLiveEntry(db, id);
  if (!entry) throw notFound(ENTRY);
  return entry;
}

/** Sets a candidate aside for the structure, with why; it is no longer suggested there. */
export async function dismissEntry(db: Db, actor: Actor, input: z.infer<typeof dismissalCreateSchema>) {
  await loadReadableStructure(db, actor, input.structureId);
  requireAccess(actor, 'structure:write', input.structureId);
  await loadEntry(db, input.entryId);
  try {
    return await db.transaction(async (tx) => {
      const row = await insertDismissal(tx, { ...input, createdBy: actorIdOf(actor) });
      await recordAudit(tx, {
        actorId: actorIdOf(actor),
        entityType: 'discovery_dismissal',
        entityId: row.id,
        structureId: row.structureId,
        action: 'create',
        before: null,
        after: row,
      });
      return { id: row.id, entryId: row.entryId, structureId: row.structureId, reason: row.reason, createdAt: row.createdAt.toISOString() };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'Ce candidat est déjà écarté pour cette structure.');
    throw error;
  }
}

/** The organisation fields an entry gives; a website without its scheme gets https://, anything still invalid is left out. */
function organisationFrom(entry: EntryRow) {
  const website = entry.website && !/^https?:\/\//.test(entry.website) ? `https://${entry.website}` : entry.website;
  const values = {
    name: entry.name.slice(0, 200),
    sector: entry.sector,
    legalForm: entry.legalForm?.slice(0, 120) ?? null,
    rna: entry.rna,
    siret: entry.siret,
    uai: entry.uai,
    address: entry.address?.slice(0, 300) ?? null,
    postcode: entry.postcode,
    city: entry.city?.slice(0, 120) ?? null,
    inseeCode: entry.inseeCode,
    latitude: entry.latitude,
    longitude: entry.longitude,
    website,
    description: entry.description,
    source: entry.source.startsWith('csv:') ? `opendata:${entry.source.slice(4)}` : `opendata:${entry.source}`,
  };
  const parsed = organisationCreateSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  return organisationCreateSchema.parse(
    Object.fromEntries(Object.entries(values).filter(([key]) => !bad.has(key) || key === 'name' || key === 'sector')),
  );
}

async function linkEntry(db: Db, actor: Actor, entry: EntryRow, organisationId: string) {
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(directoryEntries)
      .set({ organisationId, updatedAt: new Date() })
      .where(eq(directoryEntries.id, entry.id))
      .returning();
    await recordAudit(tx, {
      actorId: actorIdOf(actor),
      entityType: 'directory_entry',
      entityId: entry.id,
      structureId: null,
      action: 'update',
      before: entry,
      after: after!,
    });
  });
}

/**
 * Adds a candidate to the structure's pipeline at "identified": creates its organisation, unless
 * a probable duplicate exists (409 naming them, so the user can link instead with `organisationId`).
 */
export async function addToPipeline(db: Db, actor: Actor, input: z.infer<typeof discoveryAddSchema>, dormantMonths: number) {
  await loadReadableStructure(db, actor, input.structureId);
  requireAccess(actor, 'structure:write', input.structureId);
  requireAccess(actor, 'directory:write');
  const entry = await loadEntry(db, input.entryId);
  let organisationId = input.organisationId ?? entry.organisationId;
  let createdOrganisation = false;
  if (organisationId) {
    await getOrganisation(db, actor, organisationId);
    if (await findPartnershipOf(db, organisationId, input.structureId)) {
      throw new AppError('conflict', `La structure suit déjà « ${entry.name} » : ouvrez le partenariat existant.`);
    }
  } else {
    const candidate = organisationFrom(entry);
    const duplicates = await checkOrganisationDuplicates(db, actor, candidate);
    if (duplicates.items.length > 0) {
      throw new AppError(
        'conflict',
        `« ${duplicates.items[0]!.organisation.name} » ressemble à ce candidat : reliez-le à cette organisation plutôt que d’en créer une autre.`,
        {
          current: { duplicates: duplicates.items },
        },
      );
    }
    organisationId = (await createOrganisation(db, actor, candidate)).id;
    createdOrganisation = true;
  }
  if (entry.organisationId !== organisationId) await linkEntry(db, actor, entry, organisationId);
  const partnership = await createPartnership(
    db,
    actor,
    { organisationId, structureId: input.structureId, stage: 'identified' },
    dormantMonths,
  );
  return { organisationId, partnershipId: partnership.id, createdOrganisation };
}
