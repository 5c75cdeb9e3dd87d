import { z } from "zod";

// The pieces editor forms are read with, so every action bounds its fields the same way.

/** A record's id as a form sends it; anything else is the record not being found. */
export const formId = (notFound: string) =>
  z
    .string({ error: notFound })
    .regex(/^[1-9]\d{0,9}$/, notFound)
    .transform(Number)
    .refine((id) => id <= 2_147_483_647, notFound);

/** A text field, absent counting as empty, bounded so a huge value is refused before any work. */
export const formText = (max = 1000, tooLong = "Nội dung gửi lên quá dài.") => z.string().max(max, tooLong).default("");

/** A checkbox: present ("on", or "true" from a hidden field) or not. */
export const formCheckbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false")])
  .optional()
  .transform((value) => value === "on" || value === "true");

/** A repeated field (a checkbox per item): always a list, each value bounded. */
export const formList = (max = 200) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().max(100)).max(max));
