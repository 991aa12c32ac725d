import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { atasanOverride, iki, rhk, skp } from '../src/db/schema/index.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatPohon, buatSkp, buatSkpDisetujui, masuk, rhkBody } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()
const jumlahRhk = async (skpId: string) =>
  (await t.database.db.select().from(rhk).where(eq(rhk.skpId, skpId))).length
const paths = (res: { json(): { errors: { path: string }[] } }) => res.json().errors.map((e) => e.path)

/** A tree with an approved SKP for the top leader and the kepala, and a draft for the staff. */
async function siap() {
  const p = await buatPohon(t.database)
  const top = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null], varian: 'jpt' })
  const kepala = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [top.rhk[0].id] })
  const staf = await buatSkp(t.database, p.staf, { tahun: Y, intervensi: [] })
  return { p, top, kepala, staf, c: client(t.app, await masuk(t.app, p.staf.akun)) }
}

describe('RHK and IKI', () => {
  it("adds an RHK cascaded from the atasan's approved RHK, answering the whole SKP with labels", async () => {
    const { kepala, staf, c } = await siap()
    const res = await c.post(
      `/api/v1/skp/${staf.skp.id}/rhk`,
      rhkBody(kepala.rhk[0].id, {
        iki: [{ aspek: 'waktu', indikator: 'Tepat waktu', targetMin: 10, targetMax: 12, satuan: 'Bulan' }],
      }),
    )
    expect(res.statusCode).toBe(201)
    const v = res.json()
    expect(v.versi).toBe(staf.skp.versi + 1)
    expect(v.rhk).toHaveLength(1)
    expect(v.rhk[0]).toMatchObject({
      jenis: 'utama',
      intervensi: {
        rhkId: kepala.rhk[0].id,
        deskripsi: kepala.rhk[0].deskripsi,
        pegawaiNama: 'Kepala Bidang',
      },
      iki: [{ aspek: 'waktu', targetMin: 10, targetMax: 12, targetLabel: '10–12 Bulan' }],
    })
  })

  it('replaces the IKI list on PATCH, deletes, reorders, and a returned SKP becomes draft when edited', async () => {
    const { kepala, staf, c } = await siap()
    const a = (await c.post(`/api/v1/skp/${staf.skp.id}/rhk`, rhkBody(kepala.rhk[0].id))).json().rhk[0].id
    const b = (
      await c.post(`/api/v1/skp/${staf.skp.id}/rhk`, rhkBody(kepala.rhk[0].id, { jenis: 'tambahan' }))
    ).json().rhk[1].id
    const baru = [
      { aspek: 'kuantitas', indikator: 'A', targetMin: 1, satuan: 'Dok' },
      { aspek: 'biaya', indikator: 'B', targetMin: 5, satuan: 'Juta' },
    ]
    const p = await c.patch(`/api/v1/rhk/${a}`, rhkBody(kepala.rhk[0].id, { deskripsi: 'Diubah', iki: baru }))
    expect(p.json().rhk[0]).toMatchObject({
      deskripsi: 'Diubah',
      iki: [{ indikator: 'A' }, { indikator: 'B', targetLabel: '5 Juta' }],
    })
    const urut = await c.post(`/api/v1/skp/${staf.skp.id}/rhk/urutan`, { ids: [b, a] })
    expect(urut.json().rhk.map((r: { id: string }) => r.id)).toEqual([b, a])
    expect((await c.post(`/api/v1/skp/${staf.skp.id}/rhk/urutan`, { ids: [b] })).statusCode).toBe(400)
    await t.database.db.update(skp).set({ status: 'dikembalikan' }).where(eq(skp.id, staf.skp.id))
    const del = await c.delete(`/api/v1/rhk/${b}`)
    expect(del.json()).toMatchObject({ status: 'draft', rhk: [{ id: a }] })
  })

  it('rejects bad input with field paths and writes nothing', async () => {
    const { kepala, staf, c } = await siap()
    const res = await c.post(
      `/api/v1/skp/${staf.skp.id}/rhk`,
      rhkBody(kepala.rhk[0].id, {
        deskripsi: '',
        iki: [
          { aspek: 'kuantitas', indikator: 'X', targetMin: -1, satuan: 'Dok' },
          { aspek: 'kualitas', indikator: 'Y', targetMin: 90, targetMax: 80, satuan: '%' },
          { aspek: 'mutu', indikator: 'Z', targetMin: 'banyak', satuan: '' },
        ],
      }),
    )
    expect(res.statusCode).toBe(400)
    expect(paths(res).sort()).toEqual([
      'deskripsi',
      'iki.0.targetMin',
      'iki.1.targetMax',
      'iki.2.aspek',
      'iki.2.satuan',
      'iki.2.targetMin',
    ])
    const kosong = await c.post(`/api/v1/skp/${staf.skp.id}/rhk`, rhkBody(kepala.rhk[0].id, { iki: [] }))
    expect(paths(kosong)).toEqual(['iki'])
    const perspektif = await c.post(
      `/api/v1/skp/${staf.skp.id}/rhk`,
      rhkBody(kepala.rhk[0].id, { perspektif: 'anggaran' }),
    )
    expect(perspektif.json()).toMatchObject({
      code: 'RHK.PERSPEKTIF_HANYA_JPT',
      errors: [{ path: 'perspektif' }],
    })
    expect(await jumlahRhk(staf.skp.id)).toBe(0)
  })
})

