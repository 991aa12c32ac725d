import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rows } from '../src/db/rows.ts'
import { DEMO_AKUN, seedDemo } from '../src/db/seed/index.ts'
import { seedPenilaianDemo, type HasilPenilaianDemo } from '../src/db/seed/demo-penilaian.ts'
import { seedSkpDemo } from '../src/db/seed/skp-demo.ts'
import { keberatanTepatWaktu } from '../src/domain/keberatan.ts'
import { predikatPegawai, ratingPimpinan, type Rating } from '../src/domain/predikat.ts'
import { eksporInstansi } from '../src/modules/ekspor/ekspor.service.ts'
import { aturJam } from '../src/server/clock.ts'
import { createTestApp, type TestApp } from './helpers/app.ts'

/** The evaluation demo (issue 9) as `npm start` seeds it, on a December day of the demo year. */
const Y = 2026
let t: TestApp
let instansiId: string
let hasil: HasilPenilaianDemo
let ms = 0
const q = <T>(s: ReturnType<typeof sql>) => rows<T>(t.database.db, s)

beforeAll(async () => {
  aturJam(`${Y}-12-05T03:00:00Z`) // TW1–TW3 are past, TW4 runs
  t = await createTestApp()
  const demo = await seedDemo(t.database)
  instansiId = demo.kabupaten.instansiId
  await seedSkpDemo(t.database, demo.kabupaten, Y)
  const mulai = performance.now()
  hasil = await seedPenilaianDemo(t.database, instansiId, Y)
  ms = performance.now() - mulai
}, 180_000)
afterAll(async () => {
  aturJam(undefined)
  await t?.close()
})

