import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

type Catalogue = { [key: string]: string | Catalogue };

/** Every leaf of a catalogue as a dotted key, with its text. */
function leaves(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') found.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) found.set(leaf, text);
  }
  return found;
}

const catalogues = { fr: leaves(fr), en: leaves(en) };

describe('the interface catalogues', () => {
  it('have exactly the same keys in French and English', () => {
    expect([...catalogues.en.keys()].sort()).toEqual([...catalogues.fr.keys()].sort());
  });

  it.each(Object.entries(catalogues))('leave no string empty in %s', (_language, catalogue) => {
    const empty = [...catalogue].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
    const mismatched = [...catalogues.fr]
      .filter(([key, text]) => JSON.stringify(variables(text)) !== JSON.stringify(variables(catalogues.en.get(key) ?? '')))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
