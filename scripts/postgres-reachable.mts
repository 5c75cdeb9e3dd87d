import pg from "pg";

/**
 * Whether a PostgreSQL test pass can run (Vitest's "postgres" project, the PostgreSQL e2e pass
 * of `npm test`): its server must answer. On a developer's machine without PostgreSQL the pass
 * is left out with the reason printed; under CI a missing PostgreSQL is an error, so the
 * PostgreSQL suites can never be skipped silently there.
 */
export async function postgresReachable(url: string, pass: string): Promise<boolean> {
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    const reason = `PostgreSQL ${maintenance.host} không trả lời (${(error as Error).message})`;
    if (process.env.CI === "true" || process.env.CI === "1") {
      throw new Error(`${reason}: trong CI, ${pass} là bắt buộc.`);
    }
    console.warn(`\n[kiểm thử] BỎ QUA ${pass}: ${reason}. Khởi động PostgreSQL ở địa chỉ đó để chạy.\n`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
