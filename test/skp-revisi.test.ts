import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { berkas, buktiDukung, iki, realisasi, skp, skpRevisi } from '../src/db/schema/index.ts'
import { berkasDirujukRevisi } from '../src/modules/skp/skp-revisi.baca.ts'
import { client, createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, PASSWORD } from './helpers/factories.ts'
import { buatPohon, buatSkpDisetujui, masuk, rhkBody } from './helpers/skp-factories.ts'

// DOMAIN §2: once realisasi exists, reopening an approved SKP makes a new version; earlier versions stay
// readable, unchanged IKI keep their realisasi, changed or deleted ones lose it from the live SKP only.

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const Y = new Date().getFullYear()
const db = () => t.database.db

/** Staf's approved SKP (one RHK, IKI "Jumlah dokumen" 12 and "Kualitas dokumen" 80–100 %) with realisasi. */
async function siap(o: { realisasi?: boolean } = {}) {
  const p = await buatPohon(t.database)
  const kepala = await buatSkpDisetujui(t.database, p.kepala, { tahun: Y, intervensi: [null] })
  const s = await buatSkpDisetujui(t.database, p.staf, { tahun: Y, intervensi: [kepala.rhk[0].id] })
  const [a, b] = await db().select().from(iki).where(eq(iki.rhkId, s.rhk[0].id)).orderBy(iki.urutan)
  const inst = p.instansi.id
  if (o.realisasi !== false) {
    await db()
      .insert(realisasi)
      .values([
        { instansiId: inst, skpId: s.skp.id, ikiId: a.id, periode: 'TW1', nilai: 3 },
        { instansiId: inst, skpId: s.skp.id, ikiId: b.id, periode: 'TW1', nilai: 85 },
      ])
  }
  return {
    p,
    s,
    a,
    b,
    intervensi: kepala.rhk[0].id,
    staf: client(t.app, await masuk(t.app, p.staf.akun)),
    penilai: client(t.app, await masuk(t.app, p.kepala.akun)),
  }
}

const ikiA = { aspek: 'kuantitas', indikator: 'Jumlah dokumen', targetMin: 12, satuan: 'Dokumen' }
const ikiB = { aspek: 'kualitas', indikator: 'Kualitas dokumen', targetMin: 80, targetMax: 100, satuan: '%' }
const realisasiDari = (skpId: string) => db().select().from(realisasi).where(eq(realisasi.skpId, skpId))

