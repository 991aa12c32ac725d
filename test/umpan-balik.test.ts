import { and, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, notifikasi, rhk, timKerja } from '../src/db/schema/index.ts'
import { belumDibacaPerSkp, belumDibacaPerUtas } from '../src/modules/umpan-balik/umpan-balik.baca.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatAkun } from './helpers/factories.ts'
import { buatOrang, buatPohon, buatSkp, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => aturJam(undefined))

const Y = 2041
const V = '/api/v1'
const AWAL = `${Y}-03-10T02:00:00.000Z`
const menit = (n: number) => new Date(new Date(AWAL).getTime() + n * 60_000).toISOString()

/**
 * Top leader (pimpinan above) → kepala (penilai) → staf (owner, approved SKP); a colleague leads the team
 * one of staf's RHK belongs to (ketua tim); another colleague has no relation.
 */
async function susun(status: 'disetujui' | 'draft' = 'disetujui') {
  aturJam(AWAL)
  const p = await buatPohon(t.database)
  const atas = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [null] })
  const s = await buatSkp(t.database, p.staf, {
    tahun: Y,
    status,
    intervensi: [atas.rhk[0].id, atas.rhk[0].id],
  })
  const ketua = await buatOrang(t.database, {
    instansiId: p.instansi.id,
    unorId: p.bidang.id,
    nama: 'Ketua Tim',
  })
  const lain = await buatOrang(t.database, {
    instansiId: p.instansi.id,
    unorId: p.bidang.id,
    nama: 'Rekan Lain',
  })
  const [tim] = await t.database.db
    .insert(timKerja)
    .values({ instansiId: p.instansi.id, tahun: Y, nama: 'Tim Data', ketuaPegawaiId: ketua.pegawai.id })
    .returning()
  await t.database.db.update(rhk).set({ timKerjaId: tim.id }).where(eq(rhk.id, s.rhk[0].id))
  const k = async (a: { username: string }) => client(t.app, await masuk(t.app, a))
  return {
    p,
    skp: s.skp,
    rhkTim: s.rhk[0],
    rhkLain: s.rhk[1],
    ketua,
    pegawai: await k(p.staf.akun),
    penilai: await k(p.kepala.akun),
    pimpinan: await k(p.top.akun),
    ketuaTim: await k(ketua.akun),
    rekan: await k(lain.akun),
    admin: await k(p.admin),
  }
}

const url = (skpId: string, q: string) => `${V}/skp/${skpId}/umpan-balik?${q}`

