import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { isApiError } from './api-error.ts';

export type FieldErrors = Partial<Record<string, string>>;

type Issue = z.core.$ZodIssue;

/** Regex fields each get their own sentence: "invalid format" tells nobody what to type. */
function formatMessage(issue: Issue & { code: 'invalid_format' }, t: TFunction): string {
  if (issue.format === 'email') return t('validation.email');
  const field = issue.path.at(-1);
  if (field === 'postcode') return t('validation.postcode');
  if (field === 'code') return t('validation.code');
  return t('validation.invalid');
}

const IDENTIFIER_MESSAGES = {
  rna: 'organisations.identifiers.rnaInvalid',
  siret: 'organisations.identifiers.siretInvalid',
  uai: 'organisations.identifiers.uaiInvalid',
} as const;

/** Contract messages are French or zod's English; the screen speaks the user's language instead. */
function issueMessage(issue: Issue, t: TFunction): string {
  // An identifier fails on its format or its check digit alike: one sentence says what it looks like.
  const field = String(issue.path[0] ?? '');
  if (field in IDENTIFIER_MESSAGES && issue.code !== 'too_big') return t(IDENTIFIER_MESSAGES[field as keyof typeof IDENTIFIER_MESSAGES]);
  if (field === 'website' && issue.code === 'invalid_format') return t('validation.url');
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1 ? t('validation.required') : t('validation.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      return formatMessage(issue, t);
    case 'invalid_type':
    case 'invalid_value':
      return t('validation.required');
    default:
      return t('validation.invalid');
  }
}

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates a form with the same contract schema the server applies, so both agree on what is valid. */
export function validate<S extends z.ZodType>(schema: S, values: unknown, t: TFunction): Validation<z.output<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    // An empty required field is "required", whatever rule (length, format) zod tripped on first.
    const input = typeof values === 'object' && values !== null ? (values as Record<string, unknown>)[field] : values;
    errors[field] ??= input === '' ? t('validation.required') : issueMessage(issue, t);
  }
  return { ok: false, errors };
}

/** Server validation errors name a path ("/body/email", "body.email" or "email"): its last segment is the field. */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!isApiError(error)) return {};
  const errors: FieldErrors = {};
  for (const { path, message } of error.problem.errors ?? []) {
    const field = path.split(/[./]/).filter(Boolean).at(-1) ?? '';
    errors[field] ??= message;
  }
  return errors;
}

/** Optional text inputs hold "" when empty; the API means "no value" with null. */
export function emptyToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
