import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { type ContributionSubmit, contributionSubmitSchema, PHOTO_MAX_BYTES } from '../../../contracts/contributions.ts';
import { AppError } from '../../http/errors.ts';

export type Submission = { fields: ContributionSubmit; photo: Uint8Array | null };

const BOOLEAN_FIELDS = new Set(['consent', 'imageRights', 'parentalConsent']);
const PHOTO_FIELD = 'photo';

function invalid(issues: z.core.$ZodIssue[]): AppError {
  const errors = issues.map((issue) => ({ path: ['body', ...issue.path].join('.'), message: issue.message }));
  return new AppError('validation', `${errors[0]?.path} : ${errors[0]?.message}`, { errors });
}

/** A multipart field arrives as text: booleans and the journey are read back into values. */
function fieldValue(name: string, value: string): unknown {
  if (BOOLEAN_FIELDS.has(name)) return value === 'true' || value === 'on' ? true : value === 'false' ? false : value;
  if (name === 'journey') {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

async function readMultipart(request: FastifyRequest): Promise<{ raw: Record<string, unknown>; photo: Uint8Array | null }> {
  const raw: Record<string, unknown> = {};
  let photo: Uint8Array | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== PHOTO_FIELD) throw new AppError('validation', 'Seul le champ « photo » peut porter un fichier.');
        photo = await part.toBuffer();
      } else {
        raw[part.fieldname] = fieldValue(part.fieldname, String(part.value));
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('payload_too_large', `La photo dépasse ${PHOTO_MAX_BYTES / 1024 / 1024} Mo : envoyez-la en plus petit.`);
    }
    throw error;
  }
  return { raw, photo };
}

/** The citizen's submission, sent as JSON or as multipart/form-data (with the photo), checked against the contract. */
export async function readSubmission(request: FastifyRequest): Promise<Submission> {
  const { raw, photo } = request.isMultipart() ? await readMultipart(request) : { raw: request.body, photo: null };
  if (raw === undefined || raw === null) throw new AppError('validation', 'Le formulaire est vide.');
  const parsed = contributionSubmitSchema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return { fields: parsed.data, photo };
}
