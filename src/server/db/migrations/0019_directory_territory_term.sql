-- Discovery within a territory (issue 4): the directory's vector also holds the entry's commune or
-- arrondissement as one term, `insee` and its INSEE code ('insee75117'), without position or weight
-- (ts_rank counts only the terms a query asks for, so scores are unchanged). Words and territory are
-- then one condition the full-text index answers in a single pass, skipping through both lists,
-- where two indexes had each to collect every row of a common word (~90,000) and of a commune (~40,000)
-- to intersect them. The text parser never gives such a term: it comes from the code alone.
ALTER TABLE "directory_entries" DROP COLUMN "search";
--> statement-breakpoint
ALTER TABLE "directory_entries" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('maillage_french', coalesce("name", '')), 'A') ||
  setweight(to_tsvector('maillage_french',
    coalesce("city", '') || ' ' || coalesce("legal_form", '') || ' ' || coalesce("postcode", '') || ' ' ||
    coalesce("rna", '') || ' ' || coalesce("siret", '')
  ), 'B') ||
  setweight(to_tsvector('maillage_french', coalesce("description", '')), 'C') ||
  array_to_tsvector(array_remove(array['insee' || "insee_code"], null))
) STORED;
--> statement-breakpoint
CREATE INDEX "directory_entries_search_idx" ON "directory_entries" USING gin ("search");
