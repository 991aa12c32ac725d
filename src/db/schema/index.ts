export * from './organisasi.ts'
export * from './pegawai.ts'
export * from './akun.ts'
export * from './skp.ts'
