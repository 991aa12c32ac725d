import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ATURAN_SKP,
  SKP_AKSI,
  SKP_PERAN,
  SKP_STATUS,
  aksiTersedia,
  skpTerkunci,
  transisiSkp,
  type SkpAksi,
  type SkpPeran,
  type SkpStatus,
} from './skp-workflow.ts'

// Random sequences of workflow actions by random actors (PermenPANRB 6/2022 perencanaan kinerja,
// DOMAIN.md §2); the table of every action × role × state is in skp-workflow.test.ts.

const langkahArb = fc.record({ aksi: fc.constantFrom(...SKP_AKSI), peran: fc.constantFrom(...SKP_PERAN) })
const alurArb = fc.array(langkahArb, { maxLength: 60 })

/** What the SKP's history says, kept beside the status to check the status against. */
interface Riwayat {
  status: SkpStatus
  versi: number // bumped by every content change ('ubah')
  versiDiajukan: number | null // the content the penilai is looking at, while submitted
  versiDisetujui: number | null // the content that was approved, while approved
}

function jalankan(
  langkah: { aksi: SkpAksi; peran: SkpPeran }[],
  cek: (r: Riwayat, sebelum: Riwayat) => void,
) {
  let r: Riwayat = { status: 'draft', versi: 0, versiDiajukan: null, versiDisetujui: null }
  for (const { aksi, peran } of langkah) {
    const sebelum = r
    const hasil = transisiSkp(r.status, aksi, peran)
    expect(aksiTersedia(r.status, peran).includes(aksi)).toBe(hasil.ok)
    if (hasil.ok) {
      const versi = aksi === 'ubah' ? r.versi + 1 : r.versi
      r = {
        status: hasil.ke,
        versi,
        versiDiajukan: hasil.ke === 'diajukan' ? (aksi === 'ajukan' ? versi : r.versiDiajukan) : null,
        versiDisetujui: hasil.ke === 'disetujui' ? r.versiDiajukan : null,
      }
    }
    cek(r, sebelum)
  }
  return r
}

describe('SKP workflow: random action sequences', () => {
  it('every step lands in a known status; a refused step changes nothing', () => {
    fc.assert(
      fc.property(alurArb, (langkah) => {
        let i = 0
        jalankan(langkah, (r, sebelum) => {
          expect(SKP_STATUS).toContain(r.status)
          const { aksi, peran } = langkah[i++]
          if (!transisiSkp(sebelum.status, aksi, peran).ok) expect(r).toEqual(sebelum)
        })
      }),
    )
  })

  it('what is approved is exactly what was submitted: no change between submitting and approval', () => {
    fc.assert(
      fc.property(alurArb, (langkah) => {
        jalankan(langkah, (r) => {
          if (r.status === 'diajukan') expect(r.versiDiajukan).toBe(r.versi)
          if (r.status === 'disetujui') expect(r.versiDisetujui).toBe(r.versi)
        })
      }),
    )
  })

  it('an approved SKP stays locked: nothing changes it but reopening', () => {
    fc.assert(
      fc.property(alurArb, (langkah) => {
        let i = 0
        jalankan(langkah, (r, sebelum) => {
          const { aksi } = langkah[i++]
          expect(skpTerkunci(r.status)).toBe(r.status === 'disetujui')
          if (sebelum.status === 'disetujui' && r.status !== 'disetujui') expect(aksi).toBe('buka')
          if (sebelum.status === 'disetujui') expect(r.versi).toBe(sebelum.versi)
        })
      }),
    )
  })

  it('only the penilai approves or returns; an admin or a stranger never moves an SKP except to reopen it', () => {
    fc.assert(
      fc.property(alurArb, (langkah) => {
        let i = 0
        jalankan(langkah, (r, sebelum) => {
          const { aksi, peran } = langkah[i++]
          if (r.status === sebelum.status && r.versi === sebelum.versi) return
          if (r.status === 'disetujui' || r.status === 'dikembalikan') expect(peran).toBe('penilai')
          if (peran === 'lain') expect.unreachable('an unrelated person changed the SKP')
          if (peran === 'admin_instansi' || peran === 'admin_nasional') expect(aksi).toBe('buka')
          if (aksi === 'ubah' || aksi === 'ajukan' || aksi === 'tarik') expect(peran).toBe('pemilik')
        })
      }),
    )
  })

  it('whatever happened, the owner and the penilai can still bring the SKP to approval', () => {
    fc.assert(
      fc.property(alurArb, (langkah) => {
        const akhir = jalankan(langkah, () => {})
        // a shortest route to approval from every status exists among the allowed actions
        const rute: Record<SkpStatus, [SkpAksi, SkpPeran][]> = {
          draft: [
            ['ajukan', 'pemilik'],
            ['setujui', 'penilai'],
          ],
          dikembalikan: [
            ['ajukan', 'pemilik'],
            ['setujui', 'penilai'],
          ],
          diajukan: [['setujui', 'penilai']],
          disetujui: [],
        }
        let status = akhir.status
        for (const [aksi, peran] of rute[status]) {
          const hasil = transisiSkp(status, aksi, peran)
          expect(hasil.ok).toBe(true)
          if (hasil.ok) status = hasil.ke
        }
        expect(status).toBe('disetujui')
      }),
    )
  })

  it('authority is checked before state: without authority the answer never depends on the status', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SKP_STATUS), langkahArb, (status, { aksi, peran }) => {
        const hasil = transisiSkp(status, aksi, peran)
        if (!ATURAN_SKP[aksi].peran.includes(peran)) {
          for (const s of SKP_STATUS) expect(transisiSkp(s, aksi, peran)).toEqual(hasil)
          expect(hasil).toEqual({ ok: false, code: 'SKP.BUKAN_WEWENANG' })
        }
      }),
    )
  })
})
