import type { QueryClient } from '@tanstack/react-query'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import {
  JENIS_PERISTIWA,
  KUNCI_SELALU,
  PeristiwaLangsung,
  type KunciQuery,
} from '../../../shared/langsung.ts'
import { API_BASE } from './api.ts'

export type { PeristiwaLangsung }
export type PeristiwaNotifikasi = Extract<PeristiwaLangsung, { jenis: 'notifikasi' }>

export interface OpsiLangsung {
  queryClient: QueryClient
  /** A new notification arrived (its queries are already being refetched). */
  onNotifikasi?: (e: PeristiwaNotifikasi) => void
  /** Tests: other implementations of the browser's EventSource, Web Locks and BroadcastChannel. */
  EventSource?: typeof EventSource
  locks?: LockManager | null
  BroadcastChannel?: typeof BroadcastChannel | null
}

/** Every open connection of this page: a logout closes them all (`tutupLangsung`). */
const terbuka = new Set<() => void>()

/** Ends every live connection of this page (logout, session expired). */
export function tutupLangsung() {
  for (const tutup of [...terbuka]) tutup()
}

/** Refetches the bell, the Beranda and the queries an event names (active ones now, the rest when used). */
export function segarkanKunci(queryClient: QueryClient, kunci: KunciQuery[] = []) {
  for (const queryKey of [...KUNCI_SELALU, ...kunci]) void queryClient.invalidateQueries({ queryKey })
}

const JEDA_AWAL = 5_000
const JEDA_MAKS = 5 * 60_000
const NAMA = 'kinerja-langsung'
/** What the connection's holder tells the other tabs after a reconnection: refetch (events were missed). */
const SAMBUNG_ULANG = JSON.stringify({ jenis: 'segarkan', id: 'sambung-ulang', kunci: [] })

/**
 * One EventSource on GET /api/v1/langsung: same origin, so the browser sends the session cookie. The
 * browser reconnects by itself after a network loss (the server's `retry:` hint); a refused connection
 * (server restarting, 503, 401) is retried here with backoff. `onData` gets each event's JSON, and
 * SAMBUNG_ULANG after every reconnection (events sent meanwhile are not replayed). Answers `tutup`.
 */
function sambungSse(ES: typeof EventSource, onData: (data: string) => void, sudahPernah: boolean) {
  let es: EventSource | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let jeda = JEDA_AWAL
  let pernahTerbuka = sudahPernah
  let selesai = false
  const terima = (m: MessageEvent<string>) => onData(m.data)

  function sambung() {
    es = new ES(`${API_BASE}/langsung`, { withCredentials: true })
    for (const jenis of JENIS_PERISTIWA) es.addEventListener(jenis, terima as EventListener)
    es.onopen = () => {
      if (pernahTerbuka) onData(SAMBUNG_ULANG)
      pernahTerbuka = true
      jeda = JEDA_AWAL
    }
    es.onerror = () => {
      // CONNECTING: the browser is already retrying. CLOSED: it gave up (an HTTP error): retry later.
      if (selesai || !es || es.readyState !== ES.CLOSED) return
      es.close()
      timer = setTimeout(sambung, jeda)
      jeda = Math.min(jeda * 2, JEDA_MAKS)
    }
  }
  sambung()
  return () => {
    selesai = true
    if (timer) clearTimeout(timer)
    es?.close()
  }
}

/**
 * The live connection of this page. Tabs of one browser share one connection where the browser can
 * (Web Locks + BroadcastChannel): a browser opens at most 6 HTTP/1.1 connections to one server, and each
 * EventSource holds one for good. The tab holding the lock connects and passes every event to the
 * others; when it closes, another tab takes the lock and connects. Answers `tutup`.
 */
export function bukaLangsung(o: OpsiLangsung): () => void {
  const ES = o.EventSource ?? EventSource
  const locks = o.locks !== undefined ? o.locks : (globalThis.navigator?.locks ?? null)
  const Kanal = o.BroadcastChannel !== undefined ? o.BroadcastChannel : (globalThis.BroadcastChannel ?? null)

  const terima = (teks: unknown) => {
    let data: unknown
    try {
      data = typeof teks === 'string' ? JSON.parse(teks) : null
    } catch {
      return
    }
    const e = PeristiwaLangsung.safeParse(data)
    if (!e.success) return
    segarkanKunci(o.queryClient, e.data.kunci)
    if (e.data.jenis === 'notifikasi') o.onNotifikasi?.(e.data)
  }

  let tutupSse: (() => void) | null = null
  let tutupBagi = () => {}
  if (!locks || !Kanal) {
    tutupSse = sambungSse(ES, terima, false)
  } else {
    const kanal = new Kanal(NAMA)
    kanal.onmessage = (m: MessageEvent) => terima(m.data)
    const batal = new AbortController()
    let lepas = () => {}
    let ditutup = false
    // This tab holds the connection until it closes. A tab that waited for another refetches on taking over.
    const pegang = (pengikut: boolean) => {
      if (ditutup) return
      tutupSse = sambungSse(
        ES,
        (data) => {
          terima(data)
          kanal.postMessage(data)
        },
        pengikut,
      )
      return new Promise<void>((r) => (lepas = r))
    }
    void locks
      .request(NAMA, { ifAvailable: true }, (lock) =>
        lock ? pegang(false) : locks.request(NAMA, { signal: batal.signal }, () => pegang(true)),
      )
      .catch(() => {}) // aborted while waiting: this tab closed
    tutupBagi = () => {
      ditutup = true
      batal.abort()
      lepas()
      kanal.close()
    }
  }

  const tutup = () => {
    tutupSse?.()
    tutupBagi()
    terbuka.delete(tutup)
  }
  terbuka.add(tutup)
  return tutup
}

/** One live connection while `aktif` (a logged-in pegawai); closed on unmount and on logout. */
export function useLive(aktif: boolean, onNotifikasi?: (e: PeristiwaNotifikasi) => void) {
  const queryClient = useQueryClient()
  const callback = useRef(onNotifikasi)
  useEffect(() => {
    callback.current = onNotifikasi
  }, [onNotifikasi])
  useEffect(() => {
    if (!aktif || typeof EventSource === 'undefined') return
    return bukaLangsung({ queryClient, onNotifikasi: (e) => callback.current?.(e) })
  }, [aktif, queryClient])
}
