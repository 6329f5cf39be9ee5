import type { Role } from '../../../contracts/roles.ts';
import type { Db, Tx } from '../../db/client.ts';
import {
  eventSlots,
  events,
  exhibitionModules,
  exhibitionStops,
  exhibitions,
  organisations,
  partnershipStageChanges,
  partnerships,
} from '../../db/schema/index.ts';
import { parisLocalToDate } from '../../lib/paris-time.ts';
import { createMailer } from '../../mail/mailer.ts';
import { insertStructure } from '../structures/structures.queries.ts';
import { createUser } from '../users/users.service.ts';
import { seedDemoActivity } from './demo-activity.ts';
import demoOrganisations from './demo-organisations.json' with { type: 'json' };
import {
  DEMO_ASSOCIATIONS,
  DEMO_EVENTS,
  DEMO_ITINERARY,
  DEMO_MODULES,
  DEMO_PEOPLE,
  DEMO_STRUCTURES,
  SCIENCE_CENTRE,
} from './demo-programme.ts';

type OrganisationInsert = typeof organisations.$inferInsert;

/**
 * Loads the Paris "Mobilités" programme into an empty database: the 8 local structures,
 * fictional staff, partner organisations from open data and fictional associations,
 * the exhibition with its itinerary, and a few events.
 */
export async function seedDemo(db: Db, coordinationId: string, password: string): Promise<void> {
  const structureIds = new Map<string, string>();
  for (const s of DEMO_STRUCTURES) {
    structureIds.set(s.code, (await insertStructure(db, { ...s, kind: 'local', email: `contact-${s.code}@demo.maillage.localhost` })).id);
  }
  const owners = new Map<string, string>();
  const silentMailer = createMailer(db, undefined, 'demo');
  for (const person of DEMO_PEOPLE) {
    const created = await createUser(
      db,
      silentMailer,
      null,
      {
        name: person.name,
        email: person.email,
        password: password.length >= 12 ? password : undefined,
        structureId: structureIds.get(person.structure) ?? coordinationId,
        role: person.role as Role,
      },
      'http://localhost',
    );
    owners.set(person.name, created.id);
  }
  await db.transaction(async (tx) => {
    const orgIds = await insertOrganisations(tx);
    await insertPartnerships(tx, structureIds.get('75')!, orgIds, owners);
    await insertProgramme(tx, structureIds, orgIds);
    await seedDemoActivity(tx, { parisId: structureIds.get('75')!, orgIds, owners, now: new Date() });
  });
}

async function insertOrganisations(tx: Tx): Promise<Map<string, string>> {
  const rows: OrganisationInsert[] = [
    SCIENCE_CENTRE as unknown as OrganisationInsert,
    ...DEMO_ASSOCIATIONS.map((a) => ({ ...a, city: 'Paris', source: 'demo' }) as unknown as OrganisationInsert),
    ...(demoOrganisations.organisations as unknown as OrganisationInsert[]),
  ];
  const inserted = await tx.insert(organisations).values(rows).returning({ id: organisations.id, name: organisations.name });
  return new Map(inserted.map((o) => [o.name, o.id]));
}

