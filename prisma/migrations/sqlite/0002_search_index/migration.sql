-- Full-text indexes for /tim-kiem (lib/search). Each index holds two columns:
--   title: the title (for documents: number and title), folded by the tokenizer; only ranks results;
--   body:  the stored searchText, already folded (lib/text/fold-vietnamese.ts); decides what matches.
-- unicode61 with remove_diacritics 2 folds case and every Vietnamese diacritic except đ, which has no
-- decomposition and is replaced here. Triggers keep the indexes in step with every write, whoever makes it.

CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO "ArticleSearch" (rowid, title, body)
SELECT "id", replace(replace("title", 'đ', 'd'), 'Đ', 'D'), "searchText" FROM "Article";

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearch" (rowid, title, body)
    VALUES (new."id", replace(replace(new."title", 'đ', 'd'), 'Đ', 'D'), new."searchText");
END;

CREATE TRIGGER "Article_search_update" AFTER UPDATE OF "title", "searchText" ON "Article" BEGIN
    DELETE FROM "ArticleSearch" WHERE rowid = old."id";
    INSERT INTO "ArticleSearch" (rowid, title, body)
    VALUES (new."id", replace(replace(new."title", 'đ', 'd'), 'Đ', 'D'), new."searchText");
END;

CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
    DELETE FROM "ArticleSearch" WHERE rowid = old."id";
END;

-- The search joins every match to its row for the visibility rule and the date. Read from the table,
-- those columns sit behind the long body's overflow pages (10,000 matches: 250 ms); this covering
-- index answers the join on its own (10 ms). lib/search/search-sql.ts names it with INDEXED BY.
CREATE INDEX "Article_search_filter_idx" ON "Article" ("id", "status", "publishedAt", "expiresAt", "categoryId");

CREATE VIRTUAL TABLE "DocumentSearch" USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO "DocumentSearch" (rowid, title, body)
SELECT "id", replace(replace("number" || ' ' || "title", 'đ', 'd'), 'Đ', 'D'), "searchText" FROM "Document";

CREATE TRIGGER "Document_search_insert" AFTER INSERT ON "Document" BEGIN
    INSERT INTO "DocumentSearch" (rowid, title, body)
    VALUES (new."id", replace(replace(new."number" || ' ' || new."title", 'đ', 'd'), 'Đ', 'D'), new."searchText");
END;

CREATE TRIGGER "Document_search_update" AFTER UPDATE OF "number", "title", "searchText" ON "Document" BEGIN
    DELETE FROM "DocumentSearch" WHERE rowid = old."id";
    INSERT INTO "DocumentSearch" (rowid, title, body)
    VALUES (new."id", replace(replace(new."number" || ' ' || new."title", 'đ', 'd'), 'Đ', 'D'), new."searchText");
END;

CREATE TRIGGER "Document_search_delete" AFTER DELETE ON "Document" BEGIN
    DELETE FROM "DocumentSearch" WHERE rowid = old."id";
END;

CREATE INDEX "Document_search_filter_idx" ON "Document" ("id", "status", "issuedAt");
