import nodemailer, { type Transporter } from 'nodemailer'
import type { Database } from '../../db/client.ts'
import type { KonfigurasiSmtp } from '../../server/config.ts'
import { sekarang } from '../../server/clock.ts'
import * as repo from './surel.repository.ts'

const MENIT = 60_000
/** A claimed mail is this sender's for this long; SMTP timeouts below keep every try well inside it. */
const SEWA_MS = 5 * MENIT
const BATAS_KLAIM = 20

/** Retry n (1, 2, …) waits 1, 2, 4 … minutes, at most an hour. */
export const jedaUlang = (percobaan: number) => Math.min(60, 2 ** (percobaan - 1)) * MENIT

export function transportSmtp(smtp: KonfigurasiSmtp): Transporter {
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  })
}

export interface PengirimSurel {
  /** Send every due mail once (claim, send, record); answers how many were sent. */
  kirimAntrean(): Promise<number>
  /** Remove old sent and given-up mail (see surel.repository `bersihkan`); answers how many. */
  bersihkan(): Promise<number>
  /** Look for due mail every `intervalDetik` seconds until `berhenti`. */
  mulai(intervalDetik: number): void
  berhenti(): Promise<void>
}

interface Log {
  warn(o: object, msg: string): void
}

/**
 * The mail sender: claims due rows of the outbox (surel.repository `klaim`), sends each by SMTP and records
 * the outcome; a failure is retried with backoff until `maksPercobaan`, then recorded as `gagal`. Any
 * number of API processes may run one: the claim is what keeps a mail from going out twice.
 */
export function pengirimSurel(
  { db }: Database,
  o: { smtp: KonfigurasiSmtp; maksPercobaan: number; transport?: Transporter; log?: Log },
): PengirimSurel {
  const transport = o.transport ?? transportSmtp(o.smtp)
  let timer: NodeJS.Timeout | undefined
  let berjalan: Promise<number> | undefined

  async function kirimSatu(s: repo.SurelDiklaim): Promise<boolean> {
    try {
      await transport.sendMail({
        from: o.smtp.from,
        to: s.alamat,
        subject: s.subjek,
        text: s.teks,
        html: s.html,
      })
      await repo.tandaiTerkirim(db, s.id, sekarang())
      return true
    } catch (e) {
      const galat = (e instanceof Error ? e.message : String(e)).slice(0, 1000)
      const saat = sekarang()
      const lagi = s.percobaan >= o.maksPercobaan ? null : new Date(saat.getTime() + jedaUlang(s.percobaan))
      await repo.tandaiGagal(db, s.id, galat, saat, lagi)
      o.log?.warn({ surelId: s.id, percobaan: s.percobaan, menyerah: !lagi }, `surel gagal: ${galat}`)
      return false
    }
  }

  async function putaran(): Promise<number> {
    let terkirim = 0
    for (;;) {
      const saat = sekarang()
      const klaim = await repo.klaim(db, {
        sekarang: saat,
        sewaSampai: new Date(saat.getTime() + SEWA_MS),
        batas: BATAS_KLAIM,
      })
      for (const s of klaim) if (await kirimSatu(s)) terkirim++
      if (klaim.length < BATAS_KLAIM) return terkirim
    }
  }

  /** One round at a time in a process: a tick while the last round still runs joins it. */
  function kirimAntrean() {
    berjalan ??= putaran().finally(() => {
      berjalan = undefined
    })
    return berjalan
  }

  const bersihkan = () => repo.bersihkan(db, sekarang())
  let dibersihkan = 0

  return {
    kirimAntrean,
    bersihkan,
    mulai(intervalDetik) {
      timer = setInterval(() => {
        kirimAntrean().catch((e: unknown) => o.log?.warn({ err: e }, 'pengirim surel'))
        // once an hour is plenty
        if (Date.now() - dibersihkan > 60 * MENIT) {
          dibersihkan = Date.now()
          bersihkan().catch((e: unknown) => o.log?.warn({ err: e }, 'pembersihan surel'))
        }
      }, intervalDetik * 1000)
      timer.unref()
    },
    async berhenti() {
      clearInterval(timer)
      await berjalan?.catch(() => 0)
      transport.close()
    },
  }
}
