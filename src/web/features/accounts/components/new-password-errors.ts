import type { TFunction } from 'i18next';
import { passwordSchema } from '../../../../contracts/users.ts';
import { type FieldErrors, validate } from '../../../lib/form-errors.ts';

/** The rules of the server's password schema, plus the confirmation only a form can check. */
export function newPasswordErrors(newPassword: string, confirmation: string, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  const checked = validate(passwordSchema, newPassword, t);
  if (!checked.ok) errors.newPassword = checked.errors[''];
  else if (newPassword !== confirmation) errors.confirmation = t('validation.passwordMismatch');
  return errors;
}
