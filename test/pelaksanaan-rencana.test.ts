import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { iki } from '../src/db/schema/index.ts'
import type {
  BawahanRealisasi,
  BawahanRealisasiView,
  PelaksanaanView,
  RencanaAksiView,
} from '../src/shared/pelaksanaan.ts'
import { urutkanBawahan } from '../src/modules/pelaksanaan/bawahan.service.ts'
import type { BerandaView } from '../src/shared/beranda.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatPohon, buatSkpDisetujui, masuk } from './helpers/skp-factories.ts'
import { seedPelaksanaanDemo } from '../src/db/seed/demo-pelaksanaan.ts'

/**
 * Issue 8, DOMAIN §4: rencana aksi and per-period targets (owner, open period), the atasan's overview, the
 * Beranda items, and isolation between instansi. Fixed clock: 10 May 2026 10:00 WIB (TW1 locked, TW2 open).
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

async function siap() {
  const p = await buatPohon(t.database)
  const top = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null] })
  const kepala = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [top.rhk[0].id] })
  const staf = await buatSkpDisetujui(t.database, p.staf, { tahun: Y, intervensi: [kepala.rhk[0].id] })
  const ikiStaf = await t.database.db
    .select()
    .from(iki)
    .where(eq(iki.rhkId, staf.rhk[0].id))
    .orderBy(iki.urutan)
  return {
    p,
    staf,
    iki: ikiStaf,
    c: client(t.app, await masuk(t.app, p.staf.akun)),
    atasan: client(t.app, await masuk(t.app, p.kepala.akun)),
  }
}
type Siap = Awaited<ReturnType<typeof siap>>
const lihat = async (w: Siap, periode = 'TW2', k = w.c) =>
  (await k.get(`${V}/skp/${w.staf.skp.id}/pelaksanaan?periode=${periode}`)).json<PelaksanaanView>()

describe('rencana aksi', () => {
  it('the owner adds, edits and deletes per RHK per period; the penilai reads', async () => {
    const w = await siap()
    const url = `${V}/skp/${w.staf.skp.id}/rencana-aksi`
    const a = await w.c.post(url, {
      rhkId: w.staf.rhk[0].id,
      periode: 'TW2',
      uraian: 'Menyusun draf laporan',
      target: 2,
      satuan: 'Draf',
    })
    expect(a.statusCode, a.body).toBe(201)
    const b = await w.c.post(url, {
      rhkId: w.staf.rhk[0].id,
      periode: 'TW3',
      uraian: 'Finalisasi',
      targetTeks: 'Disetujui',
    })
    expect(b.statusCode, b.body).toBe(201)
    const ra = a.json<RencanaAksiView>()
    const ubah = await w.c.patch(`${url}/${ra.id}`, {
      uraian: 'Menyusun draf laporan triwulan',
      target: 3,
      satuan: 'Draf',
    })
    expect(ubah.json<RencanaAksiView>()).toMatchObject({ urutan: 1, target: 3 })
    const v = await lihat(w, 'TW2', w.atasan)
    expect(v.rhk[0].rencanaAksi.map((r) => r.uraian)).toEqual(['Menyusun draf laporan triwulan'])
    expect((await w.atasan.patch(`${url}/${ra.id}`, { uraian: 'x' })).statusCode).toBe(403)
    expect((await w.c.delete(`${url}/${ra.id}`)).statusCode).toBe(204)
    expect((await lihat(w)).rhk[0].rencanaAksi).toEqual([])
  })

  it('refuses a locked period, a target without unit, number and words together, another SKP’s RHK', async () => {
    const w = await siap()
    const url = `${V}/skp/${w.staf.skp.id}/rencana-aksi`
    const rhkId = w.staf.rhk[0].id
    const kasus: [object, number, string?][] = [
      [{ rhkId, periode: 'TW1', uraian: 'x' }, 409, 'REALISASI.TERKUNCI'],
      [{ rhkId, periode: 'TW2', uraian: 'x', target: 2 }, 400, 'RENCANA_AKSI.SATUAN'],
      [
        { rhkId, periode: 'TW2', uraian: 'x', target: 2, satuan: 'D', targetTeks: 'y' },
        400,
        'RENCANA_AKSI.BENTUK',
      ],
      [{ rhkId: '00000000-0000-4000-8000-000000000000', periode: 'TW2', uraian: 'x' }, 404],
      [{ rhkId, periode: 'TW2', uraian: 'x'.repeat(2001) }, 400],
    ]
    for (const [body, status, kode] of kasus) {
      const res = await w.c.post(url, body)
      expect(res.statusCode, res.body).toBe(status)
      if (kode) expect(res.json<{ code: string }>().code).toBe(kode)
    }
  })
})

describe('per-period targets', () => {
  it('an override replaces the default in the view and the capaian; an empty body resets it', async () => {
    const w = await siap()
    const url = `${V}/skp/${w.staf.skp.id}/target-periode/${w.iki[0].id}/TW2`
    expect((await w.c.put(url, { targetMin: 6 })).statusCode).toBe(200)
    await w.c.put(`${V}/skp/${w.staf.skp.id}/realisasi/${w.iki[0].id}/TW2`, { nilai: 3 })
    let i = (await lihat(w)).rhk[0].iki[0]
    expect(i).toMatchObject({ targetPeriode: { min: 6, max: null }, targetDiubah: true, capaian: 50 })
    expect((await w.c.put(url, { targetTeks: 'banyak' })).statusCode).toBe(400)
    expect((await w.c.put(url, {})).statusCode).toBe(200)
    i = (await lihat(w)).rhk[0].iki[0]
    expect(i).toMatchObject({ targetPeriode: { min: 3, max: null }, targetDiubah: false, capaian: 100 })
    expect(
      (await w.c.put(`${V}/skp/${w.staf.skp.id}/target-periode/${w.iki[0].id}/TW1`, { targetMin: 1 }))
        .statusCode,
    ).toBe(409)
  })
})

describe('the atasan’s overview and the Beranda', () => {
  it('lists each subordinate with filled counts, not filled first; the Beranda counts them', async () => {
    const w = await siap()
    const bawahan = async () =>
      (await w.atasan.get(`${V}/pelaksanaan/bawahan?tahun=${Y}&periode=TW2`)).json<BawahanRealisasiView>()
    let v = await bawahan()
    expect(v.periode?.kode).toBe('TW2')
    expect(v.items.map((b) => [b.nama, b.status, b.terisi, b.jumlahIki])).toEqual([
      ['Staf Satu', 'disetujui', 0, 2],
    ])
    let beranda = (await w.atasan.get(`${V}/beranda`)).json<BerandaView>()
    expect(beranda.atasan?.realisasiBawahan).toMatchObject({ periode: 'TW2', belum: 1, total: 1 })
    let saya = (await w.c.get(`${V}/beranda`)).json<BerandaView>()
    expect(saya.pegawai?.realisasi).toMatchObject({ periode: 'TW2', terisi: 0, jumlahIki: 2 })
    for (const i of w.iki) await w.c.put(`${V}/skp/${w.staf.skp.id}/realisasi/${i.id}/TW2`, { nilai: 1 })
    v = await bawahan()
    expect(v.items[0]).toMatchObject({ terisi: 2, jumlahIki: 2 })
    expect(v.items[0].terakhirDiubah).not.toBeNull()
    beranda = (await w.atasan.get(`${V}/beranda`)).json<BerandaView>()
    expect(beranda.atasan?.realisasiBawahan).toMatchObject({ belum: 0, total: 1 })
    saya = (await w.c.get(`${V}/beranda`)).json<BerandaView>()
    expect(saya.pegawai?.realisasi).toBeNull()
  })
})

describe('isolation', () => {
  it('another instansi’s SKP is invisible and unwritable (404), even to its admin', async () => {
    const w = await siap()
    const lain = await buatPohon(t.database)
    const admin = client(t.app, await masuk(t.app, lain.admin))
    const s = w.staf.skp.id
    const i = w.iki[0].id
    const jawab = [
      await admin.get(`${V}/skp/${s}/pelaksanaan`),
      await admin.put(`${V}/skp/${s}/realisasi/${i}/TW2`, { nilai: 1 }),
      await admin.put(`${V}/skp/${s}/target-periode/${i}/TW2`, { targetMin: 1 }),
      await admin.post(`${V}/skp/${s}/rencana-aksi`, {
        rhkId: w.staf.rhk[0].id,
        periode: 'TW2',
        uraian: 'x',
      }),
      await admin.post(`${V}/pelaksanaan/buka-kunci`, { skpId: s, periode: 'TW1', alasan: 'x' }),
    ]
    expect(jawab.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404])
    const daftar = await admin.get(`${V}/pelaksanaan/buka-kunci?tahun=${Y}`)
    expect(daftar.json<{ items: unknown[] }>().items).toEqual([])
  })
})

describe('demo data', () => {
  it('fills the ended periods of approved SKPs, part of the open one, and a rencana aksi per RHK and period', async () => {
    const w = await siap()
    const hasil = await seedPelaksanaanDemo(t.database, w.p.instansi.id, Y)
    const per = await t.database.query<{ periode: string; n: number }>(
      `select periode, count(*)::int as n from realisasi where instansi_id = $1 group by periode order by periode`,
      [w.p.instansi.id],
    )
    // 3 SKPs × 1 RHK × 2 IKI: TW1 (ended, locked) complete but for one pegawai who can log in (left empty
    // for the admin's unlock), TW2 (open) partly, TW3 (not begun) empty
    const tw1 = await t.database.query<{ n: number }>(
      `select (select count(*)::int from realisasi r where r.skp_id = s.id and r.periode = 'TW1') as n
       from skp s where s.instansi_id = $1 order by 1`,
      [w.p.instansi.id],
    )
    expect(tw1.map((r) => r.n)).toEqual([0, 2, 2])
    expect(per.find((r) => r.periode === 'TW2')?.n ?? 0).toBeLessThan(6)
    expect(per.some((r) => r.periode === 'TW3')).toBe(false)
    expect(hasil.rencanaAksi).toBe(6)
    // the view reads them back with capaian computed
    const v = await lihat(w, 'TW1')
    if (v.terisi > 0) expect(v.rhk[0].iki[0].capaian).not.toBeNull()
  })
})

describe('the overview’s order (table)', () => {
  const b = (nama: string, status: BawahanRealisasi['status'], terisi: number, jumlahIki: number) =>
    ({ nama, status, terisi, jumlahIki }) as BawahanRealisasi
  it('approved and missing (least filled first), then without a usable SKP, then complete; by name', () => {
    const daftar = [
      b('Eko', 'disetujui', 2, 2),
      b('Dewi', 'draft', 0, 0),
      b('Cici', 'disetujui', 1, 4),
      b('Budi', 'belum_ada', 0, 0),
      b('Ani', 'disetujui', 0, 3),
      b('Fajar', 'disetujui', 3, 4),
    ]
    expect(daftar.sort(urutkanBawahan).map((x) => x.nama)).toEqual([
      'Ani',
      'Cici',
      'Fajar',
      'Budi',
      'Dewi',
      'Eko',
    ])
  })
})