describe('umpan balik: who takes part in a thread', () => {
  it.each([
    // column, RHK of the team, BerAKHLAK value (status expected for a post)
    ['pegawai', 201, 201],
    ['penilai', 201, 201],
    ['ketuaTim', 201, 403],
    ['pimpinan', 403, 403],
    ['rekan', 403, 403],
    ['admin', 403, 403],
  ] as const)('%s posts: RHK of the team %i, value %i', async (kolom, rhkTim, nilai) => {
    const w = await susun()
    const c = w[kolom]
    const a = await c.post(`${V}/skp/${w.skp.id}/umpan-balik`, {
      periode: 'TW1',
      rhkId: w.rhkTim.id,
      isi: 'Bagus',
    })
    expect(a.statusCode, a.body).toBe(rhkTim)
    const b = await c.post(`${V}/skp/${w.skp.id}/umpan-balik`, {
      periode: 'TW1',
      kodeNilai: 'AKUNTABEL',
      isi: 'Ok',
    })
    expect(b.statusCode, b.body).toBe(nilai)
  })

  it.each([
    ['pegawai', 200, true],
    ['penilai', 200, true],
    ['ketuaTim', 200, true],
    ['pimpinan', 200, false],
    ['rekan', 403, false],
    ['admin', 403, false],
  ] as const)('%s reads the team RHK thread: %i (may write: %s)', async (kolom, status, tulis) => {
    const w = await susun()
    const res = await w[kolom].get(url(w.skp.id, `periode=TW1&rhkId=${w.rhkTim.id}`))
    expect(res.statusCode, res.body).toBe(status)
    if (status === 200) expect(res.json().bolehTulis).toBe(tulis)
  })

  it('the ketua tim has no part in an RHK outside the team', async () => {
    const w = await susun()
    expect((await w.ketuaTim.get(url(w.skp.id, `periode=TW1&rhkId=${w.rhkLain.id}`))).statusCode).toBe(403)
  })

  it('a thread shows roles, the ketua tim as such; the post tells the others, not the author', async () => {
    const w = await susun()
    await w.penilai.post(`${V}/skp/${w.skp.id}/umpan-balik`, {
      periode: 'TW2',
      rhkId: w.rhkTim.id,
      isi: 'Tambah data.',
    })
    aturJam(menit(1))
    await w.ketuaTim.post(`${V}/skp/${w.skp.id}/umpan-balik`, {
      periode: 'TW2',
      rhkId: w.rhkTim.id,
      isi: 'Data tim ada.',
    })
    const u = (await w.pegawai.get(url(w.skp.id, `periode=TW2&rhkId=${w.rhkTim.id}`))).json()
    expect(u.items.map((k: { penulis: { peran: string } }) => k.penulis.peran)).toEqual([
      'penilai',
      'ketua_tim',
    ])
    expect(u.belumDibaca).toBe(2)
    const n = await t.database.db
      .select()
      .from(notifikasi)
      .where(and(eq(notifikasi.instansiId, w.p.instansi.id), eq(notifikasi.tipe, 'UMPAN_BALIK_BARU')))
    const ke = (id: string) => n.filter((x) => x.penerimaPegawaiId === id).length
    expect([ke(w.p.staf.pegawai.id), ke(w.ketua.pegawai.id), ke(w.p.kepala.pegawai.id)]).toEqual([2, 1, 1])
    expect(n[0].parameter).toMatchObject({ periode: 'TW2', tentang: w.rhkTim.deskripsi })
  })

  it('feedback needs an approved SKP; any period of its year, locked or not; not a period of another kind', async () => {
    const d = await susun('draft')
    const a = await d.penilai.post(`${V}/skp/${d.skp.id}/umpan-balik`, {
      periode: 'TW1',
      kodeNilai: 'LOYAL',
      isi: 'x',
    })
    expect(a.statusCode).toBe(409)
    const w = await susun()
    aturJam(`${Y}-12-30T02:00:00.000Z`) // TW1 locked long ago: feedback is "at any time"
    const penilai = client(t.app, await masuk(t.app, w.p.kepala.akun))
    const b = await penilai.post(`${V}/skp/${w.skp.id}/umpan-balik`, {
      periode: 'TW1',
      kodeNilai: 'LOYAL',
      isi: 'x',
    })
    expect(b.statusCode, b.body).toBe(201)
    const c = await penilai.post(`${V}/skp/${w.skp.id}/umpan-balik`, {
      periode: 'B01',
      kodeNilai: 'LOYAL',
      isi: 'x',
    })
    expect(c.statusCode).toBe(400)
    expect(c.json().errors[0].path).toBe('periode')
  })

  it('an admin acts for the non-ASN penilai of the top leader, shown as atas nama', async () => {
    const w = await susun()
    const { skp } = await buatSkpDisetujui(t.database, w.p.top, { tahun: Y, intervensi: [null] })
    const a = await w.admin.post(`${V}/skp/${skp.id}/umpan-balik`, {
      periode: 'TW1',
      kodeNilai: 'ADAPTIF',
      isi: 'Baik',
    })
    expect(a.statusCode, a.body).toBe(201)
    expect(a.json().penulis).toMatchObject({ peran: 'penilai', atasNama: true })
  })
})

describe('umpan balik: editing for 15 minutes, audited', () => {
  it.each([
    [0, 200],
    [15, 200],
    [16, 409],
  ])('after %i minutes the author gets %i', async (n, status) => {
    const w = await susun()
    const k = (
      await w.penilai.post(`${V}/skp/${w.skp.id}/umpan-balik`, {
        periode: 'TW1',
        rhkId: w.rhkLain.id,
        isi: 'Awal',
      })
    ).json()
    expect(k.bolehUbahSampai).toBe(menit(15))
    aturJam(menit(n))
    const res = await w.penilai.patch(`${V}/umpan-balik/${k.id}`, { isi: 'Diperbaiki' })
    expect(res.statusCode, res.body).toBe(status)
    if (status === 409) expect(res.json().code).toBe('UMPAN_BALIK.TIDAK_DAPAT_DIUBAH')
    else {
      expect(res.json()).toMatchObject({ isi: 'Diperbaiki', diubahAt: menit(n) })
      const [a] = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.instansiId, w.p.instansi.id), eq(auditLog.aksi, 'umpan_balik_ubah')))
      expect(a.sebelum).toMatchObject({ isi: 'Awal' })
    }
  })

  it('only the author edits; longer than 2,000 characters is refused, never cut', async () => {
    const w = await susun()
    const k = (
      await w.pegawai.post(`${V}/skp/${w.skp.id}/umpan-balik`, {
        periode: 'TW1',
        kodeNilai: 'HARMONIS',
        isi: 'Saya',
      })
    ).json()
    expect((await w.penilai.patch(`${V}/umpan-balik/${k.id}`, { isi: 'x' })).statusCode).toBe(403)
    const panjang = await w.pegawai.post(`${V}/skp/${w.skp.id}/umpan-balik`, {
      periode: 'TW1',
      kodeNilai: 'HARMONIS',
      isi: 'a'.repeat(2001),
    })
    expect(panjang.statusCode).toBe(400)
    expect((await w.pegawai.patch(`${V}/umpan-balik/${k.id}`, { isi: 'a'.repeat(2001) })).statusCode).toBe(
      400,
    )
    const dua = await w.pegawai.post(`${V}/skp/${w.skp.id}/umpan-balik`, {
      periode: 'TW1',
      kodeNilai: 'HARMONIS',
      rhkId: w.rhkLain.id,
      isi: 'keduanya',
    })
    expect(dua.statusCode).toBe(400)
  })
})

