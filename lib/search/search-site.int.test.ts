import { searchBehaviour } from "@/tests/search-suite";

// The same behaviour on PostgreSQL: search-site.pg.test.ts.
searchBehaviour();
