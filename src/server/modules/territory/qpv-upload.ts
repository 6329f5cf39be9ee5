import type { FastifyRequest } from 'fastify';
import { AppError } from '../../http/errors.ts';

/** The national file is about 30 MB; room is left for a more detailed edition. */
export const QPV_MAX_BYTES = 80 * 1024 * 1024;

/** The GeoJSON of a multipart upload (field "file"), as text. */
export async function readQpvUpload(request: FastifyRequest): Promise<string> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 'Envoyez le fichier GeoJSON en multipart/form-data, dans le champ « file ».');
  }
  const part = await request.file();
  if (part?.fieldname !== 'file') {
    throw new AppError('validation', 'Joignez le fichier GeoJSON des QPV dans le champ « file ».', {
      errors: [{ path: 'file', message: 'Fichier manquant' }],
    });
  }
  try {
    return (await part.toBuffer()).toString('utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('payload_too_large', `Le fichier dépasse ${QPV_MAX_BYTES / 1024 / 1024} Mo.`);
    }
    throw error;
  }
}
