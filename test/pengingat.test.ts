import { and, eq, inArray } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/client.ts'
import { iki, notifikasi, realisasi } from '../src/db/schema/index.ts'
import { pengaturanBawaan } from '../src/domain/settings.ts'
import { pengingatJatuh } from '../src/modules/pengingat/pengingat.rules.ts'
import { jalankanPengingat } from '../src/modules/pengingat/pengingat.service.ts'
import { aturJam } from '../src/server/clock.ts'
import { teksPesan } from '../src/shared/notifikasi-teks.ts'
import { PesanNotifikasi } from '../src/shared/notifikasi.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'
import { buatOrang, buatPohon, buatSkpDisetujui } from './helpers/skp-factories.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t?.close())
afterEach(() => aturJam(undefined))

const Y = 2042

describe('pengingatJatuh: which reminder is due on which day (fixed clock, no database)', () => {
  // Defaults: quarterly, lock 5 days after the period, reminder 3 days before the lock. TW1 ends
  // 31 March, entry is open through 5 April and locks at 6 April 00:00 local.
  const s = pengaturanBawaan(Y)
  const tw1 = (saat: string, o: Partial<typeof s> = {}) =>
    pengingatJatuh(Y, { ...s, ...o }, new Date(saat))
      .filter((j) => j.periode.kode === 'TW1')
      .map((j) => ({ jenis: j.jenis, batas: j.batas, hari: j.hari }))

  it.each([
    ['31 March 23:59 WIB: the period has not ended', '2042-03-31T16:59:00Z', []],
    [
      '1 April 00:00 WIB: the period ended',
      '2042-03-31T17:00:00Z',
      [{ jenis: 'JATUH_TEMPO', batas: '2042-04-05', hari: 5 }],
    ],
    ['2 April', '2042-04-02T03:00:00Z', [{ jenis: 'JATUH_TEMPO', batas: '2042-04-05', hari: 4 }]],
    [
      '3 April: locks in 3 days',
      '2042-04-03T03:00:00Z',
      [{ jenis: 'SEGERA_TERKUNCI', batas: '2042-04-05', hari: 3 }],
    ],
    [
      '5 April 23:59 WIB: last open minute',
      '2042-04-05T16:59:00Z',
      [{ jenis: 'SEGERA_TERKUNCI', batas: '2042-04-05', hari: 1 }],
    ],
    ['6 April 00:00 WIB: locked, nothing more', '2042-04-05T17:00:00Z', []],
  ])('%s', (_n, saat, harap) => {
    expect(tw1(saat)).toEqual(harap)
  })

  it('follows the instansi’s zone: in WIT the day starts two hours earlier', () => {
    // 2042-04-02T15:30Z is still 2 April in WIB but already 3 April 00:30 in WIT
    expect(tw1('2042-04-02T15:30:00Z')[0].jenis).toBe('JATUH_TEMPO')
    expect(tw1('2042-04-02T15:30:00Z', { zonaWaktu: 'Asia/Jayapura' })[0].jenis).toBe('SEGERA_TERKUNCI')
  })

  it('when the lock comes sooner than the reminder window, only "locks soon" is sent', () => {
    expect(tw1('2042-04-01T03:00:00Z', { hariKunciRealisasi: 2 })).toEqual([
      { jenis: 'SEGERA_TERKUNCI', batas: '2042-04-02', hari: 2 },
    ])
  })

  it('monthly periods: April’s reminder comes in May', () => {
    const j = pengingatJatuh(Y, { ...s, periodePenilaian: 'bulanan' }, new Date('2042-05-03T03:00:00Z'))
    expect(j.map((x) => [x.periode.kode, x.jenis])).toEqual([['B04', 'SEGERA_TERKUNCI']])
  })
})

/** A pegawai with an approved SKP (1 RHK, 2 IKI); `isi` fills realisasi of those IKI for TW1. */
async function pegawaiDenganSkp(isi: 'semua' | 'satu' | 'tidak') {
  const p = await buatPohon(t.database)
  const orang = await buatOrang(t.database, { instansiId: p.instansi.id, unorId: p.bidang.id })
  const { skp, rhk } = await buatSkpDisetujui(t.database, orang, { tahun: Y, intervensi: [null] })
  const ikis = await t.database.db.select().from(iki).where(eq(iki.rhkId, rhk[0].id))
  const diisi = isi === 'semua' ? ikis : isi === 'satu' ? ikis.slice(0, 1) : []
  if (diisi.length)
    await t.database.db.insert(realisasi).values(
      diisi.map((i) => ({
        instansiId: p.instansi.id,
        skpId: skp.id,
        ikiId: i.id,
        periode: 'TW1' as const,
        nilai: 3,
      })),
    )
  return { p, orang, skp }
}

