import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, rhk, skp } from '../src/db/schema/index.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatSkp, buatSkpDisetujui, buatPohon, masuk } from './helpers/skp-factories.ts'

/**
 * One owner per table: the Matriks Peran Hasil writes the subordinate's RHK through the SKP module, which
 * takes the SKP's row lock. A cell and a submission of the same SKP are ordered: either the cell comes
 * first and is part of what was submitted, or it comes second and gets the 409 — never an RHK added to an
 * SKP after it was submitted.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()

/** kepala (approved) → staf with a complete draft SKP (one RHK cascaded from the kepala's second RHK). */
async function susun() {
  const p = await buatPohon(t.database, { tahun: [Y] })
  const skpTop = await buatSkpDisetujui(t.database, p.top, { tahun: Y, intervensi: [null], varian: 'jpt' })
  const kepala = await buatSkpDisetujui(t.database, p.kepala, {
    tahun: Y,
    intervensi: [skpTop.rhk[0].id, skpTop.rhk[0].id],
  })
  const stafSkp = await buatSkp(t.database, p.staf, { tahun: Y, intervensi: [kepala.rhk[1].id] })
  const cKepala = client(t.app, await masuk(t.app, p.kepala.akun))
  const cStaf = client(t.app, await masuk(t.app, p.staf.akun))
  return { ...p, kepala: { ...p.kepala, ...kepala }, stafSkp, cKepala, cStaf }
}

/** With its IKI: the matrix invents none, and these tests are about the race, not a missing IKI. */
const sel = (rhkAtasanId: string, pegawaiId: string) => ({
  rhkAtasanId,
  pegawaiId,
  peran: 'Penyusun bahan',
  hasil: 'Laporan evaluasi program',
  iki: [{ aspek: 'kuantitas', indikator: 'Jumlah laporan evaluasi', targetMin: 2, satuan: 'Laporan' }],
})

const rhkSkp = async (skpId: string) =>
  (await t.database.db.select({ id: rhk.id }).from(rhk).where(eq(rhk.skpId, skpId))).map((r) => r.id).sort()

const skpRow = async (id: string) => (await t.database.db.select().from(skp).where(eq(skp.id, id)))[0]

describe('Matriks Peran Hasil × submission of the same subordinate SKP', () => {
  it('a cell on a draft SKP goes through the SKP module: versi bumps, the RHK creation is audited', async () => {
    const s = await susun()
    const sebelum = await skpRow(s.stafSkp.skp.id)
    const res = await s.cKepala.post(
      '/api/v1/matriks-peran-hasil',
      sel(s.kepala.rhk[0].id, s.staf.pegawai.id),
    )
    expect(res.statusCode).toBe(201)
    const sesudah = await skpRow(s.stafSkp.skp.id)
    expect(sesudah.versi).toBeGreaterThan(sebelum.versi)
    expect(sesudah.status).toBe('draft')
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entitas, 'rhk'), eq(auditLog.entitasId, res.json().rhkBawahanId)))
    expect(audit).toMatchObject([{ aksi: 'buat', instansiId: s.instansi.id }])
  })

  it('after the submission the cell gets the 409 and the submitted SKP keeps its RHK', async () => {
    const s = await susun()
    expect((await s.cStaf.post(`/api/v1/skp/${s.stafSkp.skp.id}/ajukan`, {})).statusCode).toBe(200)
    const res = await s.cKepala.post(
      '/api/v1/matriks-peran-hasil',
      sel(s.kepala.rhk[0].id, s.staf.pegawai.id),
    )
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('MPH.SKP_BAWAHAN_TERKUNCI')
    expect(await rhkSkp(s.stafSkp.skp.id)).toEqual([s.stafSkp.rhk[0].id])
  })

  it('concurrently: never an RHK added to an SKP after it was submitted', async () => {
    for (let i = 0; i < 4; i++) {
      const s = await susun()
      const [ajukan, buat] = await Promise.all([
        s.cStaf.post(`/api/v1/skp/${s.stafSkp.skp.id}/ajukan`, {}),
        s.cKepala.post('/api/v1/matriks-peran-hasil', sel(s.kepala.rhk[0].id, s.staf.pegawai.id)),
      ])
      // the submission may fail only if the cell came first and made the SKP incomplete — it does not here
      expect(ajukan.statusCode).toBe(200)
      expect([201, 409]).toContain(buat.statusCode)
      const diajukan = ajukan
        .json()
        .rhk.map((r: { id: string }) => r.id)
        .sort()
      // what the pegawai submitted is exactly what the SKP holds now
      expect(await rhkSkp(s.stafSkp.skp.id)).toEqual(diajukan)
      if (buat.statusCode === 201) expect(diajukan).toContain(buat.json().rhkBawahanId)
      else expect(buat.json().code).toBe('MPH.SKP_BAWAHAN_TERKUNCI')
      expect((await skpRow(s.stafSkp.skp.id)).status).toBe('diajukan')
    }
  })

  it('editing or removing a cell after the submission leaves the submitted RHK untouched', async () => {
    const s = await susun()
    const cell = (
      await s.cKepala.post('/api/v1/matriks-peran-hasil', sel(s.kepala.rhk[0].id, s.staf.pegawai.id))
    ).json()
    expect((await s.cStaf.post(`/api/v1/skp/${s.stafSkp.skp.id}/ajukan`, {})).statusCode).toBe(200)
    const versi = (await skpRow(s.stafSkp.skp.id)).versi
    const ubah = await s.cKepala.patch(`/api/v1/matriks-peran-hasil/${cell.id}`, {
      peran: 'Penyusun',
      hasil: 'Teks baru',
    })
    expect(ubah.statusCode).toBe(200)
    const [r] = await t.database.db.select().from(rhk).where(eq(rhk.id, cell.rhkBawahanId))
    expect(r.deskripsi).toBe('Laporan evaluasi program')
    const hapus = await s.cKepala.delete(`/api/v1/matriks-peran-hasil/${cell.id}`)
    expect(hapus.statusCode).toBe(200)
    expect(hapus.json()).toEqual({ rhkDihapus: false })
    expect(await rhkSkp(s.stafSkp.skp.id)).toContain(cell.rhkBawahanId)
    expect((await skpRow(s.stafSkp.skp.id)).versi).toBe(versi)
  })
})
