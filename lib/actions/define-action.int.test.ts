import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { signInAs } from "@/tests/signed-in-as";
import { ConflictError } from "@/lib/errors/domain-error";
import { setLogSink } from "@/lib/observability/logger";
import { defineAction, definePlainAction } from "./define-action";
import { formText } from "./form-fields";

// The helper with the real session check and database; next-auth and next/headers are stubbed
// at the edge by tests/signed-in-as.

const form = (entries: [string, string | Blob][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

const schema = z.object({ title: formText(20, "Tiêu đề quá dài.") });
const echo = defineAction("test.echo", "article.write", schema, async (input, actor) => `${actor.name}: ${input.title}`);

afterEach(() => setLogSink(null));

describe("defineAction", () => {
  it("hands the work the parsed input and the actor, and answers its confirmation", async () => {
    const editor = await signInAs("editor");
    expect(await echo({}, form([["title", "Tin mới"]]))).toEqual({ ok: `${editor!.name}: Tin mới` });
  });

  it("refuses an ended session and a missing right before reading the form", async () => {
    await signInAs("anonymous");
    expect(await echo({}, form([["title", "x"]]))).toEqual({ error: "Bạn cần đăng nhập để thực hiện thao tác này." });
    await signInAs("editor");
    const adminsOnly = defineAction("test.admin", "user.manage", schema, async () => "không tới được");
    expect(await adminsOnly({}, form([["title", "x"]]))).toEqual({ error: "Bạn không có quyền thực hiện thao tác này." });
  });

  it("answers wrong input in Vietnamese: a list, a file, a huge text, no form at all", async () => {
    await signInAs("editor");
    const invalid = { error: "Dữ liệu gửi lên không hợp lệ." };
    expect(await echo({}, form([["title", "a"], ["title", "b"]]))).toEqual(invalid);
    expect(await echo({}, form([["title", new File(["x"], "x.txt")]]))).toEqual(invalid);
    expect(await echo({}, form([["title", "x".repeat(21)]]))).toEqual({ error: "Tiêu đề quá dài." });
    expect(await echo({}, "không phải biểu mẫu" as unknown as FormData)).toEqual(invalid);
  });

  it("turns a domain refusal into the form's error and lets redirect() through", async () => {
    await signInAs("editor");
    const refusing = defineAction("test.conflict", "article.write", schema, async () => {
      throw new ConflictError("Đã có người sửa trước.");
    });
    expect(await refusing({}, form([]))).toEqual({ error: "Đã có người sửa trước." });
    const { redirect } = await import("next/navigation");
    const redirecting = defineAction("test.redirect", "article.write", schema, async () => redirect("/quan-tri"));
    await expect(redirecting({}, form([]))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("logs a bug with the request id and shows only that id, never the error", async () => {
    await signInAs("editor");
    const lines: string[] = [];
    setLogSink((_level, line) => lines.push(line));
    const broken = defineAction("test.bug", "article.write", schema, async () => {
      throw new Error("bí mật nội bộ");
    });
    const state = await broken({}, form([]));
    expect(state.error).not.toContain("bí mật");
    const logged = JSON.parse(lines.find((line) => line.includes("server action failed"))!);
    expect(logged).toMatchObject({ level: "error", action: "test.bug", error: { message: "bí mật nội bộ" } });
    expect(state.error).toContain(`mã yêu cầu ${logged.requestId}`);
  });
});

describe("definePlainAction", () => {
  const answers = { page: "/quan-tri/binh-luan", refused: (_form: FormData, refusal: string) => `/quan-tri/binh-luan?loi=${refusal}` };
  const plain = definePlainAction("test.plain", "comment.moderate", schema, async () => undefined, answers);
  const redirectOf = (call: Promise<void>) => call.then(() => null, (error: { digest?: string }) => error.digest?.split(";")[2]);

  it("answers with pages: sign-in for an ended session, the refusal's page otherwise, the page when done", async () => {
    await signInAs("anonymous");
    expect(await redirectOf(plain(form([])))).toBe("/dang-nhap?callbackUrl=%2Fquan-tri%2Fbinh-luan");
    await signInAs("editor");
    expect(await redirectOf(plain(form([])))).toBe("/quan-tri/binh-luan?loi=forbidden");
    await signInAs("publisher");
    expect(await redirectOf(plain(form([["title", "x".repeat(21)]])))).toBe("/quan-tri/binh-luan?loi=invalid");
    expect(await redirectOf(plain(form([])))).toBe("/quan-tri/binh-luan");
  });
});
