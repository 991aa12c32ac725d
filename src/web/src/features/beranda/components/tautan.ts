import type { StatusCapaian } from '../../../../../shared/beranda.ts'

/**
 * Where each Beranda number leads: the list filtered to exactly the rows it counts. The list pages read
 * these query strings (skp-bawahan: status, tahun; admin pegawai:
 * instansiId, unorId, sub, statusSkp or wajibSkp, tahun, tanpaAkun).
 */
export const tautan = {
  skp: (id: string) => `/skp/${id}`,
  skpSaya: (tahun: number) => `/skp?tahun=${tahun}`,
  bawahan: (tahun: number, status: string) => `/skp-bawahan?tahun=${tahun}&status=${status}`,
  pegawai: (o: { tahun: number; status?: StatusCapaian; unorId?: string; instansiId?: string }) => {
    const q = new URLSearchParams()
    // a national admin's list works in the chosen instansi: the link chooses it
    if (o.instansiId) q.set('instansiId', o.instansiId)
    if (o.unorId) q.set('unorId', o.unorId)
    if (o.unorId) q.set('sub', '0')
    // a status count lists those pegawai; a total lists everyone who needs an SKP in the year
    q.set(o.status ? 'statusSkp' : 'wajibSkp', o.status ?? '1')
    q.set('tahun', String(o.tahun))
    const s = q.toString()
    return s ? `/admin/pegawai?${s}` : '/admin/pegawai'
  },
  /** A pimpinan's unit list (read-only; the server allows a unit the reader sees from above). */
  pegawaiUnit: (o: { tahun: number; status?: StatusCapaian; unorId: string }) => {
    const q = new URLSearchParams({ unorId: o.unorId, sub: '0', tahun: String(o.tahun) })
    q.set(o.status ? 'statusSkp' : 'wajibSkp', o.status ?? '1')
    return `/unit/pegawai?${q.toString()}`
  },
  tanpaAkun: '/admin/pegawai?tanpaAkun=1',
  impor: '/admin/impor',
}
