CREATE TABLE "instansi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"lokasi" text,
	"pejabat_non_asn_nama" text,
	"pejabat_non_asn_jabatan" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instansi_kode_unique" UNIQUE("kode")
);
--> statement-breakpoint
CREATE TABLE "jabatan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"unor_id" uuid,
	"kode" text,
	"nama" text NOT NULL,
	"jenis" text NOT NULL,
	"jenjang" text,
	"is_kepala" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unor" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"parent_id" uuid,
	"kode" text,
	"nama" text NOT NULL,
	"nama_jabatan_kepala" text,
	"aktif" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "atasan_override" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"atasan_pegawai_id" uuid NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date,
	"alasan" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pegawai" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"nip" text NOT NULL,
	"nama" text NOT NULL,
	"gelar_depan" text,
	"gelar_belakang" text,
	"jenis_kelamin" text NOT NULL,
	"tempat_lahir" text,
	"tanggal_lahir" date NOT NULL,
	"jenis_asn" text NOT NULL,
	"golongan" text,
	"pangkat" text,
	"status" text DEFAULT 'aktif' NOT NULL,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pegawai_nip_unique" UNIQUE("nip")
);
--> statement-breakpoint
CREATE TABLE "penugasan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"unor_id" uuid NOT NULL,
	"jabatan_id" uuid NOT NULL,
	"is_kepala" boolean DEFAULT false NOT NULL,
	"jenis" text DEFAULT 'definitif' NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date,
	"nomor_sk" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "akun" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid,
	"pegawai_id" uuid,
	"username" text NOT NULL,
	"nama_tampilan" text NOT NULL,
	"password_hash" text NOT NULL,
	"peran" text[] DEFAULT '{}' NOT NULL,
	"lingkup_unor_id" uuid,
	"aktif" boolean DEFAULT true NOT NULL,
	"bahasa" text DEFAULT 'id' NOT NULL,
	"password_diubah_at" timestamp with time zone,
	"wajib_ganti_password" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "akun_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"instansi_id" uuid,
	"aktor_akun_id" uuid,
	"aktor_nama" text,
	"aksi" text NOT NULL,
	"entitas" text NOT NULL,
	"entitas_id" text,
	"sebelum" jsonb,
	"sesudah" jsonb,
	"ip" text,
	"request_id" text,
	"waktu" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impor" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"nama_file" text NOT NULL,
	"status" text NOT NULL,
	"total_baris" integer NOT NULL,
	"baris_valid" integer NOT NULL,
	"baris_ditulis" integer DEFAULT 0 NOT NULL,
	"laporan" jsonb NOT NULL,
	"aktor_akun_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifikasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"penerima_pegawai_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"judul" text NOT NULL,
	"isi" text,
	"tautan" text,
	"dibaca_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "percobaan_login" (
	"kunci" text PRIMARY KEY NOT NULL,
	"gagal" integer DEFAULT 0 NOT NULL,
	"terkunci_sampai" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sesi" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"akun_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"ip" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kedaluwarsa_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dokumen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"entitas_id" uuid NOT NULL,
	"kode_verifikasi" text NOT NULL,
	"hash_konten" text NOT NULL,
	"ringkasan" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dokumen_kode_verifikasi_unique" UNIQUE("kode_verifikasi")
);
--> statement-breakpoint
CREATE TABLE "iki" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"rhk_id" uuid NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	"aspek" text NOT NULL,
	"indikator" text NOT NULL,
	"target_min" numeric NOT NULL,
	"target_max" numeric,
	"satuan" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pengaturan_tahun" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"tahun" smallint NOT NULL,
	"pengaturan" jsonb NOT NULL,
	"status" text DEFAULT 'dibuka' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peran_hasil" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"rhk_atasan_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"peran" text NOT NULL,
	"hasil" text NOT NULL,
	"rhk_bawahan_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rhk" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"urutan" integer DEFAULT 0 NOT NULL,
	"deskripsi" text NOT NULL,
	"intervensi_rhk_id" uuid,
	"klasifikasi" text DEFAULT 'individu' NOT NULL,
	"penugasan_dari" text,
	"perspektif" text,
	"tim_kerja_id" uuid,
	"catatan_pengembalian" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skp" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"penugasan_id" uuid NOT NULL,
	"tahun" smallint NOT NULL,
	"mulai" date NOT NULL,
	"selesai" date NOT NULL,
	"pendekatan" text NOT NULL,
	"varian" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"penilai_pegawai_id" uuid,
	"snapshot" jsonb NOT NULL,
	"lampiran" jsonb DEFAULT '{"dukunganSumberDaya":[],"skemaPertanggungjawaban":[],"konsekuensi":[]}'::jsonb NOT NULL,
	"catatan_pengembalian" text,
	"diajukan_at" timestamp with time zone,
	"disetujui_at" timestamp with time zone,
	"versi" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skp_perilaku" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"skp_id" uuid NOT NULL,
	"kode_nilai" text NOT NULL,
	"ekspektasi" text
);
--> statement-breakpoint
CREATE TABLE "tim_kerja" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"tahun" smallint NOT NULL,
	"nama" text NOT NULL,
	"deskripsi" text,
	"ketua_pegawai_id" uuid NOT NULL,
	"rhk_id" uuid,
	"dibuat_oleh_pegawai_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tim_kerja_anggota" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"tim_kerja_id" uuid NOT NULL,
	"pegawai_id" uuid NOT NULL,
	"peran" text
);
--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_unor_id_unor_id_fk" FOREIGN KEY ("unor_id") REFERENCES "public"."unor"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unor" ADD CONSTRAINT "unor_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unor" ADD CONSTRAINT "unor_parent_id_unor_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."unor"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "atasan_override" ADD CONSTRAINT "atasan_override_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "atasan_override" ADD CONSTRAINT "atasan_override_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "atasan_override" ADD CONSTRAINT "atasan_override_atasan_pegawai_id_pegawai_id_fk" FOREIGN KEY ("atasan_pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penugasan" ADD CONSTRAINT "penugasan_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "akun" ADD CONSTRAINT "akun_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "akun" ADD CONSTRAINT "akun_lingkup_unor_id_unor_id_fk" FOREIGN KEY ("lingkup_unor_id") REFERENCES "public"."unor"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impor" ADD CONSTRAINT "impor_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD CONSTRAINT "notifikasi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifikasi" ADD CONSTRAINT "notifikasi_penerima_pegawai_id_pegawai_id_fk" FOREIGN KEY ("penerima_pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sesi" ADD CONSTRAINT "sesi_akun_id_akun_id_fk" FOREIGN KEY ("akun_id") REFERENCES "public"."akun"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokumen" ADD CONSTRAINT "dokumen_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iki" ADD CONSTRAINT "iki_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pengaturan_tahun" ADD CONSTRAINT "pengaturan_tahun_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peran_hasil" ADD CONSTRAINT "peran_hasil_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peran_hasil" ADD CONSTRAINT "peran_hasil_rhk_atasan_id_rhk_id_fk" FOREIGN KEY ("rhk_atasan_id") REFERENCES "public"."rhk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peran_hasil" ADD CONSTRAINT "peran_hasil_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peran_hasil" ADD CONSTRAINT "peran_hasil_rhk_bawahan_id_rhk_id_fk" FOREIGN KEY ("rhk_bawahan_id") REFERENCES "public"."rhk"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_intervensi_rhk_id_rhk_id_fk" FOREIGN KEY ("intervensi_rhk_id") REFERENCES "public"."rhk"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_tim_kerja_id_tim_kerja_id_fk" FOREIGN KEY ("tim_kerja_id") REFERENCES "public"."tim_kerja"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_penugasan_id_penugasan_id_fk" FOREIGN KEY ("penugasan_id") REFERENCES "public"."penugasan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_penilai_pegawai_id_pegawai_id_fk" FOREIGN KEY ("penilai_pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_perilaku" ADD CONSTRAINT "skp_perilaku_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skp_perilaku" ADD CONSTRAINT "skp_perilaku_skp_id_skp_id_fk" FOREIGN KEY ("skp_id") REFERENCES "public"."skp"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tim_kerja" ADD CONSTRAINT "tim_kerja_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tim_kerja" ADD CONSTRAINT "tim_kerja_ketua_pegawai_id_pegawai_id_fk" FOREIGN KEY ("ketua_pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tim_kerja" ADD CONSTRAINT "tim_kerja_rhk_id_rhk_id_fk" FOREIGN KEY ("rhk_id") REFERENCES "public"."rhk"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tim_kerja" ADD CONSTRAINT "tim_kerja_dibuat_oleh_pegawai_id_pegawai_id_fk" FOREIGN KEY ("dibuat_oleh_pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tim_kerja_anggota" ADD CONSTRAINT "tim_kerja_anggota_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tim_kerja_anggota" ADD CONSTRAINT "tim_kerja_anggota_tim_kerja_id_tim_kerja_id_fk" FOREIGN KEY ("tim_kerja_id") REFERENCES "public"."tim_kerja"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tim_kerja_anggota" ADD CONSTRAINT "tim_kerja_anggota_pegawai_id_pegawai_id_fk" FOREIGN KEY ("pegawai_id") REFERENCES "public"."pegawai"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "jabatan_instansi_unor_idx" ON "jabatan" USING btree ("instansi_id","unor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jabatan_instansi_kode_uq" ON "jabatan" USING btree ("instansi_id","kode") WHERE "jabatan"."kode" is not null;--> statement-breakpoint
CREATE INDEX "unor_instansi_parent_idx" ON "unor" USING btree ("instansi_id","parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unor_instansi_kode_uq" ON "unor" USING btree ("instansi_id","kode") WHERE "unor"."kode" is not null;--> statement-breakpoint
CREATE INDEX "atasan_override_pegawai_idx" ON "atasan_override" USING btree ("instansi_id","pegawai_id");--> statement-breakpoint
CREATE INDEX "pegawai_instansi_nama_idx" ON "pegawai" USING btree ("instansi_id","nama");--> statement-breakpoint
CREATE INDEX "penugasan_pegawai_idx" ON "penugasan" USING btree ("instansi_id","pegawai_id","mulai");--> statement-breakpoint
CREATE INDEX "penugasan_unor_idx" ON "penugasan" USING btree ("instansi_id","unor_id","is_kepala");--> statement-breakpoint
CREATE INDEX "akun_pegawai_idx" ON "akun" USING btree ("pegawai_id");--> statement-breakpoint
CREATE INDEX "akun_instansi_idx" ON "akun" USING btree ("instansi_id");--> statement-breakpoint
CREATE INDEX "audit_instansi_waktu_idx" ON "audit_log" USING btree ("instansi_id","waktu");--> statement-breakpoint
CREATE INDEX "audit_entitas_idx" ON "audit_log" USING btree ("entitas","entitas_id");--> statement-breakpoint
CREATE INDEX "impor_instansi_idx" ON "impor" USING btree ("instansi_id","created_at");--> statement-breakpoint
CREATE INDEX "notifikasi_penerima_idx" ON "notifikasi" USING btree ("penerima_pegawai_id","created_at");--> statement-breakpoint
CREATE INDEX "sesi_akun_idx" ON "sesi" USING btree ("akun_id");--> statement-breakpoint
CREATE INDEX "dokumen_entitas_idx" ON "dokumen" USING btree ("instansi_id","entitas_id");--> statement-breakpoint
CREATE INDEX "iki_rhk_idx" ON "iki" USING btree ("rhk_id","urutan");--> statement-breakpoint
CREATE UNIQUE INDEX "pengaturan_tahun_uq" ON "pengaturan_tahun" USING btree ("instansi_id","tahun");--> statement-breakpoint
CREATE UNIQUE INDEX "peran_hasil_uq" ON "peran_hasil" USING btree ("rhk_atasan_id","pegawai_id");--> statement-breakpoint
CREATE INDEX "rhk_skp_idx" ON "rhk" USING btree ("skp_id","urutan");--> statement-breakpoint
CREATE INDEX "rhk_intervensi_idx" ON "rhk" USING btree ("intervensi_rhk_id") WHERE "rhk"."intervensi_rhk_id" is not null;--> statement-breakpoint
CREATE INDEX "skp_pegawai_idx" ON "skp" USING btree ("instansi_id","pegawai_id","tahun");--> statement-breakpoint
CREATE INDEX "skp_penilai_idx" ON "skp" USING btree ("instansi_id","penilai_pegawai_id","tahun","status");--> statement-breakpoint
CREATE UNIQUE INDEX "skp_penugasan_tahun_uq" ON "skp" USING btree ("penugasan_id","tahun");--> statement-breakpoint
CREATE UNIQUE INDEX "skp_perilaku_uq" ON "skp_perilaku" USING btree ("skp_id","kode_nilai");--> statement-breakpoint
CREATE INDEX "tim_kerja_instansi_idx" ON "tim_kerja" USING btree ("instansi_id","tahun");--> statement-breakpoint
CREATE UNIQUE INDEX "tim_kerja_anggota_uq" ON "tim_kerja_anggota" USING btree ("tim_kerja_id","pegawai_id");