import { describe, expect, it } from 'vitest';
import { matchedWords } from './score-explanation.ts';

describe('the theme words a result names', () => {
  const row = { name: 'Vélo Solidaire Belleville', description: 'Atelier de réparation de vélos et balades urbaines.' };

  it('names a word typed that the lexicon also holds once, accents and case aside', () => {
    expect(matchedWords(row, ['vélo', 'mobilité', 'Velo', 'vélo'])).toEqual(['vélo']);
  });

  it('finds plurals and leaves out words the text does not hold', () => {
    expect(matchedWords(row, ['balade', 'urbain', 'exil'])).toEqual(['balade', 'urbain']);
  });
});
