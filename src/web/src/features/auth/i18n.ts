import { defineMessages } from '../../i18n/define.ts'

export default defineMessages({
  id: {
    judul: 'Masuk',
    sambutan: 'Masuk untuk mengelola kinerja Anda.',
    username: 'Nama pengguna atau NIP',
    usernameBantuan: 'Pegawai masuk dengan NIP (18 digit).',
    password: 'Kata sandi',
    masuk: 'Masuk',
    gagal: 'Gagal masuk',
    terkunci: 'Akun sementara dikunci',
    catatan:
      'Aplikasi independen berdasarkan PermenPANRB 6/2022; tidak berafiliasi dengan BKN atau KemenPANRB.',
  },
  en: {
    judul: 'Log in',
    sambutan: 'Log in to manage your performance.',
    username: 'Username or NIP',
    usernameBantuan: 'Employees log in with their NIP (18 digits).',
    password: 'Password',
    masuk: 'Log in',
    gagal: 'Login failed',
    terkunci: 'Account temporarily locked',
    catatan: 'An independent application based on PermenPANRB 6/2022; not affiliated with BKN or KemenPANRB.',
  },
})
