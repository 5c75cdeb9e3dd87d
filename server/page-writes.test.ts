import { Readable } from "node:stream";
import { inject } from "light-my-request";
import { describe, expect, it } from "vitest";
import { createPublicPipeline, type NextHandler } from "./public-pipeline";

// The public address writes are checked against (lib/http/same-origin.ts).
process.env.NEXTAUTH_URL = "http://sonha.test";

// A stand-in for Next's server action handler: reads the body and says what it got.
const reached: { length: string | undefined; chunked: boolean; bytes: number }[] = [];
const next: NextHandler = async (request, response) => {
  let bytes = 0;
  for await (const chunk of request) bytes += (chunk as Buffer).length;
  reached.push({ length: request.headers["content-length"], chunked: "transfer-encoding" in request.headers, bytes });
  response.writeHead(303, { Location: "/quan-tri/binh-luan?da-luu=1", "Set-Cookie": "flash=ok; Path=/" });
  response.end();
};
const pipeline = createPublicPipeline(next);
const WRITER = { host: "sonha.test", origin: "http://sonha.test", "content-type": "application/x-www-form-urlencoded" };

/** A body of `bytes` sent in 64 KiB pieces without a length, as a script (or a streaming fetch) sends it. */
function streamed(bytes: number): Readable {
  let left = bytes;
  return new Readable({
    read() {
      const size = Math.min(64 * 1024, left);
      left -= size;
      this.push(size > 0 ? Buffer.alloc(size, 0x61) : null);
    },
  });
}

const write = (payload: Readable | string, headers: Record<string, string> = {}) =>
  inject((request, response) => pipeline.handle(request, response), { method: "POST", url: "/quan-tri/binh-luan", headers: { ...WRITER, ...headers }, payload });

describe("a page write (server action) in the public pipeline", () => {
  it("hands one sent without a length to Next whole and with its length, and relays Next's answer", async () => {
    reached.length = 0;
    const answer = await write(streamed(300 * 1024));
    expect(reached).toEqual([{ length: String(300 * 1024), chunked: false, bytes: 300 * 1024 }]);
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe("/quan-tri/binh-luan?da-luu=1");
    expect(answer.headers["set-cookie"]).toBe("flash=ok; Path=/");
    expect(answer.headers["x-frame-options"]).toBe("DENY");
  });

  it("refuses one sent without a length past 1 MB with a 413 in Vietnamese, before Next sees a byte", async () => {
    reached.length = 0;
    const answer = await write(streamed(5 * 1024 * 1024));
    expect(answer.statusCode).toBe(413);
    expect(answer.json().error).toBe("Nội dung gửi lên quá lớn.");
    expect(reached).toEqual([]);
  });

  it("refuses one that declares more than 1 MB unread, and passes a declared small one on untouched", async () => {
    reached.length = 0;
    const declared = await write("mode=auto", { "content-length": String(2 * 1024 * 1024) });
    expect(declared.statusCode).toBe(413);
    const small = await write("mode=auto");
    expect(small.statusCode).toBe(303);
    expect(reached).toEqual([{ length: "9", chunked: false, bytes: 9 }]);
  });
});
