import { describe, expect, it } from 'vitest'
import {
  aksiEvaluasi,
  aturanPimpinanBerlaku,
  dikecualikanPeriode,
  menungguEvaluasi,
  perluAlasanRating,
  periodeEvaluasiSkp,
  prefillTahunan,
  transisiEvaluasi,
  type AksiAlurEvaluasi,
  type KeadaanEvaluasi,
  type PeranEvaluasi,
} from './penilaian.ts'

const k = (o: Partial<KeadaanEvaluasi> = {}): KeadaanEvaluasi => ({
  status: 'draft',
  diriDiajukan: false,
  keberatanTerbuka: false,
  ...o,
})

describe('evaluation workflow: who × state × action', () => {
  const semuaPeran: PeranEvaluasi[] = ['penilai', 'pegawai', 'atasan_penilai', 'pembaca']
  const semuaStatus = ['draft', 'final', 'diterima', 'digantikan'] as const
  // the only allowed cells; every other combination is refused
  const boleh: [AksiAlurEvaluasi, PeranEvaluasi, (typeof semuaStatus)[number], string][] = [
    ['simpan', 'penilai', 'draft', 'draft'],
    ['finalisasi', 'penilai', 'draft', 'final'],
    ['terima', 'pegawai', 'final', 'diterima'],
    ['buka_kembali', 'atasan_penilai', 'final', 'draft'],
    ['buka_kembali', 'atasan_penilai', 'diterima', 'draft'],
    ['isi_diri', 'pegawai', 'draft', 'draft'],
    ['ajukan_diri', 'pegawai', 'draft', 'draft'],
  ]
  const aksiList: AksiAlurEvaluasi[] = [
    'simpan',
    'finalisasi',
    'terima',
    'buka_kembali',
    'isi_diri',
    'ajukan_diri',
  ]
  for (const aksi of aksiList)
    for (const peran of semuaPeran)
      for (const status of semuaStatus) {
        const cocok = boleh.find(([a, p, s]) => a === aksi && p === peran && s === status)
        const punyaPeran = boleh.some(([a, p]) => a === aksi && p === peran)
        it(`${peran} ${aksi} on ${status} → ${cocok ? cocok[3] : punyaPeran ? 409 : 403}`, () => {
          const h = transisiEvaluasi(k({ status }), aksi, [peran])
          if (cocok) expect(h).toEqual({ ok: true, ke: cocok[3] })
          else
            expect(h).toEqual({
              ok: false,
              code: punyaPeran ? 'EVALUASI.STATUS_TIDAK_SAH' : 'EVALUASI.BUKAN_WEWENANG',
            })
        })
      }

  it('a pending keberatan blocks the reopen', () => {
    expect(
      transisiEvaluasi(k({ status: 'final', keberatanTerbuka: true }), 'buka_kembali', ['atasan_penilai']),
    ).toEqual({ ok: false, code: 'EVALUASI.KEBERATAN_TERBUKA' })
  })
  it('a submitted penilaian diri is closed; the penilai still rates', () => {
    const s = k({ diriDiajukan: true })
    expect(aksiEvaluasi(s, ['pegawai'])).toEqual([])
    expect(aksiEvaluasi(s, ['penilai'])).toEqual(['simpan', 'finalisasi'])
  })
  it.each([
    [k(), ['penilai'], true],
    [k(), ['pegawai'], false],
    [k({ status: 'final' }), ['pegawai'], true],
    [k({ status: 'final' }), ['penilai'], false],
    [k({ status: 'diterima' }), ['pegawai'], false],
  ] as const)('waiting %o %o → %s', (s, p, w) => expect(menungguEvaluasi(s, [...p])).toBe(w))
})

