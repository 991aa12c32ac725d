import { SegmentedControl, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { setBahasa, type Bahasa } from '../i18n/index.ts'

/** Shows "EN", reads "English"; `data-testid="language-en"` for browser tests. */
const label = (code: string, name: string) => (
  <span data-testid={`language-${code.toLowerCase()}`}>
    <span aria-hidden="true">{code}</span>
    <VisuallyHidden>{name}</VisuallyHidden>
  </span>
)

/** ID / EN switch; the choice is kept in localStorage and sent as Accept-Language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.bahasa')}
      data-testid="language-switch"
      value={i18n.language === 'en' ? 'en' : 'id'}
      onChange={(v) => void setBahasa(v as Bahasa)}
      data={[
        { value: 'id', label: label('ID', 'Bahasa Indonesia') },
        { value: 'en', label: label('EN', 'English') },
      ]}
    />
  )
}
