-- Nothing to do on PostgreSQL. On SQLite this migration added triggers that raised the totals of
-- counted marks; 0006 drops them again, now that lib/counters/count-once.ts raises the totals
-- itself on both databases. Kept so that both databases have the same migrations, by number.
SELECT 1;
