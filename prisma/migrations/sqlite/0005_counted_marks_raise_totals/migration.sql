-- A count mark is inserted, or its "countedAt" moved on, only when it counts
-- (lib/counters/count-once.ts). On SQLite, which has no data-modifying WITH, these triggers raise
-- the target's total inside the claim's own statement: a batch of views commits once, and no
-- crash can fall between the claim and the increment. PostgreSQL does both in one statement with
-- a data-modifying WITH and has no such trigger.
CREATE TRIGGER "CounterMark_counted" AFTER INSERT ON "CounterMark"
BEGIN
  UPDATE "Article" SET "viewCount" = "viewCount" + 1 WHERE NEW."kind" = 'article-view' AND "id" = NEW."targetId";
  UPDATE "Document" SET "viewCount" = "viewCount" + 1 WHERE NEW."kind" = 'document-view' AND "id" = NEW."targetId";
  UPDATE "Document" SET "downloadCount" = "downloadCount" + 1 WHERE NEW."kind" = 'document-download' AND "id" = NEW."targetId";
END;

CREATE TRIGGER "CounterMark_counted_again" AFTER UPDATE OF "countedAt" ON "CounterMark"
BEGIN
  UPDATE "Article" SET "viewCount" = "viewCount" + 1 WHERE NEW."kind" = 'article-view' AND "id" = NEW."targetId";
  UPDATE "Document" SET "viewCount" = "viewCount" + 1 WHERE NEW."kind" = 'document-view' AND "id" = NEW."targetId";
  UPDATE "Document" SET "downloadCount" = "downloadCount" + 1 WHERE NEW."kind" = 'document-download' AND "id" = NEW."targetId";
END;
