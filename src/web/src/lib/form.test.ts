// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { GantiPasswordInput } from '../../../shared/akun.ts'
import { setBahasa } from '../i18n/index.ts'
import { ApiError } from './api.ts'
import { checkInput, emptyToNull, fieldErrorsFromApi } from './form.ts'

describe('fieldErrorsFromApi', () => {
  it('puts each server error next to its field, nested paths on their top field, the rest aside', () => {
    const err = new ApiError(400, 'VALIDATION', 'Sebagian isian tidak valid.', [
      { path: 'passwordBaru', message: 'terlalu pendek' },
      { path: 'passwordBaru', message: 'kedua' },
      { path: 'penugasan.mulai', message: 'tanggal salah' },
      { path: 'baris.3.NIP', message: 'NIP salah' },
    ])
    const { fieldErrors, other } = fieldErrorsFromApi(err, ['passwordBaru', 'penugasan'])
    expect(fieldErrors).toEqual({ passwordBaru: 'terlalu pendek', penugasan: 'tanggal salah' })
    expect(other).toEqual(['NIP salah'])
  })
})

describe('checkInput', () => {
  const values = { passwordLama: 'lama-sekali', passwordBaru: 'lama-sekali' }

  it('reports empty required fields first, in the current language', async () => {
    await setBahasa('id')
    const r = checkInput(
      { ...values, passwordLama: '' },
      { initialValues: values, required: ['passwordLama'] },
    )
    expect(r).toEqual({ ok: false, errors: { passwordLama: 'Wajib diisi' }, formError: null })
  })

  it('localises the shared schema messages ("id|en")', async () => {
    await setBahasa('en')
    const r = checkInput(values, { initialValues: values, schema: GantiPasswordInput })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.passwordBaru).toBe('The new password must differ from the current one')
    await setBahasa('id')
    const again = checkInput(values, { initialValues: values, schema: GantiPasswordInput })
    if (!again.ok) expect(again.errors.passwordBaru).toBe('Kata sandi baru harus berbeda')
  })

  it('returns the transformed, parsed request when valid', () => {
    const r = checkInput(
      { nama: 'x', lokasi: '' },
      { initialValues: { nama: '', lokasi: '' }, transform: emptyToNull },
    )
    expect(r).toEqual({ ok: true, data: { nama: 'x', lokasi: null } })
  })
})
