CREATE TABLE "skp_revisi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"nomor" integer NOT NULL,
	"isi" jsonb NOT NULL,
	"alasan" text NOT NULL,
	"dibuat_oleh" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "buka_kunci_realisasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"periode" text NOT NULL,
	"alasan" text NOT NULL,
	"berlaku_sampai" timestamp with time zone NOT NULL,
	"oleh" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "iki_target_periode" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"iki_id" uuid NOT NULL,
	"periode" text NOT NULL,
	"target_min" numeric,
	"target_max" numeric,
	"target_teks" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "iki_target_periode_bentuk_ck" CHECK (("iki_target_periode"."target_teks" is null and "iki_target_periode"."target_min" is not null) or ("iki_target_periode"."target_teks" is not null and "iki_target_periode"."target_min" is null and "iki_target_periode"."target_max" is null))
);
--> statement-breakpoint
CREATE TABLE "realisasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"iki_id" uuid NOT NULL,
	"periode" text NOT NULL,
	"nilai" numeric,
	"nilai_teks" text,
	"catatan" text,
	"diisi_oleh" uuid,
	"versi" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "realisasi_instansi_id_uq" UNIQUE("instansi_id","id"),
	CONSTRAINT "realisasi_bentuk_ck" CHECK (("realisasi"."nilai" is null) <> ("realisasi"."nilai_teks" is null))
);
--> statement-breakpoint
CREATE TABLE "rencana_aksi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"periode" text NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	"uraian" text NOT NULL,
	"target" numeric,
	"satuan" text,
	"target_teks" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rencana_aksi_instansi_id_uq" UNIQUE("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "berkas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"penyimpanan" text NOT NULL,
	"kunci" text NOT NULL,
	"nama" text NOT NULL,
	"mime" text NOT NULL,
	"ukuran" bigint NOT NULL,
	"sha256" text NOT NULL,
	"dibuat_oleh" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "berkas_instansi_id_uq" UNIQUE("instansi_id","id"),
	CONSTRAINT "berkas_kunci_uq" UNIQUE("penyimpanan","kunci"),
	CONSTRAINT "berkas_ukuran_ck" CHECK ("berkas"."ukuran" > 0)
);
--> statement-breakpoint
CREATE TABLE "bukti_dukung" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"iki_id" uuid NOT NULL,
	"periode" text NOT NULL,
	"jenis" text NOT NULL,
	"berkas_id" uuid,
	"tautan" text,
	"keterangan" text,
	"dibuat_oleh" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bukti_dukung_instansi_id_uq" UNIQUE("instansi_id","id"),
	CONSTRAINT "bukti_dukung_isi_ck" CHECK (("bukti_dukung"."berkas_id" is null) <> ("bukti_dukung"."tautan" is null) and ("bukti_dukung"."tautan" is null or "bukti_dukung"."tautan" ~* '^https?://'))
);
--> statement-breakpoint
CREATE TABLE "progres_harian" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"tanggal" date NOT NULL,
	"jam_mulai" smallint NOT NULL,
	"jam_selesai" smallint NOT NULL,
	"kegiatan" text NOT NULL,
	"realisasi" numeric,
	"satuan" text,
	"rencana_aksi_id" uuid,
	"tautan_bukti" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"catatan_atasan" text,
	"diajukan_at" timestamp with time zone,
	"ditinjau_at" timestamp with time zone,
	"ditinjau_oleh" uuid,
	"versi" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progres_harian_instansi_id_uq" UNIQUE("instansi_id","id"),
	CONSTRAINT "progres_harian_jam_ck" CHECK ("progres_harian"."jam_mulai" >= 0 and "progres_harian"."jam_selesai" <= 1440 and "progres_harian"."jam_selesai" > "progres_harian"."jam_mulai"),
	CONSTRAINT "progres_harian_realisasi_ck" CHECK (("progres_harian"."realisasi" is null) = ("progres_harian"."satuan" is null)),
	CONSTRAINT "progres_harian_realisasi_positif_ck" CHECK ("progres_harian"."realisasi" is null or "progres_harian"."realisasi" >= 0),
	CONSTRAINT "progres_harian_tautan_ck" CHECK ("progres_harian"."tautan_bukti" is null or "progres_harian"."tautan_bukti" ~* '^https?://')
);
--> statement-breakpoint
CREATE TABLE "preferensi_surel" (
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"tipe" text NOT NULL,
	"surel" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "preferensi_surel_pk" PRIMARY KEY("instansi_id","pegawai_id","tipe")
);
--> statement-breakpoint
CREATE TABLE "surel" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"penerima_pegawai_id" uuid NOT NULL,
	"notifikasi_id" uuid,
	"alamat" text NOT NULL,
	"bahasa" text NOT NULL,
	"subjek" text NOT NULL,
	"teks" text NOT NULL,
	"html" text NOT NULL,
	"status" text DEFAULT 'antri' NOT NULL,
	"percobaan" integer DEFAULT 0 NOT NULL,
	"galat" text,
	"kirim_setelah" timestamp with time zone DEFAULT now() NOT NULL,
	"terkirim_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surel_percobaan_ck" CHECK ("surel"."percobaan" >= 0)
);
--> statement-breakpoint
CREATE TABLE "pengingat_terkirim" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"tahun" smallint NOT NULL,
	"periode" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "umpan_balik" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"periode" text NOT NULL,
	"rhk_id" uuid,
	"kode_nilai" text,
	"penulis_akun_id" uuid NOT NULL,
	"penulis_pegawai_id" uuid,
	"peran_penulis" text NOT NULL,
	"atas_nama" boolean DEFAULT false NOT NULL,
	"isi" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"diubah_at" timestamp with time zone,
	CONSTRAINT "umpan_balik_sasaran_ck" CHECK (("umpan_balik"."rhk_id" is null) <> ("umpan_balik"."kode_nilai" is null)),
	CONSTRAINT "umpan_balik_isi_ck" CHECK (char_length("umpan_balik"."isi") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "umpan_balik_dibaca" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"periode" text NOT NULL,
	"sasaran" text NOT NULL,
	"akun_id" uuid NOT NULL,
	"dibaca_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialog_kinerja" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"atasan_pegawai_id" uuid,
	"dibuat_oleh_akun_id" uuid NOT NULL,
	"tahun" smallint NOT NULL,
	"jenis" text NOT NULL,
	"status" text DEFAULT 'dijadwalkan' NOT NULL,
	"tanggal" date NOT NULL,
	"topik" text NOT NULL,
	"tindak_lanjut" text,
	"tanggal_tindak_lanjut" date,
	"alasan_batal" text,
	"b18_versi" smallint,
	"b18_jawaban" jsonb,
	"b18_catatan" text,
	"b18_diisi_at" timestamp with time zone,
	"b19_penilaian" jsonb,
	"b19_diisi_at" timestamp with time zone,
	"versi" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialog_b18_ck" CHECK (("dialog_kinerja"."b18_jawaban" is null) = ("dialog_kinerja"."b18_diisi_at" is null)),
	CONSTRAINT "dialog_b19_ck" CHECK (("dialog_kinerja"."b19_penilaian" is null) = ("dialog_kinerja"."b19_diisi_at" is null))
);
--> statement-breakpoint
ALTER TABLE "iki" ADD COLUMN "polaritas" text DEFAULT 'naik' NOT NULL;--> statement-breakpoint
ALTER TABLE "iki" ADD COLUMN "akumulasi" text DEFAULT 'jumlah' NOT NULL;--> statement-breakpoint
ALTER TABLE "skp" ADD COLUMN "revisi" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "iki" ADD CONSTRAINT "iki_instansi_id_uq" UNIQUE("instansi_id","id");--> statement-breakpoint
ALTER TABLE "skp_revisi" ADD CONSTRAINT "skp_revisi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_revisi" ADD CONSTRAINT "skp_revisi_dibuat_oleh_akun_id_fk" FOREIGN KEY ("dibuat_oleh") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_revisi" ADD CONSTRAINT "skp_revisi_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buka_kunci_realisasi" ADD CONSTRAINT "buka_kunci_realisasi_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iki_target_periode" ADD CONSTRAINT "iki_target_periode_iki_fk" FOREIGN KEY ("instansi_id","iki_id") REFERENCES "public"."iki"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_iki_fk" FOREIGN KEY ("instansi_id","iki_id") REFERENCES "public"."iki"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_rhk_fk" FOREIGN KEY ("instansi_id","rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "berkas" ADD CONSTRAINT "berkas_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "berkas" ADD CONSTRAINT "berkas_dibuat_oleh_akun_id_fk" FOREIGN KEY ("dibuat_oleh") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bukti_dukung" ADD CONSTRAINT "bukti_dukung_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bukti_dukung" ADD CONSTRAINT "bukti_dukung_iki_fk" FOREIGN KEY ("instansi_id","iki_id") REFERENCES "public"."iki"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bukti_dukung" ADD CONSTRAINT "bukti_dukung_berkas_fk" FOREIGN KEY ("instansi_id","berkas_id") REFERENCES "public"."berkas"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bukti_dukung" ADD CONSTRAINT "bukti_dukung_pembuat_fk" FOREIGN KEY ("instansi_id","dibuat_oleh") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progres_harian" ADD CONSTRAINT "progres_harian_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progres_harian" ADD CONSTRAINT "progres_harian_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progres_harian" ADD CONSTRAINT "progres_harian_rencana_aksi_fk" FOREIGN KEY ("instansi_id","rencana_aksi_id") REFERENCES "public"."rencana_aksi"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progres_harian" ADD CONSTRAINT "progres_harian_peninjau_fk" FOREIGN KEY ("instansi_id","ditinjau_oleh") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preferensi_surel" ADD CONSTRAINT "preferensi_surel_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surel" ADD CONSTRAINT "surel_penerima_fk" FOREIGN KEY ("instansi_id","penerima_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengingat_terkirim" ADD CONSTRAINT "pengingat_terkirim_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_penulis_akun_id_akun_id_fk" FOREIGN KEY ("penulis_akun_id") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_rhk_fk" FOREIGN KEY ("instansi_id","rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_penulis_fk" FOREIGN KEY ("instansi_id","penulis_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik_dibaca" ADD CONSTRAINT "umpan_balik_dibaca_akun_id_akun_id_fk" FOREIGN KEY ("akun_id") REFERENCES "public"."akun"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "umpan_balik_dibaca" ADD CONSTRAINT "umpan_balik_dibaca_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialog_kinerja" ADD CONSTRAINT "dialog_kinerja_dibuat_oleh_akun_id_akun_id_fk" FOREIGN KEY ("dibuat_oleh_akun_id") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialog_kinerja" ADD CONSTRAINT "dialog_kinerja_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialog_kinerja" ADD CONSTRAINT "dialog_kinerja_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialog_kinerja" ADD CONSTRAINT "dialog_kinerja_atasan_fk" FOREIGN KEY ("instansi_id","atasan_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "skp_revisi_uq" ON "skp_revisi" USING btree ("instansi_id","skp_id","nomor");--> statement-breakpoint
CREATE INDEX "buka_kunci_realisasi_skp_idx" ON "buka_kunci_realisasi" USING btree ("instansi_id","skp_id","periode","berlaku_sampai");--> statement-breakpoint
CREATE UNIQUE INDEX "iki_target_periode_uq" ON "iki_target_periode" USING btree ("iki_id","periode");--> statement-breakpoint
CREATE UNIQUE INDEX "realisasi_iki_periode_uq" ON "realisasi" USING btree ("iki_id","periode");--> statement-breakpoint
CREATE INDEX "realisasi_skp_periode_idx" ON "realisasi" USING btree ("instansi_id","skp_id","periode");--> statement-breakpoint
CREATE INDEX "rencana_aksi_skp_idx" ON "rencana_aksi" USING btree ("instansi_id","skp_id","periode");--> statement-breakpoint
CREATE INDEX "bukti_dukung_skp_periode_idx" ON "bukti_dukung" USING btree ("instansi_id","skp_id","periode","iki_id");--> statement-breakpoint
CREATE INDEX "bukti_dukung_berkas_idx" ON "bukti_dukung" USING btree ("berkas_id") WHERE "bukti_dukung"."berkas_id" is not null;--> statement-breakpoint
CREATE INDEX "progres_harian_pegawai_idx" ON "progres_harian" USING btree ("instansi_id","pegawai_id","tanggal");--> statement-breakpoint
CREATE INDEX "progres_harian_skp_idx" ON "progres_harian" USING btree ("instansi_id","skp_id","status");--> statement-breakpoint
CREATE INDEX "surel_antri_idx" ON "surel" USING btree ("kirim_setelah") WHERE "surel"."status" = 'antri';--> statement-breakpoint
CREATE INDEX "surel_penerima_idx" ON "surel" USING btree ("instansi_id","penerima_pegawai_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pengingat_terkirim_uq" ON "pengingat_terkirim" USING btree ("instansi_id","pegawai_id","jenis","tahun","periode");--> statement-breakpoint
CREATE INDEX "umpan_balik_utas_idx" ON "umpan_balik" USING btree ("instansi_id","skp_id","periode","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "umpan_balik_dibaca_uq" ON "umpan_balik_dibaca" USING btree ("akun_id","skp_id","periode","sasaran");--> statement-breakpoint
CREATE INDEX "dialog_kinerja_pegawai_idx" ON "dialog_kinerja" USING btree ("instansi_id","pegawai_id","tahun");--> statement-breakpoint
CREATE INDEX "dialog_kinerja_atasan_idx" ON "dialog_kinerja" USING btree ("instansi_id","atasan_pegawai_id","tahun");
