import { Divider, NavLink, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, matchPath, useLocation } from 'react-router'
import { InstansiPicker } from '../components/InstansiPicker.tsx'
import { useInstansiAktif } from '../lib/instansi-aktif.tsx'
import { hasRole, useMe } from '../lib/session.tsx'
import { appRoutes, type AppRoute } from './routes.tsx'

/** Routes this account sees in the menu, in the order of appRoutes. */
export function useNavRoutes(): AppRoute[] {
  const me = useMe()
  return appRoutes.filter((r) => r.labelKey && r.icon && hasRole(me, r.roles))
}

/** `/admin/pegawai` → `nav-admin-pegawai` (stable ids for browser tests). */
export const navTestId = (path: string) => `nav-${path.replace(/^\//, '').replace(/\//g, '-') || 'beranda'}`

function NavItem({ route }: { route: AppRoute }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const Icon = route.icon!
  const active =
    Boolean(matchPath({ path: route.path, end: route.path === '/' }, pathname)) ||
    (route.path !== '/' && pathname.startsWith(`${route.path}/`))
  return (
    <NavLink
      component={Link}
      to={route.path}
      label={t(route.labelKey!)}
      leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
      active={active}
      aria-current={active ? 'page' : undefined}
      data-testid={navTestId(route.path)}
    />
  )
}

export function Navigation() {
  const { t } = useTranslation()
  const routes = useNavRoutes()
  const { canChoose } = useInstansiAktif()
  const utama = routes.filter((r) => (r.group ?? 'utama') === 'utama')
  const admin = routes.filter((r) => r.group === 'admin')
  return (
    <Stack gap={4}>
      {utama.map((r) => (
        <NavItem key={r.path} route={r} />
      ))}
      {admin.length > 0 && (
        <>
          <Divider my="sm" />
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
            {t('nav.grup.admin')}
          </Text>
          {canChoose && <InstansiPicker />}
          {admin.map((r) => (
            <NavItem key={r.path} route={r} />
          ))}
        </>
      )}
    </Stack>
  )
}
