import { and, eq, isNull, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { AppError, notFound } from '../http/errors.ts';
import type { DbOrTx } from './client.ts';

/** A table made with recordColumns(): id, version, timestamps and soft delete. */
export type RecordTable = PgTable & {
  id: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
  deletedAt: PgColumn;
  deletedBy: PgColumn;
};

type Row = Record<string, unknown>;

/** Dates as ISO strings, ready for a response schema (which drops columns it does not list). */
type Dto<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };
export function toDto<T extends Row>(row: T): Dto<T> {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = value instanceof Date ? value.toISOString() : value;
  return out as Dto<T>;
}

export async function findLive(tx: DbOrTx, table: RecordTable, id: string): Promise<Row | undefined> {
  const rows = await tx
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), isNull(table.deletedAt)))
    .limit(1);
  return rows[0] as Row | undefined;
}

/**
 * Applies a patch only if the caller saw the latest version: a stale write gets 409
 * with the current record, so the client can show what changed meanwhile.
 */
export async function updateVersioned(tx: DbOrTx, table: RecordTable, id: string, version: number, patch: Row, what: string): Promise<Row> {
  const rows = await tx
    .update(table)
    .set({ ...patch, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(and(eq(table.id, id), eq(table.version, version), isNull(table.deletedAt)))
    .returning();
  if (rows[0]) return rows[0] as Row;
  const current = await findLive(tx, table, id);
  if (!current) throw notFound(what);
  throw new AppError('stale', `${what} a été modifié entre-temps : rechargez pour voir la version actuelle.`, {
    current: toDto(current),
  });
}

/** Moves a record to the trash; it stays restorable until purged. */
export async function softDelete(tx: DbOrTx, table: RecordTable, id: string, actorId: string | null): Promise<Row | undefined> {
  const rows = await tx
    .update(table)
    .set({ deletedAt: new Date(), deletedBy: actorId, version: sql`${table.version} + 1` } as never)
    .where(and(eq(table.id, id), isNull(table.deletedAt)))
    .returning();
  return rows[0] as Row | undefined;
}

export async function restoreDeleted(tx: DbOrTx, table: RecordTable, id: string): Promise<Row | undefined> {
  const rows = await tx
    .update(table)
    .set({ deletedAt: null, deletedBy: null, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(and(eq(table.id, id), sql`${table.deletedAt} is not null`))
    .returning();
  return rows[0] as Row | undefined;
}

/** Postgres unique violations become a 409 with a sentence, never a 500. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
  return code === '23505';
}
