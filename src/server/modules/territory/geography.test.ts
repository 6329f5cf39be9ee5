import { describe, expect, it } from 'vitest';
import { containsPoint } from './geo-math.ts';
import { geography, territoriesOf, territoryAt, territoryByCode, territoryFromPostcode } from './geography.ts';

describe('Île-de-France geography', () => {
  it('holds the 20 arrondissements and the communes of the 8 départements, Paris excluded as one commune', () => {
    const { territories } = geography();
    expect(territories.filter((t) => t.kind === 'arrondissement')).toHaveLength(20);
    expect(territories.filter((t) => t.kind === 'commune').length).toBeGreaterThan(1_250);
    expect(territories.find((t) => t.code === '75056')).toBeUndefined();
    expect(territoriesOf('93')).toHaveLength(39);
  });

  it('carries names, postcodes, populations and a centroid inside the polygon', () => {
    const montreuil = territoryByCode('93048')!;
    expect(montreuil).toMatchObject({ name: 'Montreuil', kind: 'commune', departement: '93', postcodes: ['93100'] });
    expect(montreuil.population).toBeGreaterThan(100_000);
    expect(containsPoint(montreuil.geometries[0]!.geometry, montreuil.centroid)).toBe(true);
  });

  it('locates a point in its arrondissement or commune', () => {
    expect(territoryAt([2.3499, 48.853])?.code).toBe('75104'); // Notre-Dame, 4th
    expect(territoryAt([2.3984, 48.8638])?.code).toBe('75120'); // Père-Lachaise side, 20th
    expect(territoryAt([2.4411, 48.8614])?.code).toBe('93048'); // Montreuil town hall
    expect(territoryAt([5.37, 43.29])).toBeUndefined(); // Marseille
  });

  it('maps a 2018 commune merged since then to the commune of today', () => {
    expect(territoryByCode('93059')?.code).toBe('93066'); // Pierrefitte-sur-Seine, now part of Saint-Denis
  });

  it('finds a place from a postcode: arrondissement in Paris, the named commune elsewhere', () => {
    expect(territoryFromPostcode('75016')?.code).toBe('75116');
    expect(territoryFromPostcode('75116')?.code).toBe('75116');
    expect(territoryFromPostcode('93100')?.code).toBe('93048');
    expect(territoryFromPostcode('95300', 'Ennery')?.name).toBe('Ennery');
    expect(territoryFromPostcode('95300')?.name).toBe('Pontoise');
    expect(territoryFromPostcode('13001')).toBeUndefined();
  });
});
