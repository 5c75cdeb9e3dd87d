import { z } from "zod";

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** A category as the admin form sends it; an empty slug is made from the name. */
export const categoryInputSchema = z.object({
  name: z.string().trim().min(2, "Vui lòng nhập tên chuyên mục.").max(120, "Tên chuyên mục quá dài."),
  slug: z
    .string()
    .trim()
    .max(120, "Đường dẫn quá dài.")
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.")
    .default(""),
  description: z.string().trim().max(500, "Mô tả quá dài (tối đa 500 ký tự).").default(""),
  parentId: z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? null : Number(value)),
    z.number().int().positive().nullable(),
  ),
  active: checkbox,
  showOnHome: checkbox,
});

export type CategoryInput = z.infer<typeof categoryInputSchema>;
