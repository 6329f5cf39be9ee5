import { problemSchema } from '../../contracts/common.ts';

/** Every endpoint may answer with a problem; listed once so each route can spread it. */
export const errorResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
} as const;

/** Uploads may also be too large or of the wrong type. */
export const uploadErrorResponses = { ...errorResponses, 413: problemSchema, 415: problemSchema } as const;
