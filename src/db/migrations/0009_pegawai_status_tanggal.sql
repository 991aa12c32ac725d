ALTER TABLE "pegawai" ADD COLUMN "status_mulai" date;--> statement-breakpoint
ALTER TABLE "pegawai" ADD COLUMN "status_selesai" date;