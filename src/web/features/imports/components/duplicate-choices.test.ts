import { describe, expect, it } from 'vitest';
import type { ImportDuplicate } from '../../../../contracts/imports.ts';
import { defaultChoice, duplicateLines, resolutionsOf, updateChoice } from './duplicate-choices.ts';

const ORG_A = '00000000-0000-4000-8000-00000000000a';
const ORG_B = '00000000-0000-4000-8000-00000000000b';
const duplicate = (line: number, reason: ImportDuplicate['reason'], id: string, score: number): ImportDuplicate => ({
  line,
  name: `Ligne ${line}`,
  reason,
  action: reason === 'name' ? 'create' : 'update',
  organisation: { id, name: id, postcode: '75011', city: 'Paris' },
  score,
});

describe('choices on the dry run’s probable duplicates', () => {
  const lines = duplicateLines([duplicate(4, 'name', ORG_A, 0.5), duplicate(2, 'siret', ORG_B, 1), duplicate(4, 'name', ORG_B, 0.8)]);

  it('groups candidates by line, best first, and knows which lines an identifier settles', () => {
    expect(lines.map((l) => [l.line, l.byIdentifier, l.candidates.map((c) => c.organisation.id)])).toEqual([
      [2, true, [ORG_B]],
      [4, false, [ORG_B, ORG_A]],
    ]);
    expect(lines.map(defaultChoice)).toEqual([updateChoice(ORG_B), 'create']);
  });

  it('sends only the choices that change what the import would do', () => {
    expect(resolutionsOf(lines, {})).toEqual([]);
    expect(resolutionsOf(lines, { 2: 'skip', 4: updateChoice(ORG_A) })).toEqual([
      { line: 2, action: 'skip' },
      { line: 4, action: 'update', organisationId: ORG_A },
    ]);
    expect(resolutionsOf(lines, { 2: updateChoice(ORG_B), 4: 'create' })).toEqual([]);
  });
});
