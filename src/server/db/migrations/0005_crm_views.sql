CREATE TABLE "saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	"user_id" text NOT NULL,
	"page" text NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "last_interaction_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_deleted_by_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "saved_views_user_page_name_uq" ON "saved_views" USING btree ("user_id","page","name") WHERE "saved_views"."deleted_at" is null;--> statement-breakpoint
-- Custom: partnerships.last_interaction_at is the latest live interaction of the partnership's
-- structure with its organisation (an interaction linked to the partnership carries its
-- organisation too). Triggers keep it whatever writes the interactions (API, import, merge, trash).
CREATE FUNCTION "maillage_latest_interaction"(org uuid, struct uuid) RETURNS timestamp with time zone
	LANGUAGE sql STABLE AS $$
	SELECT max("occurred_at") FROM "interactions"
	WHERE "organisation_id" = org AND "structure_id" = struct AND "deleted_at" IS NULL
$$;
--> statement-breakpoint
CREATE FUNCTION "maillage_interactions_touch_partnerships"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' AND OLD."organisation_id" IS NOT NULL THEN
		UPDATE "partnerships" SET "last_interaction_at" = "maillage_latest_interaction"(OLD."organisation_id", OLD."structure_id")
		WHERE "organisation_id" = OLD."organisation_id" AND "structure_id" = OLD."structure_id";
	END IF;
	IF TG_OP <> 'DELETE' AND NEW."organisation_id" IS NOT NULL AND (TG_OP = 'INSERT'
		OR NEW."organisation_id" IS DISTINCT FROM OLD."organisation_id" OR NEW."structure_id" IS DISTINCT FROM OLD."structure_id") THEN
		UPDATE "partnerships" SET "last_interaction_at" = "maillage_latest_interaction"(NEW."organisation_id", NEW."structure_id")
		WHERE "organisation_id" = NEW."organisation_id" AND "structure_id" = NEW."structure_id";
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "interactions_touch_partnerships" AFTER INSERT OR DELETE OR UPDATE OF "organisation_id", "structure_id", "occurred_at", "deleted_at"
	ON "interactions" FOR EACH ROW EXECUTE FUNCTION "maillage_interactions_touch_partnerships"();
--> statement-breakpoint
CREATE FUNCTION "maillage_partnership_last_interaction"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW."last_interaction_at" := "maillage_latest_interaction"(NEW."organisation_id", NEW."structure_id");
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "partnerships_last_interaction" BEFORE INSERT OR UPDATE OF "organisation_id", "structure_id"
	ON "partnerships" FOR EACH ROW EXECUTE FUNCTION "maillage_partnership_last_interaction"();
--> statement-breakpoint
UPDATE "partnerships" SET "last_interaction_at" = "maillage_latest_interaction"("organisation_id", "structure_id");