describe('seedPenilaianDemo', () => {
  it('writes the past periods only, quickly, once', async () => {
    expect(hasil.evaluasi).toBeGreaterThan(100)
    expect(hasil).toMatchObject({ keberatan: 2, perbaikan: 1 })
    expect(ms).toBeLessThan(5_000)
    const periode = await q<{ periode: string }>(sql`select distinct periode from evaluasi order by 1`)
    expect(periode.map((p) => p.periode)).toEqual(['TW1', 'TW2', 'TW3'])
    expect(await seedPenilaianDemo(t.database, instansiId, Y)).toMatchObject({ evaluasi: 0, keberatan: 0 })
  })

  it('predikat is the matrix of the ratings; heads follow their unit; a realistic spread', async () => {
    const semua = await q<{
      h: Rating
      p: Rating
      predikat: string
      sumber: string
      org: string | null
      kepala: boolean
      status: string
    }>(
      sql`select rating_hasil as h, rating_perilaku as p, predikat, sumber_rating_hasil as sumber,
            predikat_organisasi as org, (snapshot->>'kepalaUnit')::boolean as kepala, status from evaluasi`,
    )
    for (const e of semua) expect(e.predikat).toBe(predikatPegawai(e.h, e.p))
    for (const e of semua.filter((x) => x.kepala)) {
      expect(e.sumber).toBe('predikat_organisasi')
      expect(e.h).toBe(ratingPimpinan(e.org as never))
    }
    const kini = semua.filter((e) => e.status !== 'digantikan')
    expect(new Set(kini.map((e) => e.status))).toEqual(new Set(['final', 'diterima']))
    const n = (p: string) => kini.filter((e) => e.predikat === p).length
    expect(n('BAIK')).toBeGreaterThan(kini.length / 2)
    expect(n('SANGAT_BAIK')).toBeGreaterThan(0)
    expect(n('BUTUH_PERBAIKAN')).toBeGreaterThan(0)
    expect(n('KURANG')).toBe(1)
  })

  it('nothing for the Dukcapil chain; a predikat organisasi for every other unit and past period', async () => {
    const [{ dukcapil }] = await q<{ dukcapil: number }>(
      sql`select count(*)::int as dukcapil from evaluasi e join pegawai p on p.id = e.pegawai_id
          where p.nip in (${DEMO_AKUN.pelaksana.username}, ${DEMO_AKUN.kepalaSeksi.username},
            ${DEMO_AKUN.kepalaDinas.username})
            or exists (select 1 from penugasan pn join unor u on u.id = pn.unor_id
              where pn.pegawai_id = e.pegawai_id and u.kode like 'DUKCAPIL%')`,
    )
    expect(dukcapil).toBe(0)
    const [{ unit, org, orgDukcapil }] = await q<{ unit: number; org: number; orgDukcapil: number }>(
      sql`select (select count(*)::int from unor where instansi_id = ${instansiId}
                   and coalesce(kode, '') not like 'DUKCAPIL%') as unit,
                 (select count(*)::int from predikat_organisasi where instansi_id = ${instansiId}) as org,
                 (select count(*)::int from predikat_organisasi o join unor u on u.id = o.unor_id
                   where u.kode like 'DUKCAPIL%') as "orgDukcapil"`,
    )
    expect(org).toBe(unit * 3)
    expect(orgDukcapil).toBe(0)
  })

  it('a pending keberatan inside its window and a decided one that wrote version 2', async () => {
    const k = await q<{
      status: string
      keputusan: string | null
      diterima: string
      diajukan: string
      versiLama: string
      baru: { versi: number; status: string; predikat: string; asal: { keberatanId: string } } | null
      id: string
      komentar: number
    }>(
      sql`select k.id, k.status, k.keputusan, (e.difinalisasi_at at time zone 'Asia/Jakarta')::date::text as diterima,
            (k.created_at at time zone 'Asia/Jakarta')::date::text as diajukan, e.status as "versiLama",
            (select to_jsonb(b) from evaluasi b where b.id = k.evaluasi_baru_id) as baru,
            (select count(*)::int from keberatan_komentar c where c.keberatan_id = k.id) as komentar
          from keberatan k join evaluasi e on e.id = k.evaluasi_id order by k.status`,
    )
    expect(k.map((x) => x.status)).toEqual(['diajukan', 'diputuskan'])
    const [tunda, putus] = k
    const aturan = { hari: 14, jenisHari: 'kalender' as const, libur: [] }
    expect(keberatanTepatWaktu(tunda.diterima, tunda.diajukan, aturan)).toBe(true)
    expect(keberatanTepatWaktu(tunda.diterima, `${Y}-12-05`, aturan)).toBe(true)
    expect(tunda).toMatchObject({ versiLama: 'final', baru: null, komentar: 1 })
    expect(putus).toMatchObject({ keputusan: 'ubah', versiLama: 'digantikan', komentar: 2 })
    expect(putus.baru).toMatchObject({ versi: 2, status: 'diterima', predikat: 'BAIK' })
    expect(putus.baru!.asal.keberatanId).toBe(putus.id)
  })

  it('the people docs/DEMO.md names for the cases', async () => {
    const orang = await q<{ kasus: string; nip: string; penilai: string; pemutus: string | null }>(
      sql`select 'keberatan ' || k.status as kasus, p.nip, e.snapshot->'penilai'->>'nip' as penilai,
            pm.nip as pemutus
          from keberatan k join evaluasi e on e.id = k.evaluasi_id join pegawai p on p.id = k.pegawai_id
          left join pegawai pm on pm.id = k.pemutus_pegawai_id
          union all
          select 'perbaikan', p.nip, e.snapshot->'penilai'->>'nip', null
          from rencana_perbaikan r join evaluasi e on e.id = r.evaluasi_id join pegawai p on p.id = r.pegawai_id
          order by 1`,
    )
    expect(orang).toEqual([
      {
        kasus: 'keberatan diajukan',
        nip: '198005242022212750',
        penilai: '198602242011041374',
        pemutus: '197904242003031222',
      },
      {
        kasus: 'keberatan diputuskan',
        nip: '198109152006041735',
        penilai: '198407242008012375',
        pemutus: '197904242003031222',
      },
      { kasus: 'perbaikan', nip: '198202062021211300', penilai: '198903132013031095', pemutus: null },
    ])
  })

  it('one improvement record from the Kurang predikat; opening angka kredit for the jabatan fungsional', async () => {
    const r = await q<{ predikat: string; status: string; ev: string; mulai: string; selesai: string }>(
      sql`select r.predikat, r.status, e.predikat as ev, r.mulai::text, r.selesai::text
          from rencana_perbaikan r join evaluasi e on e.id = r.evaluasi_id`,
    )
    expect(r).toHaveLength(1)
    expect(r[0]).toMatchObject({ predikat: 'KURANG', ev: 'KURANG', status: 'berjalan' })
    const ak = await q<{ jenis: string; jenjang: string; cocok: boolean; nilai: number }>(
      sql`select j.jenis, a.jenjang, a.jenjang = j.jenjang as cocok, a.nilai::float as nilai
          from angka_kredit_awal a join penugasan pn on pn.pegawai_id = a.pegawai_id and pn.selesai is null
          join jabatan j on j.id = pn.jabatan_id`,
    )
    expect(ak.length).toBe(hasil.angkaKreditAwal)
    expect(ak.length).toBeGreaterThan(10)
    for (const a of ak)
      expect(a).toMatchObject({ jenis: 'fungsional', cocok: true, nilai: expect.any(Number) })
  })

  it('the SIASN export reads the demo: periodic rows for every current evaluation, no yearly row yet', async () => {
    const pelaku = { actor: { akunId: null, nama: 'uji' }, ip: 'uji', requestId: 'uji' } as never
    const p = await eksporInstansi(t.database.db, pelaku, {
      jenis: 'periodik',
      instansiId,
      tahun: Y,
      format: 'json',
    })
    const [{ n }] = await q<{ n: number }>(
      sql`select count(*)::int as n from evaluasi where status <> 'digantikan'`,
    )
    expect(p.meta.jumlahBaris).toBe(n)
    const r = await eksporInstansi(t.database.db, pelaku, {
      jenis: 'rw-skp22',
      instansiId,
      tahun: Y,
      format: 'csv',
    })
    expect(r.meta.jumlahBaris).toBe(0)
    expect(r.meta.tanpaEvaluasiFinal).toBeGreaterThan(0)
  })
})
