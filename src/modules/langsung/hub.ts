import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import type { FastifyBaseLogger } from 'fastify'
import type { Database } from '../../db/client.ts'
import type { Berhenti } from '../../db/dengar-pg.ts'
import { KUNCI_SELALU, type PeristiwaLangsung } from '../../shared/langsung.ts'
import { bacaPayload, KANAL } from './terbit.ts'

/** One open event stream: a browser tab of a logged-in pegawai. */
export interface Aliran {
  pegawaiId: string
  /** The session's cookie value: checked again at each heartbeat (a logout or expiry ends the stream). */
  sesi: string
  res: ServerResponse
}

export interface OpsiHub {
  log: FastifyBaseLogger
  /** Still a valid session of this pegawai? (logout, expiry, a deactivated account end the stream) */
  sesiBerlaku: (sesi: string, pegawaiId: string) => Promise<boolean>
  /** Open streams per pegawai (tabs, devices); the oldest is closed when one more opens. */
  batasPerAkun?: number
  detakMs?: number
}

/** A stream that cannot take its events (a stalled client) is closed rather than buffered without end. */
const BATAS_ANTRIAN = 1024 * 1024

export const formatSse = (e: PeristiwaLangsung) => `event: ${e.jenis}\ndata: ${JSON.stringify(e)}\n\n`

/**
 * The process's registry of open streams (pegawai id → streams) and its one LISTEN: every event any API
 * process publishes (terbit.ts) arrives here after commit and is written to this process's streams of
 * its recipients only. The LISTEN starts with the first stream and stops when the app closes.
 */
export function buatHub(database: Database, opsi: OpsiHub) {
  const batas = opsi.batasPerAkun ?? 10
  const aliran = new Map<string, Set<Aliran>>()
  let mendengar: Promise<Berhenti> | null = null
  let ditutup = false

  function tulis(a: Aliran, teks: string) {
    if (a.res.writableLength > BATAS_ANTRIAN) return tutupAliran(a)
    a.res.write(teks)
  }

  function kirimSemua(teks: string) {
    for (const set of aliran.values()) for (const a of set) tulis(a, teks)
  }

  function terima(payload: string) {
    const pesan = bacaPayload(payload)
    if (!pesan) return
    const teks = formatSse(pesan.e)
    for (const p of pesan.p) for (const a of aliran.get(p) ?? []) tulis(a, teks)
  }

  /** After a lost LISTEN connection, events may have been missed: every tab refetches its bell and Beranda. */
  const sambungUlang = () =>
    kirimSemua(formatSse({ jenis: 'segarkan', id: randomUUID(), kunci: KUNCI_SELALU }))

  function dengar(): Promise<Berhenti> {
    mendengar ??= database
      .dengarkan(KANAL, terima, {
        onSambungUlang: sambungUlang,
        onGalat: (err) => opsi.log.warn({ err }, 'langsung: LISTEN connection lost'),
      })
      .catch((err: unknown) => {
        mendengar = null
        throw err
      })
    return mendengar
  }

  function tutupAliran(a: Aliran) {
    const set = aliran.get(a.pegawaiId)
    if (set?.delete(a) && set.size === 0) aliran.delete(a.pegawaiId)
    if (!a.res.writableEnded) a.res.end()
  }

  /** Registers a stream once the LISTEN is active (so nothing committed after this is missed). */
  async function daftar(a: Aliran) {
    let putus = false
    a.res.on('close', () => {
      putus = true
      tutupAliran(a)
    })
    await dengar()
    if (putus || ditutup) return tutupAliran(a)
    let set = aliran.get(a.pegawaiId)
    if (!set) aliran.set(a.pegawaiId, (set = new Set()))
    set.add(a)
    // Sets keep insertion order: the first one is the oldest.
    while (set.size > batas) tutupAliran(set.values().next().value!)
  }

  /** Heartbeat: a comment keeps proxies from closing an idle stream; ended sessions lose their streams. */
  let memeriksa = false
  async function detak() {
    kirimSemua(': detak\n\n')
    if (memeriksa) return
    memeriksa = true
    try {
      const hasil = new Map<string, boolean>()
      for (const a of [...aliran.values()].flatMap((s) => [...s])) {
        const k = `${a.sesi}\u0000${a.pegawaiId}`
        if (!hasil.has(k)) hasil.set(k, await opsi.sesiBerlaku(a.sesi, a.pegawaiId))
        if (!hasil.get(k)) tutupAliran(a)
      }
    } catch (err) {
      opsi.log.warn({ err }, 'langsung: session check failed')
    } finally {
      memeriksa = false
    }
  }
  const timer = setInterval(() => void detak(), opsi.detakMs ?? 25_000)
  timer.unref()

  /** Graceful shutdown: every stream ends (browsers reconnect to another process), LISTEN stops. */
  async function tutup() {
    ditutup = true
    clearInterval(timer)
    for (const set of [...aliran.values()]) for (const a of [...set]) tutupAliran(a)
    const m = mendengar
    mendengar = null
    if (m) await (await m.catch(() => null))?.()
  }

  const jumlah = () => [...aliran.values()].reduce((n, s) => n + s.size, 0)
  return { daftar, tutup, jumlah, detak, dengar, jumlahPegawai: () => aliran.size }
}
export type Hub = ReturnType<typeof buatHub>
