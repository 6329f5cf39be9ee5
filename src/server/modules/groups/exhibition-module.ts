import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { exhibitionModules } from '../../db/schema/index.ts';
import { AppError } from '../../http/errors.ts';

/** Groups, contributions and actions may name an exhibition module: it must exist. */
export async function requireModule(db: DbOrTx, moduleId: string | null | undefined): Promise<void> {
  if (!moduleId) return;
  const rows = await db.select({ id: exhibitionModules.id }).from(exhibitionModules).where(eq(exhibitionModules.id, moduleId)).limit(1);
  if (rows.length === 0) {
    throw new AppError('validation', 'Ce module d’exposition n’existe pas.', {
      errors: [{ path: 'body.moduleId', message: 'Module inconnu' }],
    });
  }
}
