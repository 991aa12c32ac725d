import type { Db } from '../../db/client.ts'
import { hitungCapaianIki, type Target } from '../../domain/capaian.ts'
import { tanggalDiZona } from '../../domain/kunci-realisasi.ts'
import type {
  IkiPelaksanaanView,
  KodePeriodeRealisasi,
  PelaksanaanView,
  PeriodeView,
  RhkPelaksanaanView,
} from '../../shared/pelaksanaan.ts'
import { labelTarget } from '../../shared/skp.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { sekarang } from '../../server/clock.ts'
import { daftarBukti } from '../bukti/bukti.baca.ts'
import { muatSkp } from '../skp/skp-akses.ts'
import { belumDibacaPerUtas } from '../umpan-balik/umpan-balik.baca.ts'
import {
  bukaKunciBerlaku,
  hitungPeriodeSkp,
  muatPengaturanSkp,
  periodeTidakSah,
  type PeriodeSkp,
} from './kunci.ts'
import { aksiPelaksanaan } from './pelaksanaan.policy.ts'
import * as repo from './pelaksanaan.repository.ts'
import { isoDiZona } from '../../domain/kunci-realisasi.ts'
import { viewRencana } from './rencana.service.ts'

/**
 * GET /skp/:id/pelaksanaan?periode= — the realisasi page of one period: the periods with their lock state,
 * each RHK with its IKI (the period's target, realisasi, capaian of the period and of the year, computed
 * here), the rencana aksi, evidence counts, unread feedback and what this actor may do.
 */

export const viewPeriode = (p: PeriodeSkp): PeriodeView => ({
  kode: p.kode,
  nama: p.nama,
  mulai: p.mulai,
  selesai: p.selesai,
  terkunciPada: isoDiZona(p.terkunciPada, p.zona),
  sudahDimulai: p.sudahDimulai,
  terbuka: p.terbuka,
  dibukaSampai: p.dibukaSampai ? isoDiZona(p.dibukaSampai, p.zona) : null,
})

/** The requested period, else the one of today, else the last begun one, else the first. */
export function pilihPeriode(daftar: PeriodeSkp[], hariIni: string, diminta?: string) {
  if (diminta) return daftar.find((p) => p.kode === diminta)
  return (
    daftar.find((p) => p.mulai <= hariIni && hariIni <= p.selesai) ??
    daftar.filter((p) => p.sudahDimulai).at(-1) ??
    daftar[0]
  )
}

type IkiRow = NonNullable<Awaited<ReturnType<typeof repo.rhkDanIki>>[number]['iki']>
type RealisasiRow = Awaited<ReturnType<typeof repo.realisasiSkp>>[number]
type TargetRow = Awaited<ReturnType<typeof repo.targetPeriodeIki>>[number]

export function viewIki(
  i: IkiRow,
  periode: PeriodeSkp[],
  dipilih: string | undefined,
  realisasi: Map<string, RealisasiRow>,
  target: Map<string, TargetRow>,
  rumusPolaritasTurun: 'selisih' | 'rasio',
  jumlahBukti: number,
): IkiPelaksanaanView {
  const kunci = (kode: string) => `${i.id}:${kode}`
  const hasil = hitungCapaianIki(
    i,
    periode.map((p) => {
      const t = target.get(kunci(p.kode))
      const r = realisasi.get(kunci(p.kode))
      const tgt: Target | null = t && t.targetMin !== null ? { min: t.targetMin, max: t.targetMax } : null
      return { kode: p.kode, target: tgt, realisasi: r?.nilai ?? null }
    }),
    { rumusPolaritasTurun },
  )
  const ini = hasil.periode.find((p) => p.kode === dipilih)
  const r = dipilih ? realisasi.get(kunci(dipilih)) : undefined
  const t = dipilih ? target.get(kunci(dipilih)) : undefined
  const kualitatif = i.targetMin === null
  return {
    id: i.id,
    indikator: i.indikator,
    aspek: i.aspek,
    satuan: i.satuan,
    kualitatif,
    polaritas: i.polaritas,
    akumulasi: i.akumulasi,
    targetLabel: kualitatif ? (i.targetTeks ?? '') : labelTarget(i.targetMin!, i.targetMax, i.satuan ?? ''),
    targetPeriode: kualitatif ? null : (ini?.target ?? null),
    targetPeriodeTeks: kualitatif ? (t?.targetTeks ?? i.targetTeks) : null,
    targetDiubah: kualitatif ? !!t?.targetTeks : (ini?.targetDiubah ?? false),
    realisasi: r
      ? {
          nilai: r.nilai,
          nilaiTeks: r.nilaiTeks,
          catatan: r.catatan,
          versi: r.versi,
          updatedAt: r.updatedAt.toISOString(),
        }
      : null,
    capaian: ini?.capaian ?? null,
    tahunan: hasil.tahunan,
    jumlahBukti,
  }
}

