ALTER TABLE "jabatan" DROP CONSTRAINT "jabatan_unor_id_unor_id_fk";
--> statement-breakpoint
ALTER TABLE "unor" DROP CONSTRAINT "unor_parent_id_unor_id_fk";
--> statement-breakpoint
ALTER TABLE "atasan_override" DROP CONSTRAINT "atasan_override_pegawai_id_pegawai_id_fk";
--> statement-breakpoint
ALTER TABLE "atasan_override" DROP CONSTRAINT "atasan_override_atasan_pegawai_id_pegawai_id_fk";
--> statement-breakpoint
ALTER TABLE "penugasan" DROP CONSTRAINT "penugasan_pegawai_id_pegawai_id_fk";
--> statement-breakpoint
ALTER TABLE "akun" DROP CONSTRAINT "akun_pegawai_id_pegawai_id_fk";
--> statement-breakpoint
ALTER TABLE "akun" DROP CONSTRAINT "akun_lingkup_unor_id_unor_id_fk";
--> statement-breakpoint
ALTER TABLE "notifikasi" DROP CONSTRAINT "notifikasi_penerima_pegawai_id_pegawai_id_fk";
--> statement-breakpoint
ALTER TABLE "iki" DROP CONSTRAINT "iki_rhk_id_rhk_id_fk";
--> statement-breakpoint
ALTER TABLE "peran_hasil" DROP CONSTRAINT "peran_hasil_rhk_atasan_id_rhk_id_fk";
--> statement-breakpoint
ALTER TABLE "peran_hasil" DROP CONSTRAINT "peran_hasil_pegawai_id_pegawai_id_fk";
--> statement-breakpoint
ALTER TABLE "peran_hasil" DROP CONSTRAINT "peran_hasil_rhk_bawahan_id_rhk_id_fk";
--> statement-breakpoint
ALTER TABLE "rhk" DROP CONSTRAINT "rhk_skp_id_skp_id_fk";
--> statement-breakpoint
ALTER TABLE "rhk" DROP CONSTRAINT "rhk_intervensi_rhk_id_rhk_id_fk";
--> statement-breakpoint
ALTER TABLE "rhk" DROP CONSTRAINT "rhk_tim_kerja_id_tim_kerja_id_fk";
--> statement-breakpoint
ALTER TABLE "skp" DROP CONSTRAINT "skp_pegawai_id_pegawai_id_fk";
--> statement-breakpoint
ALTER TABLE "skp" DROP CONSTRAINT "skp_penugasan_id_penugasan_id_fk";
--> statement-breakpoint
ALTER TABLE "skp" DROP CONSTRAINT "skp_penilai_pegawai_id_pegawai_id_fk";
--> statement-breakpoint
ALTER TABLE "skp_perilaku" DROP CONSTRAINT "skp_perilaku_skp_id_skp_id_fk";
--> statement-breakpoint
ALTER TABLE "tim_kerja" DROP CONSTRAINT "tim_kerja_ketua_pegawai_id_pegawai_id_fk";
--> statement-breakpoint
ALTER TABLE "tim_kerja" DROP CONSTRAINT "tim_kerja_rhk_id_rhk_id_fk";
--> statement-breakpoint
ALTER TABLE "tim_kerja" DROP CONSTRAINT "tim_kerja_dibuat_oleh_pegawai_id_pegawai_id_fk";
--> statement-breakpoint
ALTER TABLE "tim_kerja_anggota" DROP CONSTRAINT "tim_kerja_anggota_tim_kerja_id_tim_kerja_id_fk";
--> statement-breakpoint
ALTER TABLE "tim_kerja_anggota" DROP CONSTRAINT "tim_kerja_anggota_pegawai_id_pegawai_id_fk";
--> statement-breakpoint
ALTER TABLE "unor" ADD CONSTRAINT "unor_instansi_id_uq" UNIQUE("instansi_id","id");
--> statement-breakpoint
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_instansi_id_uq" UNIQUE("instansi_id","id");
--> statement-breakpoint
ALTER TABLE "penugasan" ADD CONSTRAINT "penugasan_instansi_id_uq" UNIQUE("instansi_id","id");
--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_instansi_id_uq" UNIQUE("instansi_id","id");
--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_instansi_id_uq" UNIQUE("instansi_id","id");
--> statement-breakpoint
ALTER TABLE "tim_kerja" ADD CONSTRAINT "tim_kerja_instansi_id_uq" UNIQUE("instansi_id","id");
--> statement-breakpoint
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_unor_fk" FOREIGN KEY ("instansi_id","unor_id") REFERENCES "public"."unor"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "unor" ADD CONSTRAINT "unor_parent_fk" FOREIGN KEY ("instansi_id","parent_id") REFERENCES "public"."unor"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "atasan_override" ADD CONSTRAINT "atasan_override_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "atasan_override" ADD CONSTRAINT "atasan_override_atasan_fk" FOREIGN KEY ("instansi_id","atasan_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "penugasan" ADD CONSTRAINT "penugasan_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "akun" ADD CONSTRAINT "akun_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "akun" ADD CONSTRAINT "akun_lingkup_unor_fk" FOREIGN KEY ("instansi_id","lingkup_unor_id") REFERENCES "public"."unor"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "notifikasi" ADD CONSTRAINT "notifikasi_penerima_fk" FOREIGN KEY ("instansi_id","penerima_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "dokumen" ADD CONSTRAINT "dokumen_skp_fk" FOREIGN KEY ("instansi_id","entitas_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "iki" ADD CONSTRAINT "iki_rhk_fk" FOREIGN KEY ("instansi_id","rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "peran_hasil" ADD CONSTRAINT "peran_hasil_rhk_atasan_fk" FOREIGN KEY ("instansi_id","rhk_atasan_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "peran_hasil" ADD CONSTRAINT "peran_hasil_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "peran_hasil" ADD CONSTRAINT "peran_hasil_rhk_bawahan_fk" FOREIGN KEY ("instansi_id","rhk_bawahan_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_intervensi_fk" FOREIGN KEY ("instansi_id","intervensi_rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_tim_kerja_fk" FOREIGN KEY ("instansi_id","tim_kerja_id") REFERENCES "public"."tim_kerja"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_penugasan_fk" FOREIGN KEY ("instansi_id","penugasan_id") REFERENCES "public"."penugasan"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "skp" ADD CONSTRAINT "skp_penilai_fk" FOREIGN KEY ("instansi_id","penilai_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "skp_perilaku" ADD CONSTRAINT "skp_perilaku_skp_fk" FOREIGN KEY ("instansi_id","skp_id") REFERENCES "public"."skp"("instansi_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tim_kerja" ADD CONSTRAINT "tim_kerja_ketua_fk" FOREIGN KEY ("instansi_id","ketua_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tim_kerja" ADD CONSTRAINT "tim_kerja_rhk_fk" FOREIGN KEY ("instansi_id","rhk_id") REFERENCES "public"."rhk"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tim_kerja" ADD CONSTRAINT "tim_kerja_pembuat_fk" FOREIGN KEY ("instansi_id","dibuat_oleh_pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tim_kerja_anggota" ADD CONSTRAINT "tim_kerja_anggota_tim_fk" FOREIGN KEY ("instansi_id","tim_kerja_id") REFERENCES "public"."tim_kerja"("instansi_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tim_kerja_anggota" ADD CONSTRAINT "tim_kerja_anggota_pegawai_fk" FOREIGN KEY ("instansi_id","pegawai_id") REFERENCES "public"."pegawai"("instansi_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "akun" ADD CONSTRAINT "akun_tanpa_instansi_ck" CHECK ("akun"."instansi_id" is not null or ("akun"."pegawai_id" is null and "akun"."lingkup_unor_id" is null));
