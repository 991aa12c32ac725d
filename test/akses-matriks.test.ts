/**
 * The access matrix: every route the app registers, asked by every kind of caller, with the answer the
 * rules give. It grows by itself: a route without an entry fails the first test, naming the route.
 *
 * ADDING A ROUTE (one entry in test/akses/entri-orang.ts or entri-skp.ts, keyed "METHOD /full/path/:param" exactly as registered):
 *
 *   'POST /api/v1/contoh/:id/aksi': entri({
 *     siapkan: (w) => w.skpPemilik('diajukan'),            // the object, built in the route's world
 *     kirim: (k, o) => k.post(`${ V }/contoh/${ o.skp.id }/aksi`, { catatan: 'Valid body' }),
 *     harap: HANYA(['atasan'], 200),                       // the answer per column (presets below)
 *   }),
 *
 * - The world (test/helpers/akses-dunia.ts) is built fresh for every route: Ani owns the objects
 *   (pegawaiSendiri), Budi is her colleague (pegawaiLain), Kabid her penilai (atasan), Kadis the head above
 *   with role pimpinan (pimpinan), plus the admin of her instansi, the admin of another instansi and the
 *   national admin; `anonim` has no session. `w.k[kolom]` is each one's client.
 * - Send a body valid for the route, so the answer reflects access and not validation.
 * - A write that changes state so the next column would get another answer: `perSel: true` calls
 *   `siapkan` again before every column (the builders reset or rebuild the object).
 * - The rules: anonymous 401; another instansi's object 404 (never confirm it exists); same instansi
 *   without the right 403. Public routes answer everyone. Every route whose `anonim` is 401 is also asked
 *   anonymously with junk params and body, and must still answer 401 (authentication before validation).
 * - The app disagrees with the rule? Do not bend `harap`: fix the app, or add the cells to KNOWN_GAP with
 *   the answer the app gives today and why. The test prints every open gap (and says when one closes).
 * - Several objects for one route: add a second key "METHOD /path · what differs".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { createTestApp, type TestApp } from './helpers/app.ts'
import { buatBersama, buatDunia, KOLOM, V, type Bersama, type Kolom } from './helpers/akses-dunia.ts'
import { ENTRI_ORANG } from './akses/entri-orang.ts'
import { ENTRI_SKP } from './akses/entri-skp.ts'
import { ENTRI_UKURAN } from './akses/entri-ukuran.ts'
import { ENTRI_SUREL } from './akses/entri-surel.ts'
import { ENTRI_BUKTI } from './akses/entri-bukti.ts'
import { ENTRI_PROGRES } from './akses/entri-progres.ts'
import { ENTRI_LANGSUNG } from './akses/entri-langsung.ts'
import { ENTRI_PELAKSANAAN } from './akses/entri-pelaksanaan.ts'
import { ENTRI_UMPAN_BALIK } from './akses/entri-umpan-balik.ts'
import { ENTRI_PENILAIAN } from './akses/entri-penilaian.ts'
import { ENTRI_KEBERATAN } from './akses/entri-keberatan.ts'
import { ENTRI_EKSPOR } from './akses/entri-ekspor.ts'
import { ENTRI_TINDAK_LANJUT } from './akses/entri-tindak-lanjut.ts'
import { ENTRI_RIWAYAT } from './akses/entri-riwayat.ts'
import { ENTRI_KURVA } from './akses/entri-kurva.ts'
import type { Entri } from './akses/harapan.ts'

let t: TestApp
let bersama: Bersama
beforeAll(async () => {
  t = await createTestApp()
  bersama = await buatBersama(t)
})
afterAll(() => t?.close())

/** Every route's entry (test/akses/entri-*.ts; their vocabulary in test/akses/harapan.ts). */
const MATRIKS: Record<string, Entri<unknown>> = {
  ...ENTRI_ORANG,
  ...ENTRI_SKP,
  ...ENTRI_UKURAN,
  ...ENTRI_UMPAN_BALIK,
  ...ENTRI_PENILAIAN,
  ...ENTRI_KEBERATAN,
  ...ENTRI_EKSPOR,
  ...ENTRI_TINDAK_LANJUT,
  ...ENTRI_SUREL,
  ...ENTRI_BUKTI,
  ...ENTRI_PROGRES,
  ...ENTRI_LANGSUNG,
  ...ENTRI_PELAKSANAAN,
  ...ENTRI_RIWAYAT,
  ...ENTRI_KURVA,
}

