import { z } from 'zod';

/** La Poste's establishments share one SIREN and do not follow Luhn: their digits add up to a multiple of 5. */
const LA_POSTE_SIREN = '356000000';

function digitSum(digits: string): number {
  return [...digits].reduce((sum, d) => sum + Number(d), 0);
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let value = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
    sum += value;
  }
  return sum % 10 === 0;
}

export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) return digitSum(siret) % 5 === 0;
  return passesLuhn(siret);
}

const compact = (value: string) => value.replace(/[\s.]+/g, '').toUpperCase();

/** RNA: "W" and 9 digits, or the older prefecture numbers (3 digits, "P", 8 digits). */
export const rnaSchema = z
  .string()
  .max(40)
  .transform(compact)
  .pipe(z.string().regex(/^(W\d{9}|\d{3}P\d{8})$/, 'RNA : W suivi de 9 chiffres (ou ancien format 000P00000000)'));

export const siretSchema = z
  .string()
  .max(40)
  .transform(compact)
  .pipe(
    z
      .string()
      .regex(/^\d{14}$/, 'SIRET : 14 chiffres')
      .refine(isValidSiret, 'SIRET invalide : la clé de contrôle ne correspond pas'),
  );

/** UAI of a school: 7 digits and a letter. */
export const uaiSchema = z
  .string()
  .max(20)
  .transform(compact)
  .pipe(z.string().regex(/^\d{7}[A-Z]$/, 'UAI : 7 chiffres suivis d’une lettre'));

export const postcodeSchema = z.string().regex(/^\d{5}$/, 'Code postal à 5 chiffres');
/** INSEE code of a commune or of a Paris arrondissement (Corsica uses 2A and 2B). */
export const inseeCodeSchema = z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'Code INSEE à 5 caractères');

/**
 * The arrondissement's INSEE code (751xx) for a Paris postcode. 75116 is the second
 * postcode of the 16th; 75016 and 75116 both give 75116.
 */
export function parisInseeCode(postcode: string | null | undefined): string | null {
  const match = /^75(0(0[1-9]|1\d|20)|116)$/.exec(postcode ?? '');
  if (!match) return null;
  return `751${postcode!.slice(3)}`;
}
