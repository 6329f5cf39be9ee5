import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../tests/helpers/server-process.ts';
import { onServerDatabase } from '../../../tests/helpers/test-database.ts';
import { PARIS_20_ASSOCIATIONS, sireneFiles, waldecCsv } from '../modules/opendata/opendata-fixtures.ts';

describe.skipIf(onServerDatabase)('npm run maillage -- import', () => {
  it('imports an RNA file for one département, then a SIRENE file joined to its legal units, printing a summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-import-'));
    const env = { MAILLAGE_DATA_DIR: join(dir, 'db'), MAILLAGE_LOG_LEVEL: 'silent', MAILLAGE_DEMO: '0' };
    const rna = join(dir, 'rna_waldec_75.csv');
    writeFileSync(
      rna,
      waldecCsv([...PARIS_20_ASSOCIATIONS, { ...PARIS_20_ASSOCIATIONS[0]!, id: 'W931000001', postcode: '93200', insee: '93066' }]),
    );
    const first = await runCli(['import', 'rna', rna, '--departement', '75'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Import terminé : 6 lignes lues, 4 importées, 0 mises à jour, 2 écartées par les filtres, 0 rejetées.');
    const again = await runCli(['import', 'rna', rna, '--departement', '75'], env);
    expect(again.stdout).toContain('0 importées, 4 mises à jour');

    const { establishments, units } = sireneFiles();
    writeFileSync(join(dir, 'etab.csv'), establishments);
    writeFileSync(join(dir, 'ul.csv'), units);
    const sirene = await runCli(['import', 'sirene', join(dir, 'etab.csv'), '--unites-legales', join(dir, 'ul.csv')], env);
    expect(sirene.stdout, sirene.stderr).toContain('4 lignes lues, 2 importées, 0 mises à jour, 1 écartées par les filtres, 1 rejetées.');
    expect(sirene.stdout).toMatch(/ligne 5 : coordonnées hors de France/);

    const usage = await runCli(['import', 'rna'], env);
    expect(usage.code).toBe(2);
    const missing = await runCli(['import', 'rna', join(dir, 'absent.csv')], env);
    expect(missing.stderr).toContain('Fichier introuvable');
  }, 180_000);
});
