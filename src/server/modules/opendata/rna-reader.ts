import type { OpendataOptions } from '../../../contracts/opendata.ts';
import { AppError } from '../../http/errors.ts';
import { cellReader, checkedEntry, dateOf, inDepartement, type ReadItem, shortRecordReason } from './directory-entry.ts';
import { sectorOfRnaThemes } from './sectors.ts';
import type { RecordStream } from './text-records.ts';

type Cells = ReturnType<typeof cellReader>;
type Layout = 'waldec' | 'import';

/** Waldec files spell the street in parts (`adrs_libvoie`), import files in lines (`adr1`). */
function layoutOf(cells: Cells): Layout {
  if (!cells.has('id') || !cells.has('titre') || !cells.has('position')) {
    throw new AppError('validation', 'Ce fichier n’est pas un fichier du RNA : les colonnes id, titre et position manquent.', {
      errors: [{ path: 'file', message: 'En-tête RNA attendu' }],
    });
  }
  return cells.has('adrs_libvoie') ? 'waldec' : 'import';
}

const join = (...parts: (string | null)[]) => parts.filter(Boolean).join(' ') || null;

function addressOf(cells: Cells, row: string[], layout: Layout): string | null {
  if (layout === 'import') return join(cells.get(row, 'adr1'), cells.get(row, 'adr2'), cells.get(row, 'adr3'));
  const g = (name: string) => cells.get(row, name);
  return join(g('adrs_complement'), g('adrs_numvoie'), g('adrs_repetition'), g('adrs_typevoie'), g('adrs_libvoie'), g('adrs_distrib'));
}

function legalFormOf(nature: string | null, groupement: string | null): string {
  if (groupement === 'U') return 'Union d’associations';
  if (groupement === 'F') return 'Fédération d’associations';
  return nature === 'R' ? 'Association reconnue d’utilité publique' : 'Association déclarée';
}

/**
 * The associations of an RNA file (waldec or import layout, told by the header), active ones
 * only unless `positions` says otherwise, in the département asked for (by `adrs_codeinsee`,
 * which in Paris is the arrondissement's 751xx, else by the postcode).
 */
export async function* readRna(stream: RecordStream, options: OpendataOptions): AsyncGenerator<ReadItem> {
  const cells = cellReader(stream.headers);
  const layout = layoutOf(cells);
  const positions = options.positions ?? ['A'];
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
    const inseeCode = get('adrs_codeinsee');
    const postcode = get('adrs_codepostal');
    if (!positions.includes(get('position') as 'A') || !inDepartement(options.departement, inseeCode, postcode)) {
      yield { line, skipped: true };
      continue;
    }
    const id = get('id');
    if (!id) {
      yield { line, reason: 'identifiant RNA manquant' };
      continue;
    }
    const themeCodes = [get('objet_social1'), get('objet_social2')].filter((c): c is string => !!c && c !== '000000');
    yield checkedEntry(line, {
      source: 'rna',
      sourceId: id,
      name: get('titre') ?? '',
      sector: sectorOfRnaThemes(themeCodes),
      legalForm: legalFormOf(get('nature'), get('groupement')),
      rna: id,
      siret: get('siret'),
      themeCodes,
      address: addressOf(cells, row, layout),
      postcode,
      city: get(layout === 'waldec' ? 'adrs_libcommune' : 'libcom'),
      inseeCode,
      latitude: null,
      longitude: null,
      website: get('siteweb'),
      description: get('objet'),
      sourceDate: dateOf(get('maj_time')) ?? dateOf(get('date_publi')) ?? dateOf(get('date_creat')),
    });
  }
}
