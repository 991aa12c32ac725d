import type { Db } from '../../db/client.ts'
import type { SkpPeran } from '../../domain/skp-workflow.ts'
import type { Keterlambatan } from '../../domain/terlambat.ts'
import {
  STATUS_BAWAHAN,
  type SkpBawahanDaftar,
  type SkpBawahanItem,
  type SkpBawahanQuery,
} from '../../shared/skp-bawahan.ts'
import type { Ctx } from '../../server/auth/actor.ts'
import { AppError } from '../../server/errors.ts'
import { daftarBawahan } from '../pegawai/hierarki.ts'
import { tenggatTahun } from './pengaturan.service.ts'
import * as repo from './skp-bawahan.repository.ts'
import { setujuiSkp } from './skp-alur.service.ts'
import { tahunIni } from './skp-akses.ts'
import { aksiSkp, hariIni } from './skp.policy.ts'

type SkpRingkas = Awaited<ReturnType<typeof repo.listSkpDinilai>>[number]
type Info = Awaited<ReturnType<typeof repo.infoPegawai>>[number]

/** A row's buttons: the workflow's answer for me as the penilai the SKP names (else no relation). */
function aksiBaris(s: SkpRingkas | null, saya: string): SkpBawahanItem['aksi'] {
  if (!s) return { setujui: false, kembalikan: false, bukaKembali: false }
  const peran: SkpPeran[] = s.penilaiPegawaiId === saya ? ['penilai'] : ['lain']
  const { setujui, kembalikan, bukaKembali } = aksiSkp(s.status, peran)
  return { setujui, kembalikan, bukaKembali }
}

/**
 * SKP Bawahan (DOMAIN §8): everyone I assess — today's subordinates from the tree and overrides, and
 * anyone whose SKP of the year names me as penilai — with the status of their SKP, or 'belum_ada'.
 */
function susun(
  saya: string,
  bawahan: string[],
  skps: SkpRingkas[],
  info: Map<string, Info>,
  telat: (s: { tahun: number; status: string; mulai: string }) => Keterlambatan,
  tahun: number,
): SkpBawahanItem[] {
  const item = (pegawaiId: string, s: SkpRingkas | null): SkpBawahanItem => {
    const p = info.get(pegawaiId)
    return {
      // no SKP yet: late from the year's deadline like a draft of the whole year
      ...telat(s ?? { tahun, status: 'belum_ada', mulai: `${tahun}-01-01` }),
      diajukanAt: s?.diajukanAt?.toISOString() ?? null,
      pegawai: {
        id: pegawaiId,
        nip: p?.nip ?? '',
        nama: p?.nama ?? '',
        jabatan: p?.jabatan ?? null,
        unor: p?.unor ?? null,
      },
      status: s?.status ?? 'belum_ada',
      skp: s ? { id: s.id, status: s.status, mulai: s.mulai, selesai: s.selesai, versi: s.versi } : null,
      sayaPenilai: s?.penilaiPegawaiId === saya,
      aksi: aksiBaris(s, saya),
    }
  }
  const milikSaya = skps.filter((s) => s.penilaiPegawaiId === saya)
  const hasil = milikSaya.map((s) => item(s.pegawaiId, s))
  for (const id of bawahan) {
    if (milikSaya.some((s) => s.pegawaiId === id)) continue
    // a subordinate whose SKP still names an earlier penilai: show the latest one, read-only
    const terakhir = skps.filter((s) => s.pegawaiId === id).sort((a, b) => (a.mulai < b.mulai ? 1 : -1))[0]
    hasil.push(item(id, terakhir ?? null))
  }
  return hasil
}

/** GET /skp-bawahan — everyone I assess, with their SKP's status and what I may do with it. */
export async function daftarSkpBawahan(db: Db, ctx: Ctx, q: SkpBawahanQuery): Promise<SkpBawahanDaftar> {
  const { instansiId, pegawaiId } = ctx.actor
  if (!instansiId || !pegawaiId)
    return { items: [], total: 0, page: q.page, pageSize: q.pageSize, ...hitung([]) }
  const tahun = q.tahun ?? tahunIni()
  const hari = hariIni()
  const bawahan = await daftarBawahan(db, instansiId, pegawaiId, hari)
  const dinilai = await repo.listSkpDinilai(db, instansiId, pegawaiId, tahun)
  const ids = [...new Set([...bawahan, ...dinilai.map((s) => s.pegawaiId)])]
  const [skps, info] = await Promise.all([
    repo.listSkpPegawaiBanyak(db, instansiId, ids, tahun),
    repo.infoPegawai(db, instansiId, ids, hari),
  ])
  const perId = new Map<string, Info>()
  for (const i of info) if (!perId.has(i.id) || i.jenis === 'definitif') perId.set(i.id, i)
  const cari = q.q?.toLowerCase()
  const telat = await tenggatTahun(db, instansiId, [tahun])
  const semua = susun(pegawaiId, bawahan, skps, perId, telat, tahun).filter(
    (i) => !cari || i.pegawai.nama.toLowerCase().includes(cari) || i.pegawai.nip.includes(cari),
  )
  const items = semua
    .filter((i) => !q.status || i.status === q.status)
    .filter((i) => q.terlambat === undefined || i.terlambat === q.terlambat)
    .sort(urutanTindakan)
  const awal = (q.page - 1) * q.pageSize
  return {
    items: items.slice(awal, awal + q.pageSize),
    total: items.length,
    page: q.page,
    pageSize: q.pageSize,
    ...hitung(semua),
  }
}

/**
 * What needs action first: SKPs waiting for my decision (oldest submission first), then late ones (most
 * days late first), then the rest; by name within a group.
 */
function kelompok(i: SkpBawahanItem) {
  if (i.status === 'diajukan' && i.sayaPenilai) return 0
  return i.terlambat ? 1 : 2
}

export function urutanTindakan(a: SkpBawahanItem, b: SkpBawahanItem): number {
  const k = kelompok(a) - kelompok(b)
  if (k !== 0) return k
  if (kelompok(a) === 0) {
    const t = (a.diajukanAt ?? '').localeCompare(b.diajukanAt ?? '')
    if (t !== 0) return t
  }
  if (kelompok(a) === 1 && a.hariTerlambat !== b.hariTerlambat) return b.hariTerlambat - a.hariTerlambat
  return (
    a.pegawai.nama.localeCompare(b.pegawai.nama, 'id') ||
    (a.skp?.mulai ?? '').localeCompare(b.skp?.mulai ?? '')
  )
}

/** Counts by status (each a filter on the page) and of late rows, over the whole list before filtering. */
function hitung(items: SkpBawahanItem[]): Pick<SkpBawahanDaftar, 'jumlah' | 'jumlahTerlambat'> {
  const jumlah = Object.fromEntries(STATUS_BAWAHAN.map((st) => [st, 0])) as SkpBawahanDaftar['jumlah']
  for (const i of items) jumlah[i.status] += 1
  return { jumlah, jumlahTerlambat: items.filter((i) => i.terlambat).length }
}

/** POST /skp-bawahan/setujui — approve several at once; each is checked on its own and answers its own result. */
export async function setujuiBanyak(db: Db, ctx: Ctx, skpIds: string[]) {
  const hasil = []
  for (const skpId of [...new Set(skpIds)]) {
    try {
      const v = await setujuiSkp(db, ctx, skpId, {})
      hasil.push({ skpId, ok: true, status: v.status, code: null, message: null })
    } catch (e) {
      if (!(e instanceof AppError)) throw e
      hasil.push({ skpId, ok: false, status: null, code: e.code, message: e.teks[ctx.lang] })
    }
  }
  return { hasil }
}
