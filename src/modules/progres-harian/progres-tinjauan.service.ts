import type { Db } from '../../db/client.ts'
import { addDays } from '../../domain/iso-date.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { catatAudit } from '../../server/audit.ts'
import { hariIni, sekarang } from '../../server/clock.ts'
import type {
  GridQuery,
  GridTinjauan,
  HasilBanyak,
  TinjauanDaftar,
  TinjauanItem,
  TinjauanQuery,
  TinjauProgresInput,
} from '../../shared/progres-harian.ts'
import { kirimNotifikasi, selesaikanNotifikasi } from '../notifikasi/notifikasi.service.ts'
import { tolakTahunDitutup } from '../skp/pengaturan.service.ts'
import { keStatus } from './progres-harian.policy.ts'
import * as repo from './progres-harian.repository.ts'
import { awalMinggu, hariAntara, statusHari } from './progres-harian.rules.ts'
import { muatBanyak, perihalProgres } from './progres-harian.service.ts'
import { viewProgres } from './progres-harian.view.ts'

/**
 * The penilai's side of progres harian (DOMAIN §4): the entries of the people whose SKP names me, by week,
 * as a list sorted by what needs action and as a people × days grid; approving or returning several at once.
 */

const minggu = (tanggal: string | undefined) => {
  const mulai = awalMinggu(tanggal ?? hariIni())
  return { mulai, selesai: addDays(mulai, 6) }
}

/** Submitted first (the oldest submission first), then returned, drafts, approved; by day and time within. */
const PRIORITAS = { diajukan: 0, dikembalikan: 1, draft: 2, disetujui: 3 } as const
function urutanTindakan(a: TinjauanItem, b: TinjauanItem) {
  const k = PRIORITAS[a.status] - PRIORITAS[b.status]
  if (k !== 0) return k
  if (a.status === 'diajukan') {
    const t = (a.diajukanAt ?? '').localeCompare(b.diajukanAt ?? '')
    if (t !== 0) return t
  }
  return (
    a.tanggal.localeCompare(b.tanggal) ||
    a.jamMulai.localeCompare(b.jamMulai) ||
    a.pegawai.nama.localeCompare(b.pegawai.nama, 'id')
  )
}

/** GET /progres-harian/tinjauan — a week's entries of the people I assess. */
export async function daftarTinjauan(db: Db, ctx: Ctx, q: TinjauanQuery): Promise<TinjauanDaftar> {
  const { mulai, selesai } = minggu(q.minggu)
  const kosong = {
    items: [],
    total: 0,
    page: q.page,
    pageSize: q.pageSize,
    mulai,
    selesai,
    jumlahDiajukan: 0,
  }
  const { instansiId, pegawaiId } = ctx.actor
  if (!instansiId || !pegawaiId) return kosong
  const rows = await repo.listTinjauan(db, {
    instansiId,
    penilaiPegawaiId: pegawaiId,
    dari: mulai,
    sampai: selesai,
    pegawaiId: q.pegawaiId,
  })
  const info = new Map(
    (await repo.infoPegawai(db, instansiId, [...new Set(rows.map((r) => r.pegawaiId))])).map((p) => [
      p.id,
      p,
    ]),
  )
  const semua = rows.map((r): TinjauanItem => ({
    ...viewProgres(ctx.actor, r),
    pegawai: info.get(r.pegawaiId) ?? { id: r.pegawaiId, nama: '', nip: '' },
  }))
  const items = semua.filter((i) => !q.status || i.status === q.status).sort(urutanTindakan)
  const awal = (q.page - 1) * q.pageSize
  return {
    ...kosong,
    items: items.slice(awal, awal + q.pageSize),
    total: items.length,
    jumlahDiajukan: semua.filter((i) => i.status === 'diajukan').length,
  }
}

/**
 * GET /progres-harian/tinjauan/grid — everyone whose approved SKP names me and covers part of the week,
 * with each day's status (days outside their SKP or after today count as not filled); people with entries
 * waiting for me first.
 */
