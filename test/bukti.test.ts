import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfContoh, pngContoh } from '../src/db/seed/berkas-contoh.ts'
import { MAKS_BUKTI_PER_IKI } from '../src/shared/bukti.ts'
import { aturJam } from '../src/server/clock.ts'
import { client, createTestApp, type TestApp } from './helpers/app.ts'
import { buatSkpBukti, folderBerkas, isianBukti, unggah, V } from './helpers/bukti.ts'
import { buatInstansi, buatAkun } from './helpers/factories.ts'
import { buatSkp, masuk } from './helpers/skp-factories.ts'

/** Bukti dukung (DOMAIN §4): who adds, reads, downloads and deletes; the period lock; the per-IKI limit. */
let t: TestApp
let folder: string
beforeAll(async () => {
  folder = await folderBerkas()
  t = await createTestApp({ berkasDir: folder })
})
afterAll(async () => {
  aturJam(undefined)
  await t?.close()
  await rm(folder, { recursive: true, force: true })
})

const tautan = (ikiId: string, o: Record<string, unknown> = {}) => ({
  ikiId,
  periode: 'TW2',
  jenis: 'tautan',
  tautan: 'https://drive.example.go.id/laporan-tw2',
  keterangan: 'Laporan kegiatan',
  ...o,
})

