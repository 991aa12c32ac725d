// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { afterAll, describe, expect, it } from 'vitest'
import type { SimpulLevel } from '../../../../../shared/kaskade.ts'
import { setBahasa } from '../../../i18n/index.ts'
import { Cabang, type KendaliPohon } from './PohonLevel.tsx'

const simpul = (o: Partial<SimpulLevel>): SimpulLevel => ({
  rhkId: '0193a3a0-0000-7000-8000-000000000001',
  deskripsi: 'Layanan data terpadu',
  pegawaiId: '0193a3a0-0000-7000-8000-000000000002',
  pegawaiNama: 'Kepala Bidang',
  jabatan: 'Kepala Bidang Data',
  skpId: '0193a3a0-0000-7000-8000-000000000003',
  skpStatus: 'disetujui',
  tanpaKontributor: false,
  jumlahKontributor: 0,
  jumlahTurunan: 0,
  jumlahTanpaKontributor: 0,
  ...o,
})

const render = (items: SimpulLevel[], k: Partial<KendaliPohon> = {}) => {
  const div = document.createElement('div')
  div.innerHTML = renderToStaticMarkup(
    createElement(
      QueryClientProvider,
      { client: new QueryClient() },
      createElement(
        MantineProvider,
        null,
        createElement(
          MemoryRouter,
          null,
          createElement(Cabang, {
            items,
            k: { terbuka: new Set<string>(), alih: () => {}, ...k },
            akar: true,
          }),
        ),
      ),
    ),
  )
  return div
}

afterAll(() => setBahasa('id'))

describe('the alignment tree opened level by level', () => {
  it('offers a toggle only where someone contributes, and shows the branch figures from the server', async () => {
    await setBahasa('en')
    const div = render([
      simpul({ rhkId: 'a', jumlahKontributor: 2, jumlahTurunan: 5, jumlahTanpaKontributor: 1 }),
      simpul({ rhkId: 'b', deskripsi: 'Rekap', tanpaKontributor: true, jumlahTanpaKontributor: 1 }),
    ])
    const [a, b] = [...div.querySelectorAll('[data-testid="selaras-simpul"]')]
    const tombol = a.querySelector('button[aria-expanded]')!
    expect(tombol.getAttribute('aria-expanded')).toBe('false')
    expect(tombol.getAttribute('aria-label')).toBe('Show the contributors of Layanan data terpadu')
    expect(a.textContent).toContain('2 direct contributors')
    expect(a.textContent).toContain('5 RHK in the branch')
    expect(a.textContent).toContain('1 without contributors')
    expect(b.querySelector('button[aria-expanded]')).toBeNull()
    expect(b.getAttribute('data-tanpa-kontributor')).toBe('true')
    expect(b.textContent).toContain('No contributors yet')
  })

  it('an open node says so and highlights the node a search pointed at', async () => {
    await setBahasa('id')
    const div = render([simpul({ rhkId: 'a', jumlahKontributor: 1, jumlahTurunan: 1 })], {
      terbuka: new Set(['a']),
      sorot: 'a',
    })
    const tombol = div.querySelector('button[aria-expanded]')!
    expect(tombol.getAttribute('aria-expanded')).toBe('true')
    expect(tombol.getAttribute('aria-label')).toBe('Sembunyikan kontributor Layanan data terpadu')
    expect(div.textContent).toContain('1 kontributor langsung')
  })
})
