import { afterAll } from "vitest";
import { closeDb } from "@/lib/db/client";
import { createDatabaseRateLimitStore } from "./database-store";
import type { RateLimitStore } from "./rate-limit";
import { rateLimitStoreContract } from "@/tests/rate-limit-store-contract";

// The store several instances share on PostgreSQL without Redis, in the "postgres" Vitest
// project (which vitest.config.mts leaves out, saying why, when no PostgreSQL answers).
const store: RateLimitStore = createDatabaseRateLimitStore();
rateLimitStoreContract("PostgreSQL", () => store);
afterAll(() => closeDb());
