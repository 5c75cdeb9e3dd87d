-- Full-text indexes for /tim-kiem (lib/search) over the stored, already folded searchText
-- (lib/text/fold-vietnamese.ts). Punctuation becomes a space before the 'simple' parser sees the
-- text, so words split exactly as SQLite's FTS5 splits them ("1182-cv/btgtu" → 1182, cv, btgtu).
-- The search queries repeat these expressions verbatim so the planner uses the indexes.

CREATE INDEX "Article_searchText_fts_idx" ON "Article"
    USING GIN (to_tsvector('simple'::regconfig, regexp_replace("searchText", '[^a-z0-9]+', ' ', 'g')));

CREATE INDEX "Document_searchText_fts_idx" ON "Document"
    USING GIN (to_tsvector('simple'::regconfig, regexp_replace("searchText", '[^a-z0-9]+', ' ', 'g')));
