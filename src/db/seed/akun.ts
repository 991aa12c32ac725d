import { randomUUID } from 'node:crypto'
import type { akun } from '../schema/index.ts'
import { namaLengkap } from './gelar.ts'
import type { InstansiRencana, Penempatan } from './rencana.ts'

export type AkunRow = typeof akun.$inferInsert & { id: string }

/** The fixed demo people (docs/DEMO.md): stable picks by unit code, never by position in a list. */
export interface OrangDemo {
  sekda: Penempatan
  kepalaBkpsdm: Penempatan
  kepalaDinas: Penempatan
  kepalaSeksi: Penempatan
  pelaksana: Penempatan
  pltKepalaDinas: Penempatan
  pegawaiMutasi: Penempatan
  kepalaBcn: Penempatan
}

function kepala(r: InstansiRencana, kode: string): Penempatan {
  const p = r.kepalaPerKode.get(kode)
  if (!p) throw new Error(`tidak ada kepala di ${kode}`)
  return p
}

/** The first active PNS pelaksana of a unit. */
function pelaksanaPertama(r: InstansiRencana, kode: string): Penempatan {
  const p = (r.stafPerKode.get(kode) ?? []).find(
    (x) =>
      x.katalog.jenis === 'pelaksana' && x.orang.row.jenisAsn === 'pns' && x.orang.row.status === 'aktif',
  )
  if (!p) throw new Error(`tidak ada pelaksana di ${kode}`)
  return p
}

export function pilihOrangDemo(
  kab: InstansiRencana,
  bcn: InstansiRencana,
  khusus: { plt: Penempatan; mutasi: Penempatan },
): OrangDemo {
  return {
    sekda: kepala(kab, 'SETDA'),
    kepalaBkpsdm: kepala(kab, 'BKPSDM'),
    kepalaDinas: kepala(kab, 'DUKCAPIL'),
    kepalaSeksi: kepala(kab, 'DUKCAPIL.DAFDUK.IDEN'),
    pelaksana: pelaksanaPertama(kab, 'DUKCAPIL.DAFDUK.IDEN'),
    pltKepalaDinas: khusus.plt,
    pegawaiMutasi: khusus.mutasi,
    kepalaBcn: kepala(bcn, 'BCN'),
  }
}

/**
 * Accounts: every pegawai logs in with their NIP. The stored roles are only `pegawai` plus, for the
 * Kepala BKPSDM, `pimpinan` with the whole kabupaten as monitoring scope (BKPSDM oversees performance
 * management of the instansi; heading a unit alone would scope them to BKPSDM). Atasan and pimpinan of
 * the own unit are derived from the tree. The admin_instansi accounts belong to no pegawai.
 * One password hash is shared by all demo accounts: hashing ~450 times with argon2 would take minutes.
 */
function akunPegawai(
  r: InstansiRencana,
  p: Penempatan,
  passwordHash: string,
  lingkupPimpinan: string | null,
): AkunRow {
  const { row } = p.orang
  return {
    id: randomUUID(),
    instansiId: r.row.id,
    pegawaiId: row.id,
    username: row.nip,
    namaTampilan: namaLengkap({
      nama: row.nama,
      gelarDepan: row.gelarDepan ?? null,
      gelarBelakang: row.gelarBelakang ?? null,
    }),
    passwordHash,
    peran: lingkupPimpinan ? ['pegawai', 'pimpinan'] : ['pegawai'],
    lingkupUnorId: lingkupPimpinan,
  }
}

export function buatAkun(
  rencana: InstansiRencana[],
  demo: OrangDemo,
  passwordHash: string,
  rootKab: string,
): AkunRow[] {
  const admin = (
    instansiId: string | null,
    username: string,
    namaTampilan: string,
    peran: string[],
  ): AkunRow => ({
    id: randomUUID(),
    instansiId,
    username,
    namaTampilan,
    passwordHash,
    peran,
  })
  const rows = [admin(null, 'admin', 'Administrator Nasional', ['admin_nasional'])]
  for (const r of rencana) {
    rows.push(admin(r.row.id, r.def.admin.username, r.def.admin.nama, ['admin_instansi']))
    for (const p of r.penempatan)
      rows.push(akunPegawai(r, p, passwordHash, p === demo.kepalaBkpsdm ? rootKab : null))
  }
  return rows
}

export interface AkunDemo {
  username: string
  nama: string
  jabatan: string
  /** Roles GET /me shows: stored plus derived (atasan and pimpinan for whoever heads a unit). */
  peran: string[]
}

const kepalaAktif = (rencana: InstansiRencana[], pegawaiId: string) =>
  rencana.flatMap((r) => r.penugasan).filter((p) => p.pegawaiId === pegawaiId && p.isKepala && !p.selesai)

function peranDemo(rencana: InstansiRencana[], p: Penempatan, a: AkunRow): string[] {
  const kepala = kepalaAktif(rencana, p.orang.row.id).length > 0
  return [...new Set([...a.peran!, ...(kepala ? ['atasan', 'pimpinan'] : [])])].sort()
}

/** "Kepala Seksi Identitas Penduduk"; staff with their unit; a Plt with the position they act in. */
function jabatanDemo(rencana: InstansiRencana[], p: Penempatan): string {
  const sendiri = p.penugasan.isKepala ? p.unit.spec.kepala.jabatan : `${p.katalog.nama}, ${p.unit.row.nama}`
  const plt = kepalaAktif(rencana, p.orang.row.id).find((x) => x.jenis === 'plt')
  if (!plt) return sendiri
  const unit = rencana.flatMap((r) => r.pohon.units).find((u) => u.row.id === plt.unorId)!
  return `${sendiri}; Plt ${unit.spec.kepala.jabatan}`
}

/** The demo accounts as docs/DEMO.md lists them (checked against DEMO_AKUN by test/seed.test.ts). */
export function ringkasAkunDemo(
  rencana: InstansiRencana[],
  demo: OrangDemo,
  akunRows: AkunRow[],
): Record<string, AkunDemo> {
  const hasil: Record<string, AkunDemo> = {}
  for (const a of akunRows.filter((x) => !x.pegawaiId)) {
    const r = rencana.find((x) => x.row.id === a.instansiId)
    const kunci = r ? r.def.admin.kunci : 'adminNasional'
    hasil[kunci] = {
      username: a.username,
      nama: a.namaTampilan,
      jabatan: r ? `Admin ${r.row.nama}` : 'Admin Nasional',
      peran: a.peran!,
    }
  }
  for (const [kunci, p] of Object.entries(demo)) {
    const a = akunRows.find((x) => x.pegawaiId === p.orang.row.id)!
    hasil[kunci] = {
      username: a.username,
      nama: a.namaTampilan,
      jabatan: jabatanDemo(rencana, p),
      peran: peranDemo(rencana, p, a),
    }
  }
  return hasil
}
