/**
 * Pejabat penilai kinerja and atasan pejabat penilai of a pegawai on a date. PermenPANRB 6/2022:
 * the penilai is the atasan langsung, derived from the unor tree; admin may override. DOMAIN.md §1.
 * Pure: works on data the caller loaded (one instansi's units, assignments and overrides).
 */
import { ALASAN_ATASAN, JENIS_PENUGASAN, type AtasanAlasan, type JenisPenugasan } from '../shared/enums.ts'

export interface UnitRef {
  id: string
  parentId: string | null
}

export { JENIS_PENUGASAN, type JenisPenugasan }

export interface PenugasanRef {
  id: string
  pegawaiId: string
  unitId: string
  isKepala: boolean
  jenis: JenisPenugasan
  mulai: string // yyyy-mm-dd
  selesai: string | null // inclusive, null = open
}

export interface AtasanOverrideRef {
  pegawaiId: string
  atasanPegawaiId: string
  mulai: string
  selesai: string | null
}

export interface PenilaiResult {
  pegawaiId: string
  penugasanId: string // the position in which this person assesses
  unitId: string
  isPltPlh: boolean
  sumber: 'pohon' | 'override'
}

export { ALASAN_ATASAN, type AtasanAlasan }

export interface ResolvePenilaiOutput {
  penugasan: PenugasanRef | null // the pegawai's own position on the date
  penilai: PenilaiResult | null
  atasanPenilai: PenilaiResult | null
  /**
   * The atasan penilai is the instansi's non-ASN official (Bupati, Menteri …): the penilai is the top
   * leader, or heads a unit directly under the non-ASN official (DOMAIN §1; issue 6 item 4).
   */
  atasanPenilaiNonAsn: boolean
  alasan: AtasanAlasan
}

export interface DataAtasan {
  units: UnitRef[]
  penugasan: PenugasanRef[]
  overrides: AtasanOverrideRef[]
}

export function activeOn(p: { mulai: string; selesai: string | null }, tanggal: string): boolean {
  return p.mulai <= tanggal && (p.selesai === null || tanggal <= p.selesai)
}

// definitif before Plt before Plh (a Plh stands in only for days); then the latest start, then id
const PERINGKAT_JENIS: Record<JenisPenugasan, number> = { definitif: 0, plt: 1, plh: 2 }

function lebihUtama(a: PenugasanRef, b: PenugasanRef): number {
  const jenis = PERINGKAT_JENIS[a.jenis] - PERINGKAT_JENIS[b.jenis]
  if (jenis !== 0) return jenis
  if (a.mulai !== b.mulai) return a.mulai > b.mulai ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

interface Indeks {
  parent: Map<string, string | null>
  perPegawai: Map<string, PenugasanRef[]>
  kepalaPerUnit: Map<string, PenugasanRef[]>
  perId: Map<string, PenugasanRef>
  overrides: Map<string, AtasanOverrideRef[]>
}

function kelompok<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>()
  for (const t of items) {
    const k = key(t)
    const list = m.get(k)
    if (list) list.push(t)
    else m.set(k, [t])
  }
  return m
}

function buatIndeks(data: DataAtasan, tanggal: string): Indeks {
  const aktif = data.penugasan.filter((p) => activeOn(p, tanggal))
  return {
    parent: new Map(data.units.map((u) => [u.id, u.parentId])),
    perPegawai: kelompok(aktif, (p) => p.pegawaiId),
    kepalaPerUnit: kelompok(
      aktif.filter((p) => p.isKepala),
      (p) => p.unitId,
    ),
    perId: new Map(aktif.map((p) => [p.id, p])),
    overrides: kelompok(
      data.overrides.filter((o) => activeOn(o, tanggal) && o.atasanPegawaiId !== o.pegawaiId),
      (o) => o.pegawaiId,
    ),
  }
}

function utama(list: PenugasanRef[] | undefined): PenugasanRef | null {
  return list && list.length > 0 ? [...list].sort(lebihUtama)[0] : null
}

function sebagaiPenilai(p: PenugasanRef, sumber: PenilaiResult['sumber']): PenilaiResult {
  return {
    pegawaiId: p.pegawaiId,
    penugasanId: p.id,
    unitId: p.unitId,
    isPltPlh: p.jenis !== 'definitif',
    sumber,
  }
}

type Temuan = { penilai: PenilaiResult | null; alasan: AtasanAlasan }

function alasanPohon(lewatKosong: boolean, unitSendiri: boolean): AtasanAlasan {
  if (lewatKosong) return 'JABATAN_KOSONG_NAIK'
  return unitSendiri ? 'KEPALA_UNIT_SENDIRI' : 'KEPALA_UNIT_INDUK'
}

