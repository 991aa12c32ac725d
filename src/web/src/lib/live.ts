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
  /** Tests: another EventSource implementation. */
  EventSource?: typeof EventSource
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

/**
 * The live connection (Server-Sent Events, GET /api/v1/langsung): same origin, so the browser sends the
 * session cookie. The browser reconnects by itself after a network loss (the server's `retry:` hint); a
 * refused connection (server restarting, 503) is retried here with backoff. After any reconnection the
 * bell and the Beranda are refetched: events sent while disconnected are not replayed. Answers `tutup`.
 */
export function bukaLangsung(o: OpsiLangsung): () => void {
  const ES = o.EventSource ?? EventSource
  let es: EventSource | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let jeda = JEDA_AWAL
  let pernahTerbuka = false
  let selesai = false

  const terima = (m: MessageEvent<string>) => {
    let data: unknown
    try {
      data = JSON.parse(m.data)
    } catch {
      return
    }
    const e = PeristiwaLangsung.safeParse(data)
    if (!e.success) return
    segarkanKunci(o.queryClient, e.data.kunci)
    if (e.data.jenis === 'notifikasi') o.onNotifikasi?.(e.data)
  }

  function sambung() {
    es = new ES(`${API_BASE}/langsung`, { withCredentials: true })
    for (const jenis of JENIS_PERISTIWA) es.addEventListener(jenis, terima as EventListener)
    es.onopen = () => {
      if (pernahTerbuka) segarkanKunci(o.queryClient)
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

  const tutup = () => {
    selesai = true
    if (timer) clearTimeout(timer)
    es?.close()
    terbuka.delete(tutup)
  }
  terbuka.add(tutup)
  sambung()
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