/**
 * Cells where the app answers something else than the rule today. `sekarang` is today's answer; the cell
 * passes with either (so a fix elsewhere does not break this file) and the test prints which gaps are
 * still open and which have closed (then delete the line).
 */
interface Celah {
  rute: string
  kolom: Kolom[]
  sekarang: number
  sebab: string
}
const KNOWN_GAP: Celah[] = []

// ---------------------------------------------------------------- the registered routes

/** Only the API and the public verification page; HEAD mirrors GET. */
const DIUJI = (path: string) => path.startsWith(`${V}/`) || path.startsWith('/verifikasi/')

/** "METHOD /path" of every route, read from Fastify's route tree (each one checked with hasRoute). */
function daftarRute(app: FastifyInstance): string[] {
  const hasil: string[] = []
  const jalur: string[] = []
  for (const baris of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(baris)
    if (!m) continue
    jalur.length = m[1].length / 4
    jalur.push(m[2])
    const path = jalur.join('')
    if (!DIUJI(path)) continue
    for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD')) {
      if (!app.hasRoute({ method: method as 'GET', url: path }))
        throw new Error(`route tree misread: ${method} ${path}`)
      hasil.push(`${method} ${path}`)
    }
  }
  return [...new Set(hasil)].sort()
}

const ruteDari = (kunci: string) => kunci.split(' · ')[0]

describe('access matrix', () => {
  it('every registered route has an entry, and every entry names a registered route', () => {
    const terdaftar = daftarRute(t.app)
    expect(terdaftar.length).toBeGreaterThan(50)
    const dicatat = new Set(Object.keys(MATRIKS).map(ruteDari))
    const tanpaEntri = terdaftar.filter((r) => !dicatat.has(r))
    const tanpaRute = [...dicatat].filter((r) => !terdaftar.includes(r))
    const celahTanpaEntri = KNOWN_GAP.map((c) => c.rute).filter((r) => !(r in MATRIKS))
    const pesan =
      'tanpaEntri: registered routes without an entry in MATRIKS (add one, see the top of this file); ' +
      'tanpaRute: entries naming no registered route; celahTanpaEntri: KNOWN_GAP lines naming no entry'
    expect({ tanpaEntri, tanpaRute, celahTanpaEntri }, pesan).toEqual({
      tanpaEntri: [],
      tanpaRute: [],
      celahTanpaEntri: [],
    })
  })

  const celahTerbuka: string[] = []
  const celahTertutup: string[] = []
  afterAll(() => {
    if (celahTerbuka.length)
      console.warn(`KNOWN_GAP — still open (${celahTerbuka.length}):\n  ${celahTerbuka.join('\n  ')}`)
    if (celahTertutup.length)
      console.warn(`KNOWN_GAP — closed, delete these lines:\n  ${celahTertutup.join('\n  ')}`)
  })

  it.each(Object.entries(MATRIKS))('%s', async (kunci, e) => {
    const w = await buatDunia(t, bersama)
    const bersamaObjek = e.siapkan && !e.perSel ? await e.siapkan(w, 'anonim', -1) : undefined
    const salah: string[] = []
    for (const [i, kolom] of KOLOM.entries()) {
      const o = e.perSel && e.siapkan ? await e.siapkan(w, kolom, i) : bersamaObjek
      const res = await e.kirim(w.k[kolom], o, w, kolom, i)
      const dapat = e.jawab ? e.jawab(res) : res.statusCode
      const harap = e.harap[kolom]
      const celah = KNOWN_GAP.find((c) => c.rute === kunci && c.kolom.includes(kolom))
      if (celah && dapat === celah.sekarang && dapat !== harap) {
        celahTerbuka.push(`${kunci} · ${kolom}: ${dapat} (rule: ${harap}) — ${celah.sebab}`)
        continue
      }
      if (celah && dapat === harap) celahTertutup.push(`${kunci} · ${kolom}`)
      if (dapat !== harap) salah.push(`${kolom}: expected ${harap}, got ${dapat} ${res.body.slice(0, 160)}`)
    }
    // Without a session, a non-public route answers 401 before it looks at the input (no 400 for junk).
    if (e.harap.anonim === 401) {
      const [method, path] = ruteDari(kunci).split(' ')
      const res = await w.k.anonim.inject({
        method: method as 'GET',
        url: path.replace(/:[A-Za-z]+/g, 'bukan-id'),
        ...(method === 'GET' ? {} : { payload: { sampah: true } }),
      })
      if (res.statusCode !== 401) salah.push(`anonim, junk input: expected 401, got ${res.statusCode}`)
    }
    expect(salah, kunci).toEqual([])
  })
})