/**
 * Walk up the unor tree from the position; skip vacant heads and the people in `bukan` (oneself, …).
 * A root unit without an ASN head, reached from a unit below it, stands for the non-ASN official's office
 * (a Kementerian under its Menteri, a Pemda under its Bupati): the heads of its child units (Sekjen, Dirjen,
 * Irjen; Sekda, Inspektur) are assessed by that official — the top (PIMPINAN_TERTINGGI), never a vacancy.
 */
function cariDiPohon(ix: Indeks, bukan: ReadonlySet<string>, posisi: PenugasanRef): Temuan {
  const naik = (unitId: string) => ix.parent.get(unitId) ?? null
  let unitId = posisi.isKepala ? naik(posisi.unitId) : posisi.unitId
  let kosong = false
  const dilihat = new Set<string>()
  while (unitId !== null && !dilihat.has(unitId)) {
    dilihat.add(unitId)
    const kepala = utama(ix.kepalaPerUnit.get(unitId))
    if (kepala && !bukan.has(kepala.pegawaiId)) {
      return {
        penilai: sebagaiPenilai(kepala, 'pohon'),
        alasan: alasanPohon(kosong, unitId === posisi.unitId),
      }
    }
    const kantorPejabatNonAsn = naik(unitId) === null && unitId !== posisi.unitId
    kosong ||= kepala === null && !kantorPejabatNonAsn
    unitId = naik(unitId)
  }
  return { penilai: null, alasan: kosong ? 'JABATAN_KOSONG_NAIK' : 'PIMPINAN_TERTINGGI' }
}

/**
 * An admin override wins while its target holds a position; a stale one falls back to the tree.
 * Nobody in `bukan` (by default oneself) is ever the answer.
 */
function cariPenilai(
  ix: Indeks,
  pegawaiId: string,
  posisi: PenugasanRef,
  bukan: ReadonlySet<string> = new Set([pegawaiId]),
): Temuan {
  // the most recently started override first
  const overrides = [...(ix.overrides.get(pegawaiId) ?? [])].sort((a, b) => b.mulai.localeCompare(a.mulai))
  for (const o of overrides) {
    if (bukan.has(o.atasanPegawaiId)) continue
    const posisiAtasan = utama(ix.perPegawai.get(o.atasanPegawaiId))
    if (posisiAtasan) return { penilai: sebagaiPenilai(posisiAtasan, 'override'), alasan: 'OVERRIDE' }
  }
  return cariDiPohon(ix, bukan, posisi)
}

/**
 * The penilai of the penilai, from the position in which the penilai assesses (for a Plt: the
 * acting post). Never the pegawai themselves: when the penilai's own penilai would be the pegawai (an
 * override looping back, or a staff member who is also Plt/Plh of a unit above their penilai), that step
 * is skipped and the next one up answers.
 */
function cariAtasanPenilai(
  ix: Indeks,
  pegawaiId: string,
  penilai: PenilaiResult | null,
): Pick<ResolvePenilaiOutput, 'atasanPenilai' | 'atasanPenilaiNonAsn'> {
  const posisiPenilai = penilai ? ix.perId.get(penilai.penugasanId) : undefined
  if (!penilai || !posisiPenilai) return { atasanPenilai: null, atasanPenilaiNonAsn: false }
  const atasan = cariPenilai(ix, penilai.pegawaiId, posisiPenilai, new Set([penilai.pegawaiId, pegawaiId]))
  return { atasanPenilai: atasan.penilai, atasanPenilaiNonAsn: atasan.alasan === 'PIMPINAN_TERTINGGI' }
}

function resolveDenganIndeks(ix: Indeks, pegawaiId: string): ResolvePenilaiOutput {
  const penugasan = utama(ix.perPegawai.get(pegawaiId))
  if (!penugasan) {
    return {
      penugasan: null,
      penilai: null,
      atasanPenilai: null,
      atasanPenilaiNonAsn: false,
      alasan: 'TIDAK_ADA_PENUGASAN',
    }
  }
  const { penilai, alasan } = cariPenilai(ix, pegawaiId, penugasan)
  return { penugasan, penilai, ...cariAtasanPenilai(ix, pegawaiId, penilai), alasan }
}

/**
 * Own position on the date: the active definitif assignment, else an active Plt, else Plh.
 * Penilai: override, else the head of the own unit (staff) or of the parent unit (a head), going up
 * past vacant heads and never to oneself (a Plt head of their own unit goes to the parent).
 */
export function resolvePenilai(data: DataAtasan, pegawaiId: string, tanggal: string): ResolvePenilaiOutput {
  return resolveDenganIndeks(buatIndeks(data, tanggal), pegawaiId)
}

/** Same as resolvePenilai for many pegawai on one date, indexing the data once. */
export function resolvePenilaiBanyak(
  data: DataAtasan,
  pegawaiIds: string[],
  tanggal: string,
): Map<string, ResolvePenilaiOutput> {
  const ix = buatIndeks(data, tanggal)
  return new Map(pegawaiIds.map((id) => [id, resolveDenganIndeks(ix, id)]))
}
