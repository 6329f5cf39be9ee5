CREATE TABLE "duplicate_pair_queue" (
	"kind" text NOT NULL,
	"record_id" uuid NOT NULL,
	CONSTRAINT "duplicate_pair_queue_kind_record_id_pk" PRIMARY KEY("kind","record_id")
);
--> statement-breakpoint
CREATE TABLE "duplicate_pairs" (
	"kind" text NOT NULL,
	"a_id" uuid NOT NULL,
	"b_id" uuid NOT NULL,
	"reasons" text[] NOT NULL,
	"score" double precision NOT NULL,
	CONSTRAINT "duplicate_pairs_kind_a_id_b_id_pk" PRIMARY KEY("kind","a_id","b_id")
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
CREATE INDEX "duplicate_pairs_page_idx" ON "duplicate_pairs" USING btree ("kind","score" DESC NULLS LAST,"a_id","b_id");--> statement-breakpoint
CREATE INDEX "duplicate_pairs_b_idx" ON "duplicate_pairs" USING btree ("kind","b_id");
--> statement-breakpoint
-- Queue the records whose pairs may have changed: one statement-level insert per write statement
-- (an import batch or a COPY queues its rows at once). Only the compared columns count.
CREATE FUNCTION "maillage_queue_organisation_pairs"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO "duplicate_pair_queue" SELECT 'organisation', n."id" FROM "pairs_new" n ON CONFLICT DO NOTHING;
	ELSIF TG_OP = 'UPDATE' THEN
		INSERT INTO "duplicate_pair_queue" SELECT 'organisation', n."id" FROM "pairs_new" n JOIN "pairs_old" o ON o."id" = n."id"
		WHERE (n."name", n."postcode", n."rna", n."siret", n."uai", n."deleted_at") IS DISTINCT FROM (o."name", o."postcode", o."rna", o."siret", o."uai", o."deleted_at")
		ON CONFLICT DO NOTHING;
	ELSE
		INSERT INTO "duplicate_pair_queue" SELECT 'organisation', o."id" FROM "pairs_old" o ON CONFLICT DO NOTHING;
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "organisations_pairs_insert" AFTER INSERT ON "organisations" REFERENCING NEW TABLE AS "pairs_new"
	FOR EACH STATEMENT EXECUTE FUNCTION "maillage_queue_organisation_pairs"();
--> statement-breakpoint
CREATE TRIGGER "organisations_pairs_update" AFTER UPDATE ON "organisations" REFERENCING OLD TABLE AS "pairs_old" NEW TABLE AS "pairs_new"
	FOR EACH STATEMENT EXECUTE FUNCTION "maillage_queue_organisation_pairs"();
--> statement-breakpoint
CREATE TRIGGER "organisations_pairs_delete" AFTER DELETE ON "organisations" REFERENCING OLD TABLE AS "pairs_old"
	FOR EACH STATEMENT EXECUTE FUNCTION "maillage_queue_organisation_pairs"();
--> statement-breakpoint
CREATE FUNCTION "maillage_queue_contact_pairs"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO "duplicate_pair_queue" SELECT 'contact', n."id" FROM "pairs_new" n ON CONFLICT DO NOTHING;
	ELSIF TG_OP = 'UPDATE' THEN
		INSERT INTO "duplicate_pair_queue" SELECT 'contact', n."id" FROM "pairs_new" n JOIN "pairs_old" o ON o."id" = n."id"
		WHERE (n."first_name", n."last_name", n."emails", n."deleted_at") IS DISTINCT FROM (o."first_name", o."last_name", o."emails", o."deleted_at")
		ON CONFLICT DO NOTHING;
	ELSE
		INSERT INTO "duplicate_pair_queue" SELECT 'contact', o."id" FROM "pairs_old" o ON CONFLICT DO NOTHING;
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "contacts_pairs_insert" AFTER INSERT ON "contacts" REFERENCING NEW TABLE AS "pairs_new"
	FOR EACH STATEMENT EXECUTE FUNCTION "maillage_queue_contact_pairs"();
--> statement-breakpoint
CREATE TRIGGER "contacts_pairs_update" AFTER UPDATE ON "contacts" REFERENCING OLD TABLE AS "pairs_old" NEW TABLE AS "pairs_new"
	FOR EACH STATEMENT EXECUTE FUNCTION "maillage_queue_contact_pairs"();
--> statement-breakpoint
CREATE TRIGGER "contacts_pairs_delete" AFTER DELETE ON "contacts" REFERENCING OLD TABLE AS "pairs_old"
	FOR EACH STATEMENT EXECUTE FUNCTION "maillage_queue_contact_pairs"();
--> statement-breakpoint
-- Colleagues are compared through their affiliations: a changed affiliation queues its contact(s).
CREATE FUNCTION "maillage_queue_affiliation_pairs"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO "duplicate_pair_queue" SELECT DISTINCT 'contact', n."contact_id" FROM "pairs_new" n ON CONFLICT DO NOTHING;
	ELSIF TG_OP = 'UPDATE' THEN
		INSERT INTO "duplicate_pair_queue"
		SELECT DISTINCT 'contact', c."id" FROM "pairs_new" n JOIN "pairs_old" o ON o."id" = n."id"
			CROSS JOIN LATERAL (VALUES (n."contact_id"), (o."contact_id")) AS c("id")
		WHERE (n."contact_id", n."organisation_id", n."deleted_at") IS DISTINCT FROM (o."contact_id", o."organisation_id", o."deleted_at")
		ON CONFLICT DO NOTHING;
	ELSE
		INSERT INTO "duplicate_pair_queue" SELECT DISTINCT 'contact', o."contact_id" FROM "pairs_old" o ON CONFLICT DO NOTHING;
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "affiliations_pairs_insert" AFTER INSERT ON "affiliations" REFERENCING NEW TABLE AS "pairs_new"
	FOR EACH STATEMENT EXECUTE FUNCTION "maillage_queue_affiliation_pairs"();
--> statement-breakpoint
CREATE TRIGGER "affiliations_pairs_update" AFTER UPDATE ON "affiliations" REFERENCING OLD TABLE AS "pairs_old" NEW TABLE AS "pairs_new"
	FOR EACH STATEMENT EXECUTE FUNCTION "maillage_queue_affiliation_pairs"();
--> statement-breakpoint
CREATE TRIGGER "affiliations_pairs_delete" AFTER DELETE ON "affiliations" REFERENCING OLD TABLE AS "pairs_old"
	FOR EACH STATEMENT EXECUTE FUNCTION "maillage_queue_affiliation_pairs"();
--> statement-breakpoint
INSERT INTO "duplicate_pair_queue" SELECT 'organisation', "id" FROM "organisations" WHERE "deleted_at" IS NULL;
--> statement-breakpoint
INSERT INTO "duplicate_pair_queue" SELECT 'contact', "id" FROM "contacts" WHERE "deleted_at" IS NULL;
