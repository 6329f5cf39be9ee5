import type { OpendataOptions } from '../../../contracts/opendata.ts';
import { AppError } from '../../http/errors.ts';
import { cellReader, checkedEntry, cleanCell, dateOf, inDepartement, type ReadItem, shortRecordReason } from './directory-entry.ts';
import { lambert93ToWgs84 } from './lambert93.ts';
import { legalFormOfCategory, sectorOfNaf } from './sectors.ts';
import type { RecordStream } from './text-records.ts';

/** What StockUniteLegale adds to an establishment, by its SIREN. */
export type LegalUnit = { name: string | null; category: string | null; rna: string | null };
export type OpenStream = () => Promise<RecordStream>;

const requireColumns = (stream: RecordStream, columns: string[], what: string) => {
  const cells = cellReader(stream.headers);
  const missing = columns.filter((c) => !cells.has(c));
  if (missing.length > 0) {
    throw new AppError('validation', `Ce fichier n’est pas un ${what} : il manque les colonnes ${missing.join(', ')}.`, {
      errors: [{ path: 'file', message: `En-tête ${what} attendu` }],
    });
  }
  return cells;
};

const ESTABLISHMENT_COLUMNS = [
  'siren',
  'siret',
  'etatAdministratifEtablissement',
  'activitePrincipaleEtablissement',
  'codePostalEtablissement',
];

/** Whether an establishment row passes the filters: active, in the département, of one of the NAF codes. */
function kept(get: (name: string) => string | null, options: OpendataOptions): boolean {
  if (get('etatAdministratifEtablissement') !== 'A') return false;
  if (!inDepartement(options.departement, get('codeCommuneEtablissement'), get('codePostalEtablissement'))) return false;
  const naf = get('activitePrincipaleEtablissement') ?? '';
  return !options.naf || options.naf.some((prefix) => naf.startsWith(prefix));
}

/**
 * The SIRENs the establishments file keeps, then those legal units only: the national
 * StockUniteLegale holds millions of rows, and only the ones joined are held in memory.
 */
export async function readLegalUnits(establishments: OpenStream, units: OpenStream, options: OpendataOptions) {
  const wanted = new Set<string>();
  const first = await establishments();
  const cells = requireColumns(first, ESTABLISHMENT_COLUMNS, 'fichier StockEtablissement');
  for await (const record of first.records) {
    if ('error' in record) continue;
    const get = (name: string) => cells.get(record.cells, name);
    if (kept(get, options)) wanted.add(get('siren') ?? '');
  }
  const legal = await units();
  const unitCells = requireColumns(legal, ['siren', 'denominationUniteLegale'], 'fichier StockUniteLegale');
  const found = new Map<string, LegalUnit>();
  for await (const record of legal.records) {
    if ('error' in record) continue;
    const get = (name: string) => unitCells.get(record.cells, name);
    const siren = get('siren') ?? '';
    if (!wanted.has(siren)) continue;
    found.set(siren, {
      name: get('denominationUniteLegale'),
      category: get('categorieJuridiqueUniteLegale'),
      rna: get('identifiantAssociationUniteLegale'),
    });
  }
  return found;
}

function coordinates(x: string | null, y: string | null) {
  const [east, north] = [Number(x), Number(y)];
  if (x === null || y === null || !Number.isFinite(east) || !Number.isFinite(north)) return { latitude: null, longitude: null };
  // Lambert-93 covers metropolitan France; any other value is reported by the France check.
  return lambert93ToWgs84(east, north);
}

/** Active establishments of a StockEtablissement file, with their legal unit's name when joined. */
export async function* readSirene(
  stream: RecordStream,
  options: OpendataOptions,
  units: Map<string, LegalUnit> | null,
): AsyncGenerator<ReadItem> {
  const cells = requireColumns(stream, ESTABLISHMENT_COLUMNS, 'fichier StockEtablissement');
  for await (const record of stream.records) {
    if ('error' in record) {
      yield { line: record.line, reason: record.error };
      continue;
    }
    const { line, cells: row } = record;
    const short = shortRecordReason(row, stream.headers);
    if (short) {
      yield { line, reason: short };
      continue;
    }
    const get = (name: string) => cells.get(row, name);
    if (!kept(get, options)) {
      yield { line, skipped: true };
      continue;
    }
    const siret = get('siret') ?? '';
    const unit = units?.get(get('siren') ?? '');
    const naf = get('activitePrincipaleEtablissement');
    yield checkedEntry(line, {
      source: 'sirene',
      sourceId: siret,
      name: get('denominationUsuelleEtablissement') ?? get('enseigne1Etablissement') ?? unit?.name ?? '',
      sector: sectorOfNaf(naf),
      legalForm: legalFormOfCategory(unit?.category ?? null),
      rna: cleanCell(unit?.rna ?? undefined),
      siret,
      nafCode: naf,
      address:
        [get('numeroVoieEtablissement'), get('typeVoieEtablissement'), get('libelleVoieEtablissement')].filter(Boolean).join(' ') || null,
      postcode: get('codePostalEtablissement'),
      city: get('libelleCommuneEtablissement'),
      inseeCode: get('codeCommuneEtablissement'),
      ...coordinates(get('coordonneeLambertAbscisseEtablissement'), get('coordonneeLambertOrdonneeEtablissement')),
      sourceDate: dateOf(get('dateDernierTraitementEtablissement')),
    });
  }
}
