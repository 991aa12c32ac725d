import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, iki, notifikasi, pengaturanTahun, realisasi } from '../src/db/schema/index.ts'
import { pengaturanBawaan } from '../src/domain/settings.ts'
import type { PelaksanaanView, RealisasiTersimpan } from '../src/shared/pelaksanaan.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatPohon, buatSkp, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

/**
 * Issue 8, DOMAIN §4: the realisasi page of a period and the month-end write path. Fixed clock: 10 May 2026
 * 10:00 WIB, triwulan periods with the default lock (5 days): TW1 locked since 6 April 00:00 WIB, TW2 open
 * and begun, TW3 not begun.
 */
const Y = 2026
const V = '/api/v1'
let t: TestApp
beforeAll(async () => {
  aturJam(`${Y}-05-10T03:00:00Z`)
  t = await createTestApp()
})
afterAll(async () => {
  aturJam(undefined)
  await t.close()
})

async function siap(o: { pendekatan?: 'kuantitatif' | 'kualitatif' } = {}) {
  const p = await buatPohon(t.database)
  const top = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null] })
  const kepala = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [top.rhk[0].id] })
  const staf = await buatSkpDisetujui(t.database, p.staf, {
    tahun: Y,
    intervensi: [kepala.rhk[0].id],
    pendekatan: o.pendekatan,
  })
  const ikiStaf = await t.database.db
    .select()
    .from(iki)
    .where(eq(iki.rhkId, staf.rhk[0].id))
    .orderBy(iki.urutan)
  return {
    p,
    staf,
    kepala,
    iki: ikiStaf,
    c: client(t.app, await masuk(t.app, p.staf.akun)),
    atasan: client(t.app, await masuk(t.app, p.kepala.akun)),
    admin: client(t.app, await masuk(t.app, p.admin)),
  }
}
type Siap = Awaited<ReturnType<typeof siap>>
const tulis = (w: Siap, ikiId: string, periode: string, body: object, k = w.c) =>
  k.put(`${V}/skp/${w.staf.skp.id}/realisasi/${ikiId}/${periode}`, body)
const lihat = async (w: Siap, periode?: string, k = w.c) => {
  const res = await k.get(`${V}/skp/${w.staf.skp.id}/pelaksanaan${periode ? `?periode=${periode}` : ''}`)
  expect(res.statusCode, res.body).toBe(200)
  return res.json<PelaksanaanView>()
}

describe('the period view', () => {
  it('lists the periods with their lock state and picks today’s', async () => {
    const w = await siap()
    const v = await lihat(w)
    expect(v.periodeDipilih).toBe('TW2')
    expect(v.periode.map((p) => [p.kode, p.terbuka, p.sudahDimulai])).toEqual([
      ['TW1', false, true],
      ['TW2', true, true],
      ['TW3', true, false],
      ['TW4', true, false],
    ])
    // 6 April 00:00 WIB
    expect(v.periode[0].terkunciPada).toBe(`${Y}-04-06T00:00:00+07:00`) // 5 April 17:00Z, in the instansi's zone
    expect(v.aksi).toEqual({ isiRealisasi: true, ubahRencana: true, bukaKunci: false })
    expect(v.jumlahIki).toBe(2)
    expect(v.terisi).toBe(0)
    expect((await lihat(w, 'TW1')).alasanTertutup).toBe('terkunci')
    expect((await lihat(w, 'TW3')).aksi).toEqual({ isiRealisasi: false, ubahRencana: true, bukaKunci: false })
  })

  it('computes capaian per period and for the year on the server', async () => {
    const w = await siap()
    // 12 Dokumen a year (jumlah): 3 per quarter; 80–100 % (jumlah by default too: split per quarter)
    const res = await tulis(w, w.iki[0].id, 'TW2', { nilai: 6, catatan: 'dua kali lipat' })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<RealisasiTersimpan>().capaian).toBe(200)
    const v = await lihat(w, 'TW2')
    const i = v.rhk[0].iki[0]
    expect(i.targetPeriode).toEqual({ min: 3, max: null })
    expect(i.realisasi).toMatchObject({ nilai: 6, catatan: 'dua kali lipat', versi: 1 })
    expect(i.capaian).toBe(200)
    expect(i.tahunan).toMatchObject({ realisasi: 6, capaian: 50, periodeDihitung: 1 })
    expect(v.terisi).toBe(1)
  })

  it('is read by the penilai, refused to a stranger, 400 for a period outside the SKP', async () => {
    const w = await siap()
    const v = await lihat(w, 'TW2', w.atasan)
    expect(v.aksi.isiRealisasi).toBe(false)
    const lain = await siap()
    expect((await lain.c.get(`${V}/skp/${w.staf.skp.id}/pelaksanaan`)).statusCode).toBe(404)
    expect((await w.c.get(`${V}/skp/${w.staf.skp.id}/pelaksanaan?periode=B05`)).statusCode).toBe(400)
  })
})