describe('intervensi validation', () => {
  it("accepts only the penilai's approved RHK of the same year", async () => {
    const { p, top, staf, c } = await siap()
    const tahunDepan = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y + 1, intervensi: [null] })
    const cases: [string | null, string][] = [
      [top.rhk[0].id, 'INTERVENSI.BUKAN_ATASAN'],
      [tahunDepan.rhk[0].id, 'INTERVENSI.BEDA_TAHUN'],
      ['00000000-0000-4000-8000-000000000000', 'INTERVENSI.TIDAK_DITEMUKAN'],
    ]
    for (const [id, code] of cases) {
      const res = await c.post(`/api/v1/skp/${staf.skp.id}/rhk`, rhkBody(id))
      expect({ id, status: res.statusCode, code: res.json().code, path: paths(res) }).toEqual({
        id,
        status: 400,
        code,
        path: ['intervensiRhkId'],
      })
    }
    expect(await jumlahRhk(staf.skp.id)).toBe(0)
  })

  it('saves a draft RHK without intervensi, but refuses to submit it (INTERVENSI.WAJIB)', async () => {
    const { staf, c } = await siap()
    const simpan = await c.post(`/api/v1/skp/${staf.skp.id}/rhk`, rhkBody(null))
    expect(simpan.statusCode).toBe(201)
    const ajukan = await c.post(`/api/v1/skp/${staf.skp.id}/ajukan`, {})
    expect(ajukan.statusCode).toBe(400)
    expect(ajukan.json().code).toBe('SKP.BELUM_LENGKAP')
    expect(paths(ajukan)).toContain('rhk.0.intervensiRhkId')
  })

  it("refuses a draft RHK of the atasan, and another instansi's approved RHK even with its id", async () => {
    const p = await buatPohon(t.database)
    const kepalaDraft = await buatSkp(t.database, p.kepala, { tahun: Y, intervensi: [null] })
    const staf = await buatSkp(t.database, p.staf, { tahun: Y, intervensi: [] })
    const c = client(t.app, await masuk(t.app, p.staf.akun))
    const draft = await c.post(`/api/v1/skp/${staf.skp.id}/rhk`, rhkBody(kepalaDraft.rhk[0].id))
    expect(draft.json().code).toBe('INTERVENSI.BELUM_DISETUJUI')
    const lain = await buatPohon(t.database)
    const asing = await buatSkpDisetujui(t.database, lain.kepala, { tahun: Y, intervensi: [null] })
    const res = await c.post(`/api/v1/skp/${staf.skp.id}/rhk`, rhkBody(asing.rhk[0].id))
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('INTERVENSI.TIDAK_DITEMUKAN')
    expect(JSON.stringify(res.json())).not.toContain(asing.rhk[0].deskripsi)
    expect(await jumlahRhk(staf.skp.id)).toBe(0)
  })

  it('lets the top leader have none', async () => {
    const p = await buatPohon(t.database)
    const s = await buatSkp(t.database, p.top, { tahun: Y, intervensi: [], varian: 'jpt' })
    const c = client(t.app, await masuk(t.app, p.top.akun))
    const res = await c.post(`/api/v1/skp/${s.skp.id}/rhk`, rhkBody(null, { perspektif: 'penerima_layanan' }))
    expect(res.statusCode).toBe(201)
    expect(res.json().rhk[0]).toMatchObject({ intervensi: null, perspektif: 'penerima_layanan' })
    expect((await c.post(`/api/v1/skp/${s.skp.id}/ajukan`)).statusCode).toBe(200)
  })

  it('refuses a link that would make the cascade loop', async () => {
    // an override makes the staff the kepala's penilai while the staff's RHK already cascades from the kepala
    const p = await buatPohon(t.database)
    await t.database.db.insert(atasanOverride).values({
      instansiId: p.instansi.id,
      pegawaiId: p.kepala.pegawai.id,
      atasanPegawaiId: p.staf.pegawai.id,
      mulai: '2020-01-01',
      alasan: 'Uji siklus',
    })
    const kepala = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [null] })
    const staf = await buatSkpDisetujui(t.database, p.staf, { tahun: Y, intervensi: [kepala.rhk[0].id] })
    await t.database.db.update(skp).set({ status: 'draft' }).where(eq(skp.id, kepala.skp.id))
    const res = await client(t.app, await masuk(t.app, p.kepala.akun)).patch(
      `/api/v1/rhk/${kepala.rhk[0].id}`,
      rhkBody(staf.rhk[0].id),
    )
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'INTERVENSI.SIKLUS', errors: [{ path: 'intervensiRhkId' }] })
    const [row] = await t.database.db.select().from(rhk).where(eq(rhk.id, kepala.rhk[0].id))
    expect(row.intervensiRhkId).toBeNull()
  })
})

