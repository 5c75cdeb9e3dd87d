import type { Redis } from "ioredis";
import { connectRedis } from "@/lib/redis/connect-redis";

export const REDIS_TEST_URL = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";

/**
 * Connections to the Redis the tests use (REDIS_TEST_URL, or the one our machines run on
 * 127.0.0.1:6379), or why there are none. On a developer's machine without Redis the Redis tests
 * are skipped with that reason; under CI a missing Redis is an error (.ci/run starts one), so
 * they can never be skipped silently there.
 */
export async function connectTestRedis(count: number): Promise<{ connections: Redis[]; unavailable: string | null }> {
  const connections: Redis[] = [];
  try {
    for (let index = 0; index < count; index += 1) connections.push(await connectRedis(REDIS_TEST_URL));
    return { connections, unavailable: null };
  } catch (error) {
    for (const connection of connections) connection.disconnect();
    const reason = `Redis ${REDIS_TEST_URL} không truy cập được: ${(error as Error).message}`;
    if (process.env.CI === "true" || process.env.CI === "1") throw new Error(`${reason}: trong CI, kiểm thử Redis là bắt buộc.`);
    return { connections: [], unavailable: reason };
  }
}
