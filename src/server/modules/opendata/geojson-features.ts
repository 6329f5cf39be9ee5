import { AppError } from '../../http/errors.ts';

/** One element of a FeatureCollection's `features`, as text, or why it could not be read; `index` counts from 0. */
export type FeatureText = { index: number; text: string } | { index: number; error: string };

const notGeoJson = (detail: string) =>
  new AppError('validation', `Ce fichier n’est pas du GeoJSON lisible : ${detail}.`, {
    errors: [{ path: 'file', message: 'GeoJSON attendu' }],
  });

/**
 * Splits a GeoJSON FeatureCollection into its features while the bytes arrive, holding one feature
 * at a time: memory stays flat whatever the file's size. A lone Feature (no `features` array) is
 * returned whole at the end. Strings and escapes are tracked so that braces inside them do not count.
 */
export async function* splitFeatures(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<FeatureText> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  let expectKey = false;
  let key = '';
  let docType = '';
  let stringStart = -1;
  let carryString = '';
  let inFeatures = false;
  let index = 0;
  let feature = '';
  let featureStart = -1;
  let head = '';
  for await (const bytes of chunks) {
    let text = decoder.decode(bytes, { stream: true });
    if (!started) text = text.replace(/^\uFEFF/, '');
    if (!inFeatures && docType !== 'FeatureCollection') head += text;
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') {
          inString = false;
          if (depth === 1 && stringStart >= 0) {
            const value = carryString + text.slice(stringStart, i);
            if (expectKey) key = value;
            else if (key === 'type') docType = value;
          }
          stringStart = -1;
          carryString = '';
        }
        continue;
      }
      if (!started) {
        if (/\s/.test(char)) continue;
        if (char !== '{') throw notGeoJson('un objet JSON est attendu en tête');
        started = true;
      }
      if (char === '"') {
        inString = true;
        if (depth === 1) stringStart = i + 1;
      } else if (char === '{' || char === '[') {
        if (inFeatures && depth === 2) featureStart = i;
        if (char === '[' && depth === 1 && key === 'features' && !expectKey) inFeatures = true;
        depth += 1;
        if (depth === 1) expectKey = true;
      } else if (char === '}' || char === ']') {
        depth -= 1;
        if (depth < 0) throw notGeoJson('accolade ou crochet fermant en trop');
        if (inFeatures && depth === 2 && featureStart >= 0) {
          yield { index: index++, text: feature + text.slice(featureStart, i + 1) };
          feature = '';
          featureStart = -1;
        } else if (inFeatures && depth === 1) inFeatures = false;
      } else if (depth === 1 && char === ':') expectKey = false;
      else if (depth === 1 && char === ',') expectKey = true;
      else if (inFeatures && depth === 2 && char !== ',' && !/\s/.test(char) && featureStart < 0) {
        // A bare value (null, a number) where a feature should be: reported, then passed over.
        yield { index: index++, error: 'élément qui n’est pas un objet Feature' };
        while (i + 1 < text.length && !/[,\]]/.test(text[i + 1]!)) i++;
      }
    }
    if (featureStart >= 0) {
      feature += text.slice(featureStart);
      featureStart = 0;
    }
    if (inString && stringStart >= 0) {
      carryString += text.slice(stringStart);
      stringStart = 0;
    }
  }
  if (!started) throw notGeoJson('fichier vide');
  if (depth > 0 || inString) {
    if (index === 0 && featureStart < 0) throw notGeoJson('JSON tronqué');
    yield { index, error: 'fichier tronqué : entité incomplète ou liste non fermée' };
    return;
  }
  if (docType === 'Feature') yield { index: 0, text: head };
  else if (docType !== 'FeatureCollection') throw notGeoJson('type FeatureCollection ou Feature attendu');
}
