CREATE TABLE "event_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"satisfaction" integer NOT NULL,
	"channel" text,
	"postcode" text,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_feedback_satisfaction_ck" CHECK ("event_feedback"."satisfaction" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "openagenda_agenda_uid" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "openagenda_uid" text;--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_feedback_registration_uq" ON "event_feedback" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "event_feedback_event_idx" ON "event_feedback" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "events_openagenda_uq" ON "events" USING btree ("openagenda_agenda_uid","openagenda_uid");
