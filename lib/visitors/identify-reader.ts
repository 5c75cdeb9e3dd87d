import { clientIp, hashIp } from "./client-ip";
import { getOrCreateVisitorId } from "./visitor-id";

/** Who is writing, for de-duplication (the browser) and rate limits (browser and hashed address). */
export type Reader = { visitorId: string; ipHash: string };

/** Route handlers only: may set the visitor cookie on the response. */
export async function identifyReader(request: Request): Promise<Reader> {
  const { visitorId } = await getOrCreateVisitorId();
  return { visitorId, ipHash: hashIp(clientIp(request.headers)) };
}
