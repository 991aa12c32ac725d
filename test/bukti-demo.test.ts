import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { extractText, getDocumentProxy } from 'unpdf'
import { seedBuktiDemo } from '../src/db/seed/demo-bukti.ts'
import { penyimpananLokal } from '../src/modules/berkas/penyimpanan.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatSkpBukti, folderBerkas, V } from './helpers/bukti.ts'

/** The demo evidence helper: valid generated PDFs and PNGs, stored and downloadable, never duplicated. */
let t: TestApp
let folder: string
beforeAll(async () => {
  folder = await folderBerkas()
  t = await createTestApp({ berkasDir: folder })
})
afterAll(async () => {
  aturJam(undefined)
  await t?.close()
  await rm(folder, { recursive: true, force: true })
})

it('attaches a PDF to every realisasi (a photo to some, a link to a few), readable and downloadable', async () => {
  const w = await buatSkpBukti(t)
  await t.database.query(
    `insert into realisasi (instansi_id, skp_id, iki_id, periode, nilai)
     select r.instansi_id, r.skp_id, i.id, p.kode, 3
       from iki i join rhk r on r.id = i.rhk_id, (values ('TW1'), ('TW2')) p(kode)
      where r.skp_id = $1`,
    [w.skp.id],
  )
  const p = penyimpananLokal(folder)
  expect(await seedBuktiDemo(t.database, p, w.instansi.id)).toBe(4)
  expect(await seedBuktiDemo(t.database, p, w.instansi.id)).toBe(0)
  const jenis = await t.database.query<{ jenis: string; n: number }>(
    `select jenis, count(*)::int as n from bukti_dukung where instansi_id = $1 group by jenis order by jenis`,
    [w.instansi.id],
  )
  expect(jenis).toEqual([
    { jenis: 'foto', n: 2 },
    { jenis: 'laporan', n: 4 },
    { jenis: 'tautan', n: 1 },
  ])

  const staf = client(t.app, w.sesiStaf)
  const daftar = (await staf.get(`${V}/skp/${w.skp.id}/bukti?periode=TW1`)).json()
  const laporan = daftar.items.find((b: { jenis: string }) => b.jenis === 'laporan')
  const res = await staf.get(`${V}/bukti/${laporan.id}/berkas`)
  expect(res.statusCode).toBe(200)
  const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload))
  expect((await extractText(pdf, { mergePages: true })).text).toContain('Laporan TW1 2026')
  const foto = daftar.items.find((b: { jenis: string }) => b.jenis === 'foto')
  expect((await staf.get(`${V}/bukti/${foto.id}/berkas`)).headers['content-type']).toBe('image/png')
})