describe('SKP revision on reopen', () => {
  it('keeps the approved SKP with its realisasi as revision 1; unchanged IKI keep theirs, a changed one loses it', async () => {
    const { s, a, b, intervensi, staf, penilai } = await siap()
    const buka = await penilai.post(`/api/v1/skp/${s.skp.id}/buka`, { alasan: 'Target kualitas diubah' })
    expect(buka.statusCode).toBe(200)
    expect(buka.json()).toMatchObject({ status: 'draft', revisi: 1 })

    const daftar = (await staf.get(`/api/v1/skp/${s.skp.id}/revisi`)).json()
    expect(daftar.items).toMatchObject([
      { nomor: 1, alasan: 'Target kualitas diubah', dibukaOleh: expect.any(String) },
    ])
    const r1 = (await staf.get(`/api/v1/skp/${s.skp.id}/revisi/1`)).json()
    expect(r1.isi.skp).toMatchObject({ status: 'disetujui', rhk: [{ iki: [{ id: a.id }, { id: b.id }] }] })
    expect(r1.isi.realisasi.map((r: { ikiId: string }) => r.ikiId).sort()).toEqual([a.id, b.id].sort())

    // the pegawai changes the quality target: that IKI is a new one, its realisasi leaves the live SKP
    const ubah = await staf.patch(
      `/api/v1/rhk/${s.rhk[0].id}`,
      rhkBody(intervensi, { iki: [ikiA, { ...ikiB, targetMin: 90 }] }),
    )
    expect(ubah.statusCode).toBe(200)
    const hidup = await realisasiDari(s.skp.id)
    expect(hidup.map((r) => r.ikiId)).toEqual([a.id])
    expect(ubah.json().rhk[0].iki[0].id).toBe(a.id)
    // … and stays in the revision, unchanged
    const lagi = (await staf.get(`/api/v1/skp/${s.skp.id}/revisi/1`)).json()
    expect(lagi.isi.realisasi).toHaveLength(2)
    expect(lagi.isi.skp.rhk[0].iki[1]).toMatchObject({ id: b.id, targetMin: 80 })
  })

  it('a deleted IKI or RHK is archived with its realisasi and evidence; the file stays stored', async () => {
    const { p, s, a, b, intervensi, staf, penilai } = await siap()
    const inst = p.instansi.id
    const [f] = await db()
      .insert(berkas)
      .values({
        instansiId: inst,
        penyimpanan: 'lokal',
        kunci: `${inst}/${Y}/revisi-uji`,
        nama: 'laporan-tw1.pdf',
        mime: 'application/pdf',
        ukuran: 1234,
        sha256: 'a'.repeat(64),
      })
      .returning()
    await db().insert(buktiDukung).values({
      instansiId: inst,
      skpId: s.skp.id,
      ikiId: b.id,
      periode: 'TW1',
      jenis: 'laporan',
      berkasId: f.id,
    })
    await penilai.post(`/api/v1/skp/${s.skp.id}/buka`, { alasan: 'IKI kualitas dihapus' })
    const hapus = await staf.patch(`/api/v1/rhk/${s.rhk[0].id}`, rhkBody(intervensi, { iki: [ikiA] }))
    expect(hapus.statusCode).toBe(200)
    expect((await realisasiDari(s.skp.id)).map((r) => r.ikiId)).toEqual([a.id])
    expect(await db().select().from(buktiDukung).where(eq(buktiDukung.skpId, s.skp.id))).toEqual([])
    const r1 = (await staf.get(`/api/v1/skp/${s.skp.id}/revisi/1`)).json()
    expect(r1.isi.bukti).toMatchObject([
      { ikiId: b.id, periode: 'TW1', jenis: 'laporan', berkas: { id: f.id, nama: 'laporan-tw1.pdf' } },
    ])
    expect(await db().select().from(berkas).where(eq(berkas.id, f.id))).toHaveLength(1)
    expect(await berkasDirujukRevisi(db(), inst, f.id)).toBe(true)
    expect(await berkasDirujukRevisi(db(), inst, a.id)).toBe(false)

    // approved again, then reopened again with realisasi: revision 2; deleting the RHK archives the rest
    await db().update(skp).set({ status: 'disetujui', disetujuiAt: new Date() }).where(eq(skp.id, s.skp.id))
    expect((await penilai.post(`/api/v1/skp/${s.skp.id}/buka`, { alasan: 'Kedua' })).json().revisi).toBe(2)
    await db()
      .insert(iki)
      .values({ ...ikiB, instansiId: inst, rhkId: s.rhk[0].id, urutan: 1, aspek: 'kualitas' })
    expect((await staf.delete(`/api/v1/rhk/${s.rhk[0].id}`)).statusCode).toBe(200)
    expect(await realisasiDari(s.skp.id)).toEqual([])
    const daftar = (await staf.get(`/api/v1/skp/${s.skp.id}/revisi`)).json().items
    expect(daftar.map((r: { nomor: number }) => r.nomor)).toEqual([2, 1])
    const r2 = (await staf.get(`/api/v1/skp/${s.skp.id}/revisi/2`)).json()
    expect(r2.isi.realisasi).toMatchObject([{ ikiId: a.id, nilai: 3 }])
  })

  it('reopening before any realisasi keeps no revision', async () => {
    const { s, staf, penilai } = await siap({ realisasi: false })
    expect(
      (await penilai.post(`/api/v1/skp/${s.skp.id}/buka`, { alasan: 'Belum ada realisasi' })).json().revisi,
    ).toBe(0)
    expect((await staf.get(`/api/v1/skp/${s.skp.id}/revisi`)).json().items).toEqual([])
    expect((await staf.get(`/api/v1/skp/${s.skp.id}/revisi/1`)).statusCode).toBe(404)
    expect(await db().select().from(skpRevisi).where(eq(skpRevisi.skpId, s.skp.id))).toEqual([])
  })

  it('isolation: another instansi sees neither the list nor a revision (404); bad numbers are 400', async () => {
    const { s, staf, penilai } = await siap()
    await penilai.post(`/api/v1/skp/${s.skp.id}/buka`, { alasan: 'Revisi' })
    const lain = await buatAkun(t.database, {
      instansiId: (await buatInstansi(t.database)).id,
      peran: ['admin_instansi'],
    })
    const asing = client(t.app, await login(t.app, lain.username, PASSWORD))
    expect((await asing.get(`/api/v1/skp/${s.skp.id}/revisi`)).statusCode).toBe(404)
    expect((await asing.get(`/api/v1/skp/${s.skp.id}/revisi/1`)).statusCode).toBe(404)
    for (const nomor of ['0', '-1', 'abc', '1.5', '99999999999'])
      expect((await staf.get(`/api/v1/skp/${s.skp.id}/revisi/${nomor}`)).statusCode).toBe(400)
    const rows = await db()
      .select()
      .from(skpRevisi)
      .where(and(eq(skpRevisi.skpId, s.skp.id), eq(skpRevisi.nomor, 1)))
    expect(rows).toHaveLength(1)
  })
})
