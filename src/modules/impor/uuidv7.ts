import { randomFillSync } from 'node:crypto'

let ms = 0
let seq = 0
const POOL = Buffer.alloc(16 * 1024)
let pos = POOL.length
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

/**
 * UUIDv7 (RFC 9562): a millisecond timestamp, a 12-bit counter, then random bits. Ids made by one
 * import sort in creation order, so bulk inserts append to the primary-key index instead of splitting
 * pages all over it as random (v4) ids do. DESIGN.md "Data and scale" allows UUIDv7 keys.
 */
export function uuidv7(): string {
  const now = Date.now()
  if (now > ms) {
    ms = now
    seq = 0
  } else if (++seq > 0xfff) {
    ms += 1 // counter overflow borrows the next millisecond: ids stay monotonic
    seq = 0
  }
  if (pos === POOL.length) {
    randomFillSync(POOL)
    pos = 0
  }
  const b = POOL.subarray(pos, (pos += 16))
  b.writeUIntBE(ms, 0, 6)
  b[6] = 0x70 | (seq >> 8)
  b[7] = seq & 0xff
  b[8] = 0x80 | (b[8] & 0x3f)
  let h = ''
  for (let i = 0; i < 16; i++) h += (i === 4 || i === 6 || i === 8 || i === 10 ? '-' : '') + HEX[b[i]]
  return h
}
