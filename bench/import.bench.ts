/**
 * Import of 100,000 pegawai from CSV on PostgreSQL (issue 2, "Benchmarks"): the full import (parse +
 * validate + write, the same code path as the API and CLI) against PostgreSQL COPY of the same rows
 * into an equivalent plain table, in the same run. Target: ≥ 20,000 rows/s and within 3× of COPY.
 *
 * Run: `npx tsx bench/import.bench.ts` (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test).
 * It creates and drops its own database kinerja_bench_<random>; no other database is touched.
 */
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { unlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { buatNip } from '../src/db/seed/nip.ts'
import { instansi, unor } from '../src/db/schema/index.ts'
import { imporService } from '../src/modules/impor/impor.service.ts'
import { DEFAULT_PG, scratchDatabase } from './pg-scratch.ts'

export const ROWS = 100_000
export const INDUK = 'Pemerintah Kabupaten Bench'
const HEADER =
  'NIP,NAMA,JENIS_KELAMIN,TANGGAL_LAHIR,STATUS_ASN,GOLONGAN,JABATAN,JENIS_JABATAN,JENJANG,KEPALA_UNOR,UNOR,UNOR_INDUK,TMT_JABATAN,EMAIL'
const GOL = ['II/c', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a']
const JF = [
  ['Analis Kebijakan', 'AHLI MUDA'],
  ['Pranata Komputer', 'AHLI PERTAMA'],
  ['Arsiparis', 'TERAMPIL'],
  ['Perencana', 'AHLI MADYA'],
]
const PELAKSANA = [
  'Pengadministrasi Umum',
  'Pengelola Keuangan',
  'Operator Layanan',
  'Penata Laporan',
  'Pengelola Data',
  'Verifikator',
]

const iso = (d: Date) => d.toISOString().slice(0, 10)

/** Unit [UNOR, UNOR_INDUK] and position [JABATAN, JENIS_JABATAN, JENJANG, KEPALA_UNOR] of row i. */
function posisi(i: number, pppk: boolean): [string[], string[]] {
  if (i < 20)
    return [
      [`Dinas ${1 + i}`, INDUK],
      [`Kepala Dinas ${1 + i}`, 'JPT PRATAMA', '', 'Y'],
    ]
  if (i < 220) {
    const dinas = `Dinas ${1 + Math.floor((i - 20) / 10)}`
    return [
      [`Bidang ${1 + (i % 10)} ${dinas}`, dinas],
      ['Kepala Bidang', 'ADMINISTRATOR', '', 'Y'],
    ]
  }
  const dinas = `Dinas ${1 + (i % 20)}`
  const unit = [`Bidang ${1 + ((i >> 5) % 10)} ${dinas}`, dinas]
  if (i % 3 === 0 && !pppk)
    return [unit, [`${JF[i % 4][0]} ${JF[i % 4][1]}`, 'FUNGSIONAL', JF[i % 4][1], 'N']]
  return [unit, [PELAKSANA[i % PELAKSANA.length], 'PELAKSANA', '', 'N']]
}

/** Row i, deterministic: 20 dinas × 10 bidang, heads first, then staff of every kind incl. JF and PPPK. */
function baris(i: number): string {
  const lahir = new Date(Date.UTC(1965, 0, 1) + (i % 9000) * 86_400_000)
  const jk = i % 2 ? 'P' : 'L'
  const pppk = i % 7 === 3
  const tahunMasuk = lahir.getUTCFullYear() + 23 + (i % 5)
  const nip = buatNip({
    lahir: iso(lahir),
    tmt: `${tahunMasuk}-${pppk ? '21' : String(1 + (i % 12)).padStart(2, '0')}`,
    jk,
    urut: Math.floor(i / 9000),
  })
  const [unit, jab] = posisi(i, pppk)
  const gol = pppk ? ['PPPK', 'IX'] : ['PNS', GOL[i % GOL.length]]
  return [
    nip,
    `Pegawai Bench ${i}`,
    jk,
    iso(lahir),
    ...gol,
    ...jab,
    ...unit,
    `2024-0${1 + (i % 9)}-01`,
    `p${i}@bench.go.id`,
  ].join(',')
}

/** The benchmark file: 100,000 deterministic rows under one parent unit named INDUK. */
export function tulisCsv(file: string, rows = ROWS) {
  const lines = [HEADER]
  for (let i = 0; i < rows; i++) lines.push(baris(i))
  writeFileSync(file, `${lines.join('\n')}\n`)
}

const COPY_TABLE = `create table copy_pegawai (nip text, nama text, jenis_kelamin text, tanggal_lahir date, status_asn text,
  golongan text, jabatan text, jenis_jabatan text, jenjang text, kepala_unor text, unor text, unor_induk text,
  tmt_jabatan date, email text)`

/** COPY FROM STDIN through psql's \copy (pg-copy-streams is not a dependency); psql's own \timing. */
async function copyMs(url: string, file: string): Promise<number> {
  const t0 = performance.now()
  const { stdout } = await promisify(execFile)('psql', [
    url,
    '-X',
    '-q',
    '-c',
    '\\timing on',
    '-c',
    `\\copy copy_pegawai from '${file}' with (format csv, header true)`,
  ])
  const wall = performance.now() - t0
  const m = /Time: ([\d.]+) ms/.exec(stdout)
  return m ? Number(m[1]) : wall
}

export async function benchImport(
  databaseUrl: string,
): Promise<{ rows: number; importRowsPerSec: number; copyRowsPerSec: number; ratio: number }> {
  const scratch = await scratchDatabase(databaseUrl)
  const file = path.join(os.tmpdir(), `kinerja-bench-pegawai-${randomBytes(4).toString('hex')}.csv`)
  try {
    tulisCsv(file)
    const { db } = scratch.database
    const [inst] = await db
      .insert(instansi)
      .values({ kode: 'BENCH', nama: 'Pemerintah Kabupaten Bench', jenis: 'daerah' })
      .returning()
    await db.insert(unor).values({ instansiId: inst.id, nama: INDUK })
    const t0 = performance.now()
    const laporan = await imporService(scratch.database).jalankan(null, {
      jenis: 'pegawai',
      instansiId: inst.id,
      mode: 'semua',
      sumber: { namaFile: 'bench.csv', path: file },
    })
    const importMs = performance.now() - t0
    if (laporan.status !== 'selesai' || laporan.ringkasan.baru !== ROWS) {
      throw new Error(
        `import failed: ${JSON.stringify({ ...laporan, kesalahan: laporan.kesalahan.slice(0, 5) })}`,
      )
    }
    await scratch.database.query(COPY_TABLE)
    const ms = await copyMs(scratch.url, file)
    const importRowsPerSec = (ROWS / importMs) * 1000
    const copyRowsPerSec = (ROWS / ms) * 1000
    return { rows: ROWS, importRowsPerSec, copyRowsPerSec, ratio: copyRowsPerSec / importRowsPerSec }
  } finally {
    unlinkSync(file)
    await scratch.dispose()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchImport(process.env.DATABASE_URL ?? DEFAULT_PG)
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((err) => {
      console.error(err)
      process.exit(1)
    })
}
