import { rm } from 'node:fs/promises'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buktiDukung, rhk } from '../src/db/schema/index.ts'
import { pdfContoh } from '../src/db/seed/berkas-contoh.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatSkpBukti, folderBerkas, isianBukti, unggah, V } from './helpers/bukti.ts'
import { buatAkun, buatInstansi, PASSWORD } from './helpers/factories.ts'
import { masuk, rhkBody } from './helpers/skp-factories.ts'

// DOMAIN §2: earlier versions stay readable, their evidence files included, after the live evidence row went
// with its changed IKI.

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

describe('evidence of an SKP revision', () => {
  it('stays downloadable from the revision after its IKI changed; only files the revision names', async () => {
    const w = await buatSkpBukti(t)
    const up = await unggah(t.app, w.sesiStaf, w.skp.id, {
      isian: isianBukti(w.ikiId),
      nama: 'laporan-tw2.pdf',
      isi: pdfContoh('Laporan TW2'),
    })
    expect(up.statusCode, up.body).toBe(201)
    const penilai = client(t.app, await masuk(t.app, w.kepala.akun))
    const buka = await penilai.post(`${V}/skp/${w.skp.id}/buka`, { alasan: 'Indikator diperbaiki' })
    expect(buka.json().revisi).toBe(1)

    const staf = client(t.app, w.sesiStaf)
    const [r] = await t.database.db.select().from(rhk).where(eq(rhk.skpId, w.skp.id))
    const iki = [
      { aspek: 'kuantitas', indikator: 'Jumlah dokumen final', targetMin: 12, satuan: 'Dokumen' },
      { aspek: 'kualitas', indikator: 'Kualitas dokumen', targetMin: 80, targetMax: 100, satuan: '%' },
    ]
    expect((await staf.patch(`${V}/rhk/${r.id}`, rhkBody(null, { iki }))).statusCode).toBe(200)
    expect(await t.database.db.select().from(buktiDukung).where(eq(buktiDukung.skpId, w.skp.id))).toEqual([])

    const rev = (await staf.get(`${V}/skp/${w.skp.id}/revisi/1`)).json()
    const berkasId = rev.isi.bukti[0].berkas.id
    expect(rev.isi.bukti[0]).toMatchObject({
      ikiId: w.ikiId,
      periode: 'TW2',
      berkas: { nama: 'laporan-tw2.pdf' },
    })
    const url = `${V}/skp/${w.skp.id}/revisi/1/berkas/${berkasId}`
    for (const k of [staf, penilai]) {
      const res = await k.get(url)
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-disposition']).toMatch(/^attachment/)
      expect(res.headers['content-type']).toBe('application/pdf')
    }
    // a file the revision does not name, or another revision number: 404
    expect((await staf.get(`${V}/skp/${w.skp.id}/revisi/1/berkas/${w.ikiId}`)).statusCode).toBe(404)
    expect((await staf.get(`${V}/skp/${w.skp.id}/revisi/2/berkas/${berkasId}`)).statusCode).toBe(404)
    // another instansi: 404
    const lain = await buatAkun(t.database, {
      instansiId: (await buatInstansi(t.database)).id,
      peran: ['admin_instansi'],
    })
    const asing = client(t.app, await login(t.app, lain.username, PASSWORD))
    expect((await asing.get(url)).statusCode).toBe(404)
  })
})
