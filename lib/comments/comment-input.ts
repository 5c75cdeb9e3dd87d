import { z } from "zod";
import { INVALID_INPUT } from "@/lib/errors/domain-error";
import { CONTENT_MAX, CONTENT_MIN, EMAIL_MAX, NAME_MAX } from "./comment-limits";


// Counted in characters as a reader sees them: composed (NFC) code points, not UTF-16 units.
const characters = (text: string) => [...text].length;
// Control characters other than line breaks and tabs have no place in a comment.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const plainText = (missing: string) =>
  z.string({ error: missing }).transform((text) => text.normalize("NFC").replace(/\r\n?/g, "\n").replace(CONTROL, "").trim());

const PARENT_MESSAGE = "Bình luận được trả lời không hợp lệ.";

/** A reader's comment. Plain text only: nothing here is ever rendered as HTML. */
export const commentInput = z.object(
  {
    name: plainText("Vui lòng nhập họ tên.")
      .transform((name) => name.replace(/\s+/g, " "))
      .refine((name) => characters(name) >= 1, "Vui lòng nhập họ tên.")
      .refine((name) => characters(name) <= NAME_MAX, `Họ tên tối đa ${NAME_MAX} ký tự.`),
    email: z
      .string({ error: "Vui lòng nhập email." })
      .trim()
      .max(EMAIL_MAX, "Email không hợp lệ.")
      .pipe(z.email("Email không hợp lệ.")),
    content: plainText("Vui lòng nhập nội dung bình luận.")
      .refine((content) => characters(content) >= CONTENT_MIN, `Nội dung bình luận cần ít nhất ${CONTENT_MIN} ký tự.`)
      .refine((content) => characters(content) <= CONTENT_MAX, "Nội dung bình luận tối đa 5.000 ký tự."),
    parentId: z.number({ error: PARENT_MESSAGE }).int(PARENT_MESSAGE).positive(PARENT_MESSAGE).max(2_147_483_647, PARENT_MESSAGE).nullish(),
    // Honeypot: hidden from people by the form, filled in by naive bots.
    website: z.string({ error: INVALID_INPUT }).max(1_000, INVALID_INPUT).optional(),
  },
  { error: INVALID_INPUT },
);

export type CommentInput = z.infer<typeof commentInput>;
