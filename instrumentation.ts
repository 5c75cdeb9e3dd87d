// Runs once when a server instance starts, before it answers any request: a database
// that is behind the code gets its pending migrations, or the instance refuses to start
// with a clear message instead of failing later on a missing table.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ resolveDatabaseTarget }, { applyMigrations }] = await Promise.all([
    import("./lib/db/database-url"),
    import("./lib/db/migrate"),
  ]);
  try {
    const applied = await applyMigrations(resolveDatabaseTarget());
    for (const name of applied) console.log(`[cơ sở dữ liệu] đã áp dụng migration ${name}`);
  } catch (error) {
    console.error(`[cơ sở dữ liệu] không thể chuẩn bị cơ sở dữ liệu: ${(error as Error).message}`);
    process.exit(1);
  }
}