export async function gridTinjauan(db: Db, ctx: Ctx, q: GridQuery): Promise<GridTinjauan> {
  const { mulai, selesai } = minggu(q.minggu)
  const hari = hariAntara(mulai, selesai)
  const dasar = { mulai, selesai, hariIni: hariIni(), hari }
  const { instansiId, pegawaiId } = ctx.actor
  if (!instansiId || !pegawaiId) return { ...dasar, baris: [] }
  const orang = await repo.pegawaiDinilai(db, instansiId, pegawaiId, mulai, selesai)
  const rows = await repo.listTinjauan(db, {
    instansiId,
    penilaiPegawaiId: pegawaiId,
    dari: mulai,
    sampai: selesai,
  })
  const unik = new Map(orang.map((o) => [o.id, { id: o.id, nama: o.nama, nip: o.nip }]))
  // an entry of someone whose SKP is no longer approved (reopened) still needs review: they get a row too
  const tanpaSkp = rows.filter((r) => !unik.has(r.pegawaiId)).map((r) => r.pegawaiId)
  for (const p of await repo.infoPegawai(db, instansiId, [...new Set(tanpaSkp)])) unik.set(p.id, p)
  const baris = [...unik.values()].map((p) => {
    const milik = rows.filter((r) => r.pegawaiId === p.id)
    return {
      pegawai: p,
      jumlahDiajukan: milik.filter((r) => r.status === 'diajukan').length,
      hari: hari.map((tanggal) => {
        const isi = milik.filter((r) => r.tanggal === tanggal)
        return {
          tanggal,
          status: statusHari(isi.map((r) => r.status)),
          jumlahEntri: isi.length,
          totalMenit: isi.reduce((n, r) => n + r.jamSelesai - r.jamMulai, 0),
        }
      }),
    }
  })
  baris.sort(
    (a, b) =>
      Number(b.jumlahDiajukan > 0) - Number(a.jumlahDiajukan > 0) ||
      a.pegawai.nama.localeCompare(b.pegawai.nama, 'id'),
  )
  return { ...dasar, baris }
}

/**
 * POST /progres-harian/tinjauan — approve or return several entries at once: every one, or none. Each
 * decision is audited; a return tells the pegawai (with the note); the submission notice is settled once
 * nothing of that pegawai waits any more.
 */
export async function tinjauProgres(db: Db, ctx: Ctx, input: TinjauProgresInput): Promise<HasilBanyak> {
  return db.transaction(async (tx) => {
    const daftar = await muatBanyak(tx, ctx, input.entri)
    for (const { r, versi, path } of daftar) keStatus(ctx.actor, r, input.keputusan, versi, path)
    const instansiId = daftar[0].r.instansiId
    const skpIds = [...new Set(daftar.map((d) => d.r.skpId))]
    const skps = new Map<string, NonNullable<Awaited<ReturnType<typeof repo.findSkpById>>>>()
    for (const id of skpIds) {
      const s = await repo.findSkpById(tx, instansiId, id)
      if (!s) continue
      await tolakTahunDitutup(tx, instansiId, s.tahun)
      skps.set(id, s)
    }
    const setujui = input.keputusan === 'setujui'
    const ids = daftar.map((d) => d.r.id)
    await repo.updateStatusBanyak(tx, instansiId, ids, {
      status: setujui ? 'disetujui' : 'dikembalikan',
      catatanAtasan: setujui ? null : input.catatan!,
      ditinjauAt: sekarang(),
      ditinjauOleh: ctx.actor.pegawaiId,
    })
    for (const { r } of daftar)
      await catatAudit(tx, ctx, {
        instansiId,
        aksi: `progres_${input.keputusan}`,
        entitas: 'progres_harian',
        entitasId: r.id,
        sebelum: { status: r.status, versi: r.versi },
        sesudah: { status: setujui ? 'disetujui' : 'dikembalikan', catatan: input.catatan ?? null },
      })
    for (const pegawaiId of new Set(daftar.map((d) => d.r.pegawaiId))) {
      const milik = daftar.filter((d) => d.r.pegawaiId === pegawaiId)
      if (!setujui) {
        const s = skps.get(milik[0].r.skpId)
        await kirimNotifikasi(tx, {
          instansiId,
          penerimaPegawaiId: pegawaiId,
          tipe: 'PROGRES_HARIAN_DIKEMBALIKAN',
          parameter: {
            nama: s?.snapshot.penilai?.nama || ctx.actor.nama,
            jumlah: milik.length,
            catatan: input.catatan!,
          },
          tautan: `/progres-harian?minggu=${milik.map((d) => d.r.tanggal).sort()[0]}`,
          perihal: perihalProgres(pegawaiId),
        })
      }
      if ((await repo.jumlahStatus(tx, instansiId, pegawaiId, 'diajukan')) === 0)
        await selesaikanNotifikasi(tx, instansiId, {
          tipe: 'PROGRES_HARIAN_DIAJUKAN',
          perihal: perihalProgres(pegawaiId),
        })
    }
    const hasil = await repo.kunciProgres(tx, instansiId, ids)
    return { entri: hasil.map((r) => viewProgres(ctx.actor, r)) }
  })
}
