import { describe, inject, it } from "vitest";
import { searchBehaviour } from "@/tests/search-suite";

// The SQLite suite (search-site.int.test.ts) on PostgreSQL, in the "postgres" Vitest project.
const unavailable = inject("postgresUnavailable");
if (unavailable) {
  describe("site search on PostgreSQL", () => {
    it.skip(`skipped: ${unavailable}`, () => {});
  });
} else {
  searchBehaviour();
}
