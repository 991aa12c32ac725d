import dayjs from 'dayjs'
import customParseFormat from 'dayjs/plugin/customParseFormat'
import 'dayjs/locale/id'
import 'dayjs/locale/en'
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import common from './common.ts'
import type { FeatureMessages } from './define.ts'

export const BAHASA = ['id', 'en'] as const
export type Bahasa = (typeof BAHASA)[number]
const STORAGE_KEY = 'kinerja.bahasa'
// Mantine's DateInput parses typed dates with valueFormat (DD/MM/YYYY), which needs this plugin.
dayjs.extend(customParseFormat)

/**
 * Every feature ships `features/<concept>/i18n.ts` (default export from defineMessages); it is picked up
 * here automatically under the namespace `<concept>`, so adding a feature needs no edit in this file.
 */
const featureModules = import.meta.glob<{ default: FeatureMessages }>('../features/*/i18n.ts', {
  eager: true,
})

function buildResources() {
  const resources: Record<Bahasa, Record<string, object>> = {
    id: { common: common.id },
    en: { common: common.en },
  }
  for (const [path, mod] of Object.entries(featureModules)) {
    const namespace = path.split('/').at(-2) as string
    resources.id[namespace] = mod.default.id
    resources.en[namespace] = mod.default.en
  }
  return resources
}

function storedBahasa(): Bahasa {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    return saved === 'en' ? 'en' : 'id'
  } catch {
    return 'id'
  }
}

function applyBahasa(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng
  dayjs.locale(lng)
}

const resources = buildResources()
void i18n.use(initReactI18next).init({
  resources,
  lng: storedBahasa(),
  fallbackLng: 'id',
  supportedLngs: [...BAHASA],
  ns: Object.keys(resources.id),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
})
applyBahasa(i18n.language)

i18n.on('languageChanged', (lng) => {
  applyBahasa(lng)
  try {
    localStorage.setItem(STORAGE_KEY, lng)
  } catch {
    // Private mode: the choice lasts for this tab only.
  }
})

export const bahasaAktif = (): Bahasa => (i18n.language === 'en' ? 'en' : 'id')
export const setBahasa = (lng: Bahasa) => i18n.changeLanguage(lng)
export default i18n
