import { describe, expect, it } from 'vitest'
import {
  bandingkanDenganNip,
  isValidNip,
  maskNip,
  parseNip,
  type NipErrorCode,
  type NipParts,
  type PeringatanNip,
} from './nip.ts'

// DOMAIN §1: NIP = lahir YYYYMMDD + TMT YYYYMM + jenis kelamin + urutan (Perka BKN 43/2007)
describe('parseNip: valid NIPs', () => {
  it.each<[string, string, NipParts]>([
    [
      'PNS laki-laki',
      '198609262015051001',
      {
        nip: '198609262015051001',
        tanggalLahir: '1986-09-26',
        tmtTahun: '2015',
        tmtBulan: '2015-05',
        jenisAsn: 'PNS',
        kodePppk: null,
        jenisKelamin: 'L',
        urutan: '001',
      },
    ],
    [
      'PNS perempuan',
      '199603182022042013',
      {
        nip: '199603182022042013',
        tanggalLahir: '1996-03-18',
        tmtTahun: '2022',
        tmtBulan: '2022-04',
        jenisAsn: 'PNS',
        kodePppk: null,
        jenisKelamin: 'P',
        urutan: '013',
      },
    ],
    [
      'PPPK laki-laki (kode 21)',
      '199203062022211005',
      {
        nip: '199203062022211005',
        tanggalLahir: '1992-03-06',
        tmtTahun: '2022',
        tmtBulan: null,
        jenisAsn: 'PPPK',
        kodePppk: '21',
        jenisKelamin: 'L',
        urutan: '005',
      },
    ],
    [
      'PPPK paruh waktu perempuan (kode 24)',
      '199009132025242014',
      {
        nip: '199009132025242014',
        tanggalLahir: '1990-09-13',
        tmtTahun: '2025',
        tmtBulan: null,
        jenisAsn: 'PPPK',
        kodePppk: '24',
        jenisKelamin: 'P',
        urutan: '014',
      },
    ],
    [
      'born 29 Feb of a leap year',
      '200002292024121001',
      {
        nip: '200002292024121001',
        tanggalLahir: '2000-02-29',
        tmtTahun: '2024',
        tmtBulan: '2024-12',
        jenisAsn: 'PNS',
        kodePppk: null,
        jenisKelamin: 'L',
        urutan: '001',
      },
    ],
    [
      'surrounding spaces trimmed',
      '  198609262015051001\t',
      {
        nip: '198609262015051001',
        tanggalLahir: '1986-09-26',
        tmtTahun: '2015',
        tmtBulan: '2015-05',
        jenisAsn: 'PNS',
        kodePppk: null,
        jenisKelamin: 'L',
        urutan: '001',
      },
    ],
  ])('%s: %s', (_label, raw, parts) => {
    expect(parseNip(raw)).toEqual({ ok: true, parts })
    expect(isValidNip(raw)).toBe(true)
  })
})

describe('parseNip: the TMT is at least 18 years after the birth date (PP 11/2017 Pasal 23)', () => {
  it.each<[string, string, string]>([
    ['PNS, TMT exactly on the 18th birthday', '200005012018051001', '2018-05'],
    ['PNS, TMT the month after the 18th birthday', '200005152018061001', '2018-06'],
    ['born 29 Feb, TMT 1 March of the 18th year', '200002292018031001', '2018-03'],
    ['PPPK, TMT year 18 years after the birth year', '200012312018212001', 'PPPK'],
  ])('%s: %s', (_label, raw, tmt) => {
    const hasil = parseNip(raw)
    expect(hasil.ok).toBe(true)
    if (hasil.ok) expect(hasil.parts.tmtBulan ?? hasil.parts.jenisAsn).toBe(tmt)
  })
})

