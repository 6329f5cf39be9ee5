import type { TestApp } from './test-app.ts';

/** Valid SIRETs (Luhn key checked): Apple France, Google France, and a third. */
export const SIRETS = ['73282932000074', '44306184100047', '78467169500087'] as const;

let sequence = 0;

async function created(t: TestApp, as: string, url: string, payload: object): Promise<Record<string, unknown> & { id: string }> {
  const response = await t.request({ method: 'POST', url, as, payload });
  if (response.statusCode !== 201) throw new Error(`POST ${url} failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

export function newOrganisation(t: TestApp, as: string, fields: Record<string, unknown> = {}) {
  return created(t, as, '/api/v1/organisations?force=true', { name: `Organisation ${++sequence}`, sector: 'social', ...fields });
}

export function newContact(t: TestApp, as: string, fields: Record<string, unknown> = {}) {
  return created(t, as, '/api/v1/contacts?force=true', { firstName: 'Camille', lastName: `Contact ${++sequence}`, ...fields });
}

/** A partnership of the structure with a new organisation, unless one is given. */
export async function newPartnership(t: TestApp, as: string, structureId: string, fields: Record<string, unknown> = {}) {
  const organisationId = (fields.organisationId as string | undefined) ?? (await newOrganisation(t, as)).id;
  return created(t, as, '/api/v1/partnerships', { structureId, ...fields, organisationId });
}
