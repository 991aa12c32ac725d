import type { z } from 'zod'
import { en as zodEn, id as zodId } from 'zod/locales'
import { bahasaAktif } from '../i18n/index.ts'

const locales = { id: zodId(), en: zodEn() }

/**
 * The shared schemas write custom messages as "Indonesian|English" (src/shared/common.ts `m`);
 * zod's own messages come from its locale. Same rule as the server's error handler.
 */
export function zodIssueMessage(issue: z.core.$ZodIssue): string {
  const lang = bahasaAktif()
  if (issue.message.includes('|')) {
    const [idText, enText] = issue.message.split('|')
    return (lang === 'en' ? enText : idText) ?? issue.message
  }
  const localized = (locales[lang].localeError as (i: unknown) => string | undefined)(issue)
  return localized || issue.message
}

export const zodIssuePath = (issue: z.core.$ZodIssue) => issue.path.map(String).join('.')
