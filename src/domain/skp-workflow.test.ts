import { describe, expect, it } from 'vitest'
import {
  SKP_AKSI,
  SKP_PERAN,
  SKP_STATUS,
  aksiTersedia,
  cekCatatanSkp,
  skpTerkunci,
  transisiSkp,
  type SkpAksi,
  type SkpPeran,
  type SkpStatus,
} from './skp-workflow.ts'

// Written by hand from DOMAIN §2, not from the implementation.
// Cell = resulting status, or TS (SKP.TRANSISI_TIDAK_SAH) / BW (SKP.BUKAN_WEWENANG).
type Sel = SkpStatus | 'TS' | 'BW'
const TS = 'TS'
const BW = 'BW'

// prettier-ignore
const TABEL: [SkpAksi, SkpPeran, { draft: Sel; diajukan: Sel; disetujui: Sel; dikembalikan: Sel }][] = [
  ['ubah',       'pemilik',        { draft: 'draft',    diajukan: TS,             disetujui: TS,          dikembalikan: 'draft' }],
  ['ubah',       'penilai',        { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['ubah',       'admin_instansi', { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['ubah',       'admin_nasional', { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['ubah',       'lain',           { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],

  ['ajukan',     'pemilik',        { draft: 'diajukan', diajukan: TS,             disetujui: TS,          dikembalikan: 'diajukan' }],
  ['ajukan',     'penilai',        { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['ajukan',     'admin_instansi', { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['ajukan',     'admin_nasional', { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['ajukan',     'lain',           { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],

  ['tarik',      'pemilik',        { draft: TS,         diajukan: 'draft',        disetujui: TS,          dikembalikan: TS }],
  ['tarik',      'penilai',        { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['tarik',      'admin_instansi', { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['tarik',      'admin_nasional', { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['tarik',      'lain',           { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],

  ['setujui',    'pemilik',        { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['setujui',    'penilai',        { draft: TS,         diajukan: 'disetujui',    disetujui: TS,          dikembalikan: TS }],
  ['setujui',    'admin_instansi', { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['setujui',    'admin_nasional', { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['setujui',    'lain',           { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],

  ['kembalikan', 'pemilik',        { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['kembalikan', 'penilai',        { draft: TS,         diajukan: 'dikembalikan', disetujui: TS,          dikembalikan: TS }],
  ['kembalikan', 'admin_instansi', { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['kembalikan', 'admin_nasional', { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['kembalikan', 'lain',           { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],

  ['buka',       'pemilik',        { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
  ['buka',       'penilai',        { draft: TS,         diajukan: TS,             disetujui: 'draft',     dikembalikan: TS }],
  ['buka',       'admin_instansi', { draft: TS,         diajukan: TS,             disetujui: 'draft',     dikembalikan: TS }],
  ['buka',       'admin_nasional', { draft: TS,         diajukan: TS,             disetujui: 'draft',     dikembalikan: TS }],
  ['buka',       'lain',           { draft: BW,         diajukan: BW,             disetujui: BW,          dikembalikan: BW }],
]

const KASUS = TABEL.flatMap(([aksi, peran, sel]) =>
  SKP_STATUS.map((status) => [aksi, peran, status, sel[status]] as const),
)

function harapan(sel: Sel) {
  if (sel === TS) return { ok: false, code: 'SKP.TRANSISI_TIDAK_SAH' }
  if (sel === BW) return { ok: false, code: 'SKP.BUKAN_WEWENANG' }
  return { ok: true, ke: sel }
}

describe('transisiSkp: every action × role × state', () => {
  it('the table covers all 6 × 5 × 4 cells exactly once', () => {
    expect(KASUS).toHaveLength(SKP_AKSI.length * SKP_PERAN.length * SKP_STATUS.length)
    expect(new Set(KASUS.map(([a, p, s]) => `${a}/${p}/${s}`)).size).toBe(120)
  })

  it.each(KASUS)('%s by %s from %s → %s', (aksi, peran, status, sel) => {
    expect(transisiSkp(status, aksi, peran)).toEqual(harapan(sel))
  })
})

describe('aksiTersedia', () => {
  it.each<[SkpStatus, SkpPeran, SkpAksi[]]>([
    ['draft', 'pemilik', ['ubah', 'ajukan']],
    ['dikembalikan', 'pemilik', ['ubah', 'ajukan']],
    ['diajukan', 'pemilik', ['tarik']],
    ['disetujui', 'pemilik', []],
    ['diajukan', 'penilai', ['setujui', 'kembalikan']],
    ['disetujui', 'penilai', ['buka']],
    ['disetujui', 'admin_instansi', ['buka']],
    ['diajukan', 'admin_nasional', []],
    ['disetujui', 'lain', []],
  ])('%s for %s → %j', (status, peran, aksi) => {
    expect(aksiTersedia(status, peran)).toEqual(aksi)
  })
})

describe('skpTerkunci', () => {
  it.each<[SkpStatus, boolean]>([
    ['draft', false],
    ['diajukan', false],
    ['disetujui', true],
    ['dikembalikan', false],
  ])('%s → %s', (status, terkunci) => {
    expect(skpTerkunci(status)).toBe(terkunci)
  })
})

describe('cekCatatanSkp: kembalikan needs a note', () => {
  it.each<[SkpAksi, string | null | undefined, boolean]>([
    ['kembalikan', 'Target IKI 2 belum terukur', true],
    ['kembalikan', '', false],
    ['kembalikan', '   \n', false],
    ['kembalikan', null, false],
    ['kembalikan', undefined, false],
    ['setujui', undefined, true],
    ['buka', null, true],
    ['ajukan', '', true],
  ])('%s with %j → ok %s', (aksi, catatan, ok) => {
    expect(cekCatatanSkp(aksi, catatan)).toEqual(ok ? { ok: true } : { ok: false, code: 'SKP.CATATAN_WAJIB' })
  })
})