describe('bukti dukung', () => {
  it('the owner uploads and links; the penilai lists and downloads; audit rows; delete removes the file', async () => {
    const w = await buatSkpBukti(t)
    const staf = client(t.app, w.sesiStaf)
    const up = await unggah(t.app, w.sesiStaf, w.skp.id, {
      isian: isianBukti(w.ikiId, { keterangan: 'Laporan TW II' }),
      nama: 'laporan.pdf',
      isi: pdfContoh('Laporan'),
    })
    expect(up.statusCode, up.body).toBe(201)
    const link = await staf.post(`${V}/skp/${w.skp.id}/bukti/tautan`, tautan(w.ikiId))
    expect(link.statusCode, link.body).toBe(201)
    // the same link again: the existing row, not a duplicate
    const lagi = await staf.post(`${V}/skp/${w.skp.id}/bukti/tautan`, tautan(w.ikiId))
    expect(lagi.statusCode).toBe(200)
    expect(lagi.json().id).toBe(link.json().id)

    const penilai = client(t.app, await masuk(t.app, w.kepala.akun))
    const daftar = await penilai.get(`${V}/skp/${w.skp.id}/bukti?periode=TW2`)
    expect(daftar.statusCode).toBe(200)
    expect(daftar.json()).toMatchObject({
      batasUnggahMb: 10,
      maksPerIki: MAKS_BUKTI_PER_IKI,
      bisaUbah: false,
    })
    expect(daftar.json().items.map((b: { jenis: string }) => b.jenis)).toEqual(['laporan', 'tautan'])
    expect((await staf.get(`${V}/skp/${w.skp.id}/bukti?periode=TW2`)).json().bisaUbah).toBe(true)
    expect((await penilai.get(`${V}/bukti/${up.json().id}/berkas`)).statusCode).toBe(200)
    // a link has no file
    expect((await penilai.get(`${V}/bukti/${link.json().id}/berkas`)).statusCode).toBe(404)
    // the penilai cannot delete
    expect((await penilai.delete(`${V}/bukti/${up.json().id}`)).statusCode).toBe(403)

    const hapus = await staf.delete(`${V}/bukti/${up.json().id}`)
    expect(hapus.statusCode).toBe(204)
    expect((await staf.get(`${V}/bukti/${up.json().id}/berkas`)).statusCode).toBe(404)
    const sisa = await t.database.query('select 1 from berkas where instansi_id = $1', [w.instansi.id])
    expect(sisa).toEqual([])
    const audit = await t.database.query<{ aksi: string }>(
      `select aksi from audit_log where instansi_id = $1 and entitas = 'bukti_dukung' order by waktu, aksi`,
      [w.instansi.id],
    )
    expect(audit.map((a) => a.aksi).sort()).toEqual(['bukti_hapus', 'bukti_tambah', 'bukti_unggah'])
  })

  it('a locked period → 409 REALISASI.TERKUNCI; a period not of the SKP → 400; a draft SKP → 409', async () => {
    const w = await buatSkpBukti(t)
    const staf = client(t.app, w.sesiStaf)
    const terkunci = await staf.post(`${V}/skp/${w.skp.id}/bukti/tautan`, tautan(w.ikiId, { periode: 'TW1' }))
    expect(terkunci.statusCode).toBe(409)
    expect(terkunci.json().code).toBe('REALISASI.TERKUNCI')
    const up = await unggah(t.app, w.sesiStaf, w.skp.id, {
      isian: isianBukti(w.ikiId, { periode: 'TW1' }),
      nama: 'a.pdf',
      isi: pdfContoh('a'),
    })
    expect(up.statusCode).toBe(409)
    const bulan = await staf.post(`${V}/skp/${w.skp.id}/bukti/tautan`, tautan(w.ikiId, { periode: 'B05' }))
    expect(bulan.statusCode).toBe(400)
    expect(
      (await t.database.query('select 1 from berkas where instansi_id = $1', [w.instansi.id])).length,
    ).toBe(0)

    const draf = await buatSkp(t.database, w.kepala, { tahun: 2026, status: 'draft' })
    const [iki] = await t.database.query<{ id: string }>(
      'select i.id from iki i join rhk r on r.id = i.rhk_id where r.skp_id = $1 limit 1',
      [draf.skp.id],
    )
    const kepala = client(t.app, await masuk(t.app, w.kepala.akun))
    const res = await kepala.post(`${V}/skp/${draf.skp.id}/bukti/tautan`, tautan(iki.id))
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('BUKTI.SKP_BELUM_DISETUJUI')
  })

  it('an IKI of another SKP → 400 on ikiId; at most MAKS_BUKTI_PER_IKI per IKI per period', async () => {
    const w = await buatSkpBukti(t)
    const staf = client(t.app, w.sesiStaf)
    const lain = await buatSkp(t.database, w.kepala, { tahun: 2026, status: 'disetujui' })
    const [ikiLain] = await t.database.query<{ id: string }>(
      'select i.id from iki i join rhk r on r.id = i.rhk_id where r.skp_id = $1 limit 1',
      [lain.skp.id],
    )
    const salah = await staf.post(`${V}/skp/${w.skp.id}/bukti/tautan`, tautan(ikiLain.id))
    expect(salah.statusCode).toBe(400)
    expect(salah.json().errors[0].path).toBe('ikiId')
    for (let i = 0; i < MAKS_BUKTI_PER_IKI; i++) {
      const r = await staf.post(
        `${V}/skp/${w.skp.id}/bukti/tautan`,
        tautan(w.ikiId, { tautan: `https://x.example/${i}` }),
      )
      expect(r.statusCode).toBe(201)
    }
    const lebih = await staf.post(
      `${V}/skp/${w.skp.id}/bukti/tautan`,
      tautan(w.ikiId, { tautan: 'https://x.example/lagi' }),
    )
    expect(lebih.statusCode).toBe(409)
    expect(lebih.json().code).toBe('BUKTI.TERLALU_BANYAK')
    const up = await unggah(t.app, w.sesiStaf, w.skp.id, {
      isian: isianBukti(w.ikiId),
      nama: 'f.png',
      isi: pngContoh(),
    })
    expect(up.statusCode).toBe(409)
  })

  it.each([
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'ftp://x.example/a',
    'https://',
  ])('a link %s → 400 on tautan', async (url) => {
    const w = await buatSkpBukti(t)
    const res = await client(t.app, w.sesiStaf).post(
      `${V}/skp/${w.skp.id}/bukti/tautan`,
      tautan(w.ikiId, { tautan: url }),
    )
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].path).toBe('tautan')
  })

  it('deleting evidence an earlier SKP version names keeps its file stored', async () => {
    const w = await buatSkpBukti(t)
    const up = await unggah(t.app, w.sesiStaf, w.skp.id, {
      isian: isianBukti(w.ikiId),
      nama: 'a.pdf',
      isi: pdfContoh('a'),
    })
    const [f] = await t.database.query<{ id: string }>('select id from berkas where instansi_id = $1', [
      w.instansi.id,
    ])
    await t.database.query(
      `insert into skp_revisi (instansi_id, skp_id, nomor, isi, alasan) values ($1, $2, 1, $3, 'Uji')`,
      [w.instansi.id, w.skp.id, JSON.stringify({ bukti: [{ berkas: { id: f.id } }] })],
    )
    expect((await client(t.app, w.sesiStaf).delete(`${V}/bukti/${up.json().id}`)).statusCode).toBe(204)
    const sisa = await t.database.query('select 1 from berkas where id = $1', [f.id])
    expect(sisa.length).toBe(1)
  })

  it('isolation: another instansi cannot list, download or delete (404)', async () => {
    const w = await buatSkpBukti(t)
    const up = await unggah(t.app, w.sesiStaf, w.skp.id, {
      isian: isianBukti(w.ikiId),
      nama: 'a.pdf',
      isi: pdfContoh('a'),
    })
    expect(up.statusCode).toBe(201)
    const lain = await buatInstansi(t.database)
    const adminLain = client(
      t.app,
      await masuk(t.app, await buatAkun(t.database, { instansiId: lain.id, peran: ['admin_instansi'] })),
    )
    expect((await adminLain.get(`${V}/skp/${w.skp.id}/bukti?periode=TW2`)).statusCode).toBe(404)
    expect((await adminLain.get(`${V}/bukti/${up.json().id}/berkas`)).statusCode).toBe(404)
    expect((await adminLain.delete(`${V}/bukti/${up.json().id}`)).statusCode).toBe(404)
    expect((await adminLain.post(`${V}/skp/${w.skp.id}/bukti/tautan`, tautan(w.ikiId))).statusCode).toBe(404)
    // the database refuses evidence pointing at another instansi's SKP
    await expect(
      t.database.query(
        `insert into bukti_dukung (instansi_id, skp_id, iki_id, periode, jenis, tautan) values ($1, $2, $3, 'TW2', 'tautan', 'https://x.example')`,
        [lain.id, w.skp.id, w.ikiId],
      ),
    ).rejects.toThrow()
    expect((await client(t.app, w.sesiStaf).get(`${V}/bukti/${up.json().id}/berkas`)).statusCode).toBe(200)
  })
})
