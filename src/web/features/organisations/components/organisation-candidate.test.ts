import { describe, expect, it } from 'vitest';
import { duplicateCandidate, EMPTY_DRAFT, identifierProblem } from './organisation-candidate.ts';

describe('what the duplicate check is asked about', () => {
  it('waits for a postcode before comparing names', () => {
    expect(duplicateCandidate({ ...EMPTY_DRAFT, name: 'Vélo Solidaire' })).toBeNull();
    expect(duplicateCandidate({ ...EMPTY_DRAFT, name: 'Vélo Solidaire', postcode: '75020' })).toEqual({
      name: 'Vélo Solidaire',
      postcode: '75020',
    });
  });

  it('sends an identifier only once it is complete, compacted as the server stores it', () => {
    expect(duplicateCandidate({ ...EMPTY_DRAFT, siret: '732 829 320' })).toBeNull();
    expect(duplicateCandidate({ ...EMPTY_DRAFT, siret: '732 829 320 00074' })).toEqual({ siret: '73282932000074' });
    expect(duplicateCandidate({ ...EMPTY_DRAFT, rna: 'w751234567' })).toEqual({ rna: 'W751234567' });
  });

  it('flags a malformed identifier and leaves an empty one alone', () => {
    expect(identifierProblem('uai', '0751234')).toBe(true);
    expect(identifierProblem('uai', '0751234A')).toBe(false);
    expect(identifierProblem('siret', '')).toBe(false);
    expect(identifierProblem('siret', '73282932000075')).toBe(true);
  });
});
