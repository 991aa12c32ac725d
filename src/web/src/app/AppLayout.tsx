import {
  ActionIcon,
  Alert,
  AppShell,
  Box,
  Burger,
  Button,
  Group,
  ScrollArea,
  Text,
  Tooltip,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconLogout } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { Fragment, Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router'
import { Brand } from '../components/Brand.tsx'
import { LanguageSwitch } from '../components/LanguageSwitch.tsx'
import { LoadingState } from '../components/QueryState.tsx'
import { api } from '../lib/api.ts'
import { MenuSectionProvider } from '../lib/menu-section.tsx'
import { notifyError } from '../lib/notify.ts'
import { akhiriSesi, hasRole, useMe } from '../lib/session.tsx'
import { Navigation } from './Navigation.tsx'
import { headerWidgets } from './routes.tsx'
import classes from './AppLayout.module.css'

function useLogout() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return async () => {
    try {
      await api.post('/auth/logout')
    } catch (err) {
      notifyError(err)
      return
    }
    akhiriSesi()
    queryClient.clear()
    await navigate('/login', { replace: true })
  }
}

/** The shell: header (name, language, logout), navigation by role (a burger menu on phones), the page. */
export function AppLayout() {
  const { t } = useTranslation()
  const me = useMe()
  const [opened, { toggle, close }] = useDisclosure(false)
  const location = useLocation()
  const navigate = useNavigate()
  const logout = useLogout()
  useEffect(close, [location.pathname, close])

  return (
    <MenuSectionProvider>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding={{ base: 'sm', sm: 'lg' }}
      >
        <a href="#konten" className={classes.skip}>
          {t('app.lewati')}
        </a>
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.menu')}
                aria-expanded={opened}
                aria-controls="navigasi-utama"
                data-testid="nav-burger"
              />
              <Brand />
            </Group>
            <Group gap="sm" wrap="nowrap">
              {headerWidgets
                .filter((w) => !me.wajibGantiPassword && hasRole(me, w.roles))
                .map((w) => (
                  <Fragment key={w.key}>{w.element}</Fragment>
                ))}
              <LanguageSwitch />
              <Box visibleFrom="sm" ta="right">
                <Text size="sm" fw={600} lh={1.2} data-testid="user-name">
                  {me.akun.nama}
                </Text>
                {me.instansi && (
                  <Text size="xs" c="dimmed" lh={1.2}>
                    {me.instansi.nama}
                  </Text>
                )}
              </Box>
              <Button
                visibleFrom="sm"
                variant="subtle"
                color="gray"
                leftSection={<IconLogout size={18} />}
                onClick={() => void logout()}
                data-testid="logout"
              >
                {t('header.keluar')}
              </Button>
              <Tooltip label={t('header.keluar')}>
                <ActionIcon
                  hiddenFrom="sm"
                  variant="subtle"
                  color="gray"
                  size="lg"
                  onClick={() => void logout()}
                  aria-label={t('header.keluar')}
                  data-testid="logout-mobile"
                >
                  <IconLogout size={20} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" id="navigasi-utama" aria-label={t('nav.label')}>
          <AppShell.Section hiddenFrom="sm" mb="sm">
            <Text size="sm" fw={600}>
              {me.akun.nama}
            </Text>
            {me.instansi && (
              <Text size="xs" c="dimmed">
                {me.instansi.nama}
              </Text>
            )}
          </AppShell.Section>
          <AppShell.Section grow component={ScrollArea}>
            <Navigation />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id="konten" tabIndex={-1} className={classes.main}>
          {me.wajibGantiPassword && (
            <Alert color="yellow" mb="md" data-testid="wajib-ganti-password">
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t('header.wajibGantiPassword')}</Text>
                {location.pathname !== '/profil' && (
                  <Button size="xs" variant="light" onClick={() => void navigate('/profil')}>
                    {t('header.gantiSekarang')}
                  </Button>
                )}
              </Group>
            </Alert>
          )}
          {/* The API answers nothing else until a temporary password is changed (AKUN.WAJIB_GANTI_PASSWORD). */}
          {me.wajibGantiPassword && location.pathname !== '/profil' ? (
            <Navigate to="/profil" replace />
          ) : (
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          )}
        </AppShell.Main>
      </AppShell>
    </MenuSectionProvider>
  )
}
