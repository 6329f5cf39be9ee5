-- Discovery's shortlist walks indexes, never the whole directory: candidates nearest a point
-- (GiST k-nearest on a plane scaled for Île-de-France, cos 48.85° = 0.658), and those in or near a QPV.
CREATE INDEX "directory_entries_position_idx" ON "directory_entries" USING gist (point("longitude" * 0.658, "latitude")) WHERE "deleted_at" IS NULL;
--> statement-breakpoint
CREATE INDEX "directory_entries_qpv_idx" ON "directory_entries" USING btree ("qpv_distance_meters") WHERE "deleted_at" IS NULL AND ("qpv_code" IS NOT NULL OR "qpv_distance_meters" <= 1000);
