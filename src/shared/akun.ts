import { z } from 'zod'
import { m } from './common.ts'
import { BAHASA, PERAN, type Peran } from './enums.ts'

export const LoginInput = z.object({
  username: z.string().trim().min(1, m('Nama pengguna wajib diisi', 'Username is required')).max(100),
  password: z.string().min(1, m('Kata sandi wajib diisi', 'Password is required')).max(200),
})
export type LoginInput = z.infer<typeof LoginInput>

export { PERAN, type Peran }

export const MeView = z.object({
  akun: z.object({
    id: z.string(),
    username: z.string(),
    nama: z.string(),
    bahasa: z.enum(BAHASA),
  }),
  /** Stored roles plus derived ones (atasan when someone reports to them, pimpinan when heading a unit). */
  peran: z.array(z.enum(PERAN)),
  instansi: z.object({ id: z.string(), kode: z.string(), nama: z.string() }).nullable(),
  pegawai: z
    .object({
      id: z.string(),
      nip: z.string(),
      nama: z.string(),
      golongan: z.string().nullable(),
      pangkat: z.string().nullable(),
    })
    .nullable(),
  /** The password was issued by an admin (temporary): the app asks the owner to change it. */
  wajibGantiPassword: z.boolean(),
  /** The server's today in Indonesia (yyyy-mm-dd): the app's "today" for deadlines and default years. */
  hariIni: z.iso.date(),
  csrfToken: z.string(),
})
export type MeView = z.infer<typeof MeView>

export const GantiPasswordInput = z
  .object({
    passwordLama: z.string().min(1, m('Kata sandi lama wajib diisi', 'Current password is required')),
    passwordBaru: z
      .string()
      .min(10, m('Kata sandi baru minimal 10 karakter', 'New password must be at least 10 characters'))
      .max(200),
  })
  .refine((v) => v.passwordBaru !== v.passwordLama, {
    path: ['passwordBaru'],
    message: m('Kata sandi baru harus berbeda', 'The new password must differ from the current one'),
  })
export type GantiPasswordInput = z.infer<typeof GantiPasswordInput>
