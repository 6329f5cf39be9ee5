import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

export type PageQuery = { page: number; pageSize: number; sort?: string | undefined };

/**
 * ORDER BY for a `sort` the contract already whitelisted (`-` for descending). Empty values
 * go last either way, and the id breaks ties so that consecutive pages never overlap.
 */
export function sortOrder(sort: string | undefined, columns: Record<string, AnyColumn | SQL>, fallback: string, id: AnyColumn): SQL[] {
  const key = sort ?? fallback;
  const descending = key.startsWith('-');
  const column = columns[descending ? key.slice(1) : key] ?? columns[fallback.replace(/^-/, '')]!;
  return [sql`${column} ${sql.raw(descending ? 'desc' : 'asc')} nulls last`, sql`${id} asc`];
}

export const pageWindow = (query: PageQuery) => ({ limit: query.pageSize, offset: (query.page - 1) * query.pageSize });

export function pageOf<T>(items: T[], total: number, query: PageQuery) {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** `updatedSince` accepts a day (from its start, UTC) or an instant. */
export const sinceOf = (value: string): Date => new Date(value);
