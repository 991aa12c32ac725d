import { and, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, notifikasi, sesi } from '../src/db/schema/index.ts'
import { kirimNotifikasi } from '../src/modules/notifikasi/notifikasi.service.ts'
import { aturJam, awalHari, hariIni } from '../src/server/clock.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatPegawai, buatInstansi, PASSWORD } from './helpers/factories.ts'

/** One clock (src/server/clock.ts): fix it, and every "now" and "today" the server produces follows. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

// 18:30 UTC on 30 June is already 1 July in Indonesia (WIB, UTC+7).
const SAAT = new Date('2031-06-30T18:30:00Z')

describe('the server clock', () => {
  it("answers today's Indonesian date, not the UTC one", () => {
    aturJam(SAAT)
    expect(hariIni()).toBe('2031-07-01')
    expect(awalHari('2031-07-01').toISOString()).toBe('2031-06-30T17:00:00.000Z')
  })

  it('/me carries the server today, and sessions, audit rows and notifications take its time', async () => {
    aturJam(SAAT)
    const inst = await buatInstansi(t.database)
    const { pegawai } = await buatPegawai(t.database, { instansiId: inst.id })
    const a = await buatAkun(t.database, { instansiId: inst.id, pegawaiId: pegawai.id })
    const s = await login(t.app, a.username, PASSWORD)
    const c = client(t.app, s)

    const me = await c.get('/api/v1/me')
    expect(me.statusCode).toBe(200)
    expect(me.json().hariIni).toBe('2031-07-01')

    const [sesiBaru] = await t.database.db.select().from(sesi).where(eq(sesi.akunId, a.id))
    expect(sesiBaru.createdAt.toISOString()).toBe(SAAT.toISOString())
    expect(sesiBaru.kedaluwarsaAt.getTime()).toBe(SAAT.getTime() + t.config.sessionTtlHours * 3600_000)

    const ganti = await c.post('/api/v1/me/password', {
      passwordLama: PASSWORD,
      passwordBaru: 'kata-sandi-baru-42',
    })
    expect(ganti.statusCode).toBeLessThan(300)
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entitas, 'akun'), eq(auditLog.entitasId, a.id)))
    expect(audit.waktu.toISOString()).toBe(SAAT.toISOString())

    const n = await kirimNotifikasi(t.database.db, {
      instansiId: inst.id,
      penerimaPegawaiId: pegawai.id,
      tipe: 'SKP_DISETUJUI',
      parameter: { tahun: 2031 },
    })
    expect(n.createdAt.toISOString()).toBe(SAAT.toISOString())
    aturJam(new Date(SAAT.getTime() + 60_000))
    expect((await c.post(`/api/v1/notifikasi/${n.id}/baca`)).statusCode).toBeLessThan(300)
    const [dibaca] = await t.database.db.select().from(notifikasi).where(eq(notifikasi.id, n.id))
    expect(dibaca.dibacaAt?.toISOString()).toBe('2031-06-30T18:31:00.000Z')
  })
})
