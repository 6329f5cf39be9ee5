import type { Locator, Page } from 'playwright-core';
import { expectText, look } from './harness.ts';
import { type Journey, type JourneyContext, openPage, signIn } from './journeys.ts';

/** The demo's Paris manager; demo accounts get the administrator's first password. */
const MANAGER = 'camille.laurent@demo.maillage.localhost';
const PARIS = 'Science Ouverte Paris';
const ORGANISATION = 'Maison des Mobilités Douces';
const CONTACT = 'Nadia Haddad';
const TASK = 'Envoyer la convention de partenariat';

function parisToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

async function signInAsManager(page: Page, context: JourneyContext) {
  await signIn(page, context, MANAGER, context.admin.password);
  // The header's switcher; on a phone it sits in the folded menu, and Camille has one structure anyway.
  const switcher = page.getByRole('banner').getByRole('combobox', { name: 'Structure' });
  if ((await switcher.count()) > 0 && (await switcher.inputValue()) !== PARIS) {
    await switcher.click();
    await page.getByRole('option', { name: PARIS }).click();
  }
}

/** A real mouse drag: press on the card, move in small steps to the column, release. */
async function dragTo(page: Page, card: Locator, column: Locator) {
  const from = await card.boundingBox();
  const to = await column.boundingBox();
  if (from === null || to === null) throw new Error('card or column not on screen');
  // Pressed low on the card, away from the organisation's link and the menu button.
  const start = { x: from.x + from.width / 2, y: from.y + from.height - 10 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y + 4, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 90, { steps: 20 });
  await page.mouse.up();
}

async function createPartner(page: Page) {
  await page.getByRole('button', { name: 'Ajouter un partenaire' }).first().click();
  const drawer = page.getByRole('dialog');
  // A name close to a partner the directory already holds, in the same postcode: offered before saving.
  await drawer.getByLabel(/^Nom/).fill('Velo Solidaire Belleville');
  await drawer.getByLabel('Code postal').fill('75020');
  await drawer.getByText('Cette organisation existe peut-être déjà').waitFor();
  await drawer.getByRole('button', { name: "Utiliser l'organisation « Vélo Solidaire Belleville »" }).waitFor();
  await drawer.getByLabel('SIRET').fill('1234');
  await drawer.getByLabel('Commune').click();
  await drawer.getByText('SIRET : 14 chiffres').waitFor();
  await look(page, 'partners-add-drawer-duplicates');
  await drawer.getByLabel('SIRET').fill('');
  await drawer.getByLabel(/^Nom/).fill(ORGANISATION);
  await drawer.getByLabel('Code postal').fill('75019');
  await drawer.getByLabel('Commune').fill('Paris');
  await drawer.getByRole('combobox', { name: 'Secteur' }).click();
  await page.getByRole('option', { name: 'Associatif et social' }).click();
  await drawer.getByRole('button', { name: 'Créer et suivre' }).click();
  await page.getByRole('heading', { name: ORGANISATION }).waitFor();
}

async function addContact(page: Page) {
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'Ajouter un contact' }).first().click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('Prénom').fill('Nadia');
  await drawer.getByLabel(/^Nom/).fill('Haddad');
  await drawer.getByLabel('Adresse e-mail').fill('nadia.haddad@exemple.fr');
  await drawer.getByLabel('Fonction').fill('Coordinatrice');
  await drawer.getByRole('button', { name: 'Ajouter le contact' }).click();
  await page.getByRole('link', { name: CONTACT }).waitFor();
  await look(page, 'organisation-contacts');
}

async function logMeeting(page: Page) {
  await page.getByRole('tab', { name: 'Historique des échanges' }).click();
  await page.getByRole('radio', { name: 'Rendez-vous' }).check();
  await page.getByRole('combobox', { name: 'Avec' }).click();
  await page.getByRole('option', { name: CONTACT }).click();
  await page.getByLabel('Résumé').fill("Présentation de l'exposition « Mobilités » et des dates de l'étape parisienne.");
  await page.getByRole('button', { name: "Enregistrer l'échange" }).click();
  await page.getByText("Présentation de l'exposition").waitFor();
  await look(page, 'organisation-exchanges');
}

async function addTask(page: Page) {
  await page.getByRole('tab', { name: 'Tâches' }).click();
  await page.getByRole('textbox', { name: /^Tâche/ }).fill(TASK);
  await page.getByLabel('Échéance').fill(parisToday());
  await page.getByRole('button', { name: 'Ajouter la tâche' }).click();
  await page.getByRole('list', { name: 'Tâches' }).getByText(TASK).waitFor();
  await look(page, 'organisation-tasks');
}

