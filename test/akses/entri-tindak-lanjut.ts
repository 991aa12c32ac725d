import { and, eq, sql } from 'drizzle-orm'
import { pengaturanTahun, rencanaPerbaikan } from '../../src/db/schema/index.ts'
import { catatPerbaikanBila } from '../../src/modules/perbaikan/perbaikan.catat.ts'
import { hariIni } from '../../src/server/clock.ts'
import { buatEvaluasi } from '../helpers/evaluasi-factories.ts'
import { V, type Dunia } from '../helpers/akses-dunia.ts'
import { ADMIN, DIRI_ATASAN_ADMIN, entri, HANYA, MASUK, semua, type Entri } from './harapan.ts'

/**
 * Access-matrix entries: angka kredit (national coefficients: everyone reads, the admin nasional publishes;
 * a pegawai's angka kredit: oneself, the heads above, admins; the opening balance: admins), the Tukin/TPP
 * report (admins and whoever sees the unit from above) and the PP 30/2019 improvement record (the penilai
 * Kabid and admins record; Ani and the heads above read).
 */
const PENCATAT = ['atasan', 'adminInstansi', 'adminNasional'] as const

const rencana = new WeakMap<Dunia, string>()
/** Ani's running improvement record after a final Sangat Kurang TW1 (reopened when built again). */
async function perbaikanAni(w: Dunia) {
  const ada = rencana.get(w)
  if (ada) {
    await w.t.database.db
      .update(rencanaPerbaikan)
      .set({ status: 'berjalan', hasil: null })
      .where(eq(rencanaPerbaikan.id, ada))
    return { id: ada }
  }
  const s = await w.skpPemilik('disetujui')
  const e = await buatEvaluasi(w.t.database, s.skp.id, {
    periode: 'TW1',
    ratingHasil: 'DI_BAWAH',
    ratingPerilaku: 'DI_BAWAH',
    penilaiPegawaiId: w.kabid.pegawai.id,
  })
  await w.t.database.db.transaction((tx) => catatPerbaikanBila(tx, e))
  const [r] = await w.t.database.db
    .select()
    .from(rencanaPerbaikan)
    .where(eq(rencanaPerbaikan.evaluasiId, e.id))
  if (!r) throw new Error('rencana perbaikan tidak terbuka')
  rencana.set(w, r.id)
  return { id: r.id }
}

/** The instansi's allowance table for the year (the report answers 409 without it). */
async function aturTunjangan(w: Dunia) {
  const persen = { SANGAT_BAIK: 100, BAIK: 100, BUTUH_PERBAIKAN: 80, KURANG: 60, SANGAT_KURANG: 40 }
  await w.t.database.db
    .update(pengaturanTahun)
    .set({
      pengaturan: sql`${pengaturanTahun.pengaturan} || ${JSON.stringify({ persenTunjangan: persen })}::jsonb`,
    })
    .where(and(eq(pengaturanTahun.instansiId, w.inst.id), eq(pengaturanTahun.tahun, w.tahun)))
}

const TL = { rencana: 'Pendampingan mingguan', catatan: null }

export const ENTRI_TINDAK_LANJUT: Record<string, Entri<unknown>> = {
  'GET /api/v1/referensi/koefisien-ak': entri({
    kirim: (k) => k.get(`${V}/referensi/koefisien-ak`),
    harap: MASUK(200),
  }),
  'POST /api/v1/referensi/koefisien-ak': entri({
    // national reference data: an admin of any instansi is refused, not "not found"
    kirim: (k, _o, _w, _kolom, i) =>
      k.post(`${V}/referensi/koefisien-ak`, {
        jenjang: 'ahli_utama',
        koefisien: 50,
        berlakuMulai: `2099-0${1 + (i % 9)}-1${i % 9}`,
      }),
    harap: { ...semua(403), anonim: 401, adminNasional: 201 },
  }),
  'GET /api/v1/pegawai/:id/angka-kredit': entri({
    kirim: (k, _o, w) => k.get(`${V}/pegawai/${w.ani.pegawai.id}/angka-kredit?tahun=${w.tahun}`),
    harap: DIRI_ATASAN_ADMIN(200),
  }),
  'PUT /api/v1/pegawai/:id/angka-kredit-awal': entri({
    kirim: (k, _o, w) =>
      k.put(`${V}/pegawai/${w.ani.pegawai.id}/angka-kredit-awal`, {
        nilai: 25,
        tanggal: `${w.tahun - 1}-12-31`,
        jenjang: 'ahli_pertama',
        keterangan: 'Integrasi',
      }),
    harap: ADMIN(200),
  }),
  'GET /api/v1/tunjangan/laporan': entri({
    siapkan: (w) => aturTunjangan(w),
    kirim: (k, _o, w) => k.get(`${V}/tunjangan/laporan?tahun=${w.tahun}&bulan=1&unorId=${w.bidang.id}`),
    harap: HANYA(['atasan', 'pimpinan', 'adminInstansi', 'adminNasional'], 200),
  }),
  'GET /api/v1/rencana-perbaikan': entri({
    kirim: (k) => k.get(`${V}/rencana-perbaikan`),
    harap: MASUK(200),
  }),
  'GET /api/v1/rencana-perbaikan/:id': entri({
    siapkan: (w) => perbaikanAni(w),
    kirim: (k, o) => k.get(`${V}/rencana-perbaikan/${o.id}`),
    harap: DIRI_ATASAN_ADMIN(200),
  }),
  'POST /api/v1/rencana-perbaikan/:id/tindak-lanjut': entri({
    siapkan: (w) => perbaikanAni(w),
    kirim: (k, o) => k.post(`${V}/rencana-perbaikan/${o.id}/tindak-lanjut`, { ...TL, tanggal: hariIni() }),
    harap: HANYA([...PENCATAT], 200),
  }),
  'POST /api/v1/rencana-perbaikan/:id/selesai': entri({
    siapkan: (w) => perbaikanAni(w),
    perSel: true,
    kirim: (k, o) => k.post(`${V}/rencana-perbaikan/${o.id}/selesai`, { hasil: 'Kinerja membaik' }),
    harap: HANYA([...PENCATAT], 200),
  }),
}
