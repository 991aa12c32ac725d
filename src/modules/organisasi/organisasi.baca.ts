/**
 * What other modules may read of the organisation (instansi, unor tree, jabatan). The organisasi module
 * owns these tables and writes them; others read through this file, never through its repositories
 * (lint: no module imports another module's repository).
 */
export { findInstansi } from './instansi.repository.ts'
export { findJabatan } from './jabatan.repository.ts'
export { findUnor, leluhurUnor, subtreeUnor } from './unor.repository.ts'
