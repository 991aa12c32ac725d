import type { Db } from '../../db/client.ts'
import { isoDate } from '../../domain/iso-date.ts'
import { tanggalDiZona } from '../../domain/kunci-realisasi.ts'
import type { BawahanQuery, BawahanRealisasi, BawahanRealisasiView } from '../../shared/pelaksanaan.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { hariIni, sekarang, tahunIni } from '../../server/clock.ts'
import { daftarBawahan } from '../pegawai/hierarki.ts'
import { belumDibacaPerSkp } from '../umpan-balik/umpan-balik.baca.ts'
import { hitungPeriodeSkp, muatPengaturanSkp, periodeTidakSah, type PeriodeSkp } from './kunci.ts'
import * as repo from './pantau.repository.ts'
import { pilihPeriode, viewPeriode } from './pelaksanaan-view.service.ts'

/**
 * GET /pelaksanaan/bawahan?tahun&periode — the atasan's view of who filled what this period (DOMAIN §4):
 * per subordinate the SKP's status, IKI count, realisasi filled, evidence, last change and unread feedback;
 * those who need a nudge first.
 */

/** Needs action first: an approved SKP missing realisasi (least filled first), then no usable SKP, then done. */
export function urutkanBawahan(a: BawahanRealisasi, b: BawahanRealisasi) {
  const kelas = (x: BawahanRealisasi) => (x.status === 'disetujui' ? (x.terisi < x.jumlahIki ? 0 : 2) : 1)
  const ka = kelas(a)
  const kb = kelas(b)
  if (ka !== kb) return ka - kb
  if (ka === 0) {
    const pa = a.terisi / Math.max(1, a.jumlahIki)
    const pb = b.terisi / Math.max(1, b.jumlahIki)
    if (pa !== pb) return pa - pb
  }
  return a.nama.localeCompare(b.nama, 'id')
}

/** The overview for one atasan (no access check: it lists the caller's own subordinates). */
export async function susunRealisasiBawahan(
  db: Db,
  o: { instansiId: string | null; pegawaiId: string | null; akunId: string; tahun: number; periode?: string },
  pilih: (daftar: PeriodeSkp[], hariIni: string) => PeriodeSkp | undefined = (d, h) =>
    pilihPeriode(d, h, o.periode),
): Promise<BawahanRealisasiView> {
  const { instansiId, pegawaiId, akunId, tahun } = o
  const now = sekarang()
  const setahun = { tahun, mulai: isoDate(tahun, 1, 1), selesai: isoDate(tahun, 12, 31) }
  const { pengaturan } = instansiId
    ? await muatPengaturanSkp(db, { instansiId, tahun })
    : { pengaturan: undefined }
  const daftar = pengaturan ? hitungPeriodeSkp(setahun, pengaturan, now, []) : []
  const p = pengaturan ? pilih(daftar, tanggalDiZona(now, pengaturan.zonaWaktu)) : undefined
  if (o.periode && pengaturan && !p) throw periodeTidakSah(o.periode)
  const kosong = {
    tahun,
    periode: p ? viewPeriode(p) : null,
    daftarPeriode: daftar.map(viewPeriode),
    items: [],
  }
  // an account without a pegawai (an admin) has no subordinates: an empty list, not an error
  if (!instansiId || !pegawaiId || !p) return kosong
  const ids = await daftarBawahan(db, instansiId, pegawaiId, hariIni())
  if (ids.length === 0) return kosong
  const orang = await repo.pegawaiRingkas(db, instansiId, ids)
  const skpPer = new Map<string, { id: string; status: BawahanRealisasi['status'] }>()
  for (const s of await repo.skpTahunPegawai(db, instansiId, ids, tahun))
    if (!skpPer.has(s.pegawaiId)) skpPer.set(s.pegawaiId, s)
  const skpIds = [...skpPer.values()].map((s) => s.id)
  const ringkas = new Map((await repo.ringkasanSkp(db, instansiId, skpIds, p.kode)).map((r) => [r.skpId, r]))
  const umpan = await belumDibacaPerSkp(db, { instansiId, skpIds, periode: p.kode, akunId })
  const items = orang.map((x): BawahanRealisasi => {
    const s = skpPer.get(x.id)
    const r = s ? ringkas.get(s.id) : undefined
    return {
      pegawaiId: x.id,
      nama: x.nama,
      nip: x.nip,
      skpId: s?.id ?? null,
      status: s?.status ?? 'belum_ada',
      jumlahIki: r?.jumlahIki ?? 0,
      terisi: r?.terisi ?? 0,
      jumlahBukti: r?.jumlahBukti ?? 0,
      terakhirDiubah: r?.terakhir ? new Date(r.terakhir).toISOString() : null,
      umpanBalikBelumDibaca: s ? (umpan.get(s.id) ?? 0) : 0,
    }
  })
  return { ...kosong, items: items.sort(urutkanBawahan) }
}

/** GET /pelaksanaan/bawahan */
export const realisasiBawahan = (db: Db, ctx: Ctx, q: BawahanQuery) =>
  susunRealisasiBawahan(db, {
    instansiId: ctx.actor.instansiId ?? null,
    pegawaiId: ctx.actor.pegawaiId ?? null,
    akunId: ctx.actor.akunId,
    tahun: q.tahun ?? tahunIni(),
    periode: q.periode,
  })
