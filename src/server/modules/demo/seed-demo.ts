import type { Db } from '../../db/client.ts';

export async function seedDemo(_db: Db, _coordinationId: string, _password: string): Promise<void> {}
