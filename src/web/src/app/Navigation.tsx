import { Divider, NavLink, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useState } from 'react'
import { Link, matchPath, useLocation } from 'react-router'
import { InstansiPicker } from '../components/InstansiPicker.tsx'
import { useInstansiAktif } from '../lib/instansi-aktif.tsx'
import { useDeclaredMenuSection } from '../lib/menu-section.tsx'
import { hasRole, useMe } from '../lib/session.tsx'
import { appRoutes, type AppRoute } from './routes.tsx'

/** Routes this account sees in the menu, in the order of appRoutes. */
export function useNavRoutes(): AppRoute[] {
  const me = useMe()
  return appRoutes.filter((r) => r.labelKey && r.icon && hasRole(me, r.roles))
}

/** `/admin/pegawai` → `nav-admin-pegawai` (stable ids for browser tests). */
export const navTestId = (path: string) => `nav-${path.replace(/^\//, '').replace(/\//g, '-') || 'beranda'}`

/**
 * The menu entry the current page belongs to: a menu page itself; for another page, the section its
 * route names — of several, the one the page declares (useMenuSection), else the one the user came
 * from, else the first in the menu; else the longest menu path that prefixes the location. Null when
 * none fits (e.g. a 404).
 */
export function activeSection(
  pathname: string,
  menu: readonly string[],
  routes: readonly Pick<AppRoute, 'path' | 'section'>[],
  cameFrom: string | null,
  declared: string | null = null,
): string | null {
  const own = menu.find((p) => matchPath({ path: p, end: true }, pathname))
  if (own) return own
  const route = routes.find((r) => matchPath({ path: r.path, end: true }, pathname))
  if (route?.section) {
    const candidates = [route.section].flat().filter((p) => menu.includes(p))
    if (declared && candidates.includes(declared)) return declared
    if (cameFrom && candidates.includes(cameFrom)) return cameFrom
    if (candidates.length) return candidates[0]
  }
  const prefixes = menu.filter((p) => p !== '/' && pathname.startsWith(`${p}/`))
  return prefixes.sort((a, b) => b.length - a.length)[0] ?? null
}

/** activeSection for the current location, remembering the section of the previous page. */
function useActiveSection(routes: AppRoute[]) {
  const { pathname } = useLocation()
  const [cameFrom, setCameFrom] = useState<string | null>(null)
  const declared = useDeclaredMenuSection()
  const active = activeSection(
    pathname,
    routes.map((r) => r.path),
    appRoutes,
    cameFrom,
    declared,
  )
  // Adjusting state while rendering (react.dev "storing information from previous renders").
  if (active && active !== cameFrom) setCameFrom(active)
  return active
}

function NavItem({ route, active }: { route: AppRoute; active: boolean }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const Icon = route.icon!
  // "page" on the menu page itself; on a page inside its section (a detail page) the entry is "true".
  const current = active ? (pathname === route.path ? 'page' : 'true') : undefined
  return (
    <NavLink
      component={Link}
      to={route.path}
      label={t(route.labelKey!)}
      leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
      active={active}
      aria-current={current}
      data-testid={navTestId(route.path)}
    />
  )
}

export function Navigation() {
  const { t } = useTranslation()
  const routes = useNavRoutes()
  const active = useActiveSection(routes)
  const { canChoose } = useInstansiAktif()
  const utama = routes.filter((r) => (r.group ?? 'utama') === 'utama')
  const admin = routes.filter((r) => r.group === 'admin')
  return (
    <Stack gap={4}>
      {utama.map((r) => (
        <NavItem key={r.path} route={r} active={r.path === active} />
      ))}
      {admin.length > 0 && (
        <>
          <Divider my="sm" />
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
            {t('nav.grup.admin')}
          </Text>
          {canChoose && <InstansiPicker />}
          {admin.map((r) => (
            <NavItem key={r.path} route={r} active={r.path === active} />
          ))}
        </>
      )}
    </Stack>
  )
}
