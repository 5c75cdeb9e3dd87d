import { gunzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { pipelineWithStubNext } from "@/tests/public-pipeline-harness";

process.env.NEXTAUTH_URL = "http://sonha.test";

const pipeline = pipelineWithStubNext();
const READER = { host: "sonha.test", accept: "text/html", "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36", cookie: `vid=${crypto.randomUUID()}` };
const nonceInPolicy = (policy: unknown) => /'nonce-([^']+)'/.exec(String(policy))?.[1];

describe("the page cache in the public pipeline", () => {
  it("renders a missing page once, in-process with the placeholder nonce, and gives every reader its own nonce", async () => {
    const path = `/tin-tuc/bai-${crypto.randomUUID()}`;
    const [first, second] = await Promise.all([0, 1].map(() => pipeline.request({ method: "GET", url: path, headers: READER })));
    const renders = pipeline.reachedNext.filter((request) => request.url === path);
    expect(renders).toHaveLength(1);
    // The render is the cache's own: no reader's cookie, address or request id, and not counted.
    expect(renders[0].headers.cookie).toBeUndefined();
    const placeholder = String(renders[0].headers["x-nonce"]);
    for (const answer of [first, second]) {
      expect(answer.statusCode).toBe(200);
      const nonce = nonceInPolicy(answer.headers["content-security-policy"]);
      expect(answer.payload).toContain(`<script nonce="${nonce}">`);
      expect(answer.payload).not.toContain(placeholder);
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
      expect(answer.headers["cache-control"]).toMatch(/no-store/);
    }
    expect(nonceInPolicy(first.headers["content-security-policy"])).not.toBe(nonceInPolicy(second.headers["content-security-policy"]));

    const hit = await pipeline.request({ method: "GET", url: path, headers: { ...READER, "accept-encoding": "gzip" } });
    expect(hit.headers["x-page-cache"]).toBe("hit");
    expect(hit.headers["content-encoding"]).toBe("gzip");
    const html = gunzipSync(hit.rawPayload).toString("utf8");
    expect(html).toContain(`<script nonce="${nonceInPolicy(hit.headers["content-security-policy"])}">`);
    expect(html).toContain(`<p>${path}</p>`);
    expect(pipeline.reachedNext.filter((request) => request.url === path)).toHaveLength(1);
  });

  it("answers a page past its time as it is while one new render runs, then the new render", async () => {
    const path = `/tin-tuc/bai-${crypto.randomUUID()}`;
    const rendersOf = () => pipeline.reachedNext.filter((request) => request.url === path).length;
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      expect((await pipeline.request({ method: "GET", url: path, headers: READER })).headers["x-page-cache"]).toBe("miss");
      vi.setSystemTime(Date.now() + 61_000); // PAGE_CACHE_SECONDS defaults to 60
      const [first, second] = await Promise.all([0, 1].map(() => pipeline.request({ method: "GET", url: path, headers: READER })));
      for (const answer of [first, second]) {
        expect([answer.statusCode, answer.headers["x-page-cache"]]).toEqual([200, "stale"]);
        expect(answer.payload).toContain(`<p>${path}</p>`);
        expect(answer.payload).toContain(`<script nonce="${nonceInPolicy(answer.headers["content-security-policy"])}">`);
      }
      await vi.waitFor(() => expect(rendersOf()).toBe(2));
      await vi.waitFor(async () => expect((await pipeline.request({ method: "GET", url: path, headers: READER })).headers["x-page-cache"]).toBe("hit"));
      expect(rendersOf()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("hands staff, RSC requests and the editor area to Next with a fresh nonce on the request and the answer", async () => {
    const path = `/tin-tuc/bai-${crypto.randomUUID()}`;
    const staff = await pipeline.request({ method: "GET", url: path, headers: { ...READER, cookie: "next-auth.session-token=x" } });
    const rsc = await pipeline.request({ method: "GET", url: path, headers: { ...READER, rsc: "1" } });
    const editor = await pipeline.request({ method: "GET", url: "/quan-tri", headers: READER });
    for (const answer of [staff, rsc, editor]) {
      const nonce = nonceInPolicy(answer.headers["content-security-policy"]);
      expect(answer.payload).toContain(`<script nonce="${nonce}">`);
      expect(answer.headers["x-page-cache"]).toBeUndefined();
    }
    const reached = pipeline.reachedNext.slice(-3);
    expect(reached.map((request) => request.url)).toEqual([path, path, "/quan-tri"]);
    expect(reached.every((request) => String(request.headers["content-security-policy"]).includes(`'nonce-${request.headers["x-nonce"]}'`))).toBe(true);
  });

  it("refuses a badly encoded address and a cross-site page write in Vietnamese, before Next", async () => {
    const reached = pipeline.reachedNext.length;
    const bad = await pipeline.request({ method: "GET", url: "/tin-tuc/%ff", headers: READER });
    expect([bad.statusCode, bad.headers["x-frame-options"]]).toEqual([400, "DENY"]);
    expect(bad.payload).toContain("Địa chỉ yêu cầu không hợp lệ.");
    const foreign = await pipeline.request({ method: "POST", url: "/tin-tuc", headers: { ...READER, origin: "https://evil.example" }, payload: "x" });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error).toMatch(/bị từ chối/);
    const huge = await pipeline.request({ method: "POST", url: "/tin-tuc", headers: { ...READER, "content-length": String(2 * 1024 * 1024) }, payload: "x" });
    expect(huge.statusCode).toBe(413);
    expect(pipeline.reachedNext).toHaveLength(reached);
  });
});
