import { describe, expect, it } from 'vitest'
import { KOLOM_PEGAWAI, type KolomPegawai } from '../src/modules/impor/impor-kolom.ts'
import type { NilaiSel } from '../src/modules/impor/impor-nilai.ts'
import type { BarisMentah } from '../src/modules/impor/impor-tipe.ts'
import { kumpulkanKonteksBerkas } from '../src/modules/impor/pegawai-konteks.rules.ts'
import { validasiBarisPegawai, type KonteksPegawai } from '../src/modules/impor/pegawai-validasi.rules.ts'

/** A valid row of a fungsional PNS in a unit the instansi has. */
const DASAR: Partial<Record<KolomPegawai, NilaiSel>> = {
  NIP: '199001012015031001',
  NAMA: 'Budi Santoso',
  GELAR_DEPAN: '',
  GELAR_BELAKANG: 'S.Kom.',
  JENIS_KELAMIN: 'L',
  TEMPAT_LAHIR: 'Bandung',
  TANGGAL_LAHIR: '01-01-1990',
  STATUS_ASN: 'PNS',
  GOLONGAN: 'III/b',
  PANGKAT: '',
  JABATAN: 'Pranata Komputer Ahli Pertama',
  JENIS_JABATAN: 'FUNGSIONAL',
  JENJANG: 'AHLI PERTAMA',
  KEPALA_UNOR: 'N',
  UNOR: 'Bidang Aplikasi Informatika',
  UNOR_INDUK: '',
  TMT_JABATAN: '2024-03-01',
  STATUS_KEPEGAWAIAN: '',
  EMAIL: 'budi@contoh.go.id',
}

function cek(
  ubah: Partial<Record<KolomPegawai, NilaiSel>>,
  o: { lain?: BarisMentah<KolomPegawai>[]; instansiLain?: string[] } = {},
) {
  const raw: BarisMentah<KolomPegawai> = { baris: 2, nilai: { ...DASAR, ...ubah } }
  const berkas = kumpulkanKonteksBerkas([raw, ...(o.lain ?? [])])
  const ctx: KonteksPegawai = {
    kolomAda: new Set(KOLOM_PEGAWAI),
    ...berkas,
    nipInstansiLain: new Set(o.instansiLain ?? []),
    unorKode: new Set(['diskominfo-aptika']),
    unorNama: new Set(['bidang aplikasi informatika', 'dinas komunikasi dan informatika']),
  }
  return validasiBarisPegawai(raw, ctx)
}
const kesalahan = (h: ReturnType<typeof cek>) =>
  'kesalahan' in h ? h.kesalahan.map((k) => [k.kolom, k.pesan.id]) : []
const data = (h: ReturnType<typeof cek>) => {
  if (!('data' in h)) throw new Error(JSON.stringify(h.kesalahan))
  return h.data
}

