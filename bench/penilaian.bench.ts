import { execFile } from 'node:child_process'
import { loadavg } from 'node:os'
import { promisify } from 'node:util'
import type { Database } from '../src/db/client.ts'
import { akun, instansi, jabatan, pengaturanTahun, unor } from '../src/db/schema/index.ts'
import { predikatPegawai, type Rating } from '../src/domain/predikat.ts'
import { pengaturanBawaan } from '../src/domain/settings.ts'
import { hashPassword } from '../src/server/auth/password.ts'
import { BAWAHAN, seedBawahan } from './penilaian-bawahan.ts'
import { DEFAULT_PG, scratchDatabase } from './pg-scratch.ts'
import { cpuMs, memori, mulaiServer, resetPuncak, selamaPuncak, type Proses } from './proses.ts'
import { gabung, sesiMasuk, type Angka } from './skp-open.bench.ts'

/**
 * Issue 9 benchmark, on PostgreSQL with the API as its own process and the load from a separate process:
 * (1) the curve preview (GET /api/v1/kurva/pratinjau?…&unorId=) and (2) the calibration grid
 * (GET /api/v1/kalibrasi/:unorId/:tahun/:periode) of one unit of BENCH_PENILAIAN_UNIT (500) pegawai with
 * evaluations, by its head, against the one-primary-key route (GET /api/v1/instansi/:id) in the same run;
 * (3) the SIASN rw-skp22 export of BENCH_EKSPOR_PEGAWAI (20,000) pegawai through the API (time to the last
 * byte, API peak RSS) against a plain select of the same rows from the database in the same run;
 * (4) the penilai's list (GET /api/v1/penilaian/bawahan) of a head of BENCH_BAWAHAN (40) staff with realisasi,
 * against the same primary-key route.
 * Small sizes for a smoke run: BENCH_PENILAIAN_UNIT=20 BENCH_EKSPOR_PEGAWAI=200 BENCH_DETIK=1.
 */
const run = promisify(execFile)
const TAHUN = new Date().getUTCFullYear()
const UNIT = Math.max(2, Number(process.env.BENCH_PENILAIAN_UNIT ?? 500))
const PEGAWAI = Math.max(UNIT, Number(process.env.BENCH_EKSPOR_PEGAWAI ?? 20_000))
const DETIK = Number(process.env.BENCH_DETIK ?? 5)
const KONEKSI = 16
const PASSWORD = 'bench-password-1' // as sesiMasuk in skp-open.bench.ts

/** A realistic spread of the pair of ratings (20 slots, picked by the person's number). */
const SEBARAN: [Rating, Rating][] = [
  ...Array<[Rating, Rating]>(3).fill(['DI_ATAS', 'DI_ATAS']),
  ...Array<[Rating, Rating]>(11).fill(['SESUAI', 'SESUAI']),
  ...Array<[Rating, Rating]>(2).fill(['SESUAI', 'DI_ATAS']),
  ...Array<[Rating, Rating]>(2).fill(['DI_BAWAH', 'SESUAI']),
  ['SESUAI', 'DI_BAWAH'],
  ['DI_BAWAH', 'DI_BAWAH'],
]

/**
 * PEGAWAI people in units of UNIT (person 0 heads the root; person 1 + u heads unit u; the others are staff
 * of unit (g - 1) mod k), each with an approved SKP, a final TW1 and FINAL evaluation and a TW2 draft with
 * ratings (the calibration period); predikat organisasi Baik. Written with set-based SQL.
 */
