import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { bukaLangsung, tutupLangsung } from './live.ts'

/** A stand-in for the browser's EventSource: records what the client does, lets the test play the server. */
class PalsuES {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSED = 2
  static semua: PalsuES[] = []
  readyState = PalsuES.CONNECTING
  onopen: (() => void) | null = null
  onerror: (() => void) | null = null
  pendengar = new Map<string, (m: { data: string }) => void>()
  constructor(
    public url: string,
    public opsi: EventSourceInit,
  ) {
    PalsuES.semua.push(this)
  }
  addEventListener(jenis: string, f: (m: { data: string }) => void) {
    this.pendengar.set(jenis, f)
  }
  close() {
    this.readyState = PalsuES.CLOSED
  }
  buka() {
    this.readyState = PalsuES.OPEN
    this.onopen?.()
  }
  kirim(jenis: string, data: unknown) {
    this.pendengar.get(jenis)?.({ data: typeof data === 'string' ? data : JSON.stringify(data) })
  }
  gagal(tutup: boolean) {
    this.readyState = tutup ? PalsuES.CLOSED : PalsuES.CONNECTING
    this.onerror?.()
  }
}

let qc: QueryClient
let disegarkan: unknown[][]
beforeEach(() => {
  PalsuES.semua = []
  qc = new QueryClient()
  disegarkan = []
  vi.spyOn(qc, 'invalidateQueries').mockImplementation((f) => {
    disegarkan.push([...(f?.queryKey ?? [])])
    return Promise.resolve()
  })
})
afterEach(() => {
  tutupLangsung()
  vi.useRealTimers()
})

const buka = (onNotifikasi = vi.fn()) => {
  const tutup = bukaLangsung({ queryClient: qc, onNotifikasi, EventSource: PalsuES as never, locks: null })
  return { tutup, onNotifikasi, es: PalsuES.semua.at(-1)! }
}

/** Web Locks in one page: an exclusive lock, granted in order; `ifAvailable` answers null when held. */
class PalsuLocks {
  dipegang = false
  antre: (() => void)[] = []
  async request(
    _nama: string,
    opsi: { ifAvailable?: boolean; signal?: AbortSignal },
    cb: (l: unknown) => unknown,
  ) {
    if (opsi.ifAvailable && this.dipegang) return cb(null)
    if (this.dipegang)
      await new Promise<void>((ok, gagal) => {
        if (opsi.signal?.aborted) return gagal(new Error('AbortError'))
        this.antre.push(ok)
        opsi.signal?.addEventListener('abort', () => gagal(new Error('AbortError')))
      })
    this.dipegang = true
    try {
      return await cb({})
    } finally {
      this.dipegang = false
      this.antre.shift()?.()
    }
  }
}
const sebentar = () => new Promise((r) => setTimeout(r, 20))

describe('the live connection', () => {
  it('opens /api/v1/langsung with the cookie', () => {
    const { es } = buka()
    expect(es.url).toBe('/api/v1/langsung')
    expect(es.opsi).toEqual({ withCredentials: true })
  })

  it('a notification refetches the bell, the Beranda and its queries, and is handed on', () => {
    const { es, onNotifikasi } = buka()
    const e = { jenis: 'notifikasi', id: 'n1', tipe: 'SKP_DISETUJUI', kunci: [['skp']] }
    es.kirim('notifikasi', e)
    expect(disegarkan).toEqual([['notifikasi'], ['beranda'], ['skp']])
    expect(onNotifikasi).toHaveBeenCalledWith(e)
  })

  it('a refresh refetches without a toast; malformed events are ignored', () => {
    const { es, onNotifikasi } = buka()
    es.kirim('segarkan', { jenis: 'segarkan', id: 's', kunci: [['umpan-balik', 'skp-1']] })
    expect(disegarkan).toEqual([['notifikasi'], ['beranda'], ['umpan-balik', 'skp-1']])
    disegarkan.length = 0
    es.kirim('segarkan', '{not json')
    es.kirim('notifikasi', { jenis: 'notifikasi', id: 'x' })
    expect(disegarkan).toEqual([])
    expect(onNotifikasi).not.toHaveBeenCalled()
  })

  it('after a reconnection the bell and the Beranda are refetched (missed events are not replayed)', () => {
    const { es } = buka()
    es.buka()
    expect(disegarkan).toEqual([])
    es.gagal(false) // the browser retries by itself
    expect(PalsuES.semua).toHaveLength(1)
    es.buka()
    expect(disegarkan).toEqual([['notifikasi'], ['beranda']])
  })

  it('a refused connection is retried later with backoff; a logout closes it for good', () => {
    vi.useFakeTimers()
    const { es } = buka()
    es.gagal(true)
    expect(PalsuES.semua).toHaveLength(1)
    vi.advanceTimersByTime(5_000)
    expect(PalsuES.semua).toHaveLength(2)
    PalsuES.semua[1].gagal(true)
    vi.advanceTimersByTime(5_000)
    expect(PalsuES.semua).toHaveLength(2) // the second wait is longer
    vi.advanceTimersByTime(5_000)
    expect(PalsuES.semua).toHaveLength(3)

    tutupLangsung()
    expect(PalsuES.semua[2].readyState).toBe(PalsuES.CLOSED)
    PalsuES.semua[2].gagal(true)
    vi.advanceTimersByTime(10 * 60_000)
    expect(PalsuES.semua).toHaveLength(3)
  })

  it('tabs share one connection: the holder passes events on; when it closes, another connects and refetches', async () => {
    const locks = new PalsuLocks()
    const tab = () => {
      const q = new QueryClient()
      const segar: unknown[][] = []
      vi.spyOn(q, 'invalidateQueries').mockImplementation((f) => {
        segar.push([...(f?.queryKey ?? [])])
        return Promise.resolve()
      })
      const onNotifikasi = vi.fn()
      const tutup = bukaLangsung({
        queryClient: q,
        onNotifikasi,
        EventSource: PalsuES as never,
        locks: locks as never,
        BroadcastChannel,
      })
      return { segar, onNotifikasi, tutup }
    }
    const a = tab()
    await sebentar()
    const b = tab()
    await sebentar()
    expect(PalsuES.semua).toHaveLength(1)
    PalsuES.semua[0].buka()
    expect([a.segar, b.segar]).toEqual([[], []])

    const e = { jenis: 'notifikasi', id: 'n1', tipe: 'SKP_DISETUJUI', kunci: [['skp']] }
    PalsuES.semua[0].kirim('notifikasi', e)
    await sebentar()
    expect(a.segar).toEqual([['notifikasi'], ['beranda'], ['skp']])
    expect(b.segar).toEqual([['notifikasi'], ['beranda'], ['skp']])
    expect(b.onNotifikasi).toHaveBeenCalledWith(e)

    a.tutup()
    await sebentar()
    expect(PalsuES.semua[0].readyState).toBe(PalsuES.CLOSED)
    expect(PalsuES.semua).toHaveLength(2)
    b.segar.length = 0
    PalsuES.semua[1].buka()
    expect(b.segar).toEqual([['notifikasi'], ['beranda']])
    b.tutup()
  })
})
