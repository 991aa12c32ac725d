import { eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/client.ts'
import { akun, pegawai, surel } from '../src/db/schema/index.ts'
import { kirimNotifikasi } from '../src/modules/notifikasi/notifikasi.service.ts'
import { pengirimSurel } from '../src/modules/surel/surel.pengirim.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatAkun } from './helpers/factories.ts'
import { buatPohon, buatSkp, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'
import { mulaiSmtp, type SmtpUji } from './helpers/smtp.ts'

const V = '/api/v1'
const APP_URL = 'https://kinerja.contoh.go.id'
const Y = 2041

let smtp: SmtpUji
let t: TestApp
beforeAll(async () => {
  smtp = await mulaiSmtp()
  t = await createTestApp({
    smtp: {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: undefined,
      pass: undefined,
      from: 'Kinerja <kinerja@contoh.go.id>',
    },
    appUrl: APP_URL,
  })
})
afterAll(async () => {
  await t?.close()
  await smtp?.tutup()
})
afterEach(() => {
  aturJam(undefined)
  smtp.tolak(0)
})

const pengirim = (maksPercobaan = 3) => pengirimSurel(t.database, { smtp: t.config.smtp!, maksPercobaan })

async function orang(o: { email?: string | null; bahasa?: 'id' | 'en' } = {}) {
  const p = await buatPohon(t.database)
  const email = `staf.${p.staf.pegawai.id.slice(0, 8)}@contoh.go.id`
  await t.database.db
    .update(pegawai)
    .set({ email: o.email === undefined ? email : o.email })
    .where(eq(pegawai.id, p.staf.pegawai.id))
  if (o.bahasa) await t.database.db.update(akun).set({ bahasa: o.bahasa }).where(eq(akun.id, p.staf.akun.id))
  return { p, email }
}

const notif = (
  p: Awaited<ReturnType<typeof buatPohon>>,
  o: Partial<Parameters<typeof kirimNotifikasi>[1]> = {},
) =>
  kirimNotifikasi(t.database.db, {
    instansiId: p.instansi.id,
    penerimaPegawaiId: p.staf.pegawai.id,
    tipe: 'SKP_DISETUJUI',
    parameter: { tahun: Y },
    tautan: '/skp/123',
    ...o,
  } as Parameters<typeof kirimNotifikasi>[1])

const antrean = (pegawaiId: string) =>
  t.database.db.select().from(surel).where(eq(surel.penerimaPegawaiId, pegawaiId))

const untuk = (alamat: string) =>
  smtp.diterima.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(alamat)))

