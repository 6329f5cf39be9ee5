import type { Page } from 'playwright-core';
import { expectText, look } from './harness.ts';
import { type Journey, type JourneyContext, openPage, signIn } from './journeys.ts';

const MANAGER = 'camille.laurent@demo.maillage.localhost';
/** A demo event that registers in Maillage, in January 2027. */
const EVENT = 'Balade urbaine : Belleville à pied et à vélo';
const VISITOR = { name: 'Inès Parcours', email: 'ines.parcours@exemple.localhost' };
const CHANGED_MIND = { name: 'Hugo Empêché', email: 'hugo.empeche@exemple.localhost' };

/** A visitor on a phone, without an account: the agenda, the event, the form. Returns the event's id. */
async function registerOnPhone(context: JourneyContext, visitor: { name: string; email: string }, shots: boolean): Promise<string> {
  const page = await openPage(context, 'phone');
  await page.goto(`${context.baseUrl}/agenda`);
  await page.getByRole('heading', { name: 'Agenda', level: 1 }).waitFor();
  if (shots) await look(page, 'agenda-list-390');
  await page.getByRole('link', { name: EVENT }).click();
  await page.getByRole('heading', { name: EVENT, level: 1 }).waitFor();
  const eventId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  if (shots) await look(page, 'agenda-event-390');
  await page.getByLabel(/^Nom et prénom/).fill(visitor.name);
  await page.getByLabel(/^Courriel/).fill(visitor.email);
  await page.getByLabel('Code postal').fill('75020');
  await page.getByRole('checkbox', { name: /J’accepte/ }).check();
  await page.getByRole('button', { name: 'Envoyer mon inscription' }).click();
  await page.getByRole('status').filter({ hasText: 'Inscription confirmée' }).waitFor();
  if (shots) await look(page, 'agenda-registered-390');
  await page.context().close();
  return eventId;
}

/** The coordination reads the visitor's confirmation in the outbox (no SMTP in the journeys) and returns its text. */
async function readConfirmation(page: Page, context: JourneyContext, email: string): Promise<string> {
  await page.goto(`${context.baseUrl}/administration?onglet=courriels`);
  const row = page.getByRole('row').filter({ hasText: email }).first();
  await row.getByRole('button', { name: /^Lire/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/Code d’accueil à présenter/).waitFor();
  const text = (await dialog.textContent()) ?? '';
  await look(page, 'agenda-outbox-confirmation');
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  return text;
}

export const AGENDA_JOURNEYS: Journey[] = [
  {
    name: 'agenda: a visitor registers on the public page (390 px), the confirmation is in the outbox, staff check them in at the desk (390 px)',
    async run(context) {
      const eventId = await registerOnPhone(context, VISITOR, true);

      const admin = await openPage(context);
      await signIn(admin, context);
      const mail = await readConfirmation(admin, context, VISITOR.email);
      expectText(mail, EVENT, 'confirmation e-mail');
      const code = /Code d’accueil à présenter : ([A-Z0-9]{8})/.exec(mail)?.[1];
      if (!code) throw new Error(`no check-in code in the e-mail: ${mail}`);
      await admin.context().close();

      const desk = await openPage(context, 'phone');
      await signIn(desk, context, MANAGER, context.admin.password);
      await desk.goto(`${context.baseUrl}/evenements/${eventId}/accueil`);
      await desk.getByRole('heading', { name: 'Accueil des participant·es' }).waitFor();
      await desk.getByLabel('Rechercher un nom').fill('ines');
      await desk.getByText(VISITOR.name).waitFor();
      await look(desk, 'agenda-desk-before-390');
      await desk.getByLabel('Code du courriel').fill(code.toLowerCase());
      await desk.getByRole('button', { name: 'Valider le code' }).click();
      await desk.getByText(/^Arrivé·e : /).waitFor();
      await desk.getByText('1 place confirmée, 1 arrivée, 0 en attente').waitFor();
      await look(desk, 'agenda-desk-checked-in-390');
      // The event page's Registrations tab says the same.
      await desk.goto(`${context.baseUrl}/evenements/${eventId}?onglet=inscriptions`);
      await desk.getByRole('cell', { name: VISITOR.name }).waitFor();
      await desk.getByText('1 place confirmée, 1 arrivée, 0 en attente').waitFor();
      await look(desk, 'agenda-registrations-tab-390');
      await desk.context().close();
    },
  },
  {
    name: 'agenda: a registrant cancels through the signed link of their e-mail (390 px)',
    async run(context) {
      await registerOnPhone(context, CHANGED_MIND, false);
      const admin = await openPage(context);
      await signIn(admin, context);
      const mail = await readConfirmation(admin, context, CHANGED_MIND.email);
      const link = /(https?:\/\/\S+\/agenda\/annuler\?token=\S+)/.exec(mail)?.[1];
      if (!link) throw new Error(`no cancel link in the e-mail: ${mail}`);
      await admin.context().close();

      const page = await openPage(context, 'phone');
      await page.goto(`${context.baseUrl}${new URL(link).pathname}${new URL(link).search}`);
      await page.getByText(new RegExp(`${CHANGED_MIND.name}, 1 place pour « ${EVENT} »`)).waitFor();
      await look(page, 'agenda-cancel-390');
      await page.getByRole('button', { name: 'Annuler mon inscription' }).click();
      await page.getByRole('status').filter({ hasText: 'Inscription annulée' }).waitFor();
      await look(page, 'agenda-cancelled-390');
      await page.context().close();
    },
  },
];
