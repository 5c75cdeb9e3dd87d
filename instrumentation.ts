// Runs once when a server instance starts, before it answers any request: a database
// that is behind the code gets its pending migrations, or the instance refuses to start
// with a clear message instead of failing later on a missing table; the public request pipeline
// is put where the portal's server (scripts/serve.mjs) finds it, from here so that it shares the
// bundled modules, and their state on globalThis, with the pages and route handlers. The seed is
// not here: `npm start` runs it as a script before the server starts (scripts/start.mjs), so the
// server never loads seed code or the demo content (e2e/server-bundle.spec.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { migrateOnBoot } = await import("./lib/db/migrate-on-boot");
    await migrateOnBoot();
    const { installPublicPipeline } = await import("./server/public-pipeline");
    installPublicPipeline();
  }
}