describe('write rules (table-driven)', () => {
  const kasus: {
    nama: string
    periode?: string
    body: object
    status: number
    kode?: string
    ikiKe?: number
  }[] = [
    { nama: 'a number in the open period', body: { nilai: 4 }, status: 200 },
    { nama: 'zero is a value', body: { nilai: 0 }, status: 200 },
    { nama: 'a locked period', periode: 'TW1', body: { nilai: 4 }, status: 409, kode: 'REALISASI.TERKUNCI' },
    {
      nama: 'a period not begun',
      periode: 'TW3',
      body: { nilai: 4 },
      status: 409,
      kode: 'REALISASI.BELUM_DIMULAI',
    },
    { nama: 'a period of another scheme', periode: 'B05', body: { nilai: 4 }, status: 400 },
    { nama: 'FINAL is no realisasi period', periode: 'FINAL', body: { nilai: 4 }, status: 400 },
    {
      nama: 'words on a kuantitatif IKI',
      body: { nilaiTeks: 'selesai' },
      status: 400,
      kode: 'REALISASI.BENTUK',
    },
    { nama: 'nothing', body: {}, status: 400, kode: 'REALISASI.WAJIB' },
    { nama: 'a string number', body: { nilai: '4' }, status: 400 },
    { nama: 'NUL in the note', body: { nilai: 1, catatan: 'a\u0000b' }, status: 400 },
    {
      nama: 'an oversize note (refused, never cut)',
      body: { nilai: 1, catatan: 'x'.repeat(2001) },
      status: 400,
    },
    { nama: 'a huge number', body: { nilai: 1e13 }, status: 400 },
  ]
  for (const k of kasus)
    it(k.nama, async () => {
      const w = await siap()
      const res = await tulis(w, w.iki[k.ikiKe ?? 0].id, k.periode ?? 'TW2', k.body)
      expect(res.statusCode, res.body).toBe(k.status)
      if (k.kode) expect(res.json<{ code: string }>().code).toBe(k.kode)
    })

  it('the lock message says when it locked and that an admin can reopen it', async () => {
    const w = await siap()
    const res = await tulis(w, w.iki[0].id, 'TW1', { nilai: 1 })
    expect(res.json<{ message: string }>().message).toBe(
      'Realisasi periode TRIWULAN I terkunci sejak 6 April 2026 00.00 WIB. Admin instansi dapat membukanya kembali.',
    )
  })

  it('kualitatif takes words and has no percentage', async () => {
    const w = await siap({ pendekatan: 'kualitatif' })
    expect((await tulis(w, w.iki[0].id, 'TW2', { nilai: 3 })).statusCode).toBe(400)
    const res = await tulis(w, w.iki[0].id, 'TW2', { nilaiTeks: 'Disetujui tanpa revisi' })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<RealisasiTersimpan>().capaian).toBeNull()
    const i = (await lihat(w, 'TW2')).rhk[0].iki[0]
    expect(i).toMatchObject({
      kualitatif: true,
      capaian: null,
      realisasi: { nilaiTeks: 'Disetujui tanpa revisi' },
    })
  })

  it('only the owner writes; only an approved SKP; unknown ids are 404', async () => {
    const w = await siap()
    expect((await tulis(w, w.iki[0].id, 'TW2', { nilai: 1 }, w.atasan)).statusCode).toBe(403)
    expect((await tulis(w, w.iki[0].id, 'TW2', { nilai: 1 }, w.admin)).statusCode).toBe(403)
    const lainIki = (await t.database.db.select().from(iki).where(eq(iki.rhkId, w.kepala.rhk[0].id)))[0]
    expect((await tulis(w, lainIki.id, 'TW2', { nilai: 1 })).statusCode).toBe(404)
    expect((await tulis(w, '00000000-0000-4000-8000-000000000000', 'TW2', { nilai: 1 })).statusCode).toBe(404)
    expect(
      (
        await w.c.put(`${V}/skp/00000000-0000-4000-8000-000000000000/realisasi/${w.iki[0].id}/TW2`, {
          nilai: 1,
        })
      ).statusCode,
    ).toBe(404)
    const p = await buatPohon(t.database)
    const draft = await buatSkp(t.database, p.staf, { tahun: Y })
    const ikiDraft = (await t.database.db.select().from(iki).where(eq(iki.rhkId, draft.rhk[0].id)))[0]
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const res = await c.put(`${V}/skp/${draft.skp.id}/realisasi/${ikiDraft.id}/TW2`, { nilai: 1 })
    expect(res.statusCode).toBe(409)
    expect(res.json<{ code: string }>().code).toBe('REALISASI.SKP_BELUM_DISETUJUI')
  })

  it('a closed year is read-only', async () => {
    const w = await siap()
    await t.database.db
      .update(pengaturanTahun)
      .set({ status: 'ditutup' })
      .where(and(eq(pengaturanTahun.instansiId, w.p.instansi.id), eq(pengaturanTahun.tahun, Y)))
    const res = await tulis(w, w.iki[0].id, 'TW2', { nilai: 1 })
    expect(res.statusCode).toBe(409)
    expect(res.json<{ code: string }>().code).toBe('PENGATURAN.TAHUN_DITUTUP')
  })

  it('versi: a stale write is refused; every write is audited', async () => {
    const w = await siap()
    expect(
      (await tulis(w, w.iki[0].id, 'TW2', { nilai: 1 })).json<RealisasiTersimpan>().realisasi.versi,
    ).toBe(1)
    expect((await tulis(w, w.iki[0].id, 'TW2', { nilai: 2, versi: 1 })).statusCode).toBe(200)
    const basi = await tulis(w, w.iki[0].id, 'TW2', { nilai: 3, versi: 1 })
    expect(basi.statusCode).toBe(409)
    expect(basi.json<{ code: string }>().code).toBe('REALISASI.VERSI_USANG')
    const [r] = await t.database.db.select().from(realisasi).where(eq(realisasi.ikiId, w.iki[0].id))
    expect(r).toMatchObject({ nilai: 2, versi: 2 })
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entitas, 'realisasi'), eq(auditLog.entitasId, r.id)))
    expect(audit).toHaveLength(2)
    expect((await w.c.delete(`${V}/skp/${w.staf.skp.id}/realisasi/${w.iki[0].id}/TW2`)).statusCode).toBe(204)
    expect((await lihat(w, 'TW2')).terisi).toBe(0)
  })
})