export async function bacaPelaksanaan(
  db: Db,
  ctx: Ctx,
  skpId: string,
  diminta?: KodePeriodeRealisasi,
): Promise<PelaksanaanView> {
  const { s, peran } = await muatSkp(db, ctx.actor, skpId)
  const now = sekarang()
  // one after another: the caller may pass a transaction, whose connection runs one query at a time
  const { pengaturan, ditutup } = await muatPengaturanSkp(db, s)
  const periode = hitungPeriodeSkp(s, pengaturan, now, await bukaKunciBerlaku(db, s, now))
  const p = pilihPeriode(periode, tanggalDiZona(now, pengaturan.zonaWaktu), diminta)
  if (diminta && !p) throw periodeTidakSah(diminta)
  const baris = await repo.rhkDanIki(db, s.instansiId, s.id)
  const ikiIds = baris.flatMap((b) => (b.iki ? [b.iki.id] : []))
  const realisasi = new Map(
    (await repo.realisasiSkp(db, s.instansiId, s.id)).map((r) => [`${r.ikiId}:${r.periode}`, r]),
  )
  const target = new Map(
    (await repo.targetPeriodeIki(db, s.instansiId, ikiIds)).map((t) => [`${t.ikiId}:${t.periode}`, t]),
  )
  const rencana = p ? await repo.rencanaAksiPeriode(db, s.instansiId, s.id, p.kode) : []
  const bukti = p ? await daftarBukti(db, s.instansiId, s.id, p.kode) : {}
  const umpan = p
    ? (
        await belumDibacaPerUtas(db, {
          instansiId: s.instansiId,
          skpId: s.id,
          periode: p.kode,
          akunId: ctx.actor.akunId,
        })
      ).perRhk
    : new Map<string, number>()

  const rhk: RhkPelaksanaanView[] = []
  for (const b of baris) {
    let r = rhk.at(-1)
    if (r?.id !== b.rhkId) {
      r = {
        id: b.rhkId,
        jenis: b.jenis,
        deskripsi: b.deskripsi,
        iki: [],
        rencanaAksi: rencana.filter((x) => x.rhkId === b.rhkId).map(viewRencana),
        umpanBalikBelumDibaca: umpan.get(b.rhkId) ?? 0,
      }
      rhk.push(r)
    }
    if (b.iki)
      r.iki.push(
        viewIki(
          b.iki,
          periode,
          p?.kode,
          realisasi,
          target,
          pengaturan.rumusPolaritasTurun,
          bukti[b.iki.id]?.length ?? 0,
        ),
      )
  }
  const jumlahIki = ikiIds.length
  const terisi = p ? ikiIds.filter((id) => realisasi.has(`${id}:${p.kode}`)).length : 0
  const alasanTertutup =
    s.status !== 'disetujui'
      ? 'belum_disetujui'
      : ditutup
        ? 'tahun_ditutup'
        : p && !p.terbuka
          ? 'terkunci'
          : p && !p.sudahDimulai
            ? 'belum_dimulai'
            : null
  return {
    skp: {
      id: s.id,
      tahun: s.tahun,
      status: s.status,
      mulai: s.mulai,
      selesai: s.selesai,
      pegawaiId: s.pegawaiId,
      pegawaiNama: s.snapshot.pegawai.nama,
    },
    periode: periode.map(viewPeriode),
    periodeDipilih: p?.kode ?? null,
    alasanTertutup,
    rhk,
    terisi,
    jumlahIki,
    aksi: aksiPelaksanaan(ctx.actor, s, peran, ditutup, p, now),
  }
}
