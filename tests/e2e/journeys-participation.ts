import type { Page } from 'playwright-core';
import { expectText, look } from './harness.ts';
import { type Journey, type JourneyContext, openPage, signIn } from './journeys.ts';

/** The demo's Paris manager; demo accounts get the administrator's first password. */
const MANAGER = 'camille.laurent@demo.maillage.localhost';
const PARIS = 'Science Ouverte Paris';
const GROUP = 'Groupe citoyen des Olympiades';
/** Words of their own on every run, so that a wall already showing others cannot pass for this one. */
const WORDS = `Le matin, le bus 62 est plein : il en faudrait un toutes les ${3 + (Date.now() % 7)} minutes.`;

/** The Paris stop of the exhibition, read through the API with the manager's session. */
async function parisStopId(page: Page, context: JourneyContext): Promise<string> {
  const list = await (await page.request.get(`${context.baseUrl}/api/v1/exhibitions`)).json();
  for (const { id } of list.items as { id: string }[]) {
    const detail = await (await page.request.get(`${context.baseUrl}/api/v1/exhibitions/${id}`)).json();
    const stop = (detail.stops as { id: string; structure: { name: string } }[]).find((s) => s.structure.name === PARIS);
    if (stop) return stop.id;
  }
  throw new Error('no exhibition stop for Paris in the demo');
}