async function seed(database: Database) {
  const { db } = database
  const k = Math.ceil(PEGAWAI / UNIT)
  const [inst] = await db
    .insert(instansi)
    .values({ kode: 'BENCH-PN', nama: 'Instansi Bench Penilaian', jenis: 'daerah' })
    .returning()
  await db
    .insert(pengaturanTahun)
    .values({ instansiId: inst.id, tahun: TAHUN, pengaturan: pengaturanBawaan(TAHUN) })
  const [akar] = await db
    .insert(unor)
    .values({ instansiId: inst.id, nama: 'Sekretariat', kode: 'AKAR' })
    .returning()
  const unit = await db
    .insert(unor)
    .values(
      Array.from({ length: k }, (_, u) => ({
        instansiId: inst.id,
        parentId: akar.id,
        nama: `Bidang ${u + 1}`,
      })),
    )
    .returning()
  const jab = (
    unorId: string,
    nama: string,
    jenis: 'jpt_pratama' | 'administrator' | 'pelaksana',
    isKepala: boolean,
  ) => ({
    instansiId: inst.id,
    unorId,
    nama,
    jenis,
    isKepala,
  })
  const [jAkar] = await db
    .insert(jabatan)
    .values(jab(akar.id, 'Sekretaris', 'jpt_pratama', true))
    .returning()
  const jKepala = await db
    .insert(jabatan)
    .values(unit.map((u) => jab(u.id, `Kepala ${u.nama}`, 'administrator', true)))
    .returning()
  const jStaf = await db
    .insert(jabatan)
    .values(unit.map((u) => jab(u.id, 'Analis', 'pelaksana', false)))
    .returning()
  const q = (text: string, params: unknown[] = []) => database.query(text, params)
  const ids = (xs: { id: string }[]) => `{${xs.map((x) => x.id).join(',')}}`
  // g: the person's number; u: their unit's index (null for the root head)
  const orang = `select g, case when g = 0 then null when g <= ${k} then g - 1 else (g - 1) % ${k} end as u
                 from generate_series(0, ${PEGAWAI}) g`
  await q(
    `insert into pegawai (instansi_id, nip, nama, jenis_kelamin, tanggal_lahir, jenis_asn, golongan, pangkat)
     select $1, '19' || lpad(g::text, 16, '0'), 'Pegawai ' || g, case when g % 2 = 0 then 'L' else 'P' end,
       '1980-01-01', 'pns', 'III/b', 'Penata Muda Tingkat I' from generate_series(0, ${PEGAWAI}) g`,
    [inst.id],
  )
  await q(
    `insert into penugasan (instansi_id, pegawai_id, unor_id, jabatan_id, is_kepala, mulai)
     select $1, p.id, coalesce(($2::uuid[])[o.u + 1], $5::uuid),
       case when o.g = 0 then $6::uuid when o.g <= ${k} then ($3::uuid[])[o.u + 1] else ($4::uuid[])[o.u + 1] end,
       o.g <= ${k}, '2020-01-01'
     from (${orang}) o join pegawai p on p.instansi_id = $1 and p.nip = '19' || lpad(o.g::text, 16, '0')`,
    [inst.id, ids(unit), ids(jKepala), ids(jStaf), akar.id, jAkar.id],
  )
  // the penilai: the unit head for staff, the root head for unit heads, the non-ASN official for the root head
  await q(
    `with o as (${orang}),
     x as (
       select p.id, p.nama, p.nip, pn.id as penugasan, un.nama as unor, un.id as unor_id, pn.is_kepala, j.jenis,
         j.nama as jabatan,
         case when o.g = 0 then null when o.g <= ${k} then 0 else o.u + 1 end as penilai_g
       from o join pegawai p on p.instansi_id = $1 and p.nip = '19' || lpad(o.g::text, 16, '0')
       join penugasan pn on pn.pegawai_id = p.id join jabatan j on j.id = pn.jabatan_id
       join unor un on un.id = pn.unor_id),
     pj as (select x.*, pp.id as penilai_id, pp.nama as penilai_nama, pp.nip as penilai_nip from x
       left join pegawai pp on pp.instansi_id = $1 and pp.nip = '19' || lpad(x.penilai_g::text, 16, '0'))
     insert into skp (instansi_id, pegawai_id, penugasan_id, tahun, mulai, selesai, pendekatan, varian, status,
       penilai_pegawai_id, snapshot, disetujui_at)
     select $1, id, penugasan, ${TAHUN}, '${TAHUN}-01-01', '${TAHUN}-12-31', 'kuantitatif', 'administrasi_fungsional',
       'disetujui', penilai_id,
       jsonb_build_object(
         'pegawai', jsonb_build_object('pegawaiId', id, 'nama', nama, 'nip', nip, 'pangkat', 'Penata Muda Tingkat I',
           'golongan', 'III/b', 'jabatan', jabatan, 'unor', unor),
         'penilai', jsonb_build_object('pegawaiId', penilai_id, 'nama', coalesce(penilai_nama, 'Bupati Bench'),
           'nip', penilai_nip, 'pangkat', null, 'golongan', case when penilai_id is null then null else 'IV/a' end,
           'jabatan', case when penilai_id is null then 'Bupati' else 'Kepala Unit' end, 'unor', unor),
         'atasanPenilai', null, 'pimpinanTertinggi', penilai_id is null,
         'unorId', unor_id, 'kepalaUnit', is_kepala, 'jenisJabatan', jenis),
       now()
     from pj`,
    [inst.id],
  )
  const n = SEBARAN.length
  await q(
    `insert into evaluasi (instansi_id, skp_id, pegawai_id, tahun, periode, status, snapshot, penilai_pegawai_id,
       rating_hasil_saran, rating_hasil, rating_perilaku, predikat, predikat_organisasi, difinalisasi_at)
     select s.instansi_id, s.id, s.pegawai_id, s.tahun, per.kode, per.status,
       s.snapshot || jsonb_build_object('bertindakSebagai', case when s.penilai_pegawai_id is null
         then 'atas_nama_non_asn' else 'penilai' end, 'unorNama', s.snapshot->'pegawai'->>'unor', 'plt', false,
         'jenjang', null, 'penilaiSkp', null, 'mulai', per.mulai, 'selesai', per.selesai, 'tanggal', per.selesai),
       s.penilai_pegawai_id, ($3::text[])[i], ($3::text[])[i], ($4::text[])[i], ($5::text[])[i], 'BAIK',
       case when per.status = 'final' then now() end
     from skp s
     join pegawai p on p.id = s.pegawai_id
     cross join lateral (select (substr(p.nip, 3)::int % ${n}) + 1 as i) r
     cross join (values ('TW1', 'final', $2 || '-01-01', $2 || '-03-31'), ('TW2', 'draft', $2 || '-04-01', $2 || '-06-30'),
       ('FINAL', 'final', $2 || '-01-01', $2 || '-12-31')) per(kode, status, mulai, selesai)
     where s.instansi_id = $1`,
    [
      inst.id,
      String(TAHUN),
      `{${SEBARAN.map((x) => x[0]).join(',')}}`,
      `{${SEBARAN.map((x) => x[1]).join(',')}}`,
      `{${SEBARAN.map((x) => predikatPegawai(x[0], x[1])).join(',')}}`,
    ],
  )
  const passwordHash = await hashPassword(PASSWORD)
  const [kepala] = await database.query<{ id: string; nip: string }>(
    `select id, nip from pegawai where instansi_id = $1 and nip = '19' || lpad('1', 16, '0')`,
    [inst.id],
  )
  const [admin] = await db
    .insert(akun)
    .values([
      {
        instansiId: inst.id,
        username: 'bench.admin',
        namaTampilan: 'Admin Bench',
        passwordHash,
        peran: ['admin_instansi'],
      },
      {
        instansiId: inst.id,
        pegawaiId: kepala.id,
        username: kepala.nip,
        namaTampilan: 'Kepala',
        passwordHash,
        peran: ['pegawai'],
      },
    ])
    .returning()
  await q(
    `insert into predikat_organisasi (instansi_id, unor_id, tahun, periode, predikat, ditetapkan_oleh_akun_id)
     select $1, u.id, $2, per, 'BAIK', $3 from unor u cross join unnest(array['TW1', 'TW2', 'FINAL']) per
     where u.instansi_id = $1`,
    [inst.id, TAHUN, admin.id],
  )
  const kepalaBawahan = await seedBawahan(database, {
    instansiId: inst.id,
    akarId: akar.id,
    tahun: TAHUN,
    password: PASSWORD,
  })
  await q('analyze')
  return {
    instansiId: inst.id,
    unorId: unit[0].id,
    kepala: kepala.nip,
    admin: 'bench.admin',
    unit: k,
    kepalaBawahan,
  }
}

