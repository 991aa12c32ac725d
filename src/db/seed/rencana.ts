import { randomUUID } from 'node:crypto'
import type { instansi, penugasan } from '../schema/index.ts'
import type { JabatanKatalog } from './katalog.ts'
import { buatOrang, type KonteksOrang, type Orang, type OrangOpsi } from './pegawai.ts'
import { mulberry32, pad2, type Rng } from './prng.ts'
import { ratakanPohon, type PohonRencana, type UnitRencana, type UnitSpec } from './unor-tree.ts'

/** Ages, years of service and assignment dates are computed against this year, never against today. */
export const TAHUN_ACUAN = 2026

export type InstansiRow = typeof instansi.$inferInsert & { id: string }
export type PenugasanRow = typeof penugasan.$inferInsert & { id: string }

export interface InstansiDef {
  instansi: Omit<InstansiRow, 'id'>
  struktur: UnitSpec
  /** The PRNG seed: each instansi has its own so adding people to one does not reshuffle the other. */
  seed: number
  /** Issuer code in the decree numbers of assignments ("BKPSDM" → 821.2/123/BKPSDM/2021). */
  penerbitSk: string
  /** The admin_instansi demo account (not tied to a pegawai). */
  admin: { username: string; nama: string; kunci: string }
}

/** One placed pegawai: the person, their current definitif assignment, the position kind. */
export interface Penempatan {
  orang: Orang
  penugasan: PenugasanRow
  katalog: JabatanKatalog
  unit: UnitRencana
}

export interface InstansiRencana {
  def: InstansiDef
  row: InstansiRow
  pohon: PohonRencana
  rng: Rng
  penempatan: Penempatan[]
  /** All assignments, incl. the extra ones of the special cases (Plt, mutasi history). */
  penugasan: PenugasanRow[]
  /** Definitif head of each unit by unit code (a vacant head has none). */
  kepalaPerKode: Map<string, Penempatan>
  /** Staff (non-head) of each unit by unit code, in spec order. */
  stafPerKode: Map<string, Penempatan[]>
}

/**
 * Start of the current definitif assignment: in a past year, after the first appointment. Heads were
 * rotated more recently than staff. PPPK start with their contract.
 */
function mulaiPenugasan(rng: Rng, o: Orang, kepala: boolean): string {
  if (o.row.jenisAsn !== 'pns') return `${o.tahunTmt}-${rng.pick(['03', '04', '07'])}-01`
  const dari = Math.max(o.tahunTmt + 1, TAHUN_ACUAN - (kepala ? 6 : 10))
  const tahun = rng.int(Math.min(dari, TAHUN_ACUAN - 1), TAHUN_ACUAN - 1)
  return `${tahun}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}`
}

function tempatkan(
  r: InstansiRencana,
  k: KonteksOrang,
  def: InstansiDef,
  u: UnitRencana,
  pos: { jabatanId: string; katalog: JabatanKatalog },
  o: OrangOpsi,
) {
  const orang = buatOrang(k, pos.katalog, u.bidang, o)
  const kepala = !!o.kepala
  const mulai = mulaiPenugasan(r.rng, orang, kepala)
  const p: PenugasanRow = {
    id: randomUUID(),
    instansiId: r.row.id,
    pegawaiId: orang.row.id,
    unorId: u.row.id,
    jabatanId: pos.jabatanId,
    isKepala: kepala,
    jenis: 'definitif',
    mulai,
    selesai: null,
    nomorSk: `821.2/${r.rng.int(100, 999)}/${def.penerbitSk}/${mulai.slice(0, 4)}`,
  }
  const hasil: Penempatan = { orang, penugasan: p, katalog: pos.katalog, unit: u }
  r.penempatan.push(hasil)
  r.penugasan.push(p)
  return hasil
}

const jumlah = (rng: Rng, n: number | readonly [number, number]) =>
  typeof n === 'number' ? n : rng.int(n[0], n[1])

/** Plan one instansi: rows for the instansi, its unor tree, jabatan, pegawai and their assignments. */
export function rencanakanInstansi(def: InstansiDef, dipakai: { nip: Set<string> }): InstansiRencana {
  const row: InstansiRow = { id: randomUUID(), ...def.instansi }
  const rng = mulberry32(def.seed)
  const r: InstansiRencana = {
    def,
    row,
    pohon: ratakanPohon(row.id, def.struktur),
    rng,
    penempatan: [],
    penugasan: [],
    kepalaPerKode: new Map(),
    stafPerKode: new Map(),
  }
  const k: KonteksOrang = {
    rng,
    instansiId: row.id,
    tahunAcuan: TAHUN_ACUAN,
    lokal: def.instansi.lokasi ?? 'Jakarta',
    nipDipakai: dipakai.nip,
    namaDipakai: new Set(),
  }
  for (const u of r.pohon.units) {
    const kode = u.row.kode!
    if (!u.spec.kepala.kosong) r.kepalaPerKode.set(kode, tempatkan(r, k, def, u, u.kepala, { kepala: true }))
    const staf: Penempatan[] = []
    for (const st of u.staf) {
      const n = jumlah(rng, st.spec.n)
      for (let i = 0; i < n; i++)
        staf.push(tempatkan(r, k, def, u, st, { status: st.spec.status, umur: st.spec.umur }))
    }
    r.stafPerKode.set(kode, staf)
  }
  return r
}
