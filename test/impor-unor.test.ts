import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, login, type TestApp } from './helpers/app.ts'
import { buatAkun, buatInstansi, PASSWORD } from './helpers/factories.ts'
import { fixture, hitung, nipBaru, rows, unggah } from './impor-helpers.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

async function adminBaru() {
  const instansi = await buatInstansi(t.database)
  const admin = await buatAkun(t.database, { instansiId: instansi.id, peran: ['admin_instansi'] })
  return { instansi, session: await login(t.app, admin.username, PASSWORD) }
}
const urlUnor = (id: string, mode = 'semua') => `/api/v1/impor/unor?instansiId=${id}&mode=${mode}`

async function pohon(instansiId: string) {
  return rows(
    t.database,
    sql`select u.kode, u.nama, p.kode as induk, u.nama_jabatan_kepala as kepala
        from unor u left join unor p on p.id = u.parent_id where u.instansi_id = ${instansiId} order by u.kode`,
  )
}

describe('POST /impor/unor', () => {
  it('creates the tree by KODE/KODE_INDUK; re-importing changes nothing; a move is reported as mutasi', async () => {
    const { instansi, session } = await adminBaru()
    const res = await unggah(t.app, session, urlUnor(instansi.id), fixture('unor.csv'), {
      namaFile: 'unor.csv',
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ jenis: 'unor', status: 'selesai', ringkasan: { baru: 4 } })
    expect(await pohon(instansi.id)).toEqual([
      {
        kode: 'DISKOMINFO',
        nama: 'Dinas Komunikasi dan Informatika',
        induk: null,
        kepala: 'Kepala Dinas Komunikasi dan Informatika',
      },
      {
        kode: 'DISKOMINFO-APTIKA',
        nama: 'Bidang Aplikasi Informatika',
        induk: 'DISKOMINFO',
        kepala: 'Kepala Bidang Aplikasi Informatika',
      },
      {
        kode: 'DISKOMINFO-APTIKA-INFRA',
        nama: 'Seksi Infrastruktur',
        induk: 'DISKOMINFO-APTIKA',
        kepala: 'Kepala Seksi Infrastruktur',
      },
      { kode: 'DISKOMINFO-SEK', nama: 'Sekretariat', induk: 'DISKOMINFO', kepala: 'Sekretaris Dinas' },
    ])
    const lagi = await unggah(t.app, session, urlUnor(instansi.id), fixture('unor.csv'))
    expect(lagi.json().ringkasan).toEqual({ baru: 0, diperbarui: 0, mutasi: 0, tidakBerubah: 4 })
    const pindah = await unggah(
      t.app,
      session,
      urlUnor(instansi.id),
      'KODE;NAMA;KODE_INDUK\nDISKOMINFO-APTIKA-INFRA;Seksi Infrastruktur;DISKOMINFO-SEK\n',
    )
    expect(pindah.json().ringkasan).toEqual({ baru: 0, diperbarui: 0, mutasi: 1, tidakBerubah: 0 })
    expect((await pohon(instansi.id))[2]).toMatchObject({
      induk: 'DISKOMINFO-SEK',
      kepala: 'Kepala Seksi Infrastruktur',
    })
  })

  it('rejects a bad row (unknown parent, duplicate code, a move under its own child) and writes nothing', async () => {
    const { instansi, session } = await adminBaru()
    await unggah(t.app, session, urlUnor(instansi.id), fixture('unor.csv'))
    const isi = [
      'KODE,NAMA,KODE_INDUK',
      'BARU-1,Bidang Baru,DISKOMINFO',
      'BARU-2,Seksi Baru,TIDAK-ADA',
      'BARU-1,Bidang Ganda,DISKOMINFO',
      'DISKOMINFO,Dinas Komunikasi dan Informatika,DISKOMINFO-APTIKA-INFRA',
    ].join('\n')
    const res = await unggah(t.app, session, urlUnor(instansi.id), isi, { lang: 'en' })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors).toEqual([
      { path: 'baris.3.KODE_INDUK', message: 'KODE_INDUK is neither a unit of this agency nor in the file' },
      { path: 'baris.4.KODE', message: 'Duplicate KODE: already in row 2' },
      { path: 'baris.5.KODE_INDUK', message: 'This move would make the unit its own ancestor' },
    ])
    expect(await hitung(t.database, 'unor', instansi.id)).toBe(4)
  })

  it('a pegawai import can then name units by their SIASN code', async () => {
    const { instansi, session } = await adminBaru()
    await unggah(t.app, session, urlUnor(instansi.id), fixture('unor.csv'))
    const nip = nipBaru('P', '1991-05-05')
    const isi = `NIP,NAMA,STATUS_ASN,GOLONGAN,JABATAN,JENIS_JABATAN,KEPALA_UNOR,UNOR\n${nip},Rina,PNS,III/c,Kepala Seksi Infrastruktur,PENGAWAS,Y,diskominfo-aptika-infra\n`
    const res = await unggah(t.app, session, `/api/v1/impor/pegawai?instansiId=${instansi.id}`, isi)
    expect(res.json()).toMatchObject({ status: 'selesai', ringkasan: { baru: 1 } })
    expect(await hitung(t.database, 'unor', instansi.id)).toBe(4)
    const [p] = await rows(
      t.database,
      sql`select u.kode, t.is_kepala from penugasan t join pegawai p on p.id = t.pegawai_id join unor u on u.id = t.unor_id where p.nip = ${nip}`,
    )
    expect(p).toEqual({ kode: 'DISKOMINFO-APTIKA-INFRA', is_kepala: true })
  })
})
