import { describe, expect, it } from 'vitest'
import type { RhkView } from '../../../../../shared/skp.ts'
import { errorsAfterChange } from '../../../lib/form.ts'
import { galatNilai, ikiKosong, keInput, nilaiAwal } from './use-rhk-form.ts'

/** The RHK editor sends only the fields of the SKP's pendekatan (DOMAIN §2, issue 6). */
describe('RHK form values → request body', () => {
  const nilai = (iki: ReturnType<typeof ikiKosong>) => ({ ...nilaiAwal(null, 'utama'), iki: [iki] })

  it('kualitatif: indikator, target in words and an optional unit; never an aspek or a number', () => {
    const v = nilai({
      ...ikiKosong('kualitatif'),
      indikator: 'Kebijakan diterima',
      targetTeks: 'Disahkan tanpa revisi',
      targetMin: 5,
    })
    expect(keInput(v, 'kualitatif').iki).toEqual([
      { indikator: 'Kebijakan diterima', targetTeks: 'Disahkan tanpa revisi', satuan: null },
    ])
    const berSatuan = nilai({
      ...ikiKosong('kualitatif'),
      indikator: 'A',
      targetTeks: 'B',
      satuan: ' Laporan ',
    })
    expect(keInput(berSatuan, 'kualitatif').iki[0]).toMatchObject({ satuan: 'Laporan' })
  })

  it('kuantitatif: aspek, numeric target (or range), unit, polarity and accumulation', () => {
    const v = nilai({
      ...ikiKosong(),
      indikator: 'Jumlah',
      targetMin: '12',
      targetMax: '',
      satuan: 'Dokumen',
    })
    expect(keInput(v, 'kuantitatif').iki).toEqual([
      {
        aspek: 'kuantitas',
        indikator: 'Jumlah',
        targetMin: 12,
        targetMax: null,
        satuan: 'Dokumen',
        polaritas: 'naik',
        akumulasi: 'jumlah',
      },
    ])
  })

  it('a lower-is-better IKI may have a target of 0; a higher-is-better one may not', () => {
    const iki = { ...ikiKosong(), indikator: 'Temuan audit', targetMin: '0', satuan: 'Temuan' }
    const rhk = (i: typeof iki) => ({ ...nilai(i), deskripsi: 'Audit tanpa temuan' })
    expect(galatNilai(rhk({ ...iki, polaritas: 'turun' }), 'kuantitatif')).toEqual({})
    expect(galatNilai(rhk(iki), 'kuantitatif')).toHaveProperty(['iki.0.targetMin'])
  })

  it('a stored kualitatif IKI opens with its words and no aspek', () => {
    const rhk = {
      jenis: 'utama',
      deskripsi: 'RHK',
      intervensi: null,
      klasifikasi: 'individu',
      penugasanDari: null,
      perspektif: null,
      iki: [
        {
          id: 'x',
          aspek: null,
          indikator: 'Ukuran',
          targetMin: null,
          targetMax: null,
          satuan: null,
          targetTeks: 'Kata-kata',
          targetLabel: 'Kata-kata',
          polaritas: 'naik',
          akumulasi: 'jumlah',
        },
      ],
    } as unknown as RhkView
    expect(nilaiAwal(rhk, 'utama', 'kualitatif').iki[0]).toEqual({
      aspek: '',
      indikator: 'Ukuran',
      targetMin: '',
      targetMax: '',
      satuan: '',
      targetTeks: 'Kata-kata',
      polaritas: 'naik',
      akumulasi: 'jumlah',
    })
  })
})

/** Issue 6 item 23: a field's error goes as soon as the field is valid (lib/form.ts errorsAfterChange). */
describe('RHK editor errors after a change', () => {
  const nilai = (iki: ReturnType<typeof ikiKosong>) => ({ ...nilaiAwal(null, 'utama'), iki: [iki] })

  it('clears the changed field once valid, keeps it (updated) while not, leaves the other fields alone', () => {
    const awal = nilai({ ...ikiKosong(), indikator: '', targetMin: '', satuan: '' })
    const errors = galatNilai(awal, 'kuantitatif')
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining(['deskripsi', 'iki.0.indikator', 'iki.0.satuan']),
    )
    const indikatorDiisi = { ...awal, iki: [{ ...awal.iki[0], indikator: 'Jumlah laporan' }] }
    const sesudah = errorsAfterChange(errors, 'iki.0.indikator', () =>
      galatNilai(indikatorDiisi, 'kuantitatif'),
    )
    expect(sesudah['iki.0.indikator']).toBeUndefined()
    expect(sesudah['iki.0.satuan']).toBe(errors['iki.0.satuan'])
    expect(sesudah.deskripsi).toBe(errors.deskripsi)
    // still invalid (a unit over its limit): the error stays, with the message for the new value
    const panjang = { ...indikatorDiisi, iki: [{ ...indikatorDiisi.iki[0], satuan: 'x'.repeat(51) }] }
    const masih = errorsAfterChange(sesudah, 'iki.0.satuan', () => galatNilai(panjang, 'kuantitatif'))
    expect(masih['iki.0.satuan']).toBeTruthy()
    expect(masih['iki.0.satuan']).not.toBe(errors['iki.0.satuan'])
  })
})
