import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpReceiver } from '../../../../tests/helpers/smtp-receiver.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../../tests/helpers/test-app.ts';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let structureId: string;
let manager: string;

/** Quoted-printable soft breaks removed, so a link reads whole. */
const bodyOf = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
const tokenIn = (raw: string) => /token=([A-Za-z0-9_-]+)/.exec(bodyOf(raw))?.[1];

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await createTestApp({ smtpUrl: smtp.url });
  structureId = (await t.createStructure('93')).id;
  manager = (await t.userWithRole('manager', structureId)).cookie;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('accounts', () => {
  it('lets a manager open an account; the invitation arrives by SMTP and sets the password', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      as: manager,
      payload: { name: 'Awa Diallo', email: 'Awa.Diallo@Example.org', structureId, role: 'member' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: 'awa.diallo@example.org', memberships: [{ structureId, role: 'member' }] });

    const mail = smtp.received.find((m) => m.to.includes('awa.diallo@example.org'));
    expect(mail).toBeDefined();
    const token = tokenIn(mail!.raw);
    expect(token).toBeTruthy();
    const reset = await t.request({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token, newPassword: 'un-mot-de-passe-choisi' },
    });
    expect(reset.statusCode).toBe(200);
    expect(await t.signIn('awa.diallo@example.org', 'un-mot-de-passe-choisi')).toContain('session_token');

    const outbox = await t.request({ method: 'GET', url: '/api/v1/outbox', as: await t.signIn('coordination@test.localhost') });
    expect(outbox.json().items[0]).toMatchObject({ to: 'awa.diallo@example.org', status: 'sent' });
  });

  it('refuses to let a manager grant the coordinator role', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      as: manager,
      payload: { name: 'Trop Haut', email: 'haut@example.org', structureId, role: 'coordinator' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('refuses a second account for the same e-mail', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      as: manager,
      payload: { name: 'Awa D.', email: 'awa.diallo@example.org', structureId, role: 'member' },
    });
    expect(response.statusCode).toBe(409);
  });

  it('resets a forgotten password through a link sent by e-mail, and the old password stops working', async () => {
    const { email } = await t.userWithRole('member', structureId);
    const asked = await t.request({
      method: 'POST',
      url: '/api/auth/request-password-reset',
      payload: { email, redirectTo: '/reinitialiser' },
    });
    expect(asked.statusCode).toBe(200);
    const mail = smtp.received.findLast((m) => m.to.includes(email));
    const token = tokenIn(mail!.raw);
    const bad = await t.request({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token: 'forged-token', newPassword: 'nouveau-mot-de-passe' },
    });
    expect(bad.statusCode).toBe(400);
    const good = await t.request({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token, newPassword: 'nouveau-mot-de-passe' },
    });
    expect(good.statusCode).toBe(200);
    await expect(t.signIn(email)).rejects.toThrow();
    expect(await t.signIn(email, 'nouveau-mot-de-passe')).toBeTruthy();
  });

  it('changes a password for the signed-in user', async () => {
    const { cookie, email } = await t.userWithRole('observer', structureId);
    const changed = await t.request({
      method: 'POST',
      url: '/api/auth/change-password',
      as: cookie,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'encore-un-autre-mdp' },
    });
    expect(changed.statusCode).toBe(200);
    expect(await t.signIn(email, 'encore-un-autre-mdp')).toBeTruthy();
  });

  it('sets HttpOnly SameSite session cookies', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'coordination@test.localhost', password: TEST_PASSWORD },
    });
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const session = cookies.find((c) => c.includes('session_token='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
  });

  it('refuses public sign-up', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { name: 'Inconnu', email: 'inconnu@example.org', password: 'mot-de-passe-long' },
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 after too many attempts from one address', async () => {
    const limited = await createTestApp({ signInLimitPerMinute: 3 });
    try {
      const attempt = () =>
        limited.request({
          method: 'POST',
          url: '/api/auth/sign-in/email',
          payload: { email: 'coordination@test.localhost', password: 'mauvais-mot-de-passe' },
        });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await attempt()).statusCode);
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('access after a change', () => {
  it('refuses a member at once after their membership is removed', async () => {
    const member = await t.userWithRole('member', structureId);
    const memberships = await t.request({ method: 'GET', url: `/api/v1/memberships?structureId=${structureId}`, as: manager });
    const own = memberships.json().items.find((m: { userId: string }) => m.userId === member.userId);
    expect((await t.request({ method: 'GET', url: `/api/v1/structures/${structureId}`, as: member.cookie })).statusCode).toBe(200);
    expect((await t.request({ method: 'DELETE', url: `/api/v1/memberships/${own.id}`, as: manager })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/v1/structures/${structureId}`, as: member.cookie })).statusCode).toBe(404);
  });

  it('refuses a session at once after sign-out', async () => {
    const { cookie } = await t.userWithRole('observer', structureId);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', as: cookie })).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: '/api/auth/sign-out', as: cookie, payload: {} })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', as: cookie })).statusCode).toBe(401);
  });
});
