import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../src/db/seed/index.ts'
import { seedProgresDemo } from '../src/db/seed/demo-progres.ts'
import { seedSkpDemo } from '../src/db/seed/skp-demo.ts'
import { rows } from '../src/db/rows.ts'
import { aturJam } from '../src/server/clock.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  aturJam('2026-05-13T03:00:00Z') // a Wednesday
  t = await createTestApp()
})
afterAll(async () => {
  aturJam(undefined)
  await t?.close()
})

describe('seedProgresDemo', () => {
  it('writes three weeks of working days: approved, waiting, draft, one returned with a note', async () => {
    const demo = await seedDemo(t.database)
    await seedSkpDemo(t.database, demo.kabupaten, 2026)
    const hasil = await seedProgresDemo(t.database, demo.kabupaten.instansiId)
    expect(hasil.pegawai).toBe(5)
    // 2 entries × (5 + 5 + 3 working days up to Wednesday) per pegawai
    expect(hasil.entri).toBe(5 * 2 * 13)
    const perStatus = await rows<{ status: string; n: number }>(
      t.database.db,
      sql`select status, count(*)::int as n from progres_harian group by status order by status`,
    )
    expect(Object.fromEntries(perStatus.map((r) => [r.status, r.n]))).toEqual({
      diajukan: 49,
      dikembalikan: 1,
      disetujui: 50,
      draft: 30,
    })
  }, 120_000)
})
