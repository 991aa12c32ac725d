// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { STATUS_HARI_PROGRES } from '../../../../../shared/enums.ts'
import type { HariProgres, ProgresView } from '../../../../../shared/progres-harian.ts'
import '../../../i18n/index.ts'
import pesan from '../i18n.ts'
import { HariCard } from './HariCard.tsx'

const render = (el: ReactElement) =>
  renderToStaticMarkup(
    createElement(
      QueryClientProvider,
      { client: new QueryClient() },
      createElement(MantineProvider, null, createElement(MemoryRouter, null, el)),
    ),
  )

const tidakAda = { ubah: false, hapus: false, ajukan: false, setujui: false, kembalikan: false }
const entri = (o: Partial<ProgresView>): ProgresView => ({
  id: 'e1',
  pegawaiId: 'p',
  skpId: 's',
  tanggal: '2026-05-11',
  jamMulai: '08:00',
  jamSelesai: '09:30',
  durasiMenit: 90,
  kegiatan: 'Menyusun laporan',
  realisasi: 1,
  satuan: 'Dokumen',
  rencanaAksi: null,
  tautanBukti: null,
  status: 'draft',
  catatanAtasan: null,
  diajukanAt: null,
  ditinjauAt: null,
  versi: 1,
  aksi: tidakAda,
  ...o,
})
const hari = (o: Partial<HariProgres>): HariProgres => ({
  tanggal: '2026-05-11',
  skpId: 's',
  bisaDiisi: true,
  status: 'belum_diisi',
  totalMenit: 0,
  entri: [],
  ...o,
})
const kartu = (h: HariProgres) =>
  render(createElement(HariCard, { hari: h, onTambah: () => {}, onUbah: () => {}, onAjukan: () => {} }))

describe('Progres harian · a day', () => {
  it.each(['id', 'en'] as const)('every status the server can send has a text (%s)', (bahasa) => {
    const status = pesan[bahasa].status as Record<string, string>
    expect(STATUS_HARI_PROGRES.filter((s) => !status[s])).toEqual([])
  })

  it('shows the buttons the server allows, never more', () => {
    const draf = entri({ aksi: { ...tidakAda, ubah: true, hapus: true, ajukan: true } })
    const html = kartu(hari({ status: 'draft', totalMenit: 90, entri: [draf] }))
    expect(html).toContain('data-testid="progres-ajukan-hari"')
    expect(html).toContain('data-testid="progres-ubah"')
    expect(html).toContain('data-testid="progres-tambah"')
    expect(html).toContain('1,5 jam')

    const disetujui = entri({ status: 'disetujui' })
    const terkunci = kartu(hari({ status: 'disetujui', bisaDiisi: false, entri: [disetujui] }))
    expect(terkunci).not.toContain('progres-ajukan-hari')
    expect(terkunci).not.toContain('progres-ubah')
    expect(terkunci).not.toContain('progres-tambah')
  })

  it("shows the penilai's note on a returned entry", () => {
    const html = kartu(
      hari({
        status: 'dikembalikan',
        entri: [entri({ status: 'dikembalikan', catatanAtasan: 'Lengkapi bukti' })],
      }),
    )
    expect(html).toContain('Lengkapi bukti')
    expect(html).toContain('data-testid="status-dikembalikan"')
  })
})
