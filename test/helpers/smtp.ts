import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface SmtpUji {
  port: number
  /** Every message accepted, parsed. */
  diterima: ParsedMail[]
  /** Refuse the next n messages with a temporary error (451), as a busy server does. */
  tolak(n: number): void
  tutup(): Promise<void>
}

/**
 * A real SMTP server on a free local port (smtp-server), reading what it receives with mailparser. No TLS
 * and no login: the app's transport talks plain SMTP to it, as to a relay inside an office network.
 */
export async function mulaiSmtp(): Promise<SmtpUji> {
  const diterima: ParsedMail[] = []
  let tolakSisa = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (tolakSisa > 0) {
        tolakSisa--
        const err = Object.assign(new Error('Coba lagi nanti'), { responseCode: 451 })
        return callback(err)
      }
      callback()
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          diterima.push(mail)
          callback()
        })
        .catch((e: Error) => callback(e))
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    port,
    diterima,
    tolak: (n) => {
      tolakSisa = n
    },
    tutup: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
