import { describe, expect, it } from "vitest";
import { readFormBody, readJsonBody } from "./request-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://sonha.test/api/x", { method: "POST", body, headers });
const refusalOf = (reading: Promise<unknown>) => reading.then(
  () => "read",
  (error: { kind?: string; message: string }) => [error.kind, error.message],
);

/** A body without Content-Length that never ends on its own; `pulled` counts the chunks read. */
function endlessBody(chunk: Uint8Array, chunks: number) {
  const counter = { pulled: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      counter.pulled++;
      if (counter.pulled > chunks) controller.close();
      else controller.enqueue(chunk);
    },
  });
  return { body, counter };
}
const streamed = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request("http://sonha.test/api/x", { method: "POST", body, duplex: "half", headers } as RequestInit);

describe("readJsonBody", () => {
  it("reads JSON within its limit", async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ a: 1 });
  });

  it("refuses a body that is not JSON as invalid and one past the limit as too large", async () => {
    expect(await refusalOf(readJsonBody(post("{oops")))).toEqual(["invalid", "Dữ liệu gửi lên không hợp lệ."]);
    expect(await refusalOf(readJsonBody(post(JSON.stringify({ text: "x".repeat(20_000) }))))).toEqual(["too-large", "Nội dung gửi lên quá lớn."]);
  });

  it("stops reading at the limit: a declared length is refused unread, a streamed body at the first byte past it", async () => {
    expect(await refusalOf(readJsonBody(post("{}", { "content-length": "100000000" })))).toEqual(["too-large", "Nội dung gửi lên quá lớn."]);
    // 10,000 chunks of 1 KiB with no Content-Length: only what fits the 16 KiB limit is pulled.
    const { body, counter } = endlessBody(new TextEncoder().encode(" ".repeat(1024)), 10_000);
    expect((await refusalOf(readJsonBody(streamed(body))))[0]).toBe("too-large");
    expect(counter.pulled).toBeLessThan(40);
  });

  it("refuses a lone UTF-16 surrogate, bytes that are not UTF-8, and nesting deeper than any form, which no database stores", async () => {
    for (const body of ['{"text":"\\ud800"}', '{"\\udfff":1}', '["a",{"b":["\\ud83d"]}]']) {
      expect(await refusalOf(readJsonBody(post(body))), body).toEqual(["invalid", "Dữ liệu gửi lên không hợp lệ."]);
    }
    const notUtf8 = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
    expect((await refusalOf(readJsonBody(post(notUtf8))))[0]).toBe("invalid");
    // Nesting 5,000 arrays deep is refused, not a stack overflow; 30 levels pass.
    expect((await refusalOf(readJsonBody(post(`${"[".repeat(5_000)}${"]".repeat(5_000)}`))))[0]).toBe("invalid");
    expect(await readJsonBody(post(`${"[".repeat(30)}${"]".repeat(30)}`))).toBeInstanceOf(Array);
    // A whole surrogate pair (an emoji) is fine.
    expect(await readJsonBody(post('{"text":"\\ud83d\\ude00"}'))).toEqual({ text: "😀" });
  });
});

describe("readFormBody", () => {
  it("reads a multipart form within its limit, and cuts off a chunked one at the first byte past it", async () => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(1000)], "a.png"));
    form.set("note", "ảnh bìa");
    const read = await readFormBody(post(form), 16_384, "Tệp quá lớn.");
    expect([(read.get("file") as File).size, read.get("note")]).toEqual([1000, "ảnh bìa"]);

    const multipart = { "content-type": "multipart/form-data; boundary=x" };
    const declared = post("x", { "content-length": "100000000", ...multipart });
    expect(await refusalOf(readFormBody(declared, 16_384, "Tệp quá lớn."))).toEqual(["too-large", "Tệp quá lớn."]);
    const { body, counter } = endlessBody(new Uint8Array(1024), 100_000);
    expect(await refusalOf(readFormBody(streamed(body, multipart), 16_384, "Tệp quá lớn."))).toEqual(["too-large", "Tệp quá lớn."]);
    expect(counter.pulled).toBeLessThan(40);
  });

  it("refuses anything that is not a well-formed multipart body as invalid", async () => {
    for (const [body, contentType] of [["{}", "application/json"], ["không phải biểu mẫu", "multipart/form-data; boundary=x"]]) {
      expect(await refusalOf(readFormBody(post(body, { "content-type": contentType }), 16_384)), contentType).toEqual([
        "invalid",
        "Cần gửi tệp dưới dạng biểu mẫu (multipart/form-data).",
      ]);
    }
  });
});
