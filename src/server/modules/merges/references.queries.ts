import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/records.ts';
import type { MergeStep } from '../../db/schema/merges.ts';
import { AppError } from '../../http/errors.ts';

type Row = Record<string, unknown>;
/** The tables a merge moves links to: read from the catalogue, so a table added later is covered. */
export type ReferencedTable = 'organisations' | 'contacts' | 'partnerships';
/** A single-column foreign key to the referenced table, and how to name one row of its table. */
type Reference = { schema: string; table: string; column: string; keyColumns: string[] };

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const tableOf = (schema: string, table: string): SQL => sql`${sql.identifier(schema)}.${sql.identifier(table)}`;
/** The row's key as a JSON object: its primary key, or every column of a table without one. */
const keyOf = (keyColumns: string[]): SQL =>
  sql`jsonb_build_object(${sql.join(
    keyColumns.map((c) => sql`${c}::text, ${sql.identifier(c)}`),
    sql`, `,
  )})`;

/** Every single-column foreign key that references `target(id)`, as the database knows them now. */
export async function referencesTo(tx: DbOrTx, target: ReferencedTable): Promise<Reference[]> {
  const result = await tx.execute(sql`
    select n.nspname as schema, t.relname as table, a.attname as column,
      coalesce(
        (select array_agg(pa.attname::text order by pa.attnum) from pg_constraint pk
          join pg_attribute pa on pa.attrelid = pk.conrelid and pa.attnum = any(pk.conkey)
          where pk.conrelid = c.conrelid and pk.contype = 'p'),
        (select array_agg(ca.attname::text order by ca.attnum) from pg_attribute ca
          where ca.attrelid = c.conrelid and ca.attnum > 0 and not ca.attisdropped and ca.attgenerated = '')
      ) as "keyColumns"
    from pg_constraint c
    join pg_class t on t.oid = c.conrelid
    join pg_namespace n on n.oid = t.relnamespace
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f' and c.confrelid = (quote_ident('public') || '.' || quote_ident(${target}))::regclass and cardinality(c.conkey) = 1
    order by n.nspname, t.relname, a.attname`);
  return rowsOf<Reference>(result);
}

/**
 * Points every row of `target` links at `to` instead of `from`, and returns the steps that undo it.
 * All rows of a column move in one statement; when one of them would break a unique key, the
 * rows move one at a time and those that cannot are deleted, kept whole in a `remove` step.
 */
export async function moveReferences(tx: DbOrTx, target: ReferencedTable, from: string, to: string): Promise<MergeStep[]> {
  const steps: MergeStep[] = [];
  for (const ref of await referencesTo(tx, target)) {
    const moved = await moveAll(tx, ref, from, to).catch(async (error) => {
      if (!isUniqueViolation(error)) throw error;
      return moveOneByOne(tx, ref, from, to, steps);
    });
    if (moved.length > 0) steps.push({ op: 'move', schema: ref.schema, table: ref.table, column: ref.column, from, to, keys: moved });
  }
  return steps;
}

async function moveAll(tx: DbOrTx, ref: Reference, from: string, to: string): Promise<Row[]> {
  return tx.transaction(async (savepoint) => {
    const result = await savepoint.execute(
      sql`update ${tableOf(ref.schema, ref.table)} set ${sql.identifier(ref.column)} = ${to}
        where ${sql.identifier(ref.column)} = ${from} returning ${keyOf(ref.keyColumns)} as key`,
    );
    return rowsOf<{ key: Row }>(result).map((r) => r.key);
  });
}

async function moveOneByOne(tx: DbOrTx, ref: Reference, from: string, to: string, steps: MergeStep[]): Promise<Row[]> {
  const table = tableOf(ref.schema, ref.table);
  const column = sql.identifier(ref.column);
  const pending = rowsOf<{ key: Row }>(
    await tx.execute(sql`select ${keyOf(ref.keyColumns)} as key from ${table} where ${column} = ${from}`),
  );
  const moved: Row[] = [];
  for (const { key } of pending) {
    const where = sql`${keyOf(ref.keyColumns)} = ${JSON.stringify(key)}::jsonb`;
    try {
      const result = await tx.transaction((savepoint) =>
        savepoint.execute(sql`update ${table} set ${column} = ${to} where ${where} returning ${keyOf(ref.keyColumns)} as key`),
      );
      moved.push(...rowsOf<{ key: Row }>(result).map((r) => r.key));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      steps.push({ op: 'remove', schema: ref.schema, table: ref.table, row: await removeRow(tx, table, where, ref) });
    }
  }
  return moved;
}

async function removeRow(tx: DbOrTx, table: SQL, where: SQL, ref: Reference): Promise<Row> {
  try {
    return await tx.transaction(async (savepoint) => {
      const [row] = rowsOf<{ row: Row }>(
        await savepoint.execute(sql`delete from ${table} as t where ${where} returning to_jsonb(t) as row`),
      );
      return row!.row;
    });
  } catch {
    throw new AppError('conflict', `Un lien de la table « ${ref.table} » ne peut ni être déplacé ni être retiré : fusion impossible.`);
  }
}

/** Undoes one step of a merge; a link changed since the merge makes the whole undo fail with 409. */
export async function undoStep(tx: DbOrTx, step: Extract<MergeStep, { op: 'move' | 'remove' }>): Promise<void> {
  const table = tableOf(step.schema, step.table);
  if (step.op === 'remove') {
    const columns = await insertableColumns(tx, step.schema, step.table);
    const list = sql.join(
      columns.map((c) => sql.identifier(c)),
      sql`, `,
    );
    await tx.execute(
      sql`insert into ${table} (${list}) select ${list} from jsonb_populate_record(null::${table}, ${JSON.stringify(step.row)}::jsonb)`,
    );
    return;
  }
  const keyColumns = Object.keys(step.keys[0] ?? {});
  const result = await tx.execute(sql`
    update ${table} set ${sql.identifier(step.column)} = ${step.from}
    where ${sql.identifier(step.column)} = ${step.to}
      and ${keyOf(keyColumns)} in (select jsonb_array_elements(${JSON.stringify(step.keys)}::jsonb))
    returning 1`);
  if (rowsOf(result).length !== step.keys.length) {
    throw new AppError('conflict', `Des liens déplacés par la fusion (table « ${step.table} ») ont changé depuis : annulation impossible.`);
  }
}

async function insertableColumns(tx: DbOrTx, schema: string, table: string): Promise<string[]> {
  const result = await tx.execute(sql`
    select attname::text as name from pg_attribute
    where attrelid = (quote_ident(${schema}) || '.' || quote_ident(${table}))::regclass and attnum > 0 and not attisdropped and attgenerated = ''
    order by attnum`);
  return rowsOf<{ name: string }>(result).map((r) => r.name);
}
