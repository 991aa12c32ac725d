ALTER TABLE "dokumen" ADD COLUMN "berkas" "bytea";--> statement-breakpoint
ALTER TABLE "dokumen" ADD COLUMN "hash_berkas" text;