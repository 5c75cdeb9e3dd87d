import type { IncomingHttpHeaders } from "node:http";
import { inject, type InjectOptions } from "light-my-request";
import { createPublicPipeline, type NextHandler } from "@/server/public-pipeline";

/**
 * The public pipeline in front of a stand-in for Next that notes every request reaching it and
 * answers a small page carrying the nonce it was given (as Next does with the one on the request).
 * Like a real render it takes a few milliseconds, so a reader arriving meanwhile finds it in
 * flight. Requests are injected without a socket (light-my-request), from `remoteAddress` when given.
 */
export function pipelineWithStubNext() {
  const reachedNext: { url: string; headers: IncomingHttpHeaders }[] = [];
  const next: NextHandler = async (request, response) => {
    reachedNext.push({ url: request.url ?? "", headers: { ...request.headers } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(`<!doctype html><script nonce="${request.headers["x-nonce"]}"></script><p>${request.url}</p>`);
  };
  const pipeline = createPublicPipeline(next);
  return {
    request: (options: InjectOptions) => inject((request, response) => pipeline.handle(request, response), options),
    reachedNext,
    drain: () => pipeline.drain(),
  };
}
