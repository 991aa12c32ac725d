import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, seedDemo } from '../src/db/seed/index.ts'
import { seedSkpDemo } from '../src/db/seed/skp-demo.ts'
import { seedUmpanBalikDemo } from '../src/db/seed/demo-umpan-balik.ts'
import { rows } from '../src/db/rows.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  aturJam('2026-08-12T03:00:00Z') // TW1 and TW2 are past
  t = await createTestApp()
})
afterAll(async () => {
  aturJam(undefined)
  await t?.close()
})

describe('seedUmpanBalikDemo', () => {
  it('writes threads on the past periods and one held coaching session with B.1.8 and B.1.9', async () => {
    const demo = await seedDemo(t.database)
    await seedSkpDemo(t.database, demo.kabupaten, 2026)
    const hasil = await seedUmpanBalikDemo(t.database, demo.kabupaten.instansiId)
    expect(hasil.dialog).toBe(1)
    expect(hasil.komentar).toBeGreaterThan(4)
    const periode = await rows<{ periode: string }>(
      t.database.db,
      sql`select distinct periode from umpan_balik order by periode`,
    )
    expect(periode.map((p) => p.periode)).toEqual(['TW1', 'TW2'])
    // idempotent: a second call writes nothing
    expect(await seedUmpanBalikDemo(t.database, demo.kabupaten.instansiId)).toEqual({
      komentar: 0,
      dialog: 0,
    })

    // the coached pegawai (the demo pelaksana when the SKP demo gives them an approved SKP)
    const [{ username }] = await rows<{ username: string }>(
      t.database.db,
      sql`select a.username from dialog_kinerja d join akun a on a.pegawai_id = d.pegawai_id`,
    )
    const pelaksana = client(t.app, await login(t.app, username, DEMO_PASSWORD))
    const dialog = (await pelaksana.get('/api/v1/dialog-kinerja?tahun=2026')).json()
    expect(dialog.items[0]).toMatchObject({ status: 'selesai', b18Terisi: true, b19Terisi: true })
    const detail = (await pelaksana.get(`/api/v1/dialog-kinerja/${dialog.items[0].id}`)).json()
    const ringkasan = await pelaksana.get(`/api/v1/skp/${detail.skpId}/umpan-balik/ringkasan?periode=TW2`)
    expect(ringkasan.statusCode).toBe(200)
    expect(ringkasan.json().belumDibaca).toBe(1) // the penilai's newest comment, left unread
  }, 120_000)
})
