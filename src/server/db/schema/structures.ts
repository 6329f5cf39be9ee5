import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { IDF_DEPARTEMENTS, ROLES, STRUCTURE_KINDS } from '../../../contracts/roles.ts';
import { user } from './auth.ts';
import { recordColumns } from './columns.ts';

export const structures = pgTable(
  'structures',
  {
    ...recordColumns(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: STRUCTURE_KINDS }).notNull(),
    departement: text('departement', { enum: IDF_DEPARTEMENTS }),
    address: text('address'),
    postcode: text('postcode'),
    city: text('city'),
    email: text('email'),
    phone: text('phone'),
  },
  (t) => [uniqueIndex('structures_code_uq').on(t.code)],
);

export const memberships = pgTable(
  'memberships',
  {
    ...recordColumns(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    role: text('role', { enum: ROLES }).notNull(),
  },
  (t) => [
    uniqueIndex('memberships_user_structure_uq').on(t.userId, t.structureId).where(sql`${t.deletedAt} is null`),
    index('memberships_structure_idx').on(t.structureId),
  ],
);
