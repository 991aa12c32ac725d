CREATE TABLE "angka_kredit_awal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"nilai" numeric(10, 3) NOT NULL,
	"tanggal" date NOT NULL,
	"jenjang" text,
	"keterangan" text,
	"dibuat_oleh_akun_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "angka_kredit_awal_nilai_ck" CHECK ("angka_kredit_awal"."nilai" >= 0)
);
--> statement-breakpoint
CREATE TABLE "delegasi_penilaian" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"penilai_pegawai_id" uuid NOT NULL,
	"penerima_pegawai_id" uuid NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date NOT NULL,
	"alasan" text NOT NULL,
	"dibuat_oleh_akun_id" uuid NOT NULL,
	"dicabut_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delegasi_rentang_ck" CHECK ("delegasi_penilaian"."mulai" <= "delegasi_penilaian"."selesai")
);
--> statement-breakpoint
CREATE TABLE "evaluasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"tahun" smallint NOT NULL,
	"periode" text NOT NULL,
	"versi" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"snapshot" jsonb NOT NULL,
	"penilai_pegawai_id" uuid,
	"diri_rating_hasil" text,
	"diri_rating_perilaku" text,
	"diri_catatan" text,
	"diri_diajukan_at" timestamp with time zone,
	"rating_hasil_saran" text,
	"rating_hasil" text,
	"sumber_rating_hasil" text DEFAULT 'penilai' NOT NULL,
	"alasan_rating_hasil" text,
	"rating_perilaku" text,
	"umpan_balik_perilaku" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"umpan_balik_hasil" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"predikat" text,
	"predikat_organisasi" text,
	"catatan" text,
	"kalibrasi" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"difinalisasi_at" timestamp with time zone,
	"difinalisasi_oleh" uuid,
	"diterima_at" timestamp with time zone,
	"asal" jsonb,
	"revisi" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluasi_instansi_id_uq" UNIQUE("instansi_id","id"),
	CONSTRAINT "evaluasi_predikat_ck" CHECK (("evaluasi"."predikat" is null) = ("evaluasi"."rating_hasil" is null or "evaluasi"."rating_perilaku" is null))
);
--> statement-breakpoint
CREATE TABLE "keberatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"pemutus_pegawai_id" uuid,
	"alasan" text NOT NULL,
	"usul_rating_hasil" text,
	"usul_rating_perilaku" text,
	"status" text DEFAULT 'diajukan' NOT NULL,
	"keputusan" text,
	"alasan_keputusan" text,
	"rating_hasil_baru" text,
	"rating_perilaku_baru" text,
	"predikat_baru" text,
	"diputuskan_at" timestamp with time zone,
	"diputuskan_oleh_akun_id" uuid,
	"atas_nama" boolean DEFAULT false NOT NULL,
	"surat_berkas_id" uuid,
	"evaluasi_baru_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "keberatan_instansi_id_uq" UNIQUE("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "keberatan_komentar" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"keberatan_id" uuid NOT NULL,
	"penulis_akun_id" uuid NOT NULL,
	"peran" text NOT NULL,
	"isi" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "koefisien_ak" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jenjang" text NOT NULL,
	"koefisien" numeric(8, 3) NOT NULL,
	"berlaku_mulai" date NOT NULL,
	"dasar_hukum" text,
	"dibuat_oleh_akun_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "koefisien_ak_positif_ck" CHECK ("koefisien_ak"."koefisien" > 0)
);
--> statement-breakpoint
CREATE TABLE "penetapan_predikat" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"unor_id" uuid NOT NULL,
	"tahun" smallint NOT NULL,
	"periode" text NOT NULL,
	"versi" integer DEFAULT 1 NOT NULL,
	"baris" jsonb NOT NULL,
	"kurva" jsonb NOT NULL,
	"ditetapkan_oleh_akun_id" uuid NOT NULL,
	"ditetapkan_oleh_pegawai_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "penetapan_predikat_instansi_id_uq" UNIQUE("instansi_id","id")
);
--> statement-breakpoint
CREATE TABLE "predikat_organisasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"unor_id" uuid NOT NULL,
	"tahun" smallint NOT NULL,
	"periode" text NOT NULL,
	"predikat" text NOT NULL,
	"catatan" text,
	"ditetapkan_oleh_akun_id" uuid NOT NULL,
	"ditetapkan_oleh_pegawai_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rencana_perbaikan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"evaluasi_id" uuid NOT NULL,
	"predikat" text NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date NOT NULL,
	"status" text DEFAULT 'berjalan' NOT NULL,
	"tindak_lanjut" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hasil" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dokumen" ALTER COLUMN "entitas_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "dokumen" ADD COLUMN "evaluasi_id" uuid;--> statement-breakpoint
