import path from "node:path";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

// The modules every public request passes through (the public pipeline, the route wrapper, body
// reading, error mapping, the domain errors). Signing in is the editors' business: next-auth,
// bcrypt and the session code must not load, or slow, what an anonymous reader is served.
const EDGE_MODULES = [
  "server/public-pipeline.ts",
  "lib/http/handle-route.ts",
  "lib/http/request-body.ts",
  "lib/http/route-errors.ts",
  "lib/http/route-id.ts",
  "lib/errors/domain-error.ts",
];

const SIGN_IN_PACKAGE = /^(next-auth|bcryptjs)(\/|$)/;
const SESSION_CODE = /^lib\/auth\//;

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Every module `entry` loads at run time, as a bundler resolves it: the tsconfig's `@/` paths,
 * dynamic imports with a literal path, and no type-only imports (esbuild drops them as the
 * compiler does). Packages are not followed: only whether one is reached matters here.
 */
async function importGraph(entry: string): Promise<Metafile["inputs"]> {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "silent",
  });
  return metafile.inputs;
}

/** The import chains from `entry` to each sign-in package or session module it reaches. */
async function signInChains(entry: string): Promise<string[]> {
  const inputs = await importGraph(entry);
  const chains: string[] = [];
  const cameFrom = new Map<string, string>();
  const chainTo = (file: string) => {
    const chain = [file];
    for (let at = file; cameFrom.has(at); at = cameFrom.get(at)!) chain.unshift(cameFrom.get(at)!);
    return chain.join(" → ");
  };
  const queue = [entry];
  const seen = new Set(queue);
  while (queue.length) {
    const file = queue.shift()!;
    if (SESSION_CODE.test(file)) chains.push(chainTo(file));
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.external) {
        if (SIGN_IN_PACKAGE.test(imported.path)) chains.push(`${chainTo(file)} → ${imported.path}`);
      } else if (!seen.has(imported.path)) {
        seen.add(imported.path);
        cameFrom.set(imported.path, file);
        queue.push(imported.path);
      }
    }
  }
  return chains;
}

describe("the public edge's import graph", () => {
  it.each(EDGE_MODULES)("%s reaches neither next-auth, bcryptjs nor the session code", async (entry) => {
    expect(await signInChains(entry)).toEqual([]);
  });

  it("finds those imports where they are, through every step of the chain", async () => {
    expect(await signInChains("lib/auth/password.ts")).toEqual(["lib/auth/password.ts", "lib/auth/password.ts → bcryptjs"]);
    const chains = await signInChains("app/api/session/keep-alive/route.ts");
    expect(chains).toContain("app/api/session/keep-alive/route.ts → lib/auth/session-cookie.ts");
    expect(chains.some((chain) => chain.endsWith("→ next-auth") || chain.includes("→ next-auth/"))).toBe(true);
  });
});
