/** The columns of a venue file and its first rows, read in the browser before any upload, to map them. */
export type VenuePreview = { columns: string[]; rows: Record<string, string>[] };

const HEAD_BYTES = 256 * 1024;
const ROWS = 3;

/** One CSV line split on the delimiter, with "quoted; fields" kept whole. */
function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"' && quoted && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  return [...cells, cell.trim()];
}

function csvPreview(text: string): VenuePreview {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines[0] ?? '';
  const delimiter = [';', '\t', ','].reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best), ';');
  const columns = splitLine(header, delimiter).filter(Boolean);
  const rows = lines.slice(1, ROWS + 1).map((line) => {
    const cells = splitLine(line, delimiter);
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
  return { columns, rows };
}

/** The `properties` objects of the first features found in the file's head (a large file is cut mid-feature). */
function geojsonPreview(text: string): VenuePreview {
  const rows: Record<string, string>[] = [];
  const marker = /"properties"\s*:\s*\{/g;
  for (let match = marker.exec(text); match && rows.length < ROWS; match = marker.exec(text)) {
    const start = match.index + match[0].length - 1;
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
      const char = text[i];
      if (inString) {
        if (char === '\\') i++;
        else if (char === '"') inString = false;
      } else if (char === '"') inString = true;
      else if (char === '{') depth++;
      else if (char === '}' && --depth === 0) {
        const properties = JSON.parse(text.slice(start, i + 1)) as Record<string, unknown>;
        rows.push(Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, value === null ? '' : String(value)])));
        break;
      }
    }
  }
  return { columns: [...new Set(rows.flatMap((row) => Object.keys(row)))], rows };
}

/** Reads the head of the file; an unreadable head gives no columns, and the form says so. */
export async function previewVenueFile(file: File, kind: 'csv' | 'geojson'): Promise<VenuePreview> {
  const text = (await file.slice(0, HEAD_BYTES).text()).replace(/^\uFEFF/, '');
  try {
    return kind === 'csv' ? csvPreview(text) : geojsonPreview(text);
  } catch {
    return { columns: [], rows: [] };
  }
}
