import type { Page } from 'playwright-core';
import { look } from './harness.ts';
import { type Journey, type JourneyContext, openPage, signIn } from './journeys.ts';

const MANAGER = 'camille.laurent@demo.maillage.localhost';
const EVENT = 'Atelier cartes sensibles de Belleville';
const IDEA = 'Balade sonore dans le 20e';

async function signInAsManager(page: Page, context: JourneyContext) {
  await signIn(page, context, MANAGER, context.admin.password);
}

async function createEventWithTwoSlots(page: Page) {
  await page.getByRole('button', { name: 'Nouvel événement' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel(/^Titre/).fill(EVENT);
  await drawer.getByRole('combobox', { name: "Étape de l'exposition" }).click();
  await page.getByRole('option', { name: /^75 · / }).click();
  await drawer.getByLabel('Début (heure de Paris)').first().fill('2027-01-20T14:00');
  await drawer.getByLabel('Fin (heure de Paris)').first().fill('2027-01-20T16:00');
  await drawer.getByRole('button', { name: 'Ajouter un créneau' }).click();
  await drawer.getByLabel('Début (heure de Paris)').nth(1).fill('2027-01-27T14:00');
  await drawer.getByLabel('Fin (heure de Paris)').nth(1).fill('2027-01-27T16:00');
  await look(page, 'events-create-drawer');
  await drawer.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('heading', { name: EVENT, level: 1 }).waitFor();
}

async function addCoOrganiser(page: Page) {
  await page.getByRole('tab', { name: 'Partenaires' }).click();
  const organisation = page.getByRole('combobox', { name: 'Organisation' });
  await organisation.fill('Vélo Solidaire');
  await page.getByRole('option', { name: 'Vélo Solidaire Belleville' }).click();
  await page.getByRole('button', { name: 'Ajouter le partenaire' }).click();
  await page.getByText('Co-organisateur').first().waitFor();
  await look(page, 'events-partners');
}

/** A small OpenAgenda v2 file: one event on the 15th of next month, 18:00–20:00 in Paris (winter or summer, 17:00 UTC is near enough). */
function openAgendaFile(title: string, withBrokenEvent: boolean) {
  const now = new Date();
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 15, 17));
  const event = {
    uid: 91_000_001,
    title: { fr: title },
    description: { fr: 'Fabriquer un capteur de qualité de l’air et cartographier le quartier.' },
    timings: [{ begin: day.toISOString(), end: new Date(day.getTime() + 2 * 3600_000).toISOString() }],
    location: { name: 'Salle Jean-Jaurès de Romainville', address: '12 avenue Jean-Jaurès', postalCode: '93230', city: 'Romainville' },
  };
  const events = withBrokenEvent ? [event, { uid: 91_000_002, title: { fr: 'Sans horaire' } }] : [event];
  return {
    name: 'agenda-openagenda.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ total: events.length, events })),
  };
}

export const EVENT_JOURNEYS: Journey[] = [
  {
    name: 'events: creates an event with two slots at the Paris stop, a co-organiser, and finds it in the calendar (1280 px)',
    async run(context) {
      const page = await openPage(context);
      await signInAsManager(page, context);
      await page.getByRole('link', { name: 'Événements', exact: true }).click();
      await page.getByRole('heading', { name: 'Événements', level: 1 }).waitFor();
      await createEventWithTwoSlots(page);
      await addCoOrganiser(page);
      await page.getByRole('link', { name: 'Événements' }).first().click();
      while (!(await page.getByText('janvier 2027', { exact: true }).isVisible()))
        await page.getByRole('button', { name: 'Période suivante' }).click();
      await page
        .getByRole('link', { name: new RegExp(EVENT) })
        .first()
        .waitFor();
      await look(page, 'events-calendar-month');
      await page.close();
    },
  },
  {
    name: 'events: proposes an idea and turns it into an event draft (390 px)',
    async run(context) {
      const page = await openPage(context, 'phone');
      await signInAsManager(page, context);
      await page.goto(`${context.baseUrl}/evenements/idees`);
      await page.getByRole('heading', { name: 'Boîte à idées', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Proposer une idée' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel(/^Titre/).fill(IDEA);
      await drawer.getByLabel('Partenaires envisagés').fill('Radio Ménilmontant');
      await drawer.getByRole('button', { name: 'Proposer une idée' }).click();
      await page.getByText(IDEA).first().waitFor();
      await look(page, 'ideas-board-phone');
      await page.getByRole('button', { name: 'Transformer en événement' }).first().click();
      await page.getByRole('heading', { name: IDEA, level: 1 }).waitFor();
      await page.getByText('Proposé').first().waitFor();
      await page.close();
    },
  },
  {
    name: 'events: imports an OpenAgenda file through the dialog, sees each refused event named, then finds the event in the calendar (390 px)',
    async run(context) {
      const title = 'Atelier capteurs citoyens';
      const page = await openPage(context, 'phone');
      await signInAsManager(page, context);
      await page.goto(`${context.baseUrl}/evenements`);
      await page.getByRole('heading', { name: 'Événements', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Importer' }).click();
      await page.getByText('Synchronisation indisponible').waitFor();
      await page.getByRole('menuitem', { name: 'Fichier OpenAgenda…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Importer un fichier OpenAgenda' });
      await dialog.locator('input[type=file]').setInputFiles(openAgendaFile(title, true));
      await dialog.getByLabel('Identifiant de l’agenda OpenAgenda').fill('4242');
      await dialog.getByRole('button', { name: 'Importer' }).click();
      await dialog.getByText(/^Événement 2 : timings/).waitFor();
      await look(page, 'events-openagenda-file-refused-phone');
      await dialog.locator('input[type=file]').setInputFiles(openAgendaFile(title, false));
      await dialog.getByRole('button', { name: 'Importer' }).click();
      await dialog.getByText('1 créé, 0 mis à jour.').waitFor();
      await look(page, 'events-openagenda-file-imported-phone');
      await dialog.getByRole('button', { name: 'Fermer' }).first().click();
      await page.getByRole('button', { name: 'Période suivante' }).click();
      await page
        .getByRole('link', { name: new RegExp(title) })
        .first()
        .waitFor();
      await page.close();
    },
  },
];
