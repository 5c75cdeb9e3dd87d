// Runs once when a server instance starts, before it answers any request: a database
// that is behind the code gets its pending migrations, or the instance refuses to start
// with a clear message instead of failing later on a missing table; the demo content goes in
// when it is missing (unless SEED_DEMO=false); the public request pipeline is put where the
// portal's server (scripts/serve.mjs) finds it. Installed from here so it shares the bundled
// modules, and their state on globalThis, with the pages and route handlers.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { migrateOnBoot } = await import("./lib/db/migrate-on-boot");
    await migrateOnBoot();
    if (process.env.SEED_DEMO !== "false") {
      const { seedDemoContentIfMissing } = await import("./prisma/seed/seed-if-missing");
      await seedDemoContentIfMissing().catch((error: Error) => {
        console.error(`[cơ sở dữ liệu] không nạp được nội dung mẫu: ${error.message}`);
        process.exit(1);
      });
    }
    const { installPublicPipeline } = await import("./server/public-pipeline");
    installPublicPipeline();
  }
}
