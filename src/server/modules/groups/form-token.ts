import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';

/** 144 random bits, URL-safe: the link cannot be guessed, and a new one closes the old. */
export const newFormToken = (): string => randomBytes(18).toString('base64url');

export const FORM_PATH = '/contribuer';
export const formUrl = (publicUrl: string, token: string): string => `${publicUrl}${FORM_PATH}/${token}`;

/** The form's link as an SVG QR code, to print on a flyer or show on a screen. */
export const qrSvg = (url: string): Promise<string> => QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
