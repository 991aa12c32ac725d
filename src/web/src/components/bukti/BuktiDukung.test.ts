// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, describe, expect, it } from 'vitest'
import type { BuktiView } from '../../../../shared/bukti.ts'
import { setBahasa } from '../../i18n/index.ts'
import { BuktiDukung } from './BuktiDukung.tsx'

const render = (el: ReactElement) =>
  renderToStaticMarkup(
    createElement(
      QueryClientProvider,
      { client: new QueryClient() },
      createElement(MantineProvider, null, el),
    ),
  )

afterAll(() => setBahasa('id'))

const SKP = '11111111-1111-4111-8111-111111111111'
const IKI = '22222222-2222-4222-8222-222222222222'
const bukti: BuktiView[] = [
  {
    id: '33333333-3333-4333-8333-333333333333',
    ikiId: IKI,
    periode: 'TW2',
    jenis: 'laporan',
    berkas: { nama: 'Laporan TW II.pdf', ukuran: 1.25 * 1024 * 1024, mime: 'application/pdf' },
    tautan: null,
    keterangan: 'Rekap kegiatan',
    dibuatPada: '2026-05-10T03:00:00.000Z',
  },
  {
    id: '44444444-4444-4444-8444-444444444444',
    ikiId: IKI,
    periode: 'TW2',
    jenis: 'tautan',
    berkas: null,
    tautan: 'https://drive.example.go.id/a',
    keterangan: null,
    dibuatPada: '2026-05-10T04:00:00.000Z',
  },
]

const komponen = (bisaUbah: boolean) =>
  createElement(BuktiDukung, { skpId: SKP, ikiId: IKI, periode: 'TW2', bisaUbah, bukti })

describe('BuktiDukung', () => {
  it('lists each piece with its type, name, size and a download; the owner gets the forms', () => {
    setBahasa('id')
    const html = render(komponen(true))
    expect(html).toContain('Bukti dukung (2)')
    expect(html).toContain('Laporan TW II.pdf')
    expect(html).toContain('1,3 MB')
    expect(html).toContain(`href="/api/v1/bukti/${bukti[0].id}/berkas"`)
    expect(html).toContain('href="https://drive.example.go.id/a"')
    expect(html).toContain('rel="noopener noreferrer nofollow"')
    expect(html).toContain('data-testid="bukti-unggah"')
    expect(html).toContain('data-testid="bukti-hapus"')
    expect(html).toMatch(/accept="image\/\*,application\/pdf,/)
  })

  it('read-only for everyone else, in English when asked', () => {
    setBahasa('en')
    const html = render(komponen(false))
    expect(html).toContain('Evidence (2)')
    expect(html).toContain('Report')
    expect(html).toContain('Download')
    expect(html).not.toContain('data-testid="bukti-unggah"')
    expect(html).not.toContain('data-testid="bukti-hapus"')
  })
})
