// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { PegawaiDetail } from '../../../../../shared/pegawai.ts'
import { setBahasa } from '../../../i18n/index.ts'
import { PeringatanNip } from './PegawaiDataCard.tsx'

const pegawai = (peringatanNip: PegawaiDetail['peringatanNip']) =>
  ({ nip: '199005172015031001', peringatanNip }) as PegawaiDetail

const render = (p: PegawaiDetail) =>
  renderToStaticMarkup(createElement(MantineProvider, null, createElement(PeringatanNip, { pegawai: p })))

// DOMAIN.md §1: a birth date or gender that disagrees with the NIP is shown as a warning with what the NIP says
describe('PeringatanNip', () => {
  it('shows nothing when the data agree with the NIP', () => {
    const html = render(pegawai([]))
    expect(html).not.toContain('role="alert"')
    expect(html).not.toContain('NIP')
  })

  it('names each disagreement and what the NIP says, in Indonesian and in English', async () => {
    await setBahasa('id')
    const id = render(pegawai(['TANGGAL_LAHIR', 'JENIS_KELAMIN']))
    expect(id).toContain('role="alert"')
    expect(id).toContain('Data tidak sesuai dengan NIP')
    expect(id).toContain('tanggal lahir dalam NIP (digit 1–8): 17 Mei 1990')
    expect(id).toContain('digit jenis kelamin NIP (digit 15): Laki-laki')
    await setBahasa('en')
    const en = render(pegawai(['JENIS_KELAMIN']))
    expect(en).toContain('Details do not match the NIP')
    expect(en).not.toContain('date of birth differs')
    await setBahasa('id')
  })
})
