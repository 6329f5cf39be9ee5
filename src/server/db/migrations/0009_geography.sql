CREATE TABLE "geocode_cache" (
	"query" text PRIMARY KEY NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"label" text,
	"score" double precision,
	"citycode" text,
	"postcode" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qpv" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"departement" text NOT NULL,
	"communes" text[] DEFAULT '{}' NOT NULL,
	"arrondissements" text[] DEFAULT '{}' NOT NULL,
	"geometry" jsonb NOT NULL,
	"min_lon" double precision NOT NULL,
	"min_lat" double precision NOT NULL,
	"max_lon" double precision NOT NULL,
	"max_lat" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "qpv_code" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "qpv_distance_m" integer;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "geo_precision" text;--> statement-breakpoint
ALTER TABLE "qpv" ADD CONSTRAINT "qpv_deleted_by_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "qpv_code_uq" ON "qpv" USING btree ("code");--> statement-breakpoint
CREATE INDEX "qpv_box_idx" ON "qpv" USING btree ("min_lon","max_lon","min_lat","max_lat");
