import { defineMessages } from '../../i18n/define.ts'
import en from './i18n-en.ts'
import id from './i18n-id.ts'

/** Namespace `skp`: SKP Saya and the SKP page. Split in two files by language (the feature is large). */
export default defineMessages({ id, en })
