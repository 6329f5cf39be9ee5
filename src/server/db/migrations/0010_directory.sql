CREATE TABLE "directory_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"name" text NOT NULL,
	"sector" text NOT NULL,
	"legal_form" text,
	"rna" text,
	"siret" text,
	"uai" text,
	"naf_code" text,
	"theme_codes" text[] DEFAULT '{}' NOT NULL,
	"address" text,
	"postcode" text,
	"city" text,
	"insee_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"qpv_code" text,
	"qpv_distance_meters" double precision,
	"geo_precision" text,
	"website" text,
	"description" text,
	"publics" text[] DEFAULT '{}' NOT NULL,
	"source_date" date,
	"first_imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_fields" text[] DEFAULT '{}' NOT NULL,
	"organisation_id" uuid
);--> statement-breakpoint
CREATE TABLE "discovery_dismissals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	"entry_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_by" text
);--> statement-breakpoint
CREATE TABLE "discovery_lexicons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	"structure_id" uuid NOT NULL,
	"words" text[] NOT NULL
);--> statement-breakpoint
CREATE TABLE "opendata_import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"created_by" text,
	"file_name" text NOT NULL,
	"file_size" integer NOT NULL,
	"file" "bytea",
	"file_path" text,
	"file_modified_at" timestamp with time zone,
	"second_file_path" text,
	"options" jsonb NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"bytes_read" integer DEFAULT 0 NOT NULL,
	"read" integer DEFAULT 0 NOT NULL,
	"imported" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"rejected_rows" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure" text,
	"heartbeat_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);--> statement-breakpoint
CREATE TABLE "venue_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"label" text NOT NULL,
	"sector" text NOT NULL,
	"columns" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "directory_entries" ADD CONSTRAINT "directory_entries_deleted_by_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_entries" ADD CONSTRAINT "directory_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discovery_dismissals" ADD CONSTRAINT "discovery_dismissals_deleted_by_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discovery_dismissals" ADD CONSTRAINT "discovery_dismissals_entry_id_directory_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."directory_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discovery_dismissals" ADD CONSTRAINT "discovery_dismissals_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discovery_dismissals" ADD CONSTRAINT "discovery_dismissals_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discovery_lexicons" ADD CONSTRAINT "discovery_lexicons_deleted_by_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discovery_lexicons" ADD CONSTRAINT "discovery_lexicons_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opendata_import_jobs" ADD CONSTRAINT "opendata_import_jobs_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "directory_entries_source_uq" ON "directory_entries" USING btree ("source","source_id");--> statement-breakpoint
CREATE INDEX "directory_entries_insee_idx" ON "directory_entries" USING btree ("insee_code");--> statement-breakpoint
CREATE INDEX "directory_entries_organisation_idx" ON "directory_entries" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "directory_entries_sector_idx" ON "directory_entries" USING btree ("sector");--> statement-breakpoint
CREATE UNIQUE INDEX "discovery_dismissals_uq" ON "discovery_dismissals" USING btree ("entry_id","structure_id") WHERE "discovery_dismissals"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "discovery_lexicons_structure_uq" ON "discovery_lexicons" USING btree ("structure_id") WHERE "discovery_lexicons"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "opendata_import_jobs_creator_idx" ON "opendata_import_jobs" USING btree ("created_by","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "venue_mappings_name_uq" ON "venue_mappings" USING btree ("name");
--> statement-breakpoint
-- French full-text over the candidates, as for organisations (0003_search): the name weighs most.
ALTER TABLE "directory_entries" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('french', maillage_unaccent(coalesce("name", ''))), 'A') ||
  setweight(to_tsvector('french', maillage_unaccent(
    coalesce("city", '') || ' ' || coalesce("legal_form", '') || ' ' || coalesce("postcode", '') || ' ' ||
    coalesce("rna", '') || ' ' || coalesce("siret", '')
  )), 'B') ||
  setweight(to_tsvector('french', maillage_unaccent(coalesce("description", ''))), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX "directory_entries_search_idx" ON "directory_entries" USING gin ("search");
--> statement-breakpoint
CREATE INDEX "directory_entries_name_trgm_idx" ON "directory_entries" USING gin (maillage_unaccent(lower("name")) gin_trgm_ops);
--> statement-breakpoint
-- The two venue lists of the shared samples, ready to import.
INSERT INTO "venue_mappings" ("name", "label", "sector", "columns") VALUES
  ('colleges-paris', 'Collèges de Paris (opendata.paris.fr)', 'educational',
   '{"name":"Libellé établissement","address":"Adresse","inseeCode":"Code INSEE","latlon":"geo_point_2d"}'::jsonb),
  ('musees-de-france', 'Musées de France (Ministère de la Culture)', 'cultural',
   '{"sourceId":"identifiant_museofile","name":"nom_officiel_du_musee","address":"adresse","postcode":"code_postal","city":"commune","latitude":"latitude","longitude":"longitude","website":"url"}'::jsonb);
