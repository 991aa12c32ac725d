import { V } from '../helpers/akses-dunia.ts'
import { entri, type Entri, type Harapan } from './harapan.ts'

/**
 * Live events (src/modules/langsung). A stream never ends by itself, so the request takes the answer as
 * soon as its head is written (`payloadAsStream`) and drops the body; the app's close ends the stream.
 * Every account with a pegawai gets its own stream (200); an account without one (the admins of this
 * world) gets 204, which tells a browser not to reconnect; no session, 401.
 */
const STREAM: Harapan = {
  anonim: 401,
  pegawaiSendiri: 200,
  pegawaiLain: 200,
  atasan: 200,
  pimpinan: 200,
  adminInstansi: 204,
  adminInstansiLain: 204,
  adminNasional: 204,
}

export const ENTRI_LANGSUNG: Record<string, Entri<unknown>> = {
  'GET /api/v1/langsung': entri({
    kirim: async (k) => {
      const res = await k.inject({ method: 'GET', url: `${V}/langsung`, payloadAsStream: true })
      res
        .stream()
        .on('error', () => {})
        .destroy()
      return Object.assign(res, { body: '' })
    },
    harap: STREAM,
  }),
}
