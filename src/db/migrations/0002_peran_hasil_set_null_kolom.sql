-- Deleting a subordinate's RHK empties the matrix cell's link but keeps its instansi_id (PostgreSQL 15+:
-- SET NULL with a column list). Drizzle cannot express the column list; see src/db/schema/skp.ts.
ALTER TABLE "peran_hasil" DROP CONSTRAINT "peran_hasil_rhk_bawahan_fk";
--> statement-breakpoint
ALTER TABLE "peran_hasil" ADD CONSTRAINT "peran_hasil_rhk_bawahan_fk" FOREIGN KEY ("instansi_id","rhk_bawahan_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE SET NULL ("rhk_bawahan_id") ON UPDATE no action;
