import { and, eq, getTableColumns, sql } from 'drizzle-orm'
import type { Db } from '../../db/client.ts'
import { skp } from '../../db/schema/index.ts'
import type { SkpRow } from './skp.repository.ts'

/**
 * The SKP page's read model: the SKP row with its RHK (IKI nested, intervensi label, team) and perilaku
 * expectations, in ONE round trip — PostgreSQL builds the nested JSON. The page is the hot path of
 * January (DOMAIN §8 peak load): GET /skp/:id is benchmarked against a primary-key route.
 */
export interface IkiJson {
  id: string
  /** aspek and targetMin are null in a kualitatif IKI, which has targetTeks instead. */
  aspek: 'kuantitas' | 'kualitas' | 'waktu' | 'biaya' | null
  indikator: string
  targetMin: number | null
  targetMax: number | null
  satuan: string | null
  targetTeks: string | null
  polaritas: 'naik' | 'turun'
  akumulasi: 'jumlah' | 'terakhir' | 'rata'
}

export interface RhkJson {
  id: string
  jenis: 'utama' | 'tambahan'
  urutan: number
  deskripsi: string
  klasifikasi: 'organisasi' | 'individu'
  penugasanDari: string | null
  perspektif: 'penerima_layanan' | 'proses_bisnis_internal' | 'penguatan_internal' | 'anggaran' | null
  catatanPengembalian: string | null
  intervensiRhkId: string | null
  intervensiDeskripsi: string | null
  intervensiPegawaiNama: string | null
  timKerjaId: string | null
  timKerjaNama: string | null
  iki: IkiJson[]
}

export type SkpLengkap = SkpRow & {
  rhkJson: RhkJson[]
  perilakuJson: { kode: string; ekspektasi: string | null }[]
  /** The year's stored deadline (null: not opened, the default applies) and whether it is closed. */
  batasSkpTahun: string | null
  tahunDitutup: boolean
}

const ikiJson = sql`(select coalesce(json_agg(json_build_object('id', i.id, 'aspek', i.aspek, 'indikator', i.indikator,
    'targetMin', i.target_min, 'targetMax', i.target_max, 'satuan', i.satuan,
    'targetTeks', i.target_teks, 'polaritas', i.polaritas, 'akumulasi', i.akumulasi) order by i.urutan), '[]'::json)
  from iki i where i.rhk_id = r.id and i.instansi_id = r.instansi_id)`

// every join stays inside the SKP's instansi (the intervensi label, its owner, the team)
const rhkJson = sql`(select coalesce(json_agg(json_build_object('id', r.id, 'jenis', r.jenis, 'urutan', r.urutan,
    'deskripsi', r.deskripsi, 'klasifikasi', r.klasifikasi, 'penugasanDari', r.penugasan_dari, 'perspektif', r.perspektif,
    'catatanPengembalian', r.catatan_pengembalian, 'intervensiRhkId', r.intervensi_rhk_id,
    'intervensiDeskripsi', induk.deskripsi, 'intervensiPegawaiNama', ip.nama, 'timKerjaId', tk.id, 'timKerjaNama', tk.nama,
    'iki', ${ikiJson}) order by r.urutan, r.created_at), '[]'::json)
  from rhk r
  left join rhk induk on induk.id = r.intervensi_rhk_id and induk.instansi_id = r.instansi_id
  left join skp isk on isk.id = induk.skp_id and isk.instansi_id = r.instansi_id
  left join pegawai ip on ip.id = isk.pegawai_id and ip.instansi_id = r.instansi_id
  left join tim_kerja tk on tk.id = r.tim_kerja_id and tk.instansi_id = r.instansi_id
  where r.skp_id = ${skp.id} and r.instansi_id = ${skp.instansiId})`

const perilakuJson = sql`(select coalesce(json_agg(json_build_object('kode', p.kode_nilai, 'ekspektasi', p.ekspektasi)), '[]'::json)
  from skp_perilaku p where p.skp_id = ${skp.id} and p.instansi_id = ${skp.instansiId})`

const tahunSkp = sql`from pengaturan_tahun pt where pt.instansi_id = ${skp.instansiId} and pt.tahun = ${skp.tahun}`

const kolom = {
  ...getTableColumns(skp),
  rhkJson: sql<RhkJson[]>`${rhkJson}`,
  perilakuJson: sql<SkpLengkap['perilakuJson']>`${perilakuJson}`,
  batasSkpTahun: sql<string | null>`(select pt.pengaturan->>'batasSkp' ${tahunSkp})`,
  tahunDitutup: sql<boolean>`exists (select 1 ${tahunSkp} and pt.status = 'ditutup')`,
}

const pilih = (db: Db, dalamInstansi: boolean) =>
  db
    .select(kolom)
    .from(skp)
    .where(
      dalamInstansi
        ? and(eq(skp.id, sql.placeholder('id')), eq(skp.instansiId, sql.placeholder('instansiId')))
        : eq(skp.id, sql.placeholder('id')),
    )

const siapkan = (db: Db) => ({
  dalam: pilih(db, true).prepare('skp_lengkap_dalam'),
  semua: pilih(db, false).prepare('skp_lengkap_semua'),
})

/** Named prepared statements on the pool's connections: parsed and planned once per connection. */
const siap = new WeakMap<Db, ReturnType<typeof siapkan>>()

/** `lingkup` undefined = national admin. Inside a transaction the statement is built ad hoc (not prepared). */
export async function bacaSkpLengkap(db: Db, lingkup: string | undefined, id: string, prepared = false) {
  const params = { id, instansiId: lingkup }
  if (!prepared) return (await pilih(db, lingkup !== undefined).execute(params))[0] as SkpLengkap | undefined
  let p = siap.get(db)
  if (!p) siap.set(db, (p = siapkan(db)))
  const rows = await (lingkup !== undefined ? p.dalam : p.semua).execute(params)
  return rows[0] as SkpLengkap | undefined
}
