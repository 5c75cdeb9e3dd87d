-- Nothing to do on PostgreSQL: see the SQLite migration of the same name.
SELECT 1;
