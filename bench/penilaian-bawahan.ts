import type { Database } from '../src/db/client.ts'
import { hashPassword } from '../src/server/auth/password.ts'

/** How many staff the penilai of GET /penilaian/bawahan rates (a Kepala Bidang's 40). */
export const BAWAHAN = Math.max(1, Number(process.env.BENCH_BAWAHAN ?? 40))

/**
 * A unit of its own under the root: a head (with an account) and BAWAHAN staff, each with an approved SKP of
 * 2 Utama RHK × 2 kuantitatif IKI and realisasi in TW1 and TW2; for TW2 one in four has a draft evaluation,
 * one in four a final one, the rest none yet (the list suggests a rating for all but the final ones).
 * Set-based SQL; returns the head's username.
 */
export async function seedBawahan(
  database: Database,
  o: { instansiId: string; akarId: string; tahun: number; password: string },
) {
  const q = (text: string, params: unknown[] = []) => database.query(text, params)
  const nip = (g: string) => `'18' || lpad(${g}::text, 16, '0')`
  const [u] = await database.query<{ id: string }>(
    `insert into unor (instansi_id, parent_id, nama) values ($1, $2, 'Bidang Bawahan') returning id`,
    [o.instansiId, o.akarId],
  )
  const [jk] = await database.query<{ id: string }>(
    `insert into jabatan (instansi_id, unor_id, nama, jenis, is_kepala)
     values ($1, $2, 'Kepala Bidang Bawahan', 'administrator', true) returning id`,
    [o.instansiId, u.id],
  )
  const [js] = await database.query<{ id: string }>(
    `insert into jabatan (instansi_id, unor_id, nama, jenis, is_kepala)
     values ($1, $2, 'Analis Bawahan', 'pelaksana', false) returning id`,
    [o.instansiId, u.id],
  )
  await q(
    `insert into pegawai (instansi_id, nip, nama, jenis_kelamin, tanggal_lahir, jenis_asn, golongan, pangkat)
     select $1, ${nip('g')}, 'Staf Bawahan ' || g, 'L', '1985-01-01', 'pns', 'III/a', 'Penata Muda'
     from generate_series(0, ${BAWAHAN}) g`,
    [o.instansiId],
  )
  await q(
    `insert into penugasan (instansi_id, pegawai_id, unor_id, jabatan_id, is_kepala, mulai)
     select $1, p.id, $2, case when g = 0 then $3::uuid else $4::uuid end, g = 0, '2020-01-01'
     from generate_series(0, ${BAWAHAN}) g join pegawai p on p.instansi_id = $1 and p.nip = ${nip('g')}`,
    [o.instansiId, u.id, jk.id, js.id],
  )
  await q(
    `with k as (select id, nama, nip from pegawai where instansi_id = $1 and nip = ${nip('0')})
     insert into skp (instansi_id, pegawai_id, penugasan_id, tahun, mulai, selesai, pendekatan, varian, status,
       penilai_pegawai_id, snapshot, disetujui_at)
     select $1, p.id, pn.id, $2, ($4 || '-01-01')::date, ($4 || '-12-31')::date, 'kuantitatif', 'administrasi_fungsional',
       'disetujui', k.id,
       jsonb_build_object(
         'pegawai', jsonb_build_object('pegawaiId', p.id, 'nama', p.nama, 'nip', p.nip, 'pangkat', 'Penata Muda',
           'golongan', 'III/a', 'jabatan', 'Analis Bawahan', 'unor', 'Bidang Bawahan'),
         'penilai', jsonb_build_object('pegawaiId', k.id, 'nama', k.nama, 'nip', k.nip, 'pangkat', null,
           'golongan', 'IV/a', 'jabatan', 'Kepala Bidang Bawahan', 'unor', 'Bidang Bawahan'),
         'atasanPenilai', null, 'pimpinanTertinggi', false, 'unorId', $3::text, 'kepalaUnit', false,
         'jenisJabatan', 'pelaksana'),
       now()
     from generate_series(1, ${BAWAHAN}) g cross join k
     join pegawai p on p.instansi_id = $1 and p.nip = ${nip('g')}
     join penugasan pn on pn.pegawai_id = p.id`,
    [o.instansiId, o.tahun, u.id, String(o.tahun)],
  )
  const skpBawahan = `select s.* from skp s join pegawai p on p.id = s.pegawai_id
    where s.instansi_id = $1 and p.nip like '18%' and s.penilai_pegawai_id is not null`
  await q(
    `insert into rhk (instansi_id, skp_id, jenis, urutan, deskripsi)
     select s.instansi_id, s.id, 'utama', r, 'RHK ' || r from (${skpBawahan}) s cross join generate_series(1, 2) r`,
    [o.instansiId],
  )
  await q(
    `insert into iki (instansi_id, rhk_id, urutan, aspek, indikator, target_min, satuan)
     select r.instansi_id, r.id, i, 'kuantitas', 'IKI ' || i, 100, 'dokumen'
     from rhk r join (${skpBawahan}) s on s.id = r.skp_id cross join generate_series(1, 2) i`,
    [o.instansiId],
  )
  // realisasi per quarter around a quarter of the annual target (some above, some below)
  await q(
    `insert into realisasi (instansi_id, skp_id, iki_id, periode, nilai)
     select s.instansi_id, s.id, i.id, per, 18 + (abs(hashtext(i.id::text || per)) % 15)
     from (${skpBawahan}) s join rhk r on r.skp_id = s.id join iki i on i.rhk_id = r.id
     cross join unnest(array['TW1', 'TW2']) per`,
    [o.instansiId],
  )
  await q(
    `insert into evaluasi (instansi_id, skp_id, pegawai_id, tahun, periode, status, snapshot, penilai_pegawai_id,
       rating_hasil_saran, rating_hasil, rating_perilaku, predikat, difinalisasi_at)
     select s.instansi_id, s.id, s.pegawai_id, s.tahun, 'TW2', x.status, s.snapshot, s.penilai_pegawai_id,
       'SESUAI', 'SESUAI', 'SESUAI', 'BAIK', case when x.status = 'final' then now() end
     from (${skpBawahan}) s join pegawai p on p.id = s.pegawai_id
     cross join lateral (select case substr(p.nip, 3)::int % 4 when 0 then 'draft' when 1 then 'final' end
       as status) x
     where x.status is not null`,
    [o.instansiId],
  )
  const [kepala] = await database.query<{ id: string; nip: string }>(
    `select id, nip from pegawai where instansi_id = $1 and nip = ${nip('0')}`,
    [o.instansiId],
  )
  await q(
    `insert into akun (instansi_id, pegawai_id, username, nama_tampilan, password_hash, peran)
     values ($1, $2, $3, 'Kepala Bidang Bawahan', $4, '{pegawai}')`,
    [o.instansiId, kepala.id, kepala.nip, await hashPassword(o.password)],
  )
  return kepala.nip
}
