// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core'
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { afterAll, describe, expect, it } from 'vitest'
import {
  LANGKAH_PEGAWAI,
  type BerandaAdminInstansi,
  type BerandaAtasan,
  type BerandaPegawai,
  type Capaian,
} from '../../../../../shared/beranda.ts'
import { setBahasa } from '../../../i18n/index.ts'
import pesan from '../i18n.ts'
import { AdminInstansiTugas } from './AdminInstansiTugas.tsx'
import { AtasanTugas } from './AtasanTugas.tsx'
import { SkpSayaTugas } from './SkpSayaTugas.tsx'

const render = (el: ReactElement) =>
  renderToStaticMarkup(createElement(MantineProvider, null, createElement(MemoryRouter, null, el)))
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))

afterAll(() => setBahasa('id'))

const pegawai = (o: Partial<BerandaPegawai>): BerandaPegawai => ({
  skp: null,
  jumlahSkpTahunIni: 0,
  tahunDibuka: true,
  batasSkp: '2026-01-31',
  sisaHari: 10,
  skpAtasanDisetujui: null,
  langkah: 'buat_skp',
  ...o,
})

describe('Beranda · my SKP', () => {
  it.each(['id', 'en'] as const)('every next step the server can send has a text (%s)', (bahasa) => {
    const langkah = pesan[bahasa].langkah as Record<string, string>
    expect(LANGKAH_PEGAWAI.filter((l) => !langkah[l])).toEqual([])
  })

  it("shows the server's days left, the returned note and links to the SKP", async () => {
    await setBahasa('id')
    const dikembalikan = render(
      createElement(SkpSayaTugas, {
        tahun: 2026,
        p: pegawai({
          skp: {
            id: 'skp-1',
            status: 'dikembalikan',
            mulai: '2026-01-01',
            selesai: '2026-12-31',
            catatanPengembalian: 'Target terlalu rendah',
            penilaiNama: 'Kepala Bidang',
            terlambat: true,
            hariTerlambat: 3,
          },
          sisaHari: -3,
          langkah: 'perbaiki_ajukan',
        }),
      }),
    )
    expect(dikembalikan).toContain('Target terlalu rendah')
    expect(dikembalikan).toContain('Catatan pengembalian dari Kepala Bidang')
    expect(dikembalikan).toContain('terlambat 3 hari')
    // the server's late flag, as a badge next to the status
    expect(dikembalikan).toContain('data-testid="badge-terlambat"')
    expect(dikembalikan).toContain('Terlambat 3 hari')
    expect(dikembalikan).toContain('data-langkah="perbaiki_ajukan"')
    expect(hrefs(dikembalikan)).toContain('/skp/skp-1')

    await setBahasa('en')
    const baru = render(createElement(SkpSayaTugas, { tahun: 2026, p: pegawai({}) }))
    expect(baru).toContain('days left: 10')
    expect(baru).toContain('Next step: create this year&#x27;s SKP.')
    expect(hrefs(baru)).toEqual(['/skp?tahun=2026'])
    await setBahasa('id')
  })
})

const orang = (n: number, status: 'diajukan' | 'draft') => ({
  skpId: `skp-${n}`,
  pegawaiId: `p-${n}`,
  nama: `Pegawai ${n}`,
  nip: '199005172015031001',
  status,
  diajukanAt: status === 'diajukan' ? '2026-01-10T02:00:00.000Z' : null,
  terlambat: n === 2,
  hariTerlambat: n === 2 ? 4 : 0,
})

describe('Beranda · atasan and admin', () => {
  it('every count links to its filtered list; the blocked notice names my SKP as the way out', () => {
    const a: BerandaAtasan = {
      menunggu: { total: 7, items: [orang(1, 'diajukan'), orang(2, 'diajukan')] },
      skpSayaDisetujui: false,
      tertahan: { total: 2, draft: 1, dikembalikan: 1, items: [orang(3, 'draft')] },
      progresHarian: { jumlah: 0, orang: 0 },
    }
    const html = render(createElement(AtasanTugas, { a, tahun: 2026 }))
    expect(hrefs(html)).toEqual([
      '/skp-bawahan?tahun=2026&status=diajukan',
      '/skp/skp-1',
      '/skp/skp-2',
      '/skp-bawahan?tahun=2026&status=diajukan',
      '/skp-bawahan?tahun=2026&status=draft',
      '/skp-bawahan?tahun=2026&status=dikembalikan',
      '/skp/skp-3',
      '/skp?tahun=2026',
    ])
    expect(html).toContain('2 bawahan menunggu SKP Anda disetujui')
  })

  it('admin: status counts, units, pegawai without an account and the last import link to their lists', () => {
    const c = (o: Partial<Capaian>): Capaian => ({
      belum_ada: 0,
      draft: 0,
      diajukan: 0,
      dikembalikan: 0,
      disetujui: 0,
      total: 0,
      persenDisetujui: 0,
      ...o,
    })
    const a: BerandaAdminInstansi = {
      instansiId: 'i-1',
      total: c({ belum_ada: 2, disetujui: 1, total: 3, persenDisetujui: 33.3 }),
      unit: [{ unorId: 'u-1', nama: 'Bidang Uji', capaian: c({ belum_ada: 2, disetujui: 1, total: 3 }) }],
      tanpaAkun: 4,
      imporTerakhir: null,
    }
    const html = render(createElement(AdminInstansiTugas, { a, tahun: 2026 }))
    const h = hrefs(html)
    expect(h).toEqual(
      expect.arrayContaining([
        '/admin/pegawai?statusSkp=belum_ada&tahun=2026',
        '/admin/pegawai?statusSkp=disetujui&tahun=2026',
        '/admin/pegawai?wajibSkp=1&tahun=2026',
        '/admin/pegawai?tanpaAkun=1',
        '/admin/impor',
        '/admin/pegawai?unorId=u-1&sub=0&statusSkp=belum_ada&tahun=2026',
        '/admin/pegawai?unorId=u-1&sub=0&wajibSkp=1&tahun=2026',
      ]),
    )
    // a zero is not a link (an empty list helps nobody)
    expect(h).not.toContain('/admin/pegawai?statusSkp=draft&tahun=2026')
    // headings in order: the section is h2, its parts h3
    expect(html.indexOf('<h2')).toBeLessThan(html.indexOf('<h3'))
    expect(html).not.toMatch(/<h[14-6]/)
  })
})