describe('umpan balik: read and unread', () => {
  it('counts per thread and per SKP; reading a thread clears it and settles its notifications', async () => {
    const w = await susun()
    const post = (c: typeof w.penilai, q: object, isi: string) =>
      c.post(`${V}/skp/${w.skp.id}/umpan-balik`, { periode: 'TW1', ...q, isi })
    await post(w.penilai, { rhkId: w.rhkLain.id }, 'satu')
    aturJam(menit(1))
    await post(w.penilai, { rhkId: w.rhkLain.id }, 'dua')
    await post(w.penilai, { kodeNilai: 'KOMPETEN' }, 'tiga')
    aturJam(menit(2))
    await post(w.pegawai, { kodeNilai: 'KOMPETEN' }, 'balasan saya')
    const r = (await w.pegawai.get(`${V}/skp/${w.skp.id}/umpan-balik/ringkasan?periode=TW1`)).json()
    expect(r.belumDibaca).toBe(2) // the reply marked the value thread read up to it
    const stafAkun = w.p.staf.akun.id
    const perUtas = await belumDibacaPerUtas(t.database.db, {
      instansiId: w.p.instansi.id,
      skpId: w.skp.id,
      periode: 'TW1',
      akunId: stafAkun,
    })
    expect(perUtas.perRhk.get(w.rhkLain.id)).toBe(2)
    expect(perUtas.perNilai.get('KOMPETEN')).toBe(0)
    const perSkp = await belumDibacaPerSkp(t.database.db, {
      instansiId: w.p.instansi.id,
      skpIds: [w.skp.id],
      periode: 'TW1',
      akunId: w.p.kepala.akun.id,
    })
    expect(perSkp.get(w.skp.id)).toBe(1) // the pegawai's reply, unread by the penilai
    const baca = await w.pegawai.post(`${V}/skp/${w.skp.id}/umpan-balik/dibaca`, {
      periode: 'TW1',
      rhkId: w.rhkLain.id,
    })
    expect(baca.statusCode, baca.body).toBe(200)
    const u = (await w.pegawai.get(url(w.skp.id, `periode=TW1&rhkId=${w.rhkLain.id}`))).json()
    expect([u.belumDibaca, u.items.some((k: { baru: boolean }) => k.baru)]).toEqual([0, false])
    const n = await t.database.db
      .select()
      .from(notifikasi)
      .where(
        and(eq(notifikasi.penerimaPegawaiId, w.p.staf.pegawai.id), eq(notifikasi.tipe, 'UMPAN_BALIK_BARU')),
      )
    expect(n.filter((x) => x.selesaiAt === null)).toHaveLength(1) // the value thread's is still open
  })

  it('the ketua tim sees only the threads of the team RHK in the summary', async () => {
    const w = await susun()
    await w.penilai.post(`${V}/skp/${w.skp.id}/umpan-balik`, {
      periode: 'TW1',
      rhkId: w.rhkLain.id,
      isi: 'a',
    })
    await w.penilai.post(`${V}/skp/${w.skp.id}/umpan-balik`, { periode: 'TW1', rhkId: w.rhkTim.id, isi: 'b' })
    const r = (await w.ketuaTim.get(`${V}/skp/${w.skp.id}/umpan-balik/ringkasan?periode=TW1`)).json()
    expect(r.utas.map((x: { rhkId: string }) => x.rhkId)).toEqual([w.rhkTim.id])
    expect((await w.rekan.get(`${V}/skp/${w.skp.id}/umpan-balik/ringkasan?periode=TW1`)).statusCode).toBe(403)
  })
})

describe('umpan balik: isolation', () => {
  it("another instansi's SKP and comment answer 404 and take no comment", async () => {
    const w = await susun()
    const k = (
      await w.penilai.post(`${V}/skp/${w.skp.id}/umpan-balik`, {
        periode: 'TW1',
        kodeNilai: 'LOYAL',
        isi: 'milik A',
      })
    ).json()
    const b = await buatPohon(t.database)
    const adminB = await buatAkun(t.database, { instansiId: b.instansi.id, peran: ['admin_instansi'] })
    for (const c of [
      client(t.app, await masuk(t.app, b.kepala.akun)),
      client(t.app, await masuk(t.app, adminB)),
    ]) {
      expect((await c.get(url(w.skp.id, 'periode=TW1&kodeNilai=LOYAL'))).statusCode).toBe(404)
      expect(
        (await c.post(`${V}/skp/${w.skp.id}/umpan-balik`, { periode: 'TW1', kodeNilai: 'LOYAL', isi: 'x' }))
          .statusCode,
      ).toBe(404)
      expect((await c.patch(`${V}/umpan-balik/${k.id}`, { isi: 'x' })).statusCode).toBe(404)
    }
    const rhkB = await w.pegawai.get(url(w.skp.id, `periode=TW1&rhkId=${crypto.randomUUID()}`))
    expect(rhkB.statusCode).toBe(404)
  })
})
