import { describe, expect, it } from 'vitest'
import {
  activeOn,
  resolvePenilai,
  resolvePenilaiBanyak,
  type AtasanAlasan,
  type AtasanOverrideRef,
  type DataAtasan,
  type JenisPenugasan,
  type PenugasanRef,
  type UnitRef,
} from './atasan.ts'

// A small pemerintah kabupaten:
//   setda (Sekda, top leader)
//   ├── dinkes (Kepala Dinas)
//   │   ├── sekr (Sekretaris)
//   │   ├── p2p (VACANT head)
//   │   │   └── surv (Kasi Surveilans)
//   │   └── yankes (no definitif head; staff "yani" is also Plt of her own unit)
//   └── bappeda (Plt + Plh heads; a definitif head from 1 Oct 2024)
const units: UnitRef[] = [
  { id: 'setda', parentId: null },
  { id: 'dinkes', parentId: 'setda' },
  { id: 'sekr', parentId: 'dinkes' },
  { id: 'p2p', parentId: 'dinkes' },
  { id: 'surv', parentId: 'p2p' },
  { id: 'yankes', parentId: 'dinkes' },
  { id: 'bappeda', parentId: 'setda' },
]

const THN = '2024-01-01'
function tugas(
  id: string,
  pegawaiId: string,
  unitId: string,
  isKepala: boolean,
  jenis: JenisPenugasan = 'definitif',
  mulai = THN,
  selesai: string | null = null,
): PenugasanRef {
  return { id, pegawaiId, unitId, isKepala, jenis, mulai, selesai }
}

const penugasan: PenugasanRef[] = [
  tugas('t-sekda', 'sekda', 'setda', true),
  tugas('t-kadin', 'kadin', 'dinkes', true),
  tugas('t-sekdin', 'sekdin', 'sekr', true),
  tugas('t-staf', 'staf', 'sekr', false),
  tugas('t-kasi', 'kasi', 'surv', true),
  tugas('t-surv', 'surveyor', 'surv', false),
  tugas('t-p2p', 'analis', 'p2p', false),
  tugas('t-yani', 'yani', 'yankes', false),
  tugas('t-yani-plt', 'yani', 'yankes', true, 'plt'),
  tugas('t-perawat', 'perawat', 'yankes', false),
  // bappeda: Plt all year, Plh only in March (Plt precedes Plh), definitif from October
  tugas('t-bp-plt', 'plt', 'bappeda', true, 'plt', THN, '2024-12-31'),
  tugas('t-bp-plt-def', 'plt', 'sekr', false),
  tugas('t-bp-plh', 'plh', 'bappeda', true, 'plh', '2024-03-01', '2024-03-31'),
  tugas('t-bp-plh-def', 'plh', 'bappeda', false),
  tugas('t-bp-kepala', 'kaban', 'bappeda', true, 'definitif', '2024-10-01'),
  // only a Plh head in a unit of its own, for "Plh when nothing else"
  tugas('t-ana', 'ana', 'bappeda', false),
  // mutasi: sekr until 30 June, bappeda from 1 July
  tugas('t-mut-1', 'mutan', 'sekr', false, 'definitif', THN, '2024-06-30'),
  tugas('t-mut-2', 'mutan', 'bappeda', false, 'definitif', '2024-07-01'),
  // override target with no position in May
  tugas('t-ov-stf', 'ovstaf', 'sekr', false),
]

const overrides: AtasanOverrideRef[] = [
  { pegawaiId: 'ovstaf', atasanPegawaiId: 'kadin', mulai: '2024-04-01', selesai: '2024-04-30' },
  { pegawaiId: 'ovstaf', atasanPegawaiId: 'pensiun', mulai: '2024-05-01', selesai: '2024-05-31' },
  { pegawaiId: 'ovstaf', atasanPegawaiId: 'ovstaf', mulai: '2024-06-01', selesai: '2024-06-30' },
  { pegawaiId: 'ovstaf', atasanPegawaiId: 'plt', mulai: '2024-08-01', selesai: null },
  // the penilai's own override also applies to the atasan penilai
  { pegawaiId: 'sekdin', atasanPegawaiId: 'sekda', mulai: '2024-09-01', selesai: '2024-09-30' },
]