async function createGroup(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Participation' }).first().click();
  await page.getByRole('heading', { name: 'Participation' }).waitFor();
  await page.getByLabel('Nom du groupe').fill(GROUP);
  await page.getByRole('combobox', { name: 'Public' }).click();
  await page.getByRole('option', { name: /Jeunes/ }).click();
  await page.getByLabel('Quartier').fill('Olympiades');
  await page.getByLabel('Code QPV').fill('QN07513M');
  await page.getByRole('button', { name: 'Créer le groupe' }).click();
  await page.getByRole('link', { name: GROUP }).click();
  await page.getByRole('heading', { name: GROUP }).waitFor();
  await page.getByLabel('Date').fill('2027-01-12');
  await page.getByLabel('Thème').fill('Nos trajets du quotidien');
  await page.getByLabel('Présents').fill('12');
  await page.getByRole('button', { name: 'Enregistrer la séance' }).click();
  await page.getByText('Nos trajets du quotidien').waitFor();
  const link = page.getByRole('link', { name: /\/contribuer\// });
  await link.waitFor();
  await look(page, 'participation-group');
  return (await link.textContent()) ?? '';
}

/** A citizen on a phone: the form from the QR code, without an account. */
async function contributeOnPhone(context: JourneyContext, formUrl: string) {
  const phone = await openPage(context, 'phone');
  await phone.goto(formUrl.replace(/^https?:\/\/[^/]+/, context.baseUrl));
  await phone.getByRole('heading', { name: 'Contribuer' }).waitFor();
  await phone.getByRole('radio', { name: 'Témoignage' }).check();
  await phone.getByLabel('Votre contribution').fill(WORDS);
  await phone.getByLabel('Prénom ou pseudonyme').fill('Inès');
  await phone.getByRole('combobox', { name: 'Âge' }).click();
  await phone.getByRole('option', { name: '15 à 17 ans' }).click();
  await drawJourney(phone);
  // Sent without the consents: the form says what is missing.
  await phone.getByRole('button', { name: 'Envoyer' }).click();
  await phone.getByText('Votre accord est nécessaire').waitFor();
  await phone.getByText('Avant 18 ans').waitFor();
  await look(phone, 'participation-form-phone-errors');
  await phone.getByLabel(/J'accepte que ma contribution/).check();
  await phone.getByLabel(/Un parent ou responsable légal/).check();
  await phone.getByRole('button', { name: 'Envoyer' }).click();
  await phone.getByText('Votre contribution a bien été reçue').waitFor();
  await look(phone, 'participation-form-phone-sent');
  await phone.context().close();
}

/** Three taps on the form's map draw the journey; undo and clear work on the way. */
async function drawJourney(phone: Page) {
  await phone.getByRole('button', { name: 'Dessiner mon trajet sur une carte' }).click();
  const map = phone.getByTestId('journey-map');
  await map.locator('path.leaflet-interactive, svg path').first().waitFor();
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  if (!box) throw new Error('the journey map has no size');
  const tap = (x: number, y: number) => map.click({ position: { x: box.width * x, y: box.height * y } });
  await tap(0.3, 0.35);
  await phone.getByText('1 point placé').waitFor();
  await tap(0.9, 0.9);
  await phone.getByRole('button', { name: 'Annuler le dernier point' }).click();
  await tap(0.5, 0.5);
  await tap(0.7, 0.6);
  await phone.getByText('3 points placés').waitFor();
  await look(phone, 'participation-form-phone-journey');
}

async function moderate(page: Page) {
  await page.goto(page.url().replace(/\/participation.*/, '/participation?onglet=moderation'));
  const card = page.locator('.mantine-Card-root').filter({ hasText: WORDS });
  await card.waitFor();
  await card.getByText('Mineur·e').waitFor();
  await card.getByRole('img', { name: 'Trajet dessiné, 3 points' }).waitFor();
  await look(page, 'participation-moderation');
  await card.getByRole('button', { name: 'Approuver' }).click();
  await page.locator('.mantine-SegmentedControl-root').getByText('Approuvée').click();
  const approved = page.locator('.mantine-Card-root').filter({ hasText: WORDS });
  // The switch follows the server: it turns on once the selection is saved.
  await approved.getByRole('switch', { name: 'Afficher sur le mur' }).click();
  await approved.getByText('Sur le mur').waitFor();
}

export const PARTICIPATION_JOURNEYS: Journey[] = [
  {
    name: 'participation: a manager edits a commitment of the action plan in its dialog',
    async run(context) {
      const page = await openPage(context, 'phone');
      await signIn(page, context, MANAGER, context.admin.password);
      await page.goto(`${context.baseUrl}/plan-action`);
      await page
        .getByRole('button', { name: /Modifier l’engagement de/ })
        .first()
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Signé le').waitFor();
      await look(page, 'action-plan-commitment-edit-phone');
      const organisation = ((await dialog.locator('h2').textContent()) ?? '').replace(/^Engagement de /, '');
      await dialog.getByRole('combobox', { name: "Type d'engagement" }).click();
      await page.getByRole('option', { name: 'Accueille', exact: true }).click();
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText('Engagement modifié.').waitFor();
      const line = page.getByRole('listitem').filter({ hasText: organisation });
      expectText(await line.first().textContent(), `${organisation} · Accueille`, 'edited commitment');
      await page.context().close();
    },
  },
  {
    name: 'participation: a citizen contributes from a phone with a drawn journey, staff approve and select it, it shows on the wall',
    async run(context) {
      const page = await openPage(context);
      await signIn(page, context, MANAGER, context.admin.password);
      const stopId = await parisStopId(page, context);
      // The screen in the exhibition, signed out.
      const wall = await openPage(context);
      await wall.goto(`${context.baseUrl}/mur/${stopId}`);
      await wall.getByRole('heading', { name: /Paroles d'habitants/ }).waitFor();

      const formUrl = await createGroup(page);
      expectText(formUrl, /\/contribuer\/[A-Za-z0-9_-]{24}$/, 'form link');
      await contributeOnPhone(context, formUrl);
      const pending = await (await wall.request.get(`${context.baseUrl}/api/v1/public/walls/${stopId}`)).text();
      if (pending.includes('bus 62')) throw new Error('a pending contribution reached the public wall');

      await moderate(page);
      // The wall polls by itself: the approved, selected words appear without a reload.
      await wall.getByText(WORDS, { exact: false }).waitFor({ timeout: 30_000 });
      expectText(await wall.getByRole('main').textContent(), GROUP, 'wall item');
      await wall.getByRole('img', { name: 'Trajet dessiné, 3 points' }).waitFor();
      await look(wall, 'participation-wall');
      await wall.context().close();
      await page.context().close();
    },
  },
];
