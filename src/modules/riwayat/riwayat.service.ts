import type { Database } from '../../db/client.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { sekarang } from '../../server/clock.ts'
import type { Config } from '../../server/config.ts'
import { notFound } from '../../server/errors.ts'
import type { AsalVersi } from '../../shared/penilaian.ts'
import type { RiwayatTahun, RiwayatView } from '../../shared/riwayat.ts'
import type { PejabatSnapshot } from '../../shared/skp.ts'
import { angkaKreditTahun } from '../angka-kredit/angka-kredit.baca.ts'
import { evaluasiDokumenService, listDokumenPegawai, renderBundelPdf } from '../dokumen/dokumen.baca.ts'
import { lingkupSkp } from '../skp/skp.policy.ts'
import { assertBacaRiwayat } from './riwayat.policy.ts'
import * as repo from './riwayat.repository.ts'

/**
 * Riwayat kinerja (DOMAIN §7): everything a pegawai's performance record holds, year by year, read-only.
 * Final evaluations are shown as stored (a correction is a later version, each version listed); the XLSX and
 * the bundle of final summaries are built from the same view.
 */

const NAMA = { id: 'Pegawai', en: 'Employee' }
const iso = (d: Date | null) => (d ? d.toISOString() : null)
const FINAL_SKP = new Set(['disetujui'])
const FINAL_EVALUASI = new Set(['final', 'diterima', 'digantikan'])

export function riwayatService(database: Database, config: Pick<Config, 'publicUrl'>) {
  const { db } = database
  const dokumen = evaluasiDokumenService(database, config)

  async function muat(ctx: Ctx, pegawaiId: string) {
    const p = await repo.findPegawai(db, lingkupSkp(ctx.actor), pegawaiId)
    if (!p) throw notFound(NAMA)
    await assertBacaRiwayat(db, ctx.actor, p)
    return p
  }

  /** GET /riwayat/:pegawaiId */
  async function baca(ctx: Ctx, pegawaiId: string): Promise<RiwayatView> {
    const p = await muat(ctx, pegawaiId)
    const [skps, evals, keberatan, dokumenRows] = await Promise.all([
      repo.listSkp(db, p.instansiId, p.id),
      repo.listEvaluasi(db, p.instansiId, p.id),
      repo.listKeberatan(db, p.instansiId, p.id),
      listDokumenPegawai(db, p.instansiId, p.id),
    ])
    const daftarTahun = [...new Set([...skps.map((s) => s.tahun), ...evals.map((e) => e.tahun)])].sort(
      (a, b) => b - a,
    )
    const tahun: RiwayatTahun[] = []
    for (const t of daftarTahun) {
      const evTahun = evals.filter((e) => e.tahun === t)
      const finalTahunan = evTahun.find(
        (e) => e.periode === 'FINAL' && (e.status === 'final' || e.status === 'diterima'),
      )
      const ak = await angkaKreditTahun(db, p.instansiId, p.id, t)
      tahun.push({
        tahun: t,
        skp: skps
          .filter((s) => s.tahun === t)
          .map((s) => ({
            id: s.id,
            status: s.status,
            mulai: s.mulai,
            selesai: s.selesai,
            jabatan: s.snapshot.pegawai.jabatan,
            unor: s.snapshot.pegawai.unor,
            penilai: s.snapshot.penilai?.nama ?? null,
            diajukanAt: iso(s.diajukanAt),
            disetujuiAt: iso(s.disetujuiAt),
          })),
        evaluasi: evTahun.map((e) => {
          const asal = e.asal as AsalVersi | null
          return {
            id: e.id,
            skpId: e.skpId,
            periode: e.periode,
            versi: e.versi,
            status: e.status,
            kini: e.status !== 'digantikan',
            ratingHasil: e.ratingHasil,
            ratingPerilaku: e.ratingPerilaku,
            predikat: e.predikat,
            penilai: (e.snapshot as { penilai?: PejabatSnapshot | null }).penilai?.nama ?? null,
            difinalisasiAt: iso(e.difinalisasiAt),
            diterimaAt: iso(e.diterimaAt),
            asal: asal ? { oleh: asal.oleh, alasan: asal.alasan } : null,
          }
        }),
        predikatTahunan: finalTahunan?.predikat ?? null,
        angkaKredit: ak.fungsional
          ? { tahunan: ak.tahunan, periodik: ak.periodik, kumulatif: ak.kumulatif }
          : null,
        keberatan: keberatan
          .filter((k) => evTahun.some((e) => e.id === k.evaluasiId))
          .map((k) => ({
            id: k.id,
            evaluasiId: k.evaluasiId,
            status: k.status,
            keputusan: k.keputusan,
            alasanKeputusan: k.alasanKeputusan,
            predikatBaru: k.predikatBaru,
            diajukanAt: k.createdAt.toISOString(),
            diputuskanAt: iso(k.diputuskanAt),
          })),
        dokumen: dokumenRows
          .filter((d) => (d.evaluasiId ? evTahun.some((e) => e.id === d.evaluasiId) : d.skpTahun === t))
          .map((d) => ({
            id: d.id,
            jenis: d.jenis,
            kode: d.kodeVerifikasi,
            skpId: d.entitasId,
            evaluasiId: d.evaluasiId,
            dibuat: d.createdAt.toISOString(),
            final: (d.jenis === 'skp' ? FINAL_SKP : FINAL_EVALUASI).has(d.ringkasan.status),
          })),
      })
    }
    return { pegawai: { id: p.id, nama: p.nama, nip: p.nip }, tahun }
  }

  /** GET /riwayat/:pegawaiId/bundel.pdf — every final evaluation summary, oldest first, in one PDF. */
  async function bundel(ctx: Ctx, pegawaiId: string) {
    const p = await muat(ctx, pegawaiId)
    const evals = (await repo.listEvaluasi(db, p.instansiId, p.id))
      .filter((e) => FINAL_EVALUASI.has(e.status))
      .sort(
        (a, b) => a.tahun - b.tahun || urutPeriode(a.periode) - urutPeriode(b.periode) || a.versi - b.versi,
      )
    const ringkasan = await dokumen.ringkasanUntukBundel(ctx, evals)
    const pdf = await renderBundelPdf({
      nama: p.nama,
      nip: p.nip,
      dibuat: sekarang().toISOString(),
      ringkasan,
    })
    return { pdf, namaFile: `Riwayat_Kinerja_${p.nip}.pdf` }
  }

  return { baca, bundel, muat }
}

/** Periods in the order of the year: months, quarters, semesters, then the annual FINAL. */
function urutPeriode(kode: string): number {
  if (kode === 'FINAL') return 100
  const n = Number(kode.replace(/\D/g, ''))
  if (kode.startsWith('B')) return n * 3 - 0.5
  if (kode.startsWith('TW')) return n * 9
  return n * 18 + 0.1
}
