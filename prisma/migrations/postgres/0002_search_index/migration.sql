-- Full-text search for /tim-kiem (lib/search) over the stored, already folded searchText
-- (lib/text/fold-vietnamese.ts). Punctuation becomes a space before the 'simple' parser sees the
-- text, so words split exactly as SQLite's FTS5 splits them ("1182-cv/btgtu" → 1182, cv, btgtu).
--
-- The word lists are stored (generated columns, kept by PostgreSQL on every write, unknown to
-- Prisma, which never selects them): computing to_tsvector per row at query time costs about 2 ms
-- per article, seconds when a common word matches every article.
--   "searchVector": the words of searchText; decides what matches (GIN index). Without positions
--                   (strip): only the title is matched as a phrase, and the list is half the size.
--   "searchTitle":  the words of the title (documents: number and title), folded here because titles
--                   are not stored folded; only ranks. The letter lists are foldVietnamese's mapping
--                   of every Vietnamese letter (checked by lib/search/search-sql.test.ts).

ALTER TABLE "Article"
    ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS
        (strip(to_tsvector('simple'::regconfig, regexp_replace("searchText", '[^a-z0-9]+', ' ', 'g')))) STORED,
    ADD COLUMN "searchTitle" tsvector GENERATED ALWAYS AS
        (to_tsvector('simple'::regconfig, regexp_replace(lower(translate("title",
            'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
            'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')), '[^a-z0-9]+', ' ', 'g'))) STORED;

CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

ALTER TABLE "Document"
    ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS
        (strip(to_tsvector('simple'::regconfig, regexp_replace("searchText", '[^a-z0-9]+', ' ', 'g')))) STORED,
    ADD COLUMN "searchTitle" tsvector GENERATED ALWAYS AS
        (to_tsvector('simple'::regconfig, regexp_replace(lower(translate("number" || ' ' || "title",
            'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
            'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')), '[^a-z0-9]+', ' ', 'g'))) STORED;

CREATE INDEX "Document_searchVector_idx" ON "Document" USING GIN ("searchVector");

-- Every search reads "searchVector" and "searchTitle" of every matching row (PostgreSQL's planner
-- does not count the cost of fetching them and prefers a sequential scan once a word is common).
-- Kept in the row (MAIN; the long bodies move out first) and compressed with lz4 where the server
-- has it, that read costs a fifth of the default (out of line, pglz): 30 ms instead of 150 ms for
-- a word in 20,000 articles.
DO $$
BEGIN
    ALTER TABLE "Article" ALTER COLUMN "searchVector" SET COMPRESSION lz4;
    ALTER TABLE "Document" ALTER COLUMN "searchVector" SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'lz4 is not available (%); search vectors keep the default compression', SQLERRM;
END $$;
ALTER TABLE "Article" ALTER COLUMN "searchVector" SET STORAGE MAIN, ALTER COLUMN "searchTitle" SET STORAGE MAIN;
ALTER TABLE "Document" ALTER COLUMN "searchVector" SET STORAGE MAIN, ALTER COLUMN "searchTitle" SET STORAGE MAIN;
-- Rows that existed before this migration were written with the defaults: write them again.
UPDATE "Article" SET "searchText" = "searchText";
UPDATE "Document" SET "searchText" = "searchText";
