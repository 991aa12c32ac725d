import { describe, expect, it } from 'vitest'
import { activeSection } from './Navigation.tsx'
import { appRoutes } from './routes.tsx'

const PEGAWAI = ['/', '/skp', '/tim-kerja', '/notifikasi', '/profil']
const ATASAN = [...PEGAWAI, '/skp-bawahan', '/matriks-peran-hasil']
const ADMIN = ['/', '/profil', '/admin/unor', '/admin/pegawai', '/admin/impor', '/admin/audit']
const ID = '0b7d5f0e-4a39-4d52-9b0e-3f1c2f0a9e11'

describe('activeSection', () => {
  it('is the menu page itself', () => {
    expect(activeSection('/', ATASAN, appRoutes, null)).toBe('/')
    expect(activeSection('/skp-bawahan', ATASAN, appRoutes, '/skp')).toBe('/skp-bawahan')
    expect(activeSection('/admin/pegawai', ADMIN, appRoutes, null)).toBe('/admin/pegawai')
  })

  it('puts a detail page under the section its route names', () => {
    expect(activeSection(`/admin/pegawai/${ID}`, ADMIN, appRoutes, '/admin/unor')).toBe('/admin/pegawai')
    expect(activeSection(`/tim-kerja/${ID}`, PEGAWAI, appRoutes, '/notifikasi')).toBe('/tim-kerja')
    expect(activeSection(`/skp/${ID}`, PEGAWAI, appRoutes, null)).toBe('/skp')
  })

  it('opens an SKP under SKP Bawahan when the atasan came from there, else under SKP Saya', () => {
    expect(activeSection(`/skp/${ID}`, ATASAN, appRoutes, '/skp-bawahan')).toBe('/skp-bawahan')
    expect(activeSection(`/skp/${ID}/keselarasan`, ATASAN, appRoutes, '/skp-bawahan')).toBe('/skp-bawahan')
    expect(activeSection(`/rhk/${ID}/keselarasan`, ATASAN, appRoutes, '/skp-bawahan')).toBe('/skp-bawahan')
    expect(activeSection(`/skp/${ID}`, ATASAN, appRoutes, '/skp')).toBe('/skp')
    expect(activeSection(`/skp/${ID}`, ATASAN, appRoutes, '/notifikasi')).toBe('/skp')
    // The page knows best (a subordinate's SKP opened from a notification or a bookmark).
    expect(activeSection(`/skp/${ID}`, ATASAN, appRoutes, '/notifikasi', '/skp-bawahan')).toBe('/skp-bawahan')
    expect(activeSection(`/skp/${ID}`, ATASAN, appRoutes, '/skp-bawahan', '/skp')).toBe('/skp')
    // A pegawai without subordinates has no SKP Bawahan entry to highlight.
    expect(activeSection(`/skp/${ID}`, PEGAWAI, appRoutes, '/skp-bawahan')).toBe('/skp')
  })

  it('highlights nothing on a page of no section', () => {
    expect(activeSection('/tidak-ada', ATASAN, appRoutes, '/skp')).toBeNull()
    expect(activeSection(`/skp/${ID}`, ADMIN, appRoutes, null)).toBeNull()
  })
})