describe('periods of an SKP', () => {
  it('a whole-year SKP: every quarter and FINAL from 1 December', () => {
    const p = periodeEvaluasiSkp(
      { tahun: 2026, mulai: '2026-01-01', selesai: '2026-12-31' },
      'triwulan',
      true,
    )
    expect(p.map((x) => [x.kode, x.bisaDinilaiMulai])).toEqual([
      ['TW1', '2026-03-01'],
      ['TW2', '2026-06-01'],
      ['TW3', '2026-09-01'],
      ['TW4', '2026-12-01'],
      ['FINAL', '2026-12-01'],
    ])
  })
  it('an SKP ended by a mutasi: its periods only, cut, no FINAL unless it is the last', () => {
    const s = { tahun: 2026, mulai: '2026-01-01', selesai: '2026-05-14' }
    expect(
      periodeEvaluasiSkp(s, 'triwulan', false).map((x) => [x.kode, x.selesai, x.bisaDinilaiMulai]),
    ).toEqual([
      ['TW1', '2026-03-31', '2026-03-01'],
      ['TW2', '2026-05-14', '2026-05-01'],
    ])
  })
  it('the last SKP starting mid-year: FINAL from its last month', () => {
    const p = periodeEvaluasiSkp(
      { tahun: 2026, mulai: '2026-05-15', selesai: '2026-12-31' },
      'semester',
      true,
    )
    expect(p.map((x) => [x.kode, x.mulai, x.bisaDinilaiMulai])).toEqual([
      ['S1', '2026-05-15', '2026-06-01'],
      ['S2', '2026-07-01', '2026-12-01'],
      ['FINAL', '2026-05-15', '2026-12-01'],
    ])
  })
})

describe('exempt, leader rule, ratings', () => {
  const r = { mulai: '2026-04-01', selesai: '2026-06-30' }
  it.each([
    ['aktif', null, null, false],
    ['cltn', null, null, true],
    ['cltn', '2026-05-01', null, false], // part of the period: evaluated
    ['cltn', '2026-01-01', '2026-12-31', true],
    ['tugas_belajar', null, null, false], // not in the list given
  ] as const)('%s %s–%s exempt: %s', (status, mulai, selesai, hasil) =>
    expect(dikecualikanPeriode(r, { status, statusMulai: mulai, statusSelesai: selesai }, ['cltn'])).toBe(
      hasil,
    ),
  )
  const aturan = { pimpinanJenisJabatan: ['jpt_pratama', 'administrator'], pimpinanTermasukPlt: false }
  it.each([
    [{ kepalaUnit: true, jenisJabatan: 'administrator', plt: false }, aturan, true],
    [{ kepalaUnit: true, jenisJabatan: 'pengawas', plt: false }, aturan, false],
    [{ kepalaUnit: false, jenisJabatan: 'administrator', plt: false }, aturan, false],
    [{ kepalaUnit: true, jenisJabatan: 'administrator', plt: true }, aturan, false],
    [
      { kepalaUnit: true, jenisJabatan: 'administrator', plt: true },
      { ...aturan, pimpinanTermasukPlt: true },
      true,
    ],
  ] as const)('%o under %o → %s', (posisi, a, hasil) => expect(aturanPimpinanBerlaku(posisi, a)).toBe(hasil))

  it.each([
    ['SESUAI', 'SESUAI', false],
    ['DI_ATAS', 'SESUAI', true],
    ['DI_ATAS', null, false],
    [null, 'SESUAI', false],
  ] as const)('rating %s vs saran %s needs a reason: %s', (r1, s, h) =>
    expect(perluAlasanRating(r1, s)).toBe(h),
  )

  it('FINAL prefill: the most frequent, a tie to the latest', () => {
    expect(prefillTahunan([])).toBeNull()
    expect(
      prefillTahunan([
        { ratingHasil: 'SESUAI', ratingPerilaku: 'DI_ATAS' },
        { ratingHasil: 'DI_ATAS', ratingPerilaku: 'SESUAI' },
        { ratingHasil: 'SESUAI', ratingPerilaku: null },
      ]),
    ).toEqual({ ratingHasil: 'SESUAI', ratingPerilaku: 'SESUAI' })
  })
})