describe('parseNip: invalid NIPs', () => {
  it.each<[string, string, NipErrorCode]>([
    ['too short (17 digits)', '19860926201505100', 'NIP.FORMAT'],
    ['too long (19 digits)', '1986092620150510011', 'NIP.FORMAT'],
    ['empty', '', 'NIP.FORMAT'],
    ['letters', '19860926201505100A', 'NIP.FORMAT'],
    ['dashes', '19860926-201505-1-001', 'NIP.FORMAT'],
    ['inner spaces (display format)', '19860926 201505 1 001', 'NIP.FORMAT'],
    ['birth 30 February', '199002302015051001', 'NIP.TANGGAL_LAHIR'],
    ['birth 29 Feb of a non-leap year', '199902292020011001', 'NIP.TANGGAL_LAHIR'],
    ['birth month 13', '199013012015051001', 'NIP.TANGGAL_LAHIR'],
    ['birth month 00', '199000102015051001', 'NIP.TANGGAL_LAHIR'],
    ['birth day 00', '199001002015051001', 'NIP.TANGGAL_LAHIR'],
    ['birth 31 April', '199004312015051001', 'NIP.TANGGAL_LAHIR'],
    ['birth year 1899', '189912311925011001', 'NIP.TANGGAL_LAHIR'],
    ['TMT year before birth', '199001011989051001', 'NIP.TMT'],
    ['TMT month before birth month, same year', '199006151990051001', 'NIP.TMT'],
    ['TMT in the birth month', '199006151990061001', 'NIP.TMT'],
    ['TMT month 00', '198609262015001001', 'NIP.TMT'],
    ['TMT month 13', '198609262015131001', 'NIP.TMT'],
    ['TMT month 20 (neither month nor PPPK code)', '198609262015201001', 'NIP.TMT'],
    ['TMT month 30', '198609262015301001', 'NIP.TMT'],
    ['PPPK code in the birth year', '199001011990211001', 'NIP.TMT'],
    ['gender digit 0', '198609262015050001', 'NIP.JENIS_KELAMIN'],
    ['gender digit 3', '198609262015053001', 'NIP.JENIS_KELAMIN'],
    ['gender digit 9', '198609262015059001', 'NIP.JENIS_KELAMIN'],
    // minimum age at the TMT: 18 (PP 11/2017 Pasal 23)
    ['TMT one year after birth', '200001012001011001', 'NIP.TMT'],
    ['TMT at 17 years 11 months', '200006012018051001', 'NIP.TMT'],
    ['TMT on the 1st, 14 days before the 18th birthday', '200005152018051001', 'NIP.TMT'],
    ['born 29 Feb, TMT 1 Feb of the 18th year', '200002292018021001', 'NIP.TMT'],
    ['PPPK appointed in the 17th year after birth', '200001012017211001', 'NIP.TMT'],
    ['PPPK paruh waktu appointed in the 17th year after birth', '200012312017242001', 'NIP.TMT'],
  ])('%s: %s → %s', (_label, raw, code) => {
    expect(parseNip(raw)).toEqual({ ok: false, code })
    expect(isValidNip(raw)).toBe(false)
  })
})

describe('maskNip', () => {
  it.each([
    ['198609262015051001', '1986***********001'],
    [' 198609262015051001 ', '1986***********001'],
    ['12345678', '1234*678'],
    ['1234567', '*******'],
    ['', ''],
  ])('%j → %j', (nip, masked) => {
    expect(maskNip(nip)).toBe(masked)
  })
})

describe('bandingkanDenganNip: stored data that disagrees with the NIP is a warning', () => {
  it.each<[string, string, 'L' | 'P', PeringatanNip[]]>([
    ['199005172015031001', '1990-05-17', 'L', []],
    ['199005172015031001', '1990-05-18', 'L', ['TANGGAL_LAHIR']],
    ['199005172015031001', '1990-05-17', 'P', ['JENIS_KELAMIN']],
    ['199005172015032001', '1991-05-17', 'L', ['TANGGAL_LAHIR', 'JENIS_KELAMIN']],
    ['199203062022211005', '1992-03-06', 'L', []], // PPPK
    ['12345', '1990-05-17', 'L', []], // not a NIP: nothing to compare with
  ])('%s vs %s %s → %j', (nip, tanggalLahir, jenisKelamin, harap) => {
    expect(bandingkanDenganNip(nip, { tanggalLahir, jenisKelamin })).toEqual(harap)
  })
})
