/**
 * Umpan balik berkelanjutan (PermenPANRB 6/2022, DOMAIN §4): the penilai comments on each RHK realisation and
 * on each BerAKHLAK value at any time, the pegawai replies, the ketua tim may comment too. A comment can be
 * corrected for a short while after posting; after that it is fixed (issue 8: 15 minutes, audited).
 */

/** Minutes a comment stays editable after it was posted. */
export const MENIT_UBAH_UMPAN_BALIK = 15
export const MAKS_ISI_UMPAN_BALIK = 2000

/** The last instant the author may still edit a comment posted at `dibuat`. */
export const batasUbahUmpanBalik = (dibuat: Date): Date =>
  new Date(dibuat.getTime() + MENIT_UBAH_UMPAN_BALIK * 60_000)

/** Editable up to and including the boundary instant, fixed one millisecond later. */
export const bolehUbahUmpanBalik = (dibuat: Date, sekarang: Date): boolean =>
  sekarang.getTime() <= batasUbahUmpanBalik(dibuat).getTime()