describe('surel: a notification also by mail, through a real SMTP server', () => {
  it('sends the subject, body and link in Indonesian by default', async () => {
    const { p, email } = await orang()
    await notif(p)
    expect(await pengirim().kirimAntrean()).toBeGreaterThanOrEqual(1)
    const [m] = untuk(email)
    expect(m.subject).toBe(`SKP ${Y} Anda disetujui`)
    expect(m.text).toContain('SKP Anda telah disetujui pejabat penilai.')
    expect(m.text).toContain(`${APP_URL}/skp/123`)
    expect(m.html).toContain(`href="${APP_URL}/skp/123"`)
    expect(m.from?.text).toContain('kinerja@contoh.go.id')
    const [row] = await antrean(p.staf.pegawai.id)
    expect(row).toMatchObject({ status: 'terkirim', percobaan: 1, bahasa: 'id', alamat: email })
  })

  it("writes in the language of the recipient's account", async () => {
    const { p, email } = await orang({ bahasa: 'en' })
    await notif(p, { tipe: 'SKP_DIKEMBALIKAN', parameter: { tahun: Y, catatan: 'Lengkapi target' } })
    await pengirim().kirimAntrean()
    const [m] = untuk(email)
    expect(m.subject).toBe(`Your SKP ${Y} was returned`)
    expect(m.text).toContain("The assessor's note: Lengkapi target")
    expect(m.text).toContain('Open in Kinerja')
  })

  it('escapes what people wrote in the HTML, and keeps the subject on one line', async () => {
    const { p, email } = await orang()
    await notif(p, {
      tipe: 'SKP_DIKEMBALIKAN',
      parameter: { tahun: Y, catatan: '<script>alert(1)</script> & "kutip"' },
    })
    await pengirim().kirimAntrean()
    const [m] = untuk(email)
    expect(m.html).not.toContain('<script>')
    expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;kutip&quot;')
    expect(m.text).toContain('<script>alert(1)</script>')
  })

  it('links only inside the app: an odd tautan links to the notification list', async () => {
    const { p } = await orang()
    await notif(p, { tautan: '//jahat.example/x' })
    const [row] = await antrean(p.staf.pegawai.id)
    expect(row.teks).toContain(`${APP_URL}/notifikasi`)
    expect(row.teks).not.toContain('jahat')
  })

  it('no mail without an email address, nor to an address that is not one', async () => {
    const tanpa = await orang({ email: null })
    await notif(tanpa.p)
    const rusak = await orang({ email: 'a@b.go.id, c@d.go.id' })
    await notif(rusak.p)
    expect(await antrean(tanpa.p.staf.pegawai.id)).toHaveLength(0)
    expect(await antrean(rusak.p.staf.pegawai.id)).toHaveLength(0)
  })

  it('a type off by default sends no mail until the person turns it on (PUT /profil/notifikasi)', async () => {
    const { p, email } = await orang()
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    const pesan = { tipe: 'TIM_ANGGOTA', parameter: { namaTim: 'Tim Data', tahun: Y } } as const
    await notif(p, pesan)
    expect(await antrean(p.staf.pegawai.id)).toHaveLength(0)
    const res = await staf.put(`${V}/profil/notifikasi`, { items: [{ tipe: 'TIM_ANGGOTA', surel: true }] })
    expect(res.statusCode).toBe(200)
    expect(res.json().items.find((i: { tipe: string }) => i.tipe === 'TIM_ANGGOTA')).toEqual({
      tipe: 'TIM_ANGGOTA',
      surel: true,
      bawaan: false,
    })
    await notif(p, pesan)
    await pengirim().kirimAntrean()
    expect(untuk(email).map((m) => m.subject)).toEqual(['Anda menjadi anggota Tim Kerja "Tim Data"'])
  })

  it('a type on by default is silenced by the person’s choice; the notification itself still comes', async () => {
    const { p } = await orang()
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    await staf.put(`${V}/profil/notifikasi`, { items: [{ tipe: 'SKP_DISETUJUI', surel: false }] })
    const n = await notif(p)
    expect(n.id).toBeTruthy()
    expect(await antrean(p.staf.pegawai.id)).toHaveLength(0)
  })

  it('mail comes from the real use case: submitting an SKP mails the penilai who asked for it', async () => {
    const { p } = await orang()
    const kepalaEmail = `kepala.${p.kepala.pegawai.id.slice(0, 8)}@contoh.go.id`
    await t.database.db.update(pegawai).set({ email: kepalaEmail }).where(eq(pegawai.id, p.kepala.pegawai.id))
    const kepala = client(t.app, await masuk(t.app, p.kepala.akun))
    await kepala.put(`${V}/profil/notifikasi`, { items: [{ tipe: 'SKP_DIAJUKAN', surel: true }] })
    const atasan = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [null] })
    const { skp } = await buatSkp(t.database, p.staf, { tahun: Y, intervensi: [atasan.rhk[0].id] })
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    expect((await staf.post(`${V}/skp/${skp.id}/ajukan`)).statusCode).toBe(200)
    await pengirim().kirimAntrean()
    const [m] = untuk(kepalaEmail)
    expect(m.subject).toBe(`Staf Satu mengajukan SKP ${Y}`)
    expect(m.text).toContain(`${APP_URL}/skp/${skp.id}`)
  })
})

describe('surel: retries', () => {
  it('retries after the SMTP server refuses once, with backoff on the server clock', async () => {
    const { p, email } = await orang()
    aturJam('2041-03-01T01:00:00Z')
    await notif(p)
    smtp.tolak(1)
    const kirim = pengirim()
    expect(await kirim.kirimAntrean()).toBe(0)
    const [gagal] = await antrean(p.staf.pegawai.id)
    expect(gagal).toMatchObject({ status: 'antri', percobaan: 1 })
    expect(gagal.galat).toMatch(/451|Coba lagi/)
    expect(gagal.kirimSetelah.toISOString()).toBe('2041-03-01T01:01:00.000Z')
    // not due yet: nothing happens
    expect(await kirim.kirimAntrean()).toBe(0)
    aturJam('2041-03-01T01:01:00Z')
    expect(await kirim.kirimAntrean()).toBe(1)
    expect(untuk(email)).toHaveLength(1)
    const [ok] = await antrean(p.staf.pegawai.id)
    expect(ok).toMatchObject({ status: 'terkirim', percobaan: 2, galat: null })
  })

  it('gives up after the last try and records why', async () => {
    const { p, email } = await orang()
    aturJam('2041-03-02T01:00:00Z')
    await notif(p)
    smtp.tolak(10)
    const kirim = pengirim(2)
    await kirim.kirimAntrean()
    aturJam('2041-03-02T02:00:00Z')
    await kirim.kirimAntrean()
    aturJam('2041-03-02T05:00:00Z')
    await kirim.kirimAntrean()
    const [row] = await antrean(p.staf.pegawai.id)
    expect(row).toMatchObject({ status: 'gagal', percobaan: 2 })
    expect(row.galat).toBeTruthy()
    expect(untuk(email)).toHaveLength(0)
  })
})

