import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { KUNCI_SELALU, PeristiwaLangsung, type KunciQuery } from '../../shared/langsung.ts'
import type { TipeNotifikasi } from '../../shared/notifikasi.ts'

/** The one NOTIFY channel of live events; every API process LISTENs on it (hub.ts). */
export const KANAL = 'kinerja_langsung'

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more: recipients are split into several. */
const BATAS_PAYLOAD = 7900

/** What crosses NOTIFY: the recipients (pegawai ids, unique across instansi) and the event. */
export interface PesanKanal {
  p: string[]
  e: PeristiwaLangsung
}

/** Splits the recipients so that each payload stays under PostgreSQL's limit. */
export function susunPayload(penerima: string[], e: PeristiwaLangsung): string[] {
  const peristiwa = JSON.stringify(e)
  if (peristiwa.length > 2000) throw new Error('live event too large: send query keys, not data')
  const hasil: string[] = []
  let kelompok: string[] = []
  // {"p":[…],"e":…} plus, per id, its quotes and comma
  let ukuran = peristiwa.length + 12
  for (const id of new Set(penerima)) {
    const tambah = Buffer.byteLength(id) + 3
    if (kelompok.length > 0 && ukuran + tambah > BATAS_PAYLOAD) {
      hasil.push(JSON.stringify({ p: kelompok, e }))
      kelompok = []
      ukuran = peristiwa.length + 12
    }
    kelompok.push(id)
    ukuran += tambah
  }
  if (kelompok.length > 0) hasil.push(JSON.stringify({ p: kelompok, e }))
  return hasil
}

/** Reads a payload from the channel; anything else on it (a stray NOTIFY) is ignored. */
export function bacaPayload(payload: string): PesanKanal | null {
  try {
    const o = JSON.parse(payload) as { p?: unknown; e?: unknown }
    if (!Array.isArray(o.p) || !o.p.every((x) => typeof x === 'string')) return null
    const e = PeristiwaLangsung.safeParse(o.e)
    return e.success ? { p: o.p as string[], e: e.data } : null
  } catch {
    return null
  }
}

/**
 * Publish a live event to these pegawai's open browser tabs, in every API process. Call it inside the use
 * case's transaction: PostgreSQL delivers a NOTIFY on commit and never on rollback, so a reader only
 * hears of a change they can already read.
 */
export async function terbitkan(tx: Db, pegawaiId: string | string[], e: PeristiwaLangsung) {
  const penerima = Array.isArray(pegawaiId) ? pegawaiId : [pegawaiId]
  for (const payload of susunPayload(penerima, PeristiwaLangsung.parse(e)))
    await tx.execute(sql`select pg_notify(${KANAL}, ${payload})`)
}

/** "Refetch these queries": a change that is no notification (a comment read, a bell to refresh). */
export const segarkan = (tx: Db, pegawaiId: string | string[], kunci: KunciQuery[]) =>
  terbitkan(tx, pegawaiId, { jenis: 'segarkan', id: randomUUID(), kunci })

/**
 * The queries a notification type changes for its reader, beyond the bell and the Beranda (always
 * refetched). A type not listed here can name its queries per call (`kirimNotifikasi({ …, segarkan })`).
 */
const KUNCI_TIPE: Partial<Record<TipeNotifikasi, KunciQuery[]>> = {
  SKP_DIAJUKAN: [['skp-bawahan'], ['skp']],
  SKP_DIKEMBALIKAN: [['skp']],
  SKP_DISETUJUI: [['skp']],
  SKP_DIBUKA: [['skp']],
  ATASAN_BELUM_SKP: [['skp']],
  MPH_SEL: [['skp'], ['kaskade']],
  SKP_DIBUAT_DARI_MPH: [['skp'], ['kaskade']],
  RHK_ATASAN_DIUBAH: [['skp'], ['kaskade']],
  TIM_ANGGOTA: [['skp'], ['kaskade']],
  TIM_ANGGOTA_SKP_DISETUJUI: [['skp'], ['kaskade']],
}
/** Otherwise by the area the type's name starts with: its web feature's query keys start with these. */
const KUNCI_AWALAN: [string, KunciQuery[]][] = [
  ['PROGRES_HARIAN_', [['progres-harian']]],
  ['REALISASI_', [['pelaksanaan']]],
  ['UMPAN_BALIK_', [['umpan-balik'], ['pelaksanaan']]],
  ['DIALOG_KINERJA', [['dialog-kinerja']]],
  ['PENILAIAN_DIRI_', [['penilaian']]],
  ['EVALUASI_', [['penilaian'], ['riwayat']]],
  ['DELEGASI_', [['penilaian']]],
  ['KEBERATAN_', [['keberatan'], ['penilaian']]],
  ['PREDIKAT_ORGANISASI_', [['kurva'], ['penilaian']]],
  ['RENCANA_PERBAIKAN_', [['perbaikan']]],
]
const kunciTipe = (tipe: TipeNotifikasi) =>
  KUNCI_TIPE[tipe] ?? KUNCI_AWALAN.find(([awalan]) => tipe.startsWith(awalan))?.[1] ?? []

/** A new notification, live to its recipient's tabs (on commit): the bell, the Beranda, the queries it changes. */
export function terbitkanNotifikasi(
  tx: Db,
  n: { id: string; tipe: TipeNotifikasi | null; penerimaPegawaiId: string },
  segarkanJuga: KunciQuery[] = [],
) {
  if (!n.tipe) return segarkan(tx, n.penerimaPegawaiId, KUNCI_SELALU)
  const kunci = [...kunciTipe(n.tipe), ...segarkanJuga]
  return terbitkan(tx, n.penerimaPegawaiId, { jenis: 'notifikasi', id: n.id, tipe: n.tipe, kunci })
}