describe('submitting checks the whole SKP', () => {
  it('reports every problem with its path: no utama, RHK without IKI, bad target, missing intervensi', async () => {
    const { kepala, staf, c } = await siap()
    const instansiId = staf.skp.instansiId
    const tambah = (o: object) =>
      t.database.db
        .insert(rhk)
        .values({ instansiId, skpId: staf.skp.id, jenis: 'tambahan', deskripsi: 'R', ...o })
        .returning()
    await tambah({ urutan: 0, intervensiRhkId: kepala.rhk[0].id })
    const [r1] = await tambah({ urutan: 1, intervensiRhkId: null })
    const [r2] = await tambah({ urutan: 2, intervensiRhkId: kepala.rhk[0].id })
    await t.database.db.insert(iki).values([
      { instansiId, rhkId: r1.id, aspek: 'kuantitas', indikator: 'I', targetMin: 3, satuan: 'x' },
      { instansiId, rhkId: r2.id, aspek: 'kuantitas', indikator: 'I', targetMin: 0, satuan: 'x' },
    ])
    const res = await c.post(`/api/v1/skp/${staf.skp.id}/ajukan`)
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe('SKP.BELUM_LENGKAP')
    expect(paths(res)).toEqual(['rhk', 'rhk.0.iki', 'rhk.1.intervensiRhkId', 'rhk.2.iki.0.targetMin'])
    expect((await t.database.db.select().from(skp).where(eq(skp.id, staf.skp.id)))[0].status).toBe('draft')
  })

  it("fails when the atasan's SKP was reopened after the link was made", async () => {
    const { kepala, staf, c } = await siap()
    await c.post(`/api/v1/skp/${staf.skp.id}/rhk`, rhkBody(kepala.rhk[0].id))
    await t.database.db.update(skp).set({ status: 'draft' }).where(eq(skp.id, kepala.skp.id))
    const res = await c.post(`/api/v1/skp/${staf.skp.id}/ajukan`)
    expect(res.json()).toMatchObject({
      code: 'SKP.BELUM_LENGKAP',
      errors: [{ path: 'rhk.0.intervensiRhkId' }],
    })
  })
})
