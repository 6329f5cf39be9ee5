CREATE TABLE "action_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	"action_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"type" text NOT NULL,
	"signatory_contact_id" uuid,
	"signed_on" date
);
--> statement-breakpoint
CREATE TABLE "action_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	"structure_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text
);
--> statement-breakpoint
CREATE TABLE "plan_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	"plan_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"module_id" uuid,
	"theme" text,
	"owner_id" text,
	"start_on" date,
	"deadline" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"indicators" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "citizen_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	"structure_id" uuid NOT NULL,
	"name" text NOT NULL,
	"relay_organisation_id" uuid,
	"public" text,
	"size" integer,
	"neighbourhood" text,
	"qpv_code" text,
	"form_token" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contribution_photos" (
	"contribution_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	"structure_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text,
	"original_text" text,
	"journey" jsonb,
	"author_name" text NOT NULL,
	"age_bracket" text NOT NULL,
	"minor" boolean NOT NULL,
	"consent" boolean NOT NULL,
	"image_rights" boolean DEFAULT false NOT NULL,
	"parental_consent" boolean DEFAULT false NOT NULL,
	"has_photo" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"rejection_reason" text,
	"module_id" uuid,
	"selected" boolean DEFAULT false NOT NULL,
	"moderated_by" text,
	"moderated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "group_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	"group_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"theme" text,
	"module_id" uuid,
	"facilitator_user_ids" text[] DEFAULT '{}' NOT NULL,
	"facilitator_contact_ids" uuid[] DEFAULT '{}' NOT NULL,
	"attendance" integer,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "public_form_hits" (
	"bucket" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "public_form_hits_bucket_window_start_pk" PRIMARY KEY("bucket","window_start")
);
--> statement-breakpoint
ALTER TABLE "action_commitments" ADD CONSTRAINT "action_commitments_deleted_by_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_commitments" ADD CONSTRAINT "action_commitments_action_id_plan_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_actions"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_commitments" ADD CONSTRAINT "action_commitments_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_commitments" ADD CONSTRAINT "action_commitments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_commitments" ADD CONSTRAINT "action_commitments_signatory_contact_id_contacts_id_fk" FOREIGN KEY ("signatory_contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_deleted_by_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_deleted_by_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_module_id_exhibition_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."exhibition_modules"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_actions" ADD CONSTRAINT "plan_actions_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "citizen_groups" ADD CONSTRAINT "citizen_groups_deleted_by_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "citizen_groups" ADD CONSTRAINT "citizen_groups_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "citizen_groups" ADD CONSTRAINT "citizen_groups_relay_organisation_id_organisations_id_fk" FOREIGN KEY ("relay_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contribution_photos" ADD CONSTRAINT "contribution_photos_contribution_id_contributions_id_fk" FOREIGN KEY ("contribution_id") REFERENCES "public"."contributions"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_deleted_by_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_group_id_citizen_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."citizen_groups"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_module_id_exhibition_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."exhibition_modules"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_moderated_by_user_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_deleted_by_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_group_id_citizen_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."citizen_groups"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_module_id_exhibition_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."exhibition_modules"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "action_commitments_action_idx" ON "action_commitments" USING btree ("action_id");
--> statement-breakpoint
CREATE INDEX "action_commitments_organisation_idx" ON "action_commitments" USING btree ("organisation_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "action_plans_structure_idx" ON "action_plans" USING btree ("structure_id") WHERE "action_plans"."deleted_at" is null;
--> statement-breakpoint
CREATE INDEX "plan_actions_plan_idx" ON "plan_actions" USING btree ("plan_id","deadline");
--> statement-breakpoint
CREATE INDEX "citizen_groups_structure_idx" ON "citizen_groups" USING btree ("structure_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_groups_form_token_idx" ON "citizen_groups" USING btree ("form_token");
--> statement-breakpoint
CREATE INDEX "contributions_structure_status_idx" ON "contributions" USING btree ("structure_id","status","created_at");
--> statement-breakpoint
CREATE INDEX "contributions_group_idx" ON "contributions" USING btree ("group_id");
--> statement-breakpoint
CREATE INDEX "group_sessions_group_idx" ON "group_sessions" USING btree ("group_id","held_on");
