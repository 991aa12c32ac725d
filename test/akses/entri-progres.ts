import { eq } from 'drizzle-orm'
import { progresHarian } from '../../src/db/schema/index.ts'
import { hariIni } from '../../src/server/clock.ts'
import { V, type Dunia } from '../helpers/akses-dunia.ts'
import { buatSkp } from '../helpers/skp-factories.ts'
import { entri, HANYA, MASUK, PEGAWAI_SAJA, type Entri } from './harapan.ts'
import type { StatusProgres } from '../../src/shared/enums.ts'

/** Access-matrix entries: progres harian (progres-harian.routes.ts). Ani writes, Kabid (her penilai) reviews. */

const isian = () => ({
  tanggal: hariIni(),
  jamMulai: '08:00',
  jamSelesai: '09:00',
  kegiatan: 'Menyusun laporan harian',
  realisasi: 1,
  satuan: 'Laporan',
  tautanBukti: 'https://contoh.go.id/bukti',
})

/** One of Ani's entries of today under her approved SKP, put in `status`. */
async function entriAni(w: Dunia, status: StatusProgres = 'draft') {
  await w.skpPemilik('disetujui')
  // rebuilt before every column of a `perSel` entry: the day holds one entry at a time
  await w.t.database.db.delete(progresHarian).where(eq(progresHarian.pegawaiId, w.ani.pegawai.id))
  const res = await w.k.pegawaiSendiri.post(`${V}/progres-harian`, isian())
  if (res.statusCode !== 201) throw new Error(`progres: ${res.statusCode} ${res.body}`)
  const e = res.json<{ id: string; versi: number }>()
  await w.t.database.db.update(progresHarian).set({ status }).where(eq(progresHarian.id, e.id))
  return e
}

const minggu = () => `dari=${hariIni()}&sampai=${hariIni()}`

export const ENTRI_PROGRES: Record<string, Entri<unknown>> = {
  'GET /api/v1/progres-harian': entri({
    kirim: (k) => k.get(`${V}/progres-harian?${minggu()}`),
    harap: MASUK(200),
  }),
  'POST /api/v1/progres-harian': entri({
    // everyone with a pegawai writes their own, under their own approved SKP
    siapkan: async (w) => {
      await w.skpPemilik('disetujui')
      for (const o of [w.budi, w.kadis])
        await buatSkp(w.t.database, o, { tahun: w.tahun, status: 'disetujui' })
      return null
    },
    kirim: (k) => k.post(`${V}/progres-harian`, isian()),
    harap: PEGAWAI_SAJA(201),
  }),
  'GET /api/v1/progres-harian/:id': entri({
    siapkan: (w) => entriAni(w),
    kirim: (k, o) => k.get(`${V}/progres-harian/${o.id}`),
    harap: HANYA(['pegawaiSendiri', 'atasan', 'adminInstansi', 'adminNasional'], 200),
  }),
  'PUT /api/v1/progres-harian/:id': entri({
    siapkan: (w) => entriAni(w),
    kirim: (k, o) => k.put(`${V}/progres-harian/${o.id}`, { ...isian(), versi: o.versi }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'DELETE /api/v1/progres-harian/:id': entri({
    perSel: true,
    siapkan: (w) => entriAni(w),
    kirim: (k, o) => k.delete(`${V}/progres-harian/${o.id}`),
    harap: HANYA(['pegawaiSendiri'], 204),
  }),
  'POST /api/v1/progres-harian/ajukan': entri({
    siapkan: (w) => entriAni(w),
    kirim: (k, o) => k.post(`${V}/progres-harian/ajukan`, { entri: [{ id: o.id, versi: o.versi }] }),
    harap: HANYA(['pegawaiSendiri'], 200),
  }),
  'GET /api/v1/progres-harian/tinjauan': entri({
    kirim: (k) => k.get(`${V}/progres-harian/tinjauan`),
    harap: MASUK(200),
  }),
  'GET /api/v1/progres-harian/tinjauan/grid': entri({
    kirim: (k) => k.get(`${V}/progres-harian/tinjauan/grid`),
    harap: MASUK(200),
  }),
  'POST /api/v1/progres-harian/tinjauan': entri({
    siapkan: (w) => entriAni(w, 'diajukan'),
    kirim: (k, o) =>
      k.post(`${V}/progres-harian/tinjauan`, { keputusan: 'setujui', entri: [{ id: o.id, versi: o.versi }] }),
    harap: HANYA(['atasan'], 200),
  }),
}