describe('validasiBarisPegawai: clean data', () => {
  it('keeps a birth date or gender that disagrees with the NIP (a stored warning, not an error: DOMAIN §1)', () => {
    expect(data(cek({ JENIS_KELAMIN: 'P', TANGGAL_LAHIR: '02-01-1990' }))).toMatchObject({
      nip: '199001012015031001',
      jenisKelamin: 'P',
      tanggalLahir: '1990-01-02',
    })
  })

  it('returns normalised data for a valid row; the empty PANGKAT comes from the golongan', () => {
    expect(data(cek({}))).toMatchObject({
      baris: 2,
      nip: '199001012015031001',
      jenisKelamin: 'L',
      tanggalLahir: '1990-01-01',
      jenisAsn: 'pns',
      golongan: 'III/b',
      pangkat: 'Penata Muda Tingkat I',
      status: undefined,
      gelarDepan: null,
      jabatan: {
        nama: 'Pranata Komputer Ahli Pertama',
        jenis: 'fungsional',
        jenjang: 'ahli_pertama',
        isKepala: false,
      },
      tmtJabatan: '2024-03-01',
    })
  })

  it.each<[string, Partial<Record<KolomPegawai, NilaiSel>>, Record<string, unknown>]>([
    [
      'stray spaces and a spaced NIP',
      { NIP: ' 19900101 201503 1 001 ', NAMA: '  Budi \u00a0 Santoso ' },
      { nip: '199001012015031001', nama: 'Budi Santoso' },
    ],
    ["Excel's text apostrophe on the NIP", { NIP: "'199001012015031001" }, { nip: '199001012015031001' }],
    ['dd/mm/yyyy', { TANGGAL_LAHIR: '01/01/1990', TMT_JABATAN: '1/3/2024' }, { tmtJabatan: '2024-03-01' }],
    [
      'an Excel serial number (CSV text)',
      { TANGGAL_LAHIR: '32874', TMT_JABATAN: '45352' },
      { tanggalLahir: '1990-01-01', tmtJabatan: '2024-03-01' },
    ],
    ['an Excel serial number (XLSX cell)', { TMT_JABATAN: 45352 }, { tmtJabatan: '2024-03-01' }],
    ['a date cell', { TMT_JABATAN: new Date(Date.UTC(2024, 2, 1)) }, { tmtJabatan: '2024-03-01' }],
    ['gender 1/2 and M/F', { JENIS_KELAMIN: 'M' }, { jenisKelamin: 'L' }],
    [
      'gender and birth date taken from the NIP when empty',
      { JENIS_KELAMIN: '', TANGGAL_LAHIR: '' },
      { jenisKelamin: 'L', tanggalLahir: '1990-01-01' },
    ],
    [
      'case-insensitive enums',
      { STATUS_ASN: 'pns', JENIS_JABATAN: 'Fungsional', JENJANG: 'ahli pertama', GOLONGAN: 'iii / B' },
      { golongan: 'III/b' },
    ],
    [
      'PPPK with a Roman golongan',
      {
        NIP: '199001012021211001',
        STATUS_ASN: 'PPPK',
        GOLONGAN: 'ix',
        JENIS_JABATAN: 'PELAKSANA',
        JENJANG: '',
      },
      { jenisAsn: 'pppk', golongan: 'IX', pangkat: null },
    ],
    [
      'PPPK paruh waktu without golongan',
      { STATUS_ASN: 'PPPK PARUH WAKTU', GOLONGAN: '', JENIS_JABATAN: 'PELAKSANA', JENJANG: '' },
      { jenisAsn: 'pppk_paruh_waktu', golongan: null },
    ],
    [
      'a unit head on a structural position',
      { KEPALA_UNOR: 'Y', JENIS_JABATAN: 'ADMINISTRATOR', JENJANG: '' },
      { jabatan: expect.objectContaining({ isKepala: true }) },
    ],
    [
      'a unit by its SIASN code',
      { UNOR: 'DISKOMINFO-APTIKA', UNOR_INDUK: 'tidak dipakai' },
      { unor: 'DISKOMINFO-APTIKA', unorInduk: null },
    ],
    [
      'a new unit under a known parent',
      { UNOR: 'Seksi Baru', UNOR_INDUK: 'Dinas Komunikasi dan Informatika' },
      { unor: 'Seksi Baru' },
    ],
    ['employment status', { STATUS_KEPEGAWAIAN: 'Masa Persiapan Pensiun' }, { status: 'mpp' }],
  ])('accepts %s', (_n, ubah, harap) => {
    expect(data(cek(ubah))).toMatchObject(harap)
  })

  it('accepts a parent unit that another row of the file defines', () => {
    const lain = {
      baris: 3,
      nilai: {
        ...DASAR,
        NIP: '199001012015031002',
        UNOR: 'Bidang Baru',
        UNOR_INDUK: 'Dinas Komunikasi dan Informatika',
      },
    }
    expect(data(cek({ UNOR: 'Seksi X', UNOR_INDUK: 'Bidang Baru' }, { lain: [lain] })).unorInduk).toBe(
      'Bidang Baru',
    )
    expect(data(cek({ UNOR: 'Bidang Baru', UNOR_INDUK: '' }, { lain: [lain] })).unor).toBe('Bidang Baru')
  })
})