describe('surel: retention', () => {
  it('removes sent mail after 30 days and given-up mail after 90, keeps what is queued', async () => {
    const { p } = await orang()
    aturJam('2041-06-01T01:00:00Z')
    await notif(p) // sent
    await pengirim().kirimAntrean()
    await notif(p, { parameter: { tahun: 2001 } }) // still queued
    aturJam('2041-07-02T01:00:00Z')
    expect(await pengirim().bersihkan()).toBeGreaterThanOrEqual(1)
    const sisa = await antrean(p.staf.pegawai.id)
    expect(sisa.map((r) => r.status)).toEqual(['antri'])
  })
})

describe('surel: preferences API', () => {
  it('GET lists every type with its default, the address and whether mail is on', async () => {
    const { p, email } = await orang()
    const staf = client(t.app, await masuk(t.app, p.staf.akun))
    const v = (await staf.get(`${V}/profil/notifikasi`)).json()
    expect(v).toMatchObject({ alamat: email, surelAktif: true, bisaDiatur: true })
    const byTipe = Object.fromEntries(v.items.map((i: { tipe: string; surel: boolean }) => [i.tipe, i.surel]))
    expect(byTipe).toMatchObject({
      SKP_DIKEMBALIKAN: true,
      SKP_DISETUJUI: true,
      REALISASI_SEGERA_TERKUNCI: true,
      SKP_DIAJUKAN: false,
    })
  })

  it('one person’s choice is theirs only', async () => {
    const a = await orang()
    const b = await orang()
    const ka = client(t.app, await masuk(t.app, a.p.staf.akun))
    const kb = client(t.app, await masuk(t.app, b.p.staf.akun))
    await ka.put(`${V}/profil/notifikasi`, { items: [{ tipe: 'SKP_DISETUJUI', surel: false }] })
    const lihat = async (k: typeof ka) =>
      (await k.get(`${V}/profil/notifikasi`))
        .json()
        .items.find((i: { tipe: string }) => i.tipe === 'SKP_DISETUJUI').surel
    expect(await lihat(ka)).toBe(false)
    expect(await lihat(kb)).toBe(true)
    // back to the default: nothing stored
    await ka.put(`${V}/profil/notifikasi`, { items: [{ tipe: 'SKP_DISETUJUI', surel: true }] })
    expect(await lihat(ka)).toBe(true)
  })

  it('an account without employee data reads the defaults and cannot change them', async () => {
    const nasional = await buatAkun(t.database, { peran: ['admin_nasional'] })
    const k = client(t.app, await masuk(t.app, nasional))
    expect((await k.get(`${V}/profil/notifikasi`)).json()).toMatchObject({ bisaDiatur: false, alamat: null })
    const res = await k.put(`${V}/profil/notifikasi`, { items: [{ tipe: 'SKP_DISETUJUI', surel: false }] })
    expect(res.statusCode).toBe(403)
  })

  it.each([
    ['no items', { items: [] }],
    ['an unknown type', { items: [{ tipe: 'TIDAK_ADA', surel: true }] }],
    [
      'a type twice',
      {
        items: [
          { tipe: 'SKP_DISETUJUI', surel: true },
          { tipe: 'SKP_DISETUJUI', surel: false },
        ],
      },
    ],
    ['not a boolean', { items: [{ tipe: 'SKP_DISETUJUI', surel: 'ya' }] }],
    ['an unknown field', { items: [{ tipe: 'SKP_DISETUJUI', surel: true, x: 1 }] }],
  ])('bad input: %s → 400 with field errors', async (_n, body) => {
    const { p } = await orang()
    const staf = client(t.app, await masuk(t.app, p.staf.akun), 'en')
    const res = await staf.put(`${V}/profil/notifikasi`, body)
    expect(res.statusCode).toBe(400)
    expect(res.json().errors.length).toBeGreaterThan(0)
  })
})

/** A second pool on this file's PostgreSQL database: what another API process would have. */
export async function poolKedua() {
  const [{ nama }] = await t.database.query<{ nama: string }>('select current_database() as nama')
  const url = new URL(process.env.TEST_DATABASE_URL!)
  url.pathname = `/${nama}`
  return openDatabase({ databaseUrl: url.toString() })
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('surel on PostgreSQL: several senders', () => {
  it('two sender processes never send one mail twice', async () => {
    const { p, email } = await orang()
    for (let i = 0; i < 30; i++) await notif(p, { parameter: { tahun: 2000 + i } })
    // a second pool on the same database: another API process
    const kedua = await poolKedua()
    try {
      const a = pengirim()
      const b = pengirimSurel(kedua, { smtp: t.config.smtp!, maksPercobaan: 3 })
      const [na, nb] = await Promise.all([a.kirimAntrean(), b.kirimAntrean()])
      expect(na + nb).toBeGreaterThanOrEqual(30) // and whatever else of this file was due
      const subjek = untuk(email).map((m) => m.subject)
      expect(subjek).toHaveLength(30)
      expect(new Set(subjek).size).toBe(30)
    } finally {
      await kedua.close()
    }
  })
})
