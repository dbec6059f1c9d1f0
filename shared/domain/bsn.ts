/**
 * BSN (burgerservicenummer) checks. standards.md §7.
 *
 * A BSN is always a 9-character string: leading zeros count, so never parse it
 * as a number. Passing the elfproef is NOT verification — verification status is
 * stored separately (domain.md §11.2) and declaration exports refuse unverified BSNs.
 */

export const BSN_PATTERN = /^[0-9]{9}$/;

/** 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be a non-zero multiple of 11. */
export function elfproefSum(bsn: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (bsn.charCodeAt(i) - 48);
  return sum - (bsn.charCodeAt(8) - 48);
}

export function isValidBsn(bsn: string): boolean {
  if (!BSN_PATTERN.test(bsn)) return false;
  const sum = elfproefSum(bsn);
  return sum !== 0 && sum % 11 === 0;
}

/** Strips spaces, dots and dashes people type ("9999.00.006", "999 900 006"). */
export function normalizeBsnInput(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

/** Dutch message for the UI, or null when the BSN is acceptable. */
export function bsnProblem(raw: string): string | null {
  const bsn = normalizeBsnInput(raw);
  if (!/^[0-9]*$/.test(bsn)) return 'Een BSN bestaat alleen uit cijfers.';
  if (bsn.length !== 9) return `Een BSN heeft 9 cijfers; u typte er ${bsn.length}.`;
  if (!isValidBsn(bsn)) return 'Dit BSN klopt niet (elfproef). Controleer het nummer op het identiteitsbewijs.';
  return null;
}

/** For lists and logs: only the last three digits are shown. */
export function maskBsn(bsn: string): string {
  return `••••••${bsn.slice(-3)}`;
}

export const BSN_VERIFICATION = ['unverified', 'verified_sbvz', 'verified_gemeente'] as const;
export type BsnVerification = (typeof BSN_VERIFICATION)[number];
