ALTER TABLE "notifikasi" ALTER COLUMN "judul" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD COLUMN "tipe" text;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD COLUMN "parameter" jsonb;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD COLUMN "perihal" text;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD COLUMN "selesai_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "notifikasi_perihal_idx" ON "notifikasi" USING btree ("instansi_id","perihal") WHERE "notifikasi"."perihal" is not null and "notifikasi"."selesai_at" is null;