import { defineMessages } from '../../i18n/define.ts'
import en from './i18n-en.ts'
import id from './i18n-id.ts'

/** Namespace `kaskade`: Matriks Peran Hasil, Tim Kerja and the alignment tree. */
export default defineMessages({ id, en })
