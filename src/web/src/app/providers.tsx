import '@mantine/core/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/notifications/styles.css'
import './a11y.css'
import { MantineProvider, mergeThemeOverrides } from '@mantine/core'
import { DatesProvider } from '@mantine/dates'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { useMemo, type ReactNode } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import i18n from '../i18n/index.ts'
import { queryClient } from '../lib/query-client.ts'
import { cssVariablesResolver, theme } from './theme.ts'

function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation()
  return (
    <DatesProvider settings={{ locale: current.language, firstDayOfWeek: 1, consistentWeeks: true }}>
      {children}
    </DatesProvider>
  )
}

/**
 * Close buttons of dialogs and notifications get a name in the current language (screen readers).
 * A dialog's `<header>` (its title and close button) is no landmark: the page has one banner, the app's.
 */
function ThemedMantine({ children }: { children: ReactNode }) {
  const { t, i18n: current } = useTranslation()
  const localized = useMemo(() => {
    const close = { closeButtonProps: { 'aria-label': t('aksi.tutup') } }
    const dialog = { ...close, attributes: { header: { role: 'none' } } }
    return mergeThemeOverrides(theme, {
      components: {
        Modal: { defaultProps: dialog },
        Drawer: { defaultProps: dialog },
        Notification: { defaultProps: close },
      },
    })
  }, [t, current.language])
  return (
    <MantineProvider theme={localized} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  )
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedMantine>
        <Notifications position="bottom-right" />
        <QueryClientProvider client={queryClient}>
          <LocalizedDates>{children}</LocalizedDates>
        </QueryClientProvider>
      </ThemedMantine>
    </I18nextProvider>
  )
}
