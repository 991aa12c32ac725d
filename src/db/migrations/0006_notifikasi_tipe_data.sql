-- Hand-written (drizzle-kit generate --custom): keep this when the migrations are squashed.
-- Rows written before notifications were typed keep their Indonesian text (judul, isi) and are shown as they
-- are; their kind becomes the type, and the matter is read back from the link, so that they too resolve.
UPDATE "notifikasi" SET "tipe" = CASE "jenis"
  WHEN 'skp.ajukan' THEN 'SKP_DIAJUKAN'
  WHEN 'skp.kembalikan' THEN 'SKP_DIKEMBALIKAN'
  WHEN 'skp.setujui' THEN 'SKP_DISETUJUI'
  WHEN 'skp.buka' THEN 'SKP_DIBUKA'
  WHEN 'skp.bawahan_menunggu' THEN 'ATASAN_BELUM_SKP'
  WHEN 'mph.rhk_baru' THEN 'MPH_SEL'
  WHEN 'tim_kerja.anggota' THEN 'TIM_ANGGOTA'
END;--> statement-breakpoint
UPDATE "notifikasi" SET "perihal" = substring("tautan" from '^/skp/([0-9a-f-]{36})$')
  WHERE "tipe" IN ('SKP_DIAJUKAN', 'SKP_DIKEMBALIKAN', 'SKP_DISETUJUI', 'SKP_DIBUKA', 'MPH_SEL');--> statement-breakpoint
UPDATE "notifikasi" SET "perihal" = substring("tautan" from '^/tim-kerja/([0-9a-f-]{36})$')
  WHERE "tipe" = 'TIM_ANGGOTA';--> statement-breakpoint
-- The atasan's SKP of that year: "<atasan pegawai id>:<tahun>" (notifikasi.service.ts perihalSkpTahun).
UPDATE "notifikasi" SET "perihal" = "penerima_pegawai_id"::text || ':' || substring("tautan" from 'tahun=([0-9]{4})')
  WHERE "tipe" = 'ATASAN_BELUM_SKP' AND "tautan" ~ 'tahun=[0-9]{4}';--> statement-breakpoint
-- Matters already settled are resolved now, as they would have been had the rows been typed from the start.
UPDATE "notifikasi" n SET "selesai_at" = now() FROM "skp" s
  WHERE s."instansi_id" = n."instansi_id" AND s."id"::text = n."perihal" AND (
    (n."tipe" = 'SKP_DIAJUKAN' AND s."status" <> 'diajukan')
    OR (n."tipe" IN ('SKP_DIKEMBALIKAN', 'SKP_DIBUKA', 'MPH_SEL') AND s."status" IN ('diajukan', 'disetujui'))
  );--> statement-breakpoint
UPDATE "notifikasi" n SET "selesai_at" = now()
  WHERE n."tipe" = 'ATASAN_BELUM_SKP' AND n."perihal" IS NOT NULL AND EXISTS (
    SELECT 1 FROM "skp" s
    WHERE s."instansi_id" = n."instansi_id" AND s."status" = 'disetujui'
      AND s."pegawai_id"::text || ':' || s."tahun"::text = n."perihal"
  );
