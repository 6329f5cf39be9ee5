ALTER TABLE "venue_mappings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;
--> statement-breakpoint
ALTER TABLE "venue_mappings" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
ALTER TABLE "venue_mappings" ADD COLUMN "deleted_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "venue_mappings" ADD COLUMN "deleted_by" text;
--> statement-breakpoint
ALTER TABLE "venue_mappings" ADD COLUMN "structure_id" uuid;
--> statement-breakpoint
ALTER TABLE "venue_mappings" ADD CONSTRAINT "venue_mappings_deleted_by_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "venue_mappings" ADD CONSTRAINT "venue_mappings_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "venue_mappings_structure_idx" ON "venue_mappings" USING btree ("structure_id");
