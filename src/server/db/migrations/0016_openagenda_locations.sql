CREATE TABLE "openagenda_locations" (
	"organisation_id" uuid NOT NULL,
	"agenda_uid" text NOT NULL,
	"location_uid" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "openagenda_locations_organisation_id_agenda_uid_pk" PRIMARY KEY("organisation_id","agenda_uid")
);
--> statement-breakpoint
ALTER TABLE "openagenda_locations" ADD CONSTRAINT "openagenda_locations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;