// autocannon in a child process, as skp-open.bench.ts: each request takes the next (path, cookie) pair
const PEMBEBAN = `
import autocannon from 'autocannon'
const cfg = JSON.parse(process.env.BENCH_CFG)
let n = 0
const r = await autocannon({
  url: cfg.base, connections: cfg.connections, duration: cfg.seconds,
  requests: [{ method: 'GET', setupRequest: (req) => {
    const t = cfg.targets[n++ % cfg.targets.length]
    return { ...req, path: t.path, headers: { ...req.headers, cookie: t.cookie } }
  } }],
})
console.log(JSON.stringify({ ok: r['2xx'], non2xx: r.non2xx, errors: r.errors, duration: r.duration, p50: r.latency.p50, p99: r.latency.p99 }))
`

async function beban(
  server: Proses,
  targets: { path: string; cookie: string }[],
  seconds: number,
): Promise<Angka> {
  const cfg = { base: server.base, targets, connections: KONEKSI, seconds }
  const pid = server.child.pid!
  const cpu = cpuMs(pid)
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', PEMBEBAN], {
    env: { ...process.env, BENCH_CFG: JSON.stringify(cfg) },
    maxBuffer: 10 * 1024 * 1024,
  })
  const r = JSON.parse(stdout.trim().split('\n').at(-1)!)
  return {
    rps: Math.round(r.ok / r.duration),
    p50: r.p50,
    p99: r.p99,
    ok: r.ok,
    errors: r.non2xx + r.errors,
    cpuMsPerRequest: Number(((cpuMs(pid) - cpu) / Math.max(1, r.ok)).toFixed(3)),
  }
}