describe('admin unlock', () => {
  it('reopens a locked period for one SKP until a date, audited and notified', async () => {
    const w = await siap()
    const tw2 = await w.admin.post(`${V}/pelaksanaan/buka-kunci`, {
      skpId: w.staf.skp.id,
      periode: 'TW2',
      alasan: 'x',
    })
    expect(tw2.statusCode, tw2.body).toBe(409)
    expect(
      (await w.c.post(`${V}/pelaksanaan/buka-kunci`, { skpId: w.staf.skp.id, periode: 'TW1', alasan: 'x' }))
        .statusCode,
    ).toBe(403)
    expect((await lihat(w, 'TW1', w.admin)).aksi.bukaKunci).toBe(true)
    const res = await w.admin.post(`${V}/pelaksanaan/buka-kunci`, {
      skpId: w.staf.skp.id,
      periode: 'TW1',
      alasan: 'Sakit pada awal April (surat keterangan terlampir)',
      berlakuSampai: `${Y}-05-10T05:00:00Z`,
    })
    expect(res.statusCode, res.body).toBe(201)
    expect((await tulis(w, w.iki[0].id, 'TW1', { nilai: 3 })).statusCode).toBe(200)
    const v = await lihat(w, 'TW1')
    expect(v.periode[0]).toMatchObject({ terbuka: true, dibukaSampai: `${Y}-05-10T12:00:00+07:00` })
    const [n] = await t.database.db
      .select()
      .from(notifikasi)
      .where(
        and(eq(notifikasi.penerimaPegawaiId, w.p.staf.pegawai.id), eq(notifikasi.tipe, 'REALISASI_DIBUKA')),
      )
    expect(n.parameter).toMatchObject({ periode: 'TW1', sampai: `${Y}-05-10` })
    const daftar = await w.admin.get(`${V}/pelaksanaan/buka-kunci?tahun=${Y}`)
    expect(daftar.json<{ items: unknown[] }>().items).toHaveLength(1)
    // the unlock ends: locked again (boundary: the instant itself is closed)
    aturJam(`${Y}-05-10T05:00:00Z`)
    try {
      expect((await tulis(w, w.iki[0].id, 'TW1', { nilai: 4 })).statusCode).toBe(409)
    } finally {
      aturJam(`${Y}-05-10T03:00:00Z`)
    }
  })

  it('the lock boundary: open through the last day, locked at midnight WIB', async () => {
    const w = await siap()
    for (const [saat, status] of [
      [`${Y}-04-05T16:59:59Z`, 200],
      [`${Y}-04-05T17:00:00Z`, 409],
    ] as const) {
      aturJam(saat)
      try {
        expect((await tulis(w, w.iki[0].id, 'TW1', { nilai: 1 })).statusCode, saat).toBe(status)
      } finally {
        aturJam(`${Y}-05-10T03:00:00Z`)
      }
    }
  })

  it('follows the instansi’s time zone (WIT locks two hours earlier)', async () => {
    const w = await siap()
    await t.database.db
      .update(pengaturanTahun)
      .set({ pengaturan: { ...pengaturanBawaan(Y), zonaWaktu: 'Asia/Jayapura' } })
      .where(and(eq(pengaturanTahun.instansiId, w.p.instansi.id), eq(pengaturanTahun.tahun, Y)))
    aturJam(`${Y}-04-05T15:30:00Z`)
    try {
      expect((await tulis(w, w.iki[0].id, 'TW1', { nilai: 1 })).statusCode).toBe(409)
    } finally {
      aturJam(`${Y}-05-10T03:00:00Z`)
    }
  })
})
