// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, describe, expect, it } from 'vitest'
import { TIPE_NOTIFIKASI } from '../../../../../shared/enums.ts'
import { surelBawaan, type PreferensiSurelView } from '../../../../../shared/surel.ts'
import i18n, { setBahasa } from '../../../i18n/index.ts'
import { PreferensiSurelCard } from './PreferensiSurelCard.tsx'

const view = (o: Partial<PreferensiSurelView> = {}): PreferensiSurelView => ({
  alamat: 'ani@contoh.go.id',
  surelAktif: true,
  bisaDiatur: true,
  items: TIPE_NOTIFIKASI.map((tipe) => ({ tipe, surel: surelBawaan(tipe), bawaan: surelBawaan(tipe) })),
  ...o,
})

function render(v: PreferensiSurelView) {
  const client = new QueryClient()
  client.setQueryData(['profil', 'notifikasi'], v)
  return renderToStaticMarkup(
    createElement(
      QueryClientProvider,
      { client },
      createElement(MantineProvider, null, createElement(PreferensiSurelCard)),
    ),
  )
}

afterAll(() => setBahasa('id'))

describe('PreferensiSurelCard', () => {
  it('has a name in both languages for every notification type', async () => {
    for (const bahasa of ['id', 'en'] as const) {
      await setBahasa(bahasa)
      for (const tipe of TIPE_NOTIFIKASI) expect(i18n.exists(`profil:surel.jenis.${tipe}`), tipe).toBe(true)
    }
  })

  it('shows a switch per type, on where chosen, and the address mail goes to', async () => {
    await setBahasa('id')
    const html = render(view())
    expect(html).toContain('ani@contoh.go.id')
    expect(html).toContain('SKP Anda dikembalikan')
    expect(html).toMatch(
      /data-testid="preferensi-surel-SKP_DIKEMBALIKAN"[^>]*checked|checked[^>]*data-testid="preferensi-surel-SKP_DIKEMBALIKAN"/,
    )
    expect(html).not.toContain('preferensi-surel-tanpa-alamat')
  })

  it('explains that mail needs an address in the employee data', async () => {
    await setBahasa('en')
    const html = render(view({ alamat: null }))
    expect(html).toContain('preferensi-surel-tanpa-alamat')
    expect(html).toContain('Your employee data has no email address yet')
  })
})