const data: DataAtasan = { units, penugasan, overrides }

type Harapan = {
  penugasan: string | null
  penilai: [pegawaiId: string, penugasanId: string, isPltPlh: boolean, sumber: 'pohon' | 'override'] | null
  alasan: AtasanAlasan
  atasan: [pegawaiId: string, sumber: 'pohon' | 'override'] | null
}

// prettier-ignore
const KASUS: [string, string, string, Harapan][] = [
  ['staff → head of own unit', 'staf', '2024-02-01', { penugasan: 't-staf', penilai: ['sekdin', 't-sekdin', false, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['kadin', 'pohon'] }],
  ['unit head → head of parent', 'sekdin', '2024-02-01', { penugasan: 't-sekdin', penilai: ['kadin', 't-kadin', false, 'pohon'], alasan: 'KEPALA_UNIT_INDUK', atasan: ['sekda', 'pohon'] }],
  ['head under the top leader: atasan penilai is non-ASN', 'kadin', '2024-02-01', { penugasan: 't-kadin', penilai: ['sekda', 't-sekda', false, 'pohon'], alasan: 'KEPALA_UNIT_INDUK', atasan: null }],
  ['top leader', 'sekda', '2024-02-01', { penugasan: 't-sekda', penilai: null, alasan: 'PIMPINAN_TERTINGGI', atasan: null }],
  ['staff of a unit with a vacant head → goes up', 'analis', '2024-02-01', { penugasan: 't-p2p', penilai: ['kadin', 't-kadin', false, 'pohon'], alasan: 'JABATAN_KOSONG_NAIK', atasan: ['sekda', 'pohon'] }],
  ['head whose parent head is vacant → goes up', 'kasi', '2024-02-01', { penugasan: 't-kasi', penilai: ['kadin', 't-kadin', false, 'pohon'], alasan: 'JABATAN_KOSONG_NAIK', atasan: ['sekda', 'pohon'] }],
  ['staff under that head', 'surveyor', '2024-02-01', { penugasan: 't-surv', penilai: ['kasi', 't-kasi', false, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['kadin', 'pohon'] }],
  ['Plt head of own unit never assesses herself', 'yani', '2024-02-01', { penugasan: 't-yani', penilai: ['kadin', 't-kadin', false, 'pohon'], alasan: 'KEPALA_UNIT_INDUK', atasan: ['sekda', 'pohon'] }],
  ['staff under a Plt head', 'perawat', '2024-02-01', { penugasan: 't-perawat', penilai: ['yani', 't-yani-plt', true, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['kadin', 'pohon'] }],
  ['Plt precedes Plh', 'ana', '2024-03-15', { penugasan: 't-ana', penilai: ['plt', 't-bp-plt', true, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['sekda', 'pohon'] }],
  ['Plh staff is assessed by the Plt', 'plh', '2024-03-15', { penugasan: 't-bp-plh-def', penilai: ['plt', 't-bp-plt', true, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['sekda', 'pohon'] }],
  ['definitif precedes Plt', 'ana', '2024-10-01', { penugasan: 't-ana', penilai: ['kaban', 't-bp-kepala', false, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['sekda', 'pohon'] }],
  ['Plt assesses as head: atasan penilai from the Plt position', 'ana', '2024-05-01', { penugasan: 't-ana', penilai: ['plt', 't-bp-plt', true, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['sekda', 'pohon'] }],
  ['own position is the definitif one, not the Plt', 'plt', '2024-05-01', { penugasan: 't-bp-plt-def', penilai: ['sekdin', 't-sekdin', false, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['kadin', 'pohon'] }],
  ['mutasi: before the move', 'mutan', '2024-06-30', { penugasan: 't-mut-1', penilai: ['sekdin', 't-sekdin', false, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['kadin', 'pohon'] }],
  ['mutasi: on the move date', 'mutan', '2024-07-01', { penugasan: 't-mut-2', penilai: ['plt', 't-bp-plt', true, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['sekda', 'pohon'] }],
  ['before any assignment', 'mutan', '2023-12-31', { penugasan: null, penilai: null, alasan: 'TIDAK_ADA_PENUGASAN', atasan: null }],
  ['Plh on its last day still yields to the Plt', 'plh', '2024-03-31', { penugasan: 't-bp-plh-def', penilai: ['plt', 't-bp-plt', true, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['sekda', 'pohon'] }],
  ['unknown pegawai', 'tidak-ada', '2024-02-01', { penugasan: null, penilai: null, alasan: 'TIDAK_ADA_PENUGASAN', atasan: null }],
  ['override active', 'ovstaf', '2024-04-15', { penugasan: 't-ov-stf', penilai: ['kadin', 't-kadin', false, 'override'], alasan: 'OVERRIDE', atasan: ['sekda', 'pohon'] }],
  ['override: day before it starts', 'ovstaf', '2024-03-31', { penugasan: 't-ov-stf', penilai: ['sekdin', 't-sekdin', false, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['kadin', 'pohon'] }],
  ['override to someone without a position → tree', 'ovstaf', '2024-05-15', { penugasan: 't-ov-stf', penilai: ['sekdin', 't-sekdin', false, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['kadin', 'pohon'] }],
  ['override to oneself is ignored', 'ovstaf', '2024-06-15', { penugasan: 't-ov-stf', penilai: ['sekdin', 't-sekdin', false, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['kadin', 'pohon'] }],
  ['override to a Plt: their own (definitif) position', 'ovstaf', '2024-08-15', { penugasan: 't-ov-stf', penilai: ['plt', 't-bp-plt-def', false, 'override'], alasan: 'OVERRIDE', atasan: ['sekdin', 'pohon'] }],
  ['penilai overridden → atasan penilai from override', 'staf', '2024-09-15', { penugasan: 't-staf', penilai: ['sekdin', 't-sekdin', false, 'pohon'], alasan: 'KEPALA_UNIT_SENDIRI', atasan: ['sekda', 'override'] }],
]

describe('resolvePenilai', () => {
  it.each(KASUS)('%s (%s on %s)', (_label, pegawaiId, tanggal, h) => {
    const r = resolvePenilai(data, pegawaiId, tanggal)
    expect(r.penugasan?.id ?? null).toBe(h.penugasan)
    expect(r.alasan).toBe(h.alasan)
    const penilai = r.penilai && [
      r.penilai.pegawaiId,
      r.penilai.penugasanId,
      r.penilai.isPltPlh,
      r.penilai.sumber,
    ]
    expect(penilai).toEqual(h.penilai)
    expect(r.atasanPenilai && [r.atasanPenilai.pegawaiId, r.atasanPenilai.sumber]).toEqual(h.atasan)
  })

  it('resolvePenilaiBanyak gives the same answers', () => {
    const ids = ['staf', 'sekda', 'analis', 'yani', 'tidak-ada']
    const banyak = resolvePenilaiBanyak(data, ids, '2024-02-01')
    for (const id of ids) expect(banyak.get(id)).toEqual(resolvePenilai(data, id, '2024-02-01'))
  })
})

describe('resolvePenilai: edge trees', () => {
  const satu = (extra: PenugasanRef[], unitList: UnitRef[] = [{ id: 'u', parentId: null }]): DataAtasan => ({
    units: unitList,
    penugasan: extra,
    overrides: [],
  })

  const plhSaja = satu([tugas('h', 'h', 'u', true, 'plh', THN, '2024-06-01'), tugas('a', 'a', 'u', false)])
  const D = '2024-06-01'

  it.each<[string, DataAtasan, string, string, AtasanAlasan, string | null]>([
    [
      'staff in a unit whose whole chain is vacant',
      satu([tugas('a', 'a', 'u', false)]),
      'a',
      D,
      'JABATAN_KOSONG_NAIK',
      null,
    ],
    ['only a Plh head, on its last day', plhSaja, 'a', D, 'KEPALA_UNIT_SENDIRI', 'h'],
    ['only a Plh head, the day after it ends', plhSaja, 'a', '2024-06-02', 'JABATAN_KOSONG_NAIK', null],
    [
      'Plt head of the root with no definitif post',
      satu([tugas('p', 'p', 'u', true, 'plt')]),
      'p',
      D,
      'PIMPINAN_TERTINGGI',
      null,
    ],
    [
      'a unit cycle in bad data stops',
      satu(
        [tugas('a', 'a', 'x', false)],
        [
          { id: 'x', parentId: 'y' },
          { id: 'y', parentId: 'x' },
        ],
      ),
      'a',
      D,
      'JABATAN_KOSONG_NAIK',
      null,
    ],
    [
      'overrides looping back: atasan penilai is never oneself',
      {
        units: [{ id: 'u', parentId: null }],
        penugasan: [tugas('a', 'a', 'u', false), tugas('b', 'b', 'u', false)],
        overrides: [
          { pegawaiId: 'a', atasanPegawaiId: 'b', mulai: THN, selesai: null },
          { pegawaiId: 'b', atasanPegawaiId: 'a', mulai: THN, selesai: null },
        ],
      },
      'a',
      D,
      'OVERRIDE',
      'b',
    ],
    [
      'unit missing from the tree is a root',
      satu([tugas('a', 'a', 'hilang', true)]),
      'a',
      D,
      'PIMPINAN_TERTINGGI',
      null,
    ],
  ])('%s', (_label, d, pegawaiId, tanggal, alasan, penilaiId) => {
    const r = resolvePenilai(d, pegawaiId, tanggal)
    expect(r.alasan).toBe(alasan)
    expect(r.penilai?.pegawaiId ?? null).toBe(penilaiId)
    expect(r.atasanPenilai?.pegawaiId).not.toBe(pegawaiId)
  })
})

describe('resolvePenilai: the atasan penilai skips the pegawai themselves', () => {
  // setda (Sekda) > dinas (no definitif head: staff Ana of bidang is its Plt) > bidang (Kabid)
  const units: UnitRef[] = [
    { id: 'setda', parentId: null },
    { id: 'dinas', parentId: 'setda' },
    { id: 'bidang', parentId: 'dinas' },
  ]
  const d: DataAtasan = {
    units,
    penugasan: [
      tugas('t-sekda', 'sekda', 'setda', true),
      tugas('t-kabid', 'kabid', 'bidang', true),
      tugas('t-ana', 'ana', 'bidang', false),
      tugas('t-ana-plt', 'ana', 'dinas', true, 'plt'),
    ],
    overrides: [],
  }
  const D = '2024-06-01'

  it.each<[string, string, string, string | null]>([
    ['staff who is Plt of the unit above her penilai: the next head up', 'ana', 'kabid', 'sekda'],
    ['her penilai is assessed by her as Plt', 'kabid', 'ana', 'sekda'],
  ])('%s (%s)', (_label, pegawaiId, penilai, atasan) => {
    const r = resolvePenilai(d, pegawaiId, D)
    expect(r.penilai?.pegawaiId).toBe(penilai)
    expect(r.atasanPenilai?.pegawaiId ?? null).toBe(atasan)
  })

  it('an override of the penilai pointing back at the pegawai is passed over for the tree', () => {
    const o: AtasanOverrideRef = { pegawaiId: 'kabid', atasanPegawaiId: 'staf', mulai: THN, selesai: null }
    const r = resolvePenilai(
      { ...d, penugasan: [...d.penugasan, tugas('t-staf', 'staf', 'bidang', false)], overrides: [o] },
      'staf',
      D,
    )
    expect([r.penilai?.pegawaiId, r.atasanPenilai?.pegawaiId, r.atasanPenilai?.sumber]).toEqual([
      'kabid',
      'ana',
      'pohon',
    ])
  })
})

describe('activeOn', () => {
  it.each<[string, string | null, string, boolean]>([
    ['2024-01-01', null, '2023-12-31', false],
    ['2024-01-01', null, '2024-01-01', true],
    ['2024-01-01', null, '2099-12-31', true],
    ['2024-01-01', '2024-06-30', '2024-06-30', true],
    ['2024-01-01', '2024-06-30', '2024-07-01', false],
  ])('%s..%s on %s → %s', (mulai, selesai, tanggal, aktif) => {
    expect(activeOn({ mulai, selesai }, tanggal)).toBe(aktif)
  })
})

describe('resolvePenilai: the first ring under a non-ASN top leader (issue 6 item 4)', () => {
  // kementerian (the Menteri's office: no ASN head)
  // ├── setjen (Sekjen) ── staff "sekr-staf"
  // ├── ditjen (Dirjen) ── dit (Direktur) ── staff "analis"
  // └── itjen (Irjen)
  const units: UnitRef[] = [
    { id: 'kementerian', parentId: null },
    { id: 'setjen', parentId: 'kementerian' },
    { id: 'ditjen', parentId: 'kementerian' },
    { id: 'dit', parentId: 'ditjen' },
    { id: 'itjen', parentId: 'kementerian' },
  ]
  const data: DataAtasan = {
    units,
    penugasan: [
      tugas('t-sekjen', 'sekjen', 'setjen', true),
      tugas('t-sekr', 'sekr-staf', 'setjen', false),
      tugas('t-dirjen', 'dirjen', 'ditjen', true),
      tugas('t-dir', 'direktur', 'dit', true),
      tugas('t-analis', 'analis', 'dit', false),
      tugas('t-irjen', 'irjen', 'itjen', true),
      tugas('t-menteri-staf', 'staf-menteri', 'kementerian', false),
    ],
    overrides: [],
  }
  const D = '2024-06-01'

  it.each<[string, string, AtasanAlasan, string | null, string | null, boolean]>([
    // label, pegawai, alasan, penilai, atasan penilai (ASN), atasan penilai is the non-ASN official
    ['Sekjen: assessed by the Menteri, never "vacant"', 'sekjen', 'PIMPINAN_TERTINGGI', null, null, false],
    ['Dirjen: the same', 'dirjen', 'PIMPINAN_TERTINGGI', null, null, false],
    ['Irjen: the same', 'irjen', 'PIMPINAN_TERTINGGI', null, null, false],
    [
      'Direktur: penilai Dirjen, atasan penilai the Menteri',
      'direktur',
      'KEPALA_UNIT_INDUK',
      'dirjen',
      null,
      true,
    ],
    [
      'staff of the Setjen: penilai Sekjen, atasan penilai the Menteri',
      'sekr-staf',
      'KEPALA_UNIT_SENDIRI',
      'sekjen',
      null,
      true,
    ],
    [
      'staff under the Direktur: an ASN chain all the way',
      'analis',
      'KEPALA_UNIT_SENDIRI',
      'direktur',
      'dirjen',
      false,
    ],
    [
      'staff placed in the headless root itself: a real vacancy',
      'staf-menteri',
      'JABATAN_KOSONG_NAIK',
      null,
      null,
      false,
    ],
  ])('%s', (_label, pegawaiId, alasan, penilai, atasan, nonAsn) => {
    const r = resolvePenilai(data, pegawaiId, D)
    expect(r.alasan).toBe(alasan)
    expect(r.penilai?.pegawaiId ?? null).toBe(penilai)
    expect(r.atasanPenilai?.pegawaiId ?? null).toBe(atasan)
    expect(r.atasanPenilaiNonAsn).toBe(nonAsn)
  })

  it('a kabupaten: heads under the Sekda have the Bupati as atasan penilai', () => {
    const kadin = resolvePenilai(
      {
        units: [
          { id: 'setda', parentId: null },
          { id: 'dinkes', parentId: 'setda' },
        ],
        penugasan: [tugas('s', 'sekda', 'setda', true), tugas('k', 'kadin', 'dinkes', true)],
        overrides: [],
      },
      'kadin',
      D,
    )
    expect(kadin.penilai?.pegawaiId).toBe('sekda')
    expect(kadin.atasanPenilai).toBeNull()
    expect(kadin.atasanPenilaiNonAsn).toBe(true)
  })
})
