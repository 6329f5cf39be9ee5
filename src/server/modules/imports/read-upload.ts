import type { FastifyRequest } from 'fastify';
import { IMPORT_MAX_BYTES } from '../../../contracts/imports.ts';
import { AppError } from '../../http/errors.ts';

export type Upload = { fileName: string; bytes: Uint8Array };

/** The one file of a multipart upload, read whole; the size limit is said in megabytes. */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  const part = await request.file();
  if (part?.fieldname !== 'file') {
    throw new AppError('validation', 'Joignez un fichier CSV ou XLSX dans le champ « file ».', {
      errors: [{ path: 'file', message: 'Fichier manquant' }],
    });
  }
  try {
    return { fileName: part.filename || 'import.csv', bytes: await part.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(
        'payload_too_large',
        `Le fichier dépasse ${IMPORT_MAX_BYTES / 1024 / 1024} Mo : découpez-le en plusieurs fichiers.`,
      );
    }
    throw error;
  }
}