/** Paris follows its actors through every stage of the pipeline. */
const PARIS_PIPELINE: { name: string; stage: string; engagements: string[]; objectives: string[]; owner: string }[] = [
  {
    name: SCIENCE_CENTRE.name,
    stage: 'durable',
    engagements: ['host', 'expertise'],
    objectives: ['scientific_openness'],
    owner: 'Camille Laurent',
  },
  {
    name: 'Vélo Solidaire Belleville',
    stage: 'committed',
    engagements: ['co_organise', 'bring_public'],
    objectives: ['distant_publics'],
    owner: 'Yanis Benali',
  },
  {
    name: 'Centre social Les Envierges',
    stage: 'active',
    engagements: ['bring_public', 'relay'],
    objectives: ['distant_publics'],
    owner: 'Yanis Benali',
  },
  {
    name: 'Exil et Récits',
    stage: 'in_discussion',
    engagements: ['co_organise'],
    objectives: ['cultural_openness', 'distant_publics'],
    owner: 'Camille Laurent',
  },
  {
    name: 'Les Marcheurs de la Goutte d’Or',
    stage: 'contacted',
    engagements: ['relay'],
    objectives: ['distant_publics'],
    owner: 'Yanis Benali',
  },
  {
    name: 'Accès Cité – mobilité et handicap',
    stage: 'committed',
    engagements: ['expertise', 'co_organise'],
    objectives: ['distant_publics'],
    owner: 'Camille Laurent',
  },
  { name: 'Radio Ménilmontant', stage: 'identified', engagements: ['relay'], objectives: ['cultural_openness'], owner: 'Yanis Benali' },
  {
    name: 'Mairie du 20e arrondissement',
    stage: 'in_discussion',
    engagements: ['action_plan', 'host'],
    objectives: ['political_openness'],
    owner: 'Camille Laurent',
  },
  {
    name: 'Laboratoire Mobilités et Territoires (université partenaire)',
    stage: 'active',
    engagements: ['expertise'],
    objectives: ['scientific_openness'],
    owner: 'Camille Laurent',
  },
  { name: 'Coopérative Roue Libre', stage: 'declined', engagements: [], objectives: [], owner: 'Yanis Benali' },
  {
    name: "Musée national de l'histoire et des cultures de l'immigration",
    stage: 'contacted',
    engagements: ['expertise'],
    objectives: ['cultural_openness'],
    owner: 'Camille Laurent',
  },
  {
    name: 'Collège Robert Doisneau',
    stage: 'active',
    engagements: ['bring_public'],
    objectives: ['distant_publics'],
    owner: 'Yanis Benali',
  },
];

async function insertPartnerships(tx: Tx, parisId: string, orgIds: Map<string, string>, owners: Map<string, string>) {
  type PartnershipInsert = typeof partnerships.$inferInsert;
  const rows = PARIS_PIPELINE.filter((p) => orgIds.has(p.name)).map((p) => ({
    organisationId: orgIds.get(p.name)!,
    structureId: parisId,
    stage: p.stage as PartnershipInsert['stage'],
    engagements: p.engagements as PartnershipInsert['engagements'],
    objectives: p.objectives as PartnershipInsert['objectives'],
    ownerId: owners.get(p.owner) ?? null,
  }));
  const inserted = await tx.insert(partnerships).values(rows).returning();
  // Each partnership's stage history starts at the stage the demo gives it.
  await tx
    .insert(partnershipStageChanges)
    .values(inserted.map((p) => ({ partnershipId: p.id, fromStage: null, toStage: p.stage, at: p.stageChangedAt })));
}

async function insertProgramme(tx: Tx, structureIds: Map<string, string>, orgIds: Map<string, string>) {
  const [exhibition] = await tx
    .insert(exhibitions)
    .values({
      title: 'Mobilités',
      theme: 'Questions de sciences, enjeux citoyens',
      description: 'Exposition itinérante, interactive et participative.',
    })
    .returning();
  await tx.insert(exhibitionModules).values(DEMO_MODULES.map((m, i) => ({ ...m, exhibitionId: exhibition!.id, position: i + 1 })));
  const stops = await tx
    .insert(exhibitionStops)
    .values(
      DEMO_ITINERARY.map((stop) => ({
        ...stop,
        exhibitionId: exhibition!.id,
        structureId: structureIds.get(stop.departement)!,
        venueId: stop.departement === '75' ? (orgIds.get(SCIENCE_CENTRE.name) ?? null) : null,
      })),
    )
    .returning();
  const parisStop = stops.find((s) => s.departement === '75')!;
  for (const e of DEMO_EVENTS) {
    const [event] = await tx
      .insert(events)
      .values({
        title: e.title,
        format: e.format,
        status: e.status,
        registrationMode: e.registrationMode,
        structureId: parisStop.structureId,
        stopId: parisStop.id,
        venueId: orgIds.get(e.venue) ?? null,
      })
      .returning();
    await tx
      .insert(eventSlots)
      .values({ eventId: event!.id, startsAt: parisLocalToDate(e.start), endsAt: parisLocalToDate(e.end), capacity: e.capacity });
  }
}
