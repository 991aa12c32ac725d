/**
 * Kinerja domain rules: pure TypeScript, no framework, database or UI imports.
 * PermenPANRB 6/2022 and related regulation; see docs and DOMAIN.md.
 */
export * from './iso-date.ts'
export * from './nip.ts'
export * from './atasan.ts'
export * from './skp-workflow.ts'
export * from './intervensi.ts'
export * from './berakhlak.ts'
export * from './predikat.ts' // also angka-kredit and pola-distribusi
export * from './settings.ts'
export * from './terlambat.ts'
export * from './periode.ts'
export * from './kunci-realisasi.ts'
export * from './capaian.ts'
export * from './labels.ts'
export * from './pesan-error.ts'
