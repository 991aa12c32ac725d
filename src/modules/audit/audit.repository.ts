import { and, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { auditLog } from '../../db/schema/index.ts'
import { rows } from '../../db/rows.ts'
import { likeAman } from '../../db/sql-helpers.ts'
import { addDays } from '../../domain/iso-date.ts'
import type { AuditQuery } from '../../shared/audit.ts'

/** Calendar days are read in WIB (UTC+7), where most instansi are. */
const awalHari = (tanggal: string) => new Date(`${tanggal}T00:00:00+07:00`)

/** `lingkup` undefined = every row (national admin), including rows without an instansi. */
export async function listAudit(db: Db, lingkup: string | undefined, q: AuditQuery) {
  const cond = and(
    lingkup ? eq(auditLog.instansiId, lingkup) : undefined,
    q.aksi ? eq(auditLog.aksi, q.aksi) : undefined,
    q.entitas ? eq(auditLog.entitas, q.entitas) : undefined,
    q.entitasId ? eq(auditLog.entitasId, q.entitasId) : undefined,
    q.aktor ? ilike(auditLog.aktorNama, `%${likeAman(q.aktor)}%`) : undefined,
    q.dari ? gte(auditLog.waktu, awalHari(q.dari)) : undefined,
    q.sampai ? lt(auditLog.waktu, awalHari(addDays(q.sampai, 1))) : undefined,
  )
  const [items, [{ total }]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(cond)
      .orderBy(desc(auditLog.waktu), desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(cond),
  ])
  return { items, total, page: q.page, pageSize: q.pageSize }
}

/** What an audit row names, as people read it: a display name and the page that shows it. */
export interface ObjekAudit {
  nama: string
  tautan: string | null
}

/** `l(alias)` is the instansi condition on that table alias; `ids` the page's ids of the type. */
type Pencari = (l: (alias: string) => SQL, ids: SQL) => SQL

/**
 * One read-side lookup per entity type the audit trail writes (grep catatAudit): `id`, a display `nama` and
 * the `tautan` (a web path) of each object still present. Each is one indexed query by primary key over the
 * page's ids, scoped like the page itself.
 */
const PENCARI: Record<string, Pencari> = {
  skp: (l, ids) => sql`select s.id::text as id, 'SKP ' || s.tahun || ' · ' || p.nama as nama,
      '/skp/' || s.id as tautan
    from skp s join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
    where s.id in (${ids}) and ${l('s')}`,
  rhk: (l, ids) => sql`select r.id::text as id, r.deskripsi as nama, '/skp/' || r.skp_id as tautan
    from rhk r where r.id in (${ids}) and ${l('r')}`,
  pegawai: (l, ids) => sql`select id::text as id, nama, '/admin/pegawai/' || id as tautan
    from pegawai x where id in (${ids}) and ${l('x')}`,
  akun: (l, ids) => sql`select id::text as id, nama_tampilan || ' (' || username || ')' as nama,
      case when pegawai_id is not null then '/admin/pegawai/' || pegawai_id end as tautan
    from akun x where id in (${ids}) and ${l('x')}`,
  unor: (l, ids) => sql`select id::text as id, nama, '/admin/unor?unorId=' || id as tautan
    from unor x where id in (${ids}) and ${l('x')}`,
  jabatan: (l, ids) => sql`select j.id::text as id, j.nama || coalesce(' · ' || u.nama, '') as nama,
      case when j.unor_id is not null then '/admin/unor?unorId=' || j.unor_id end as tautan
    from jabatan j left join unor u on u.instansi_id = j.instansi_id and u.id = j.unor_id
    where j.id in (${ids}) and ${l('j')}`,
  penugasan: (l, ids) => sql`select n.id::text as id, j.nama || ' · ' || p.nama as nama,
      '/admin/pegawai/' || n.pegawai_id as tautan
    from penugasan n join pegawai p on p.instansi_id = n.instansi_id and p.id = n.pegawai_id
    left join jabatan j on j.instansi_id = n.instansi_id and j.id = n.jabatan_id
    where n.id in (${ids}) and ${l('n')}`,
  atasan_override: (l, ids) => sql`select o.id::text as id, p.nama || ' → ' || a.nama as nama,
      '/admin/pegawai/' || o.pegawai_id as tautan
    from atasan_override o
    join pegawai p on p.instansi_id = o.instansi_id and p.id = o.pegawai_id
    join pegawai a on a.instansi_id = o.instansi_id and a.id = o.atasan_pegawai_id
    where o.id in (${ids}) and ${l('o')}`,
  instansi: (l, ids) => sql`select id::text as id, nama, '/admin/instansi' as tautan
    from instansi x where id in (${ids}) and ${l('x')}`,
  impor: (l, ids) => sql`select id::text as id, nama_file as nama, '/admin/impor' as tautan
    from impor x where id in (${ids}) and ${l('x')}`,
  dokumen: (
    l,
    ids,
  ) => sql`select id::text as id, 'Dokumen ' || upper(jenis) || ' ' || kode_verifikasi as nama,
      '/skp/' || entitas_id as tautan
    from dokumen x where id in (${ids}) and ${l('x')}`,
  pengaturan_tahun: (l, ids) => sql`select id::text as id, 'Pengaturan ' || tahun as nama,
      '/admin/pengaturan?tahun=' || tahun as tautan
    from pengaturan_tahun x where id in (${ids}) and ${l('x')}`,
  tim_kerja: (l, ids) => sql`select id::text as id, nama, '/tim-kerja/' || id as tautan
    from tim_kerja x where id in (${ids}) and ${l('x')}`,
  peran_hasil: (
    l,
    ids,
  ) => sql`select h.id::text as id, h.peran || ' — ' || h.hasil || ' · ' || p.nama as nama,
      '/skp/' || r.skp_id as tautan
    from peran_hasil h join pegawai p on p.instansi_id = h.instansi_id and p.id = h.pegawai_id
    left join rhk r on r.instansi_id = h.instansi_id and r.id = h.rhk_atasan_id
    where h.id in (${ids}) and ${l('h')}`,
  realisasi: (l, ids) => sql`select r.id::text as id, r.periode || ' · ' || i.indikator as nama,
      '/skp/' || r.skp_id || '/realisasi?periode=' || r.periode as tautan
    from realisasi r join iki i on i.instansi_id = r.instansi_id and i.id = r.iki_id
    where r.id in (${ids}) and ${l('r')}`,
  rencana_aksi: (l, ids) => sql`select a.id::text as id, a.periode || ' · ' || a.uraian as nama,
      '/skp/' || a.skp_id || '/realisasi?periode=' || a.periode as tautan
    from rencana_aksi a where a.id in (${ids}) and ${l('a')}`,
  // the row names the IKI (its period targets are set per IKI)
  iki_target_periode: (l, ids) => sql`select i.id::text as id, i.indikator as nama,
      '/skp/' || r.skp_id || '/realisasi' as tautan
    from iki i join rhk r on r.instansi_id = i.instansi_id and r.id = i.rhk_id
    where i.id in (${ids}) and ${l('i')}`,
  progres_harian: (
    l,
    ids,
  ) => sql`select h.id::text as id, h.tanggal || ' · ' || h.kegiatan || ' · ' || p.nama as nama,
      '/progres-harian/tinjauan' as tautan
    from progres_harian h join pegawai p on p.instansi_id = h.instansi_id and p.id = h.pegawai_id
    where h.id in (${ids}) and ${l('h')}`,
  bukti_dukung: (l, ids) => sql`select b.id::text as id,
      b.periode || ' · ' || coalesce(f.nama, b.tautan) as nama,
      '/skp/' || b.skp_id || '/realisasi?periode=' || b.periode as tautan
    from bukti_dukung b left join berkas f on f.instansi_id = b.instansi_id and f.id = b.berkas_id
    where b.id in (${ids}) and ${l('b')}`,
  keberatan: (l, ids) => sql`select k.id::text as id,
      'Keberatan ' || e.periode || ' ' || e.tahun || ' · ' || p.nama as nama, '/keberatan/' || k.id as tautan
    from keberatan k join evaluasi e on e.instansi_id = k.instansi_id and e.id = k.evaluasi_id
    join pegawai p on p.instansi_id = k.instansi_id and p.id = k.pegawai_id
    where k.id in (${ids}) and ${l('k')}`,
  // national reference data: no instansi to scope by, readable by everyone
  koefisien_ak: (_l, ids) => sql`select k.id::text as id,
      'Koefisien ' || k.jenjang || ' · ' || k.berlaku_mulai as nama, '/admin/koefisien-ak' as tautan
    from koefisien_ak k where k.id in (${ids})`,
  rencana_perbaikan: (l, ids) => sql`select r.id::text as id, 'Rencana perbaikan · ' || p.nama as nama,
      '/perbaikan/' || r.id as tautan
    from rencana_perbaikan r join pegawai p on p.instansi_id = r.instansi_id and p.id = r.pegawai_id
    where r.id in (${ids}) and ${l('r')}`,
  evaluasi: (l, ids) => sql`select e.id::text as id,
      'Evaluasi ' || e.periode || ' ' || e.tahun || ' v' || e.versi || ' · ' || p.nama as nama,
      '/evaluasi/' || e.id as tautan
    from evaluasi e join pegawai p on p.instansi_id = e.instansi_id and p.id = e.pegawai_id
    where e.id in (${ids}) and ${l('e')}`,
  delegasi_penilaian: (
    l,
    ids,
  ) => sql`select d.id::text as id, 'Delegasi ' || p.nama || ' → ' || r.nama as nama,
      '/penilaian/delegasi' as tautan
    from delegasi_penilaian d
    join pegawai p on p.instansi_id = d.instansi_id and p.id = d.penilai_pegawai_id
    join pegawai r on r.instansi_id = d.instansi_id and r.id = d.penerima_pegawai_id
    where d.id in (${ids}) and ${l('d')}`,
  predikat_organisasi: (l, ids) => sql`select o.id::text as id,
      'Predikat organisasi ' || o.periode || ' ' || o.tahun || ' · ' || u.nama as nama,
      '/predikat-organisasi?tahun=' || o.tahun || '&periode=' || o.periode as tautan
    from predikat_organisasi o join unor u on u.instansi_id = o.instansi_id and u.id = o.unor_id
    where o.id in (${ids}) and ${l('o')}`,
  penetapan_predikat: (l, ids) => sql`select t.id::text as id,
      'Penetapan predikat ' || t.periode || ' ' || t.tahun || ' v' || t.versi || ' · ' || u.nama as nama,
      '/kalibrasi?unorId=' || t.unor_id || '&tahun=' || t.tahun || '&periode=' || t.periode as tautan
    from penetapan_predikat t join unor u on u.instansi_id = t.instansi_id and u.id = t.unor_id
    where t.id in (${ids}) and ${l('t')}`,
}

/** Entity types the audit trail names that have no lookup yet answer no name (the web shows the type). */
export const ENTITAS_DIKENAL = Object.keys(PENCARI)

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The objects a page of audit rows names, keyed `entitas:id`. One query per entity type present on the
 * page (at most one per type, over at most a page of ids). An object since deleted is simply absent.
 */
export async function objekAudit(
  db: Db,
  lingkup: string | undefined,
  items: { entitas: string; entitasId: string | null }[],
): Promise<Map<string, ObjekAudit>> {
  const perEntitas = new Map<string, Set<string>>()
  for (const r of items) {
    if (!r.entitasId || !UUID.test(r.entitasId) || !PENCARI[r.entitas]) continue
    perEntitas.set(r.entitas, (perEntitas.get(r.entitas) ?? new Set()).add(r.entitasId.toLowerCase()))
  }
  const hasil = new Map<string, ObjekAudit>()
  // one after another: the caller may hand a transaction, whose connection runs one query at a time
  for (const [entitas, set] of perEntitas) {
    const kolom = entitas === 'instansi' ? 'id' : 'instansi_id'
    const l = (alias: string) => (lingkup ? sql`${sql.raw(`${alias}.${kolom}`)} = ${lingkup}` : sql`true`)
    const ids = sql.join(
      [...set].map((id) => sql`${id}::uuid`),
      sql`, `,
    )
    for (const o of await rows<{ id: string; nama: string; tautan: string | null }>(
      db,
      PENCARI[entitas](l, ids),
    ))
      hasil.set(`${entitas}:${o.id}`, { nama: o.nama, tautan: o.tautan })
  }
  return hasil
}
