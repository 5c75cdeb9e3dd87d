import { nextVisibilityChange } from "@/lib/articles/visibility";
import { newNonce } from "@/lib/http/content-security-policy";
import { logger } from "@/lib/observability/logger";
import { isCacheablePageRequest, pageCacheKey } from "./cacheable-request";
import { ContentChangeFollower } from "./content-change-follower";
import { latestContentChangeId, readContentChanges } from "./content-changes";
import { pageCacheConfig } from "./page-cache-config";
import { takeLocalContentChange } from "./page-cache-signal";
import { type CachedPage, PageCacheStore } from "./page-cache-store";
import { pageTags } from "./page-tags";

/** A page as the cache answers it: the pieces of its HTML around the placeholder nonce. */
export type CachedAnswer = { status: number; pieces: readonly Buffer[]; cache: "hit" | "stale" | "miss" };

/** A page rendered for the cache, for an anonymous reader, with `placeholderNonce` as its nonce. */
export type RenderedPage = { status: number; contentType: string | null; setsCookie: boolean; html: string };
/** Renders a page (its path and query) for the cache; the caller decides how (the public pipeline asks Next in-process). */
export type PageRenderer = (key: string, placeholderNonce: string) => Promise<RenderedPage>;

type Runtime = {
  config: ReturnType<typeof pageCacheConfig>;
  store: PageCacheStore;
  follower: ContentChangeFollower;
  fills: Map<string, Promise<CachedAnswer | null>>;
  // Per process and never sent to anyone, so it cannot be guessed and planted in content.
  placeholderNonce: string;
  // When an article next appears or expires by itself (epoch ms; null: none due; undefined:
  // to be looked up). Pages expire there, so a scheduled article shows on time everywhere.
  visibilityChangeAt: number | null | undefined;
  // The one lookup of it in flight, which readers arriving meanwhile share.
  visibilityLookup: Promise<void> | null;
};

const RUNTIME = Symbol.for("portal.page-cache.runtime");

function runtime(): Runtime {
  const global = globalThis as typeof globalThis & { [RUNTIME]?: Runtime };
  if (!global[RUNTIME]) {
    const config = pageCacheConfig();
    const store = new PageCacheStore(config.maxBytes);
    const follower = new ContentChangeFollower(
      {
        read: (afterId) => readContentChanges(afterId),
        latestId: () => latestContentChangeId(),
      },
      (tags) => {
        store.invalidate(tags);
        if (tags.has("articles")) {
          state.visibilityChangeAt = undefined;
          state.visibilityLookup = null; // one in flight may have read what the change replaced
        }
      },
      config.changeLogIntervalMs,
    );
    const state: Runtime = {
      config,
      store,
      follower,
      fills: new Map(),
      placeholderNonce: newNonce(),
      visibilityChangeAt: undefined,
      visibilityLookup: null,
    };
    global[RUNTIME] = state;
  }
  return global[RUNTIME];
}

type PageRequest = { method: string; pathname: string; search: string; searchParams: URLSearchParams; headers: Headers };

/**
 * Answers a public page from the cache, rendering it first when it is missing (one render per
 * page however many readers wait for it). A page past its time (PAGE_CACHE_SECONDS) is answered
 * as it is while its new render runs: nothing it shows has changed, or a change would have
 * dropped it, and readers do not wait for the render and then all resume at once. Null when the
 * request is not cacheable or the cache cannot answer: the caller then lets Next render it as usual.
 */
export async function cachedPage(request: PageRequest, renderPage: PageRenderer): Promise<CachedAnswer | null> {
  const found = await lookUp(request);
  if (!found) return null;
  const { state, key, kept } = found;
  if (kept && !kept.expired) return { status: 200, pieces: kept.page.pieces, cache: "hit" };
  let fill = state.fills.get(key);
  if (!fill) {
    fill = render(state, key, pageTags(request.pathname), renderPage).finally(() => state.fills.delete(key));
    state.fills.set(key, fill);
  }
  if (kept) return { status: 200, pieces: kept.page.pieces, cache: "stale" };
  return fill;
}

/** The headers of a page answered from the cache, besides the per-response policy and id. */
export function cachedPageHeaders(answer: CachedAnswer): Record<string, string> {
  return {
    "Content-Type": "text/html; charset=utf-8",
    // The HTML carries this response's nonce: no shared cache may keep it.
    "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate",
    "X-Page-Cache": answer.cache,
  };
}

async function lookUp(request: PageRequest): Promise<{ state: Runtime; key: string; kept: ReturnType<PageCacheStore["get"]> } | null> {
  const state = runtime();
  if (state.config.ttlMs === 0 || !isCacheablePageRequest(request)) return null;
  try {
    await state.follower.catchUp(Date.now(), { force: takeLocalContentChange() });
    await passScheduledChanges(state, Date.now());
  } catch (error) {
    // Without the change log a cached page could be stale: render instead.
    logger.error("page cache: change log unreadable", { error });
    return null;
  }
  const key = pageCacheKey(request);
  return { state, key, kept: state.store.get(key, Date.now()) };
}

async function render(state: Runtime, key: string, tags: string[], renderPage: PageRenderer): Promise<CachedAnswer | null> {
  const epochs = state.store.epochsOf(tags);
  const startedAt = Date.now();
  try {
    const response = await renderPage(key, state.placeholderNonce);
    // Redirects (a corrected address) are left to Next, which answers them with its own
    // Location; they are rare enough not to be worth keeping.
    if ((response.status >= 300 && response.status < 400) || response.setsCookie || !response.contentType?.startsWith("text/html")) {
      state.store.drop(key);
      return null;
    }
    const pieces = response.html.split(state.placeholderNonce).map((piece) => Buffer.from(piece));
    if (response.status !== 200) {
      state.store.drop(key);
    } else {
      const expiresAt = Math.min(startedAt + state.config.ttlMs, state.visibilityChangeAt ?? Number.POSITIVE_INFINITY);
      const bytes = pieces.reduce((sum, piece) => sum + piece.length, 0);
      const page: CachedPage = { pieces, bytes, tags, storedAt: startedAt, expiresAt };
      state.store.store(key, page, epochs);
    }
    return { status: response.status, pieces, cache: "miss" };
  } catch (error) {
    logger.error("page cache: render failed", { key, error });
    state.store.drop(key);
    return null;
  }
}

/** At an article's scheduled publication or expiry, the pages listing articles go, as after an edit. */
async function passScheduledChanges(state: Runtime, now: number): Promise<void> {
  if (typeof state.visibilityChangeAt === "number" && now >= state.visibilityChangeAt) {
    state.store.invalidate(["articles"]);
    state.visibilityChangeAt = undefined;
  }
  if (state.visibilityChangeAt === undefined) {
    if (!state.visibilityLookup) {
      const lookup = nextVisibilityChange(new Date(now)).then((next) => {
        if (state.visibilityLookup !== lookup) return;
        state.visibilityChangeAt = next?.getTime() ?? null;
        state.visibilityLookup = null;
      });
      state.visibilityLookup = lookup;
      lookup.catch(() => {
        if (state.visibilityLookup === lookup) state.visibilityLookup = null;
      });
    }
    await state.visibilityLookup;
  }
}