const pengingatUntuk = (pegawaiId: string) =>
  t.database.db
    .select()
    .from(notifikasi)
    .where(
      and(
        eq(notifikasi.penerimaPegawaiId, pegawaiId),
        inArray(notifikasi.tipe, ['REALISASI_SEGERA_TERKUNCI', 'REALISASI_JATUH_TEMPO']),
      ),
    )

describe('the reminder schedule, with a fixed clock', () => {
  it('reminds those with IKI lacking realisasi, once per reminder, never those who filled everything', async () => {
    const kosong = await pegawaiDenganSkp('tidak')
    const sebagian = await pegawaiDenganSkp('satu')
    const lengkap = await pegawaiDenganSkp('semua')

    aturJam('2042-03-31T10:00:00Z')
    await jalankanPengingat(t.database.db)
    expect(await pengingatUntuk(kosong.orang.pegawai.id)).toHaveLength(0)

    aturJam('2042-04-01T02:00:00Z')
    await jalankanPengingat(t.database.db)
    await jalankanPengingat(t.database.db) // a second run the same day sends nothing more
    const [jatuh] = await pengingatUntuk(kosong.orang.pegawai.id)
    expect(jatuh).toMatchObject({
      tipe: 'REALISASI_JATUH_TEMPO',
      parameter: { tahun: Y, periode: 'TW1', batas: '2042-04-05', hari: 5, jumlah: 2 },
      tautan: `/skp/${kosong.skp.id}/realisasi?periode=TW1`,
    })
    expect(await pengingatUntuk(sebagian.orang.pegawai.id)).toMatchObject([{ parameter: { jumlah: 1 } }])
    expect(await pengingatUntuk(lengkap.orang.pegawai.id)).toHaveLength(0)

    aturJam('2042-04-03T01:00:00Z') // 3 April 08:00 WIB: locks in 3 days
    await jalankanPengingat(t.database.db)
    aturJam('2042-04-04T01:00:00Z')
    await jalankanPengingat(t.database.db)
    const semua = await pengingatUntuk(kosong.orang.pegawai.id)
    expect(semua.map((n) => n.tipe).sort()).toEqual(['REALISASI_JATUH_TEMPO', 'REALISASI_SEGERA_TERKUNCI'])
    const segera = semua.find((n) => n.tipe === 'REALISASI_SEGERA_TERKUNCI')!
    const pesan = PesanNotifikasi.parse({ tipe: segera.tipe, parameter: segera.parameter })
    expect(teksPesan(pesan, 'id').judul).toBe(`Realisasi Triwulan I ${Y} terkunci dalam 3 hari`)
    expect(teksPesan(pesan, 'en').isi).toBe(
      '2 IKI have no realisasi yet. Fill them in by 5 April 2042; after that only an admin can unlock the period.',
    )
    expect(await pengingatUntuk(lengkap.orang.pegawai.id)).toHaveLength(0)

    aturJam('2042-04-05T18:00:00Z') // locked
    await jalankanPengingat(t.database.db)
    expect(await pengingatUntuk(kosong.orang.pegawai.id)).toHaveLength(2)
  })

  it('a draft SKP gets no reminder (only an approved SKP has realisasi)', async () => {
    const p = await buatPohon(t.database)
    aturJam('2042-04-03T01:00:00Z')
    await jalankanPengingat(t.database.db)
    expect(await pengingatUntuk(p.staf.pegawai.id)).toHaveLength(0)
  })
})

describe.skipIf(!process.env.TEST_DATABASE_URL)('reminders on PostgreSQL with two API processes', () => {
  it('two schedules running at once send each reminder once', async () => {
    const { orang } = await pegawaiDenganSkp('tidak')
    const [{ nama }] = await t.database.query<{ nama: string }>('select current_database() as nama')
    const url = new URL(process.env.TEST_DATABASE_URL!)
    url.pathname = `/${nama}`
    const kedua = await openDatabase({ databaseUrl: url.toString() })
    try {
      aturJam('2042-07-03T01:00:00Z') // TW2: locks in 3 days
      await Promise.all([
        jalankanPengingat(t.database.db),
        jalankanPengingat(kedua.db),
        jalankanPengingat(kedua.db),
      ])
      const rows = await pengingatUntuk(orang.pegawai.id)
      expect(rows.filter((r) => (r.parameter as { periode: string }).periode === 'TW2')).toHaveLength(1)
    } finally {
      await kedua.close()
    }
  })
})
