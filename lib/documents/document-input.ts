import { z } from "zod";
import { startOfVietnamDay } from "@/lib/format/vietnam-time";
import { DOCUMENT_STATUSES } from "./visibility";

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày không hợp lệ.")
  .transform(startOfVietnamDay)
  .refine((date) => !Number.isNaN(date.getTime()), "Ngày không hợp lệ.");
const optionalDay = z.union([z.literal("").transform(() => null), day]);
const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);

/**
 * The editor's document form, with NukeViet's rules: type, at least one field, issuing body
 * and issue date are required; the effective date is not before the issue date; the expiry
 * date is after both.
 */
export const documentInputSchema = z
  .object({
    number: z.string().trim().min(1, "Hãy nhập số, ký hiệu văn bản.").max(50, "Số, ký hiệu tối đa 50 ký tự."),
    title: z.string().trim().min(1, "Hãy nhập trích yếu (tên) văn bản.").max(500, "Trích yếu tối đa 500 ký tự."),
    abstract: z.string().trim().max(2000, "Tóm tắt tối đa 2000 ký tự.").default(""),
    bodyText: z.string().trim().max(100_000, "Nội dung quá dài.").default(""),
    typeId: id("Hãy chọn loại văn bản."),
    fieldIds: z.array(id("Lĩnh vực không hợp lệ.")).min(1, "Hãy chọn ít nhất một lĩnh vực."),
    issuingBodyId: id("Hãy chọn cơ quan ban hành."),
    signerId: z.union([z.literal("").transform(() => null), id("Người ký không hợp lệ.")]).default(null),
    issuedAt: z.string().trim().min(1, "Hãy nhập ngày ban hành.").pipe(day),
    effectiveAt: optionalDay.default(null),
    expiresAt: optionalDay.default(null),
    downloadAccess: z.enum(["public", "signed-in"], { error: "Quyền tải không hợp lệ." }),
    status: z.enum(DOCUMENT_STATUSES, { error: "Trạng thái không hợp lệ." }),
    replacesIds: z.array(id("Văn bản thay thế không hợp lệ.")).default([]),
    relatedIds: z.array(id("Văn bản liên quan không hợp lệ.")).default([]),
  })
  .superRefine((input, context) => {
    if (input.effectiveAt && input.effectiveAt < input.issuedAt) {
      context.addIssue({ code: "custom", path: ["effectiveAt"], message: "Ngày có hiệu lực không được trước ngày ban hành." });
    }
    if (input.expiresAt && (input.expiresAt <= input.issuedAt || (input.effectiveAt && input.expiresAt <= input.effectiveAt))) {
      context.addIssue({
        code: "custom",
        path: ["expiresAt"],
        message: "Ngày hết hiệu lực phải sau ngày ban hành và ngày có hiệu lực.",
      });
    }
  });

export type DocumentInput = z.output<typeof documentInputSchema>;

/** The form's fields as the schema reads them: blanks left out of the id lists, the defaults filled in. */
export function documentFormValues(fields: Record<string, string | string[]>): Record<string, unknown> {
  const text = (name: string) => {
    const value = fields[name];
    return typeof value === "string" ? value : "";
  };
  const ids = (name: string) => [fields[name] ?? []].flat().filter((value) => value !== "");
  return {
    number: text("number"),
    title: text("title"),
    abstract: text("abstract"),
    bodyText: text("bodyText"),
    typeId: text("typeId"),
    fieldIds: ids("fieldIds"),
    issuingBodyId: text("issuingBodyId"),
    signerId: text("signerId"),
    issuedAt: text("issuedAt"),
    effectiveAt: text("effectiveAt"),
    expiresAt: text("expiresAt"),
    downloadAccess: text("downloadAccess") || "public",
    status: text("status") || "draft",
    replacesIds: ids("replacesIds"),
    relatedIds: ids("relatedIds"),
  };
}