/** The first session a route answers 200 for (the unit head, else the admin); null when none does. */
async function pilihSesi(base: string, path: string, sesi: { nama: string; cookie: string }[]) {
  const tolak: string[] = []
  for (const s of sesi) {
    const res = await fetch(`${base}${path}`, { headers: { cookie: s.cookie } })
    await res.arrayBuffer()
    if (res.status === 200) return { sesi: s, tolak }
    tolak.push(`${s.nama} ${res.status}`)
  }
  return { sesi: null, tolak }
}

/** Download a whole export, counting bytes: time to the last byte and the rows counted by the server. */
async function unduh(base: string, path: string, cookie: string) {
  const mulai = performance.now()
  const res = await fetch(`${base}${path}`, { headers: { cookie } })
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`)
  let bytes = 0
  for await (const c of res.body as unknown as AsyncIterable<Uint8Array>) bytes += c.length
  return {
    ms: Math.round(performance.now() - mulai),
    bytes,
    baris: Number(res.headers.get('x-jumlah-baris')),
  }
}

export async function benchPenilaian(databaseUrl: string = process.env.DATABASE_URL ?? DEFAULT_PG) {
  const scratch = await scratchDatabase(databaseUrl)
  let server: Proses | null = null
  try {
    const mulaiSeed = performance.now()
    const data = await seed(scratch.database)
    const seedMs = Math.round(performance.now() - mulaiSeed)
    server = await mulaiServer({
      DATABASE_URL: scratch.url,
      PG_POOL_MAX: String(KONEKSI),
      LOGIN_RATE_PER_MINUTE: '100000',
      LOGIN_MAX_GAGAL_IP: '100000',
    })
    const srv = server
    const pid = srv.child.pid!
    const sesi = [
      { nama: 'kepala unit', cookie: (await sesiMasuk(srv.base, data.kepala)).cookie },
      { nama: 'admin instansi', cookie: (await sesiMasuk(srv.base, data.admin)).cookie },
    ]
    const jalur = {
      pk: `/api/v1/instansi/${data.instansiId}`,
      kurva: `/api/v1/kurva/pratinjau?tahun=${TAHUN}&periode=TW2&unorId=${data.unorId}`,
      kalibrasi: `/api/v1/kalibrasi/${data.unorId}/${TAHUN}/TW2`,
      bawahan: `/api/v1/penilaian/bawahan?tahun=${TAHUN}&periode=TW2`,
    }
    const kepalaBawahan = (await sesiMasuk(srv.base, data.kepalaBawahan)).cookie
    const daftar = await fetch(`${srv.base}${jalur.bawahan}`, { headers: { cookie: kepalaBawahan } })
    const isi = (await daftar.json()) as { items?: { saranRatingHasil: string | null }[] }
    if (daftar.status !== 200 || isi.items?.length !== BAWAHAN)
      throw new Error(`penilaian/bawahan: ${daftar.status}, ${isi.items?.length} items (want ${BAWAHAN})`)
    const disarankan = isi.items.filter((x) => x.saranRatingHasil !== null).length
    const pk = await pilihSesi(srv.base, jalur.pk, sesi)
    if (!pk.sesi) throw new Error(`baseline route refused: ${pk.tolak.join(', ')}`)
    const kurva = await pilihSesi(srv.base, jalur.kurva, sesi)
    const kalibrasi = await pilihSesi(srv.base, jalur.kalibrasi, sesi)
    const sasaran = (path: string, s: { cookie: string }) => [{ path, cookie: s.cookie }]
    const semua = [kurva, kalibrasi].flatMap((x, i) =>
      x.sesi ? sasaran([jalur.kurva, jalur.kalibrasi][i], x.sesi) : [],
    )
    const bawahan = sasaran(jalur.bawahan, { cookie: kepalaBawahan })
    await beban(srv, [...sasaran(jalur.pk, pk.sesi), ...semua, ...bawahan], 2) // warm-up: JIT, pool, plans
    // alternate short rounds so a change in the machine's other load hits every route alike
    const putaran: Record<'pk' | 'kurva' | 'kalibrasi' | 'bawahan', Angka[]> = {
      pk: [],
      kurva: [],
      kalibrasi: [],
      bawahan: [],
    }
    for (let i = 0; i < 2; i++) {
      putaran.bawahan.push(await beban(srv, bawahan, DETIK))
      putaran.pk.push(await beban(srv, sasaran(jalur.pk, pk.sesi), DETIK))
      if (kurva.sesi) putaran.kurva.push(await beban(srv, sasaran(jalur.kurva, kurva.sesi), DETIK))
      if (kalibrasi.sesi)
        putaran.kalibrasi.push(await beban(srv, sasaran(jalur.kalibrasi, kalibrasi.sesi), DETIK))
    }

    // (3) the export: the API's time to the last byte and peak RSS; the same rows selected directly
    const admin = sesi[1].cookie
    const idleMb = Math.round(memori(pid).rssMb)
    const pilih = () =>
      scratch.database.query<{ nip: string }>(
        `select p.nip, e.rating_hasil, e.rating_perilaku, e.predikat, e.snapshot->'penilai' as penilai
       from evaluasi e join pegawai p on p.id = e.pegawai_id
       where e.instansi_id = $1 and e.tahun = $2 and e.periode = 'FINAL' and e.status in ('final', 'diterima')
       order by e.pegawai_id`,
        [data.instansiId, TAHUN],
      )
    await pilih() // warm-up, as the export's
    const mulaiSelect = performance.now()
    const polos = await pilih()
    const selectMs = Math.round(performance.now() - mulaiSelect)
    const ekspor = `/api/v1/ekspor/rw-skp22?tahun=${TAHUN}`
    await unduh(srv.base, `${ekspor}&format=csv`, admin) // warm-up
    resetPuncak(pid)
    const { hasil, puncakMb } = await selamaPuncak(pid, async () => ({
      csv: await unduh(srv.base, `${ekspor}&format=csv`, admin),
      json: await unduh(srv.base, `${ekspor}&format=json`, admin),
    }))
    if (hasil.csv.baris !== polos.length) throw new Error(`export rows ${hasil.csv.baris} ≠ ${polos.length}`)
    return {
      unitPegawai: UNIT,
      pegawai: PEGAWAI + 1,
      units: data.unit,
      connections: KONEKSI,
      seedMs,
      baseline: gabung(putaran.pk),
      kurva: kurva.sesi
        ? { oleh: kurva.sesi.nama, ...gabung(putaran.kurva) }
        : { tidakTersedia: kurva.tolak.join(', ') },
      kalibrasi: kalibrasi.sesi
        ? { oleh: kalibrasi.sesi.nama, ...gabung(putaran.kalibrasi) }
        : { tidakTersedia: kalibrasi.tolak.join(', ') },
      bawahan: { staf: BAWAHAN, disarankan, ...gabung(putaran.bawahan) },
      ekspor: {
        baris: polos.length,
        selectMs,
        csv: hasil.csv,
        json: hasil.json,
        idleMb,
        puncakMb: Math.round(Math.max(puncakMb, memori(pid).puncakMb)),
      },
      loadAvg1m: Number(loadavg()[0].toFixed(2)),
    }
  } finally {
    await server?.berhenti()
    await scratch.dispose()
  }
}

export type HasilPenilaian = Awaited<ReturnType<typeof benchPenilaian>>

if (import.meta.url === `file://${process.argv[1]}`) {
  benchPenilaian().then((r) => console.log(JSON.stringify(r, null, 2)))
}
