import { z } from 'zod';
import { unprintableCharacters } from '../fonts/font-subsets.js';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/**
 * Non-empty text the embedded fonts can print. Anything else (emoji, arrows, CJK) would make
 * Chromium reach for a system font, so it is rejected with the offending characters named.
 */
export const text = (max = 500) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((value, ctx) => {
      const unprintable = unprintableCharacters(value);
      if (unprintable.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `characters the PDF fonts cannot print: ${unprintable.join(' ')}`,
        });
      }
    });
export const optionalText = (max = 500) => text(max).optional();

/** Accepts Date objects or ISO strings (with an offset, so no instant is ambiguous). */
export const instantSchema = z
  .union([z.date(), z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((value) => new Date(value))
  .refine((date) => !Number.isNaN(date.getTime()), 'invalid date');

export const countSchema = z.number().int().min(0).max(10_000_000);

export const personSchema = z.object({
  fullName: text(200),
  position: optionalText(200),
  department: optionalText(200),
});

export const policyReferenceSchema = z.object({
  title: text(300),
  version: text(40),
  publishedAt: instantSchema.optional(),
});

/** Who signed, and when. Rendered in the visible signature block of every document. */
export const signatureSchema = z.object({
  signerName: text(200),
  signerPosition: optionalText(200),
  signedAt: instantSchema,
});

export const channelSchema = z.enum(['web', 'mobile', 'kiosk', 'paper']);

export const sha256HexSchema = z.string().regex(/^[a-f0-9]{64}$/, 'lowercase hex SHA-256 expected');
