import type { Request } from "@playwright/test";
import { expect, test } from "./helpers/console-guard";
import { signIn } from "./helpers/staff";

// A server action is a public endpoint: whatever its page sends, a hand-made request can send
// anything else. Each case here takes the browser's own call of a real action (the category
// form) and replaces its arguments, as a forged request would; the built server must answer
// with the form's Vietnamese error, never a 500, and change nothing.

/** The browser's multipart body, read back into a form so one field can be changed. */
async function formOf(request: Request): Promise<FormData> {
  const type = request.headers()["content-type"] ?? "";
  return new Response(new Uint8Array(request.postDataBuffer() ?? []), { headers: { "content-type": type } }).formData();
}

/** React sends a form argument's fields prefixed with its reference ("1_name"). */
const fieldName = (form: FormData, field: string) => [...form.keys()].find((key) => key.endsWith(`_${field}`))!;

async function asBody(form: FormData) {
  const encoded = new Response(form);
  return { postData: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type")! };
}

const CASES: { name: string; message: string; forge: (request: Request) => Promise<{ postData: Buffer | string; contentType: string }> }[] = [
  {
    name: "arguments that are not a form at all",
    message: "Dữ liệu gửi lên không hợp lệ.",
    forge: async () => ({ postData: JSON.stringify([1, "không phải biểu mẫu"]), contentType: "text/plain;charset=UTF-8" }),
  },
  {
    name: "a list where one text is expected",
    message: "Dữ liệu gửi lên không hợp lệ.",
    forge: async (request) => {
      // React reads a form argument's fields where they stand, so the second value goes next to the first.
      const form = await formOf(request);
      const name = fieldName(form, "name");
      const forged = new FormData();
      for (const [key, value] of form) {
        forged.append(key, value);
        if (key === name) forged.append(key, "Tên thứ hai");
      }
      return asBody(forged);
    },
  },
  {
    name: "a file where a text is expected",
    message: "Dữ liệu gửi lên không hợp lệ.",
    forge: async (request) => {
      const form = await formOf(request);
      form.set(fieldName(form, "name"), new File(["nội dung"], "ten.txt", { type: "text/plain" }));
      return asBody(form);
    },
  },
  {
    name: "a huge text",
    message: "Nội dung gửi lên quá dài.",
    forge: async (request) => {
      const form = await formOf(request);
      form.set(fieldName(form, "name"), "Sơn Hà ".repeat(50_000));
      return asBody(form);
    },
  },
  {
    name: "a required field left out",
    message: "Vui lòng nhập tên chuyên mục.",
    forge: async (request) => {
      const form = await formOf(request);
      form.delete(fieldName(form, "name"));
      return asBody(form);
    },
  },
];

for (const forgery of CASES) {
  test(`a server action called with ${forgery.name} answers its form's error, not a 500`, async ({ page }) => {
    test.setTimeout(90_000);
    const name = `Chuyên mục giả ${Date.now()}`;
    await signIn(page, "admin", "/quan-tri/chuyen-muc");

    const answers: { status: number; body: string }[] = [];
    await page.route("**/quan-tri/chuyen-muc", async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
      const { postData, contentType } = await forgery.forge(request);
      const response = await route.fetch({ postData, headers: { ...request.headers(), "content-type": contentType } });
      answers.push({ status: response.status(), body: await response.text() });
      await route.fulfill({ response });
    });
    await page.getByLabel("Tên chuyên mục").fill(name);
    await page.getByRole("button", { name: "Thêm chuyên mục" }).click();
    await expect.poll(() => answers.length).toBe(1);
    expect(answers[0].status).toBe(200);
    expect(answers[0].body).toContain(forgery.message);
    const error = page.locator("form", { has: page.getByLabel("Tên chuyên mục") }).getByRole("alert");
    await expect(error).toHaveText(forgery.message);
    await expect(error).toBeFocused();

    await page.unroute("**/quan-tri/chuyen-muc");
    await page.goto("/quan-tri/chuyen-muc");
    await expect(page.getByRole("table")).not.toContainText(name);
  });
}