describe('validasiBarisPegawai: every rule reports its column and reason', () => {
  it.each<[string, Partial<Record<KolomPegawai, NilaiSel>>, [string, string | RegExp][]]>([
    ['empty NIP', { NIP: '' }, [['NIP', 'NIP wajib diisi']]],
    ['NIP not 18 digits', { NIP: '19900101201503100' }, [['NIP', 'NIP harus 18 digit angka']]],
    ['NIP with letters', { NIP: '19900101201503100A' }, [['NIP', 'NIP harus 18 digit angka']]],
    [
      'NIP with an impossible birth date',
      { NIP: '199002302015031001', TANGGAL_LAHIR: '' },
      [['NIP', 'Tanggal lahir pada NIP (digit 1–8) tidak valid']],
    ],
    [
      'NIP with an impossible TMT',
      { NIP: '199001012015131001' },
      [['NIP', 'TMT pada NIP (digit 9–14) tidak valid']],
    ],
    [
      'NIP gender digit 3',
      { NIP: '199001012015033001' },
      [['NIP', 'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2']],
    ],
    ['NIP stored as an Excel number', { NIP: 199001012015031001 }, [['NIP', /sebagai angka/]]],
    ['unknown gender', { JENIS_KELAMIN: 'X' }, [['JENIS_KELAMIN', 'Jenis kelamin harus L atau P']]],
    ['an impossible date', { TANGGAL_LAHIR: '31-02-1990' }, [['TANGGAL_LAHIR', /^Tanggal tidak valid/]]],
    ['a date in words', { TMT_JABATAN: '1 Maret 2024' }, [['TMT_JABATAN', /^Tanggal tidak valid/]]],
    [
      'TMT before birth',
      { TMT_JABATAN: '1985-01-01' },
      [['TMT_JABATAN', 'TMT_JABATAN harus setelah tanggal lahir']],
    ],
    ['empty name', { NAMA: '  ' }, [['NAMA', 'NAMA wajib diisi']]],
    ['a name too long', { NAMA: 'A'.repeat(201) }, [['NAMA', 'Paling banyak 200 karakter']]],
    ['empty STATUS_ASN', { STATUS_ASN: '' }, [['STATUS_ASN', 'STATUS_ASN wajib diisi']]],
    ['unknown STATUS_ASN', { STATUS_ASN: 'HONORER', GOLONGAN: '' }, [['STATUS_ASN', /^STATUS_ASN harus/]]],
    ['PNS without golongan', { GOLONGAN: '' }, [['GOLONGAN', 'GOLONGAN wajib diisi untuk PNS dan PPPK']]],
    ['PNS with a PPPK golongan', { GOLONGAN: 'IX' }, [['GOLONGAN', 'Golongan PNS harus I/a sampai IV/e']]],
    ['PNS with III/e', { GOLONGAN: 'III/e' }, [['GOLONGAN', 'Golongan PNS harus I/a sampai IV/e']]],
    [
      'PPPK with a PNS golongan',
      { STATUS_ASN: 'PPPK', GOLONGAN: 'III/a' },
      [['GOLONGAN', /^Golongan PPPK harus/]],
    ],
    ['empty JABATAN', { JABATAN: '' }, [['JABATAN', 'JABATAN wajib diisi']]],
    [
      'unknown JENIS_JABATAN',
      { JENIS_JABATAN: 'STRUKTURAL', JENJANG: '' },
      [['JENIS_JABATAN', /^JENIS_JABATAN harus/]],
    ],
    [
      'fungsional without jenjang',
      { JENJANG: '' },
      [['JENJANG', 'JENJANG wajib diisi untuk jabatan fungsional']],
    ],
    ['unknown jenjang', { JENJANG: 'SENIOR' }, [['JENJANG', /^JENJANG tidak dikenal/]]],
    [
      'jenjang on a pelaksana',
      { JENIS_JABATAN: 'PELAKSANA' },
      [['JENJANG', 'JENJANG hanya untuk jabatan fungsional']],
    ],
    ['KEPALA_UNOR not Y/N', { KEPALA_UNOR: 'mungkin' }, [['KEPALA_UNOR', 'KEPALA_UNOR harus Y atau N']]],
    [
      'a fungsional heading a unit',
      { KEPALA_UNOR: 'Y' },
      [['KEPALA_UNOR', 'Kepala unit harus jabatan JPT, administrator atau pengawas']],
    ],
    ['empty UNOR', { UNOR: '' }, [['UNOR', 'UNOR wajib diisi']]],
    ['unknown UNOR without a parent', { UNOR: 'Bidang Entah' }, [['UNOR', /^UNOR tidak dikenal/]]],
    [
      'unknown UNOR_INDUK',
      { UNOR: 'Seksi Baru', UNOR_INDUK: 'Dinas Entah' },
      [['UNOR_INDUK', /^UNOR_INDUK tidak dikenal/]],
    ],
    [
      'unknown STATUS_KEPEGAWAIAN',
      { STATUS_KEPEGAWAIAN: 'CUTI' },
      [['STATUS_KEPEGAWAIAN', /^STATUS_KEPEGAWAIAN tidak dikenal/]],
    ],
    ['a bad email', { EMAIL: 'budi@' }, [['EMAIL', 'Alamat email tidak valid']]],
    ['a NIP of another instansi', {}, [['NIP', 'NIP terdaftar di instansi lain']]],
    [
      'several problems at once',
      { NAMA: '', GOLONGAN: 'X/z', EMAIL: 'x' },
      [
        ['NAMA', 'NAMA wajib diisi'],
        ['EMAIL', 'Alamat email tidak valid'],
        ['GOLONGAN', 'Golongan PNS harus I/a sampai IV/e'],
      ],
    ],
  ])('rejects %s', (nama, ubah, harap) => {
    const h = cek(ubah, nama === 'a NIP of another instansi' ? { instansiLain: ['199001012015031001'] } : {})
    expect(kesalahan(h)).toEqual(
      harap.map(([k, p]) => [k, typeof p === 'string' ? p : expect.stringMatching(p)]),
    )
  })

  it('reports a duplicate NIP on the later row, naming the first', () => {
    const pertama = { baris: 2, nilai: { ...DASAR } }
    const raw = { baris: 5, nilai: { ...DASAR, NIP: '19900101 201503 1 001' } }
    const berkas = kumpulkanKonteksBerkas([pertama, raw])
    const ctx = {
      kolomAda: new Set(KOLOM_PEGAWAI),
      ...berkas,
      nipInstansiLain: new Set<string>(),
      unorKode: new Set<string>(),
      unorNama: new Set(['bidang aplikasi informatika']),
    }
    expect(validasiBarisPegawai(pertama, ctx)).toHaveProperty('data')
    expect(kesalahan(validasiBarisPegawai(raw, ctx))).toEqual([['NIP', 'NIP ganda: sudah ada di baris 2']])
  })

  it('reports a second head for the same unit', () => {
    const kepala = { KEPALA_UNOR: 'Y', JENIS_JABATAN: 'ADMINISTRATOR', JENJANG: '' }
    const lain = { baris: 3, nilai: { ...DASAR, ...kepala, NIP: '199001012015031002' } }
    const raw: BarisMentah<KolomPegawai> = { baris: 4, nilai: { ...DASAR, ...kepala } }
    const ctx = {
      kolomAda: new Set(KOLOM_PEGAWAI),
      ...kumpulkanKonteksBerkas([lain, raw]),
      nipInstansiLain: new Set<string>(),
      unorKode: new Set<string>(),
      unorNama: new Set(['bidang aplikasi informatika']),
    }
    expect(kesalahan(validasiBarisPegawai(raw, ctx))).toEqual([
      ['KEPALA_UNOR', 'Unit ini sudah diberi kepala di baris 3'],
    ])
  })

  it('gives every reason in English too', () => {
    const h = cek({ NIP: '199001012015033001' })
    expect('kesalahan' in h && h.kesalahan[0].pesan.en).toBe('Digit 15 of the NIP (gender) must be 1 or 2')
  })
})
