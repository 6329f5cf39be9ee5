import { inflateSync } from 'node:zlib';

/**
 * Reads back a PDF written with the standard fonts (as pdfkit writes them): its page count and the
 * text of its content streams (each FlateDecode stream inflated, each TJ array's strings joined). pdfkit
 * writes `stream\n…\nendstream`: no optional `\r`, which would cut a stream whose last byte is 0x0d.
 */
export function readPdf(bytes: Buffer): { header: string; pages: number; text: string; endsWithEof: boolean } {
  const raw = bytes.toString('latin1');
  const streams = [...raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)].flatMap((match) => {
    try {
      return [inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1')];
    } catch {
      return [];
    }
  });
  const lines = streams.flatMap((content) =>
    [...content.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((tj) =>
      [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => Buffer.from(hex[1]!, 'hex').toString('latin1')).join(''),
    ),
  );
  return {
    header: raw.slice(0, 8),
    pages: [...raw.matchAll(/\/Type \/Page\b/g)].length,
    text: lines.join('\n'),
    endsWithEof: raw.trimEnd().endsWith('%%EOF'),
  };
}