ALTER TABLE "dokumen" ADD COLUMN "penetapan_id" uuid;--> statement-breakpoint
ALTER TABLE "angka_kredit_awal" ADD CONSTRAINT "angka_kredit_awal_dibuat_oleh_akun_id_akun_id_fk" FOREIGN KEY ("dibuat_oleh_akun_id") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "angka_kredit_awal" ADD CONSTRAINT "angka_kredit_awal_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegasi_penilaian" ADD CONSTRAINT "delegasi_penilaian_dibuat_oleh_akun_id_akun_id_fk" FOREIGN KEY ("dibuat_oleh_akun_id") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegasi_penilaian" ADD CONSTRAINT "delegasi_penilai_fk" FOREIGN KEY ("instansi_id","penilai_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegasi_penilaian" ADD CONSTRAINT "delegasi_penerima_fk" FOREIGN KEY ("instansi_id","penerima_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_difinalisasi_oleh_akun_id_fk" FOREIGN KEY ("difinalisasi_oleh") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluasi" ADD CONSTRAINT "evaluasi_penilai_fk" FOREIGN KEY ("instansi_id","penilai_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_diputuskan_oleh_akun_id_akun_id_fk" FOREIGN KEY ("diputuskan_oleh_akun_id") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_evaluasi_fk" FOREIGN KEY ("instansi_id","evaluasi_id") REFERENCES "public"."evaluasi"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_evaluasi_baru_fk" FOREIGN KEY ("instansi_id","evaluasi_baru_id") REFERENCES "public"."evaluasi"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_pemutus_fk" FOREIGN KEY ("instansi_id","pemutus_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_surat_fk" FOREIGN KEY ("instansi_id","surat_berkas_id") REFERENCES "public"."berkas"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan_komentar" ADD CONSTRAINT "keberatan_komentar_penulis_akun_id_akun_id_fk" FOREIGN KEY ("penulis_akun_id") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keberatan_komentar" ADD CONSTRAINT "keberatan_komentar_keberatan_fk" FOREIGN KEY ("instansi_id","keberatan_id") REFERENCES "public"."keberatan"("instansi_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "koefisien_ak" ADD CONSTRAINT "koefisien_ak_dibuat_oleh_akun_id_akun_id_fk" FOREIGN KEY ("dibuat_oleh_akun_id") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penetapan_predikat" ADD CONSTRAINT "penetapan_predikat_ditetapkan_oleh_akun_id_akun_id_fk" FOREIGN KEY ("ditetapkan_oleh_akun_id") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penetapan_predikat" ADD CONSTRAINT "penetapan_predikat_unor_fk" FOREIGN KEY ("instansi_id","unor_id") REFERENCES "public"."unor"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penetapan_predikat" ADD CONSTRAINT "penetapan_predikat_penetap_fk" FOREIGN KEY ("instansi_id","ditetapkan_oleh_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "predikat_organisasi" ADD CONSTRAINT "predikat_organisasi_ditetapkan_oleh_akun_id_akun_id_fk" FOREIGN KEY ("ditetapkan_oleh_akun_id") REFERENCES "public"."akun"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "predikat_organisasi" ADD CONSTRAINT "predikat_organisasi_unor_fk" FOREIGN KEY ("instansi_id","unor_id") REFERENCES "public"."unor"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "predikat_organisasi" ADD CONSTRAINT "predikat_organisasi_penetap_fk" FOREIGN KEY ("instansi_id","ditetapkan_oleh_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_perbaikan" ADD CONSTRAINT "rencana_perbaikan_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rencana_perbaikan" ADD CONSTRAINT "rencana_perbaikan_evaluasi_fk" FOREIGN KEY ("instansi_id","evaluasi_id") REFERENCES "public"."evaluasi"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "angka_kredit_awal_pegawai_uq" ON "angka_kredit_awal" USING btree ("instansi_id","pegawai_id");--> statement-breakpoint
CREATE INDEX "delegasi_penilai_idx" ON "delegasi_penilaian" USING btree ("instansi_id","penilai_pegawai_id");--> statement-breakpoint
CREATE INDEX "delegasi_penerima_idx" ON "delegasi_penilaian" USING btree ("instansi_id","penerima_pegawai_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluasi_versi_uq" ON "evaluasi" USING btree ("skp_id","periode","versi");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluasi_kini_uq" ON "evaluasi" USING btree ("skp_id","periode") WHERE "evaluasi"."status" <> 'digantikan';--> statement-breakpoint
CREATE INDEX "evaluasi_pegawai_idx" ON "evaluasi" USING btree ("instansi_id","pegawai_id","tahun");--> statement-breakpoint
CREATE INDEX "evaluasi_penilai_idx" ON "evaluasi" USING btree ("instansi_id","penilai_pegawai_id","tahun","periode");--> statement-breakpoint
CREATE INDEX "evaluasi_tahun_idx" ON "evaluasi" USING btree ("instansi_id","tahun","periode","status");--> statement-breakpoint
CREATE UNIQUE INDEX "keberatan_evaluasi_uq" ON "keberatan" USING btree ("evaluasi_id");--> statement-breakpoint
CREATE INDEX "keberatan_pemutus_idx" ON "keberatan" USING btree ("instansi_id","pemutus_pegawai_id","status");--> statement-breakpoint
CREATE INDEX "keberatan_komentar_idx" ON "keberatan_komentar" USING btree ("keberatan_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "koefisien_ak_uq" ON "koefisien_ak" USING btree ("jenjang","berlaku_mulai");--> statement-breakpoint
CREATE UNIQUE INDEX "penetapan_predikat_versi_uq" ON "penetapan_predikat" USING btree ("instansi_id","unor_id","tahun","periode","versi");--> statement-breakpoint
CREATE UNIQUE INDEX "predikat_organisasi_uq" ON "predikat_organisasi" USING btree ("instansi_id","unor_id","tahun","periode");--> statement-breakpoint
CREATE UNIQUE INDEX "rencana_perbaikan_evaluasi_uq" ON "rencana_perbaikan" USING btree ("evaluasi_id");--> statement-breakpoint
CREATE INDEX "rencana_perbaikan_pegawai_idx" ON "rencana_perbaikan" USING btree ("instansi_id","pegawai_id");--> statement-breakpoint
ALTER TABLE "dokumen" ADD CONSTRAINT "dokumen_evaluasi_fk" FOREIGN KEY ("instansi_id","evaluasi_id") REFERENCES "public"."evaluasi"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokumen" ADD CONSTRAINT "dokumen_penetapan_fk" FOREIGN KEY ("instansi_id","penetapan_id") REFERENCES "public"."penetapan_predikat"("instansi_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dokumen_evaluasi_idx" ON "dokumen" USING btree ("instansi_id","evaluasi_id");--> statement-breakpoint
ALTER TABLE "dokumen" ADD CONSTRAINT "dokumen_sasaran_ck" CHECK (case "dokumen"."jenis"
        when 'skp' then "dokumen"."entitas_id" is not null and "dokumen"."evaluasi_id" is null and "dokumen"."penetapan_id" is null
        when 'penetapan_predikat' then "dokumen"."penetapan_id" is not null and "dokumen"."evaluasi_id" is null
        else "dokumen"."evaluasi_id" is not null and "dokumen"."entitas_id" is not null and "dokumen"."penetapan_id" is null end);