-- French full-text and near-spelling search over the shared directory.
-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index or a
-- generated column: this wrapper names the dictionary explicitly and declares the result IMMUTABLE.
CREATE OR REPLACE FUNCTION maillage_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
-- array_to_string() is STABLE in general but immutable on text[]; the wrapper lets arrays feed the vectors.
CREATE OR REPLACE FUNCTION maillage_join(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$;
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('french', maillage_unaccent(coalesce("name", ''))), 'A') ||
  setweight(to_tsvector('french', maillage_unaccent(
    coalesce("city", '') || ' ' || coalesce("legal_form", '') || ' ' || maillage_join("tags") || ' ' ||
    coalesce("rna", '') || ' ' || coalesce("siret", '') || ' ' || coalesce("uai", '') || ' ' || coalesce("postcode", '')
  )), 'B') ||
  setweight(to_tsvector('french', maillage_unaccent(coalesce("description", ''))), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX "organisations_search_idx" ON "organisations" USING gin ("search");
--> statement-breakpoint
-- Near spellings ("mobilte") are found by word similarity on the accent-free, lower-case name.
CREATE INDEX "organisations_name_trgm_idx" ON "organisations" USING gin (maillage_unaccent(lower("name")) gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('french', maillage_unaccent(coalesce("first_name", '') || ' ' || "last_name")), 'A') ||
  setweight(to_tsvector('french', translate(maillage_unaccent(maillage_join("emails")), '@._-', '    ')), 'B') ||
  setweight(to_tsvector('french', maillage_unaccent(coalesce("notes", ''))), 'D')
) STORED;
--> statement-breakpoint
CREATE INDEX "contacts_search_idx" ON "contacts" USING gin ("search");
--> statement-breakpoint
CREATE INDEX "contacts_name_trgm_idx" ON "contacts" USING gin (maillage_unaccent(lower(coalesce("first_name", '') || ' ' || "last_name")) gin_trgm_ops);
--> statement-breakpoint
-- Partnerships created before stage changes were recorded start their history at their current stage.
INSERT INTO "partnership_stage_changes" ("partnership_id", "from_stage", "to_stage", "at")
  SELECT "id", NULL, "stage", "stage_changed_at" FROM "partnerships";