/** A drag that starts while the board re-renders after a refetch can miss its card: try again, like a person would. */
async function dragUntilMoved(page: Page, card: Locator, column: Locator, moved: Locator) {
  for (let attempt = 1; ; attempt++) {
    await dragTo(page, card, column);
    try {
      await moved.waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

async function moveAcrossTheBoard(page: Page, context: JourneyContext) {
  await page.goto(`${context.baseUrl}/partenaires?vue=tableau`);
  const column = (stage: string) => page.locator(`[data-stage="${stage}"]`);
  const card = (stage: string) => column(stage).locator(`[data-partnership="${ORGANISATION}"]`);
  await card('identified').waitFor();
  await look(page, 'partners-board');
  await dragUntilMoved(page, card('identified'), column('contacted'), card('contacted'));
  await page.getByText(`« ${ORGANISATION} » est passé à l'étape « Contacté ».`).waitFor();
  await dragUntilMoved(page, card('contacted'), column('in_discussion'), card('in_discussion'));
  await page.getByText(`« ${ORGANISATION} » est passé à l'étape « En discussion ».`).waitFor();
  await card('in_discussion').waitFor();
  // The keyboard way: the card's "Déplacer vers…" menu.
  await page.getByRole('button', { name: `Déplacer « ${ORGANISATION} » vers une autre étape` }).click();
  await page.getByRole('menuitem', { name: 'Engagé' }).click();
  await page.getByText(`« ${ORGANISATION} » est passé à l'étape « Engagé ».`).waitFor();
  await card('committed').waitFor();
  await look(page, 'partners-board-moved');
}

async function findBySearch(page: Page) {
  await page.keyboard.press('Control+K');
  await page.keyboard.type('mobilite');
  const option = page.getByRole('option', { name: new RegExp(ORGANISATION) });
  await option.waitFor();
  await look(page, 'search-mobilite');
  await option.click();
  await page.getByRole('heading', { name: ORGANISATION }).waitFor();
  expectText(await page.getByText('Engagé').first().textContent(), 'Engagé', 'stage badge after the moves');
}

export const PARTNER_JOURNEYS: Journey[] = [
  {
    name: 'follows a new partner from creation across the board, with a contact, a meeting and a task (1280 px)',
    async run(context) {
      const page = await openPage(context);
      await signInAsManager(page, context);
      await page.getByRole('link', { name: 'Partenaires', exact: true }).click();
      await page.getByRole('heading', { name: 'Partenaires', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Vélo Solidaire Belleville' }).waitFor();
      await look(page, 'partners-list');
      await createPartner(page);
      await look(page, 'organisation-overview');
      await addContact(page);
      await logMeeting(page);
      await addTask(page);
      await page.getByRole('tab', { name: 'Historique des modifications' }).click();
      await page.getByText('Création').first().waitFor();
      await look(page, 'organisation-history');
      await moveAcrossTheBoard(page, context);
      await findBySearch(page);
      await page.getByRole('tab', { name: 'Contacts' }).click();
      await page.getByRole('link', { name: CONTACT }).click();
      await page.getByRole('heading', { name: CONTACT }).waitFor();
      await look(page, 'contact-page');
      await page.getByRole('tab', { name: 'Historique des échanges' }).click();
      await page.getByText("Présentation de l'exposition").waitFor();
      await page.getByRole('tabpanel').getByRole('link', { name: ORGANISATION }).waitFor();
      await look(page, 'contact-exchanges');
      await page.context().close();
    },
  },
  {
    name: 'keeps the filtered list in the URL, ticks a task off in "Ma journée", and fits a phone (390 px)',
    async run(context) {
      const page = await openPage(context);
      await signInAsManager(page, context);
      await page.goto(`${context.baseUrl}/partenaires?etape=committed&tri=organisation`);
      await page.getByText('Étape : Engagé').waitFor();
      await page.getByRole('link', { name: ORGANISATION }).waitFor();
      expectText(await page.getByRole('table').textContent(), 'Accès Cité', 'another committed partner');
      await look(page, 'partners-list-filtered');
      await page.goto(`${context.baseUrl}/partenaires/ma-journee`);
      const task = page.getByRole('checkbox', { name: TASK });
      await task.check();
      await page.getByText(`Tâche « ${TASK} » terminée.`).waitFor();
      await look(page, 'my-day');
      await page.goto(`${context.baseUrl}/partenaires?vue=tableau`);
      await page.getByRole('radiogroup', { name: "Langue de l'interface" }).getByText('EN', { exact: true }).click();
      await page.getByRole('heading', { name: 'Partners', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'In discussion' }).waitFor();
      await look(page, 'partners-board-english');
      await page.getByRole('radiogroup', { name: 'Display' }).locator('label').filter({ hasText: 'List' }).click();
      await page.getByRole('columnheader', { name: 'Organisation' }).waitFor();
      await look(page, 'partners-list-english');
      await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('FR', { exact: true }).click();
      await page.context().close();

      const phone = await openPage(context, 'phone');
      await signInAsManager(phone, context);
      await phone.goto(`${context.baseUrl}/partenaires`);
      await phone.getByRole('link', { name: 'Vélo Solidaire Belleville' }).waitFor();
      await look(phone, 'partners-list-phone');
      await phone.goto(`${context.baseUrl}/partenaires?vue=tableau`);
      await phone.locator('[data-stage="identified"]').waitFor();
      await look(phone, 'partners-board-phone');
      await phone.context().close();
    },
  },
];
