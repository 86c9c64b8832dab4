import { z } from 'zod';
import { optionalText, text } from './common.js';

/** Raster or SVG logos only, base64-encoded: nothing a renderer would have to fetch. */
const LOGO_DATA_URL = /^data:image\/(png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;
const MAX_LOGO_CHARS = 700_000;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const organizationSchema = z.object({
  name: text(300),
  /** Kazakhstan business identification number: 12 digits. */
  bin: z
    .string()
    .regex(/^\d{12}$/, 'BIN has 12 digits')
    .optional(),
  address: optionalText(500),
  logoDataUrl: z
    .string()
    .max(MAX_LOGO_CHARS)
    .regex(LOGO_DATA_URL, 'logo must be a base64 data: URL of a PNG, JPEG, WebP or SVG image')
    .optional(),
  /** Kazakhstan has used a single zone (UTC+5) since March 2024; Asia/Almaty follows it. */
  timeZone: z.string().refine(isKnownTimeZone, 'unknown time zone').default('Asia/Almaty'),
});

export type OrganizationInput = z.input<typeof organizationSchema>;
export type Organization = z.output<typeof organizationSchema>;
