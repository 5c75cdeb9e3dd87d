import { afterAll, describe, inject, it } from "vitest";
import { closeDb, getDb } from "@/lib/db/client";
import { createDatabaseRateLimitStore } from "./database-store";
import type { RateLimitStore } from "./rate-limit";
import { rateLimitStoreContract } from "./store-contract";

// The store several instances share on PostgreSQL without Redis, in the "postgres" Vitest project.
const unavailable = inject("postgresUnavailable");
if (unavailable) {
  describe("PostgreSQL rate-limit store", () => {
    it.skip(`skipped: ${unavailable}`, () => {});
  });
} else {
  const store: RateLimitStore = createDatabaseRateLimitStore(await getDb());
  rateLimitStoreContract("PostgreSQL", () => store);
  afterAll(() => closeDb());
}
