/**
 * What other modules may ask about SKP revisions. The bukti module asks before it deletes an evidence file:
 * a file an earlier version of an SKP names stays stored (DOMAIN §2: earlier versions stay readable).
 */
export { berkasDirujukRevisi } from './skp-revisi.repository.ts'
