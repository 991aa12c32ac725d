import {
  IconAffiliate,
  IconBell,
  IconCalendarCog,
  IconCalendarTime,
  IconMathFunction,
  IconClipboardList,
  IconGridDots,
  IconUsersGroup,
  IconBuildingCommunity,
  IconFileImport,
  IconHistory,
  IconHome,
  IconChartBar,
  IconLockOpen,
  IconReportAnalytics,
  IconListCheck,
  IconMessages,
  IconSitemap,
  IconUser,
  IconUsers,
  type Icon,
} from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { Peran } from '../../../shared/akun.ts'
import { NotifikasiBadge } from '../features/notifikasi/components/NotifikasiBadge.tsx'
import { lazyPage } from './lazy-page.tsx'
import { ruteEvaluasi } from './routes-evaluasi.tsx'

/**
 * One page of the app. A page with `labelKey` and `icon` appears in the navigation (and on the
 * Beranda quick links) for the given roles; without them it is reachable by link only (a detail page).
 */
export interface AppRoute {
  /** Absolute path, React Router syntax (`/admin/pegawai/:id`). */
  path: string
  element: ReactNode
  /** i18n key `namespace:key` of the navigation label, e.g. `pegawai:nav`. */
  labelKey?: string
  icon?: Icon
  /** Who may open the page; empty = every logged-in user. me.peran includes derived atasan/pimpinan. */
  roles?: Peran[]
  /** Navigation section. */
  group?: 'utama' | 'admin'
  /**
   * For a page outside the menu: the menu entry (path) the sidebar highlights while it is open. With
   * several, the one the user came from, else the first the account sees. Without it, the menu entry
   * whose path is a prefix (`/admin/pegawai/:id` → `/admin/pegawai`).
   */
  section?: string | string[]
}

/** An SKP (and its alignment views) is the user's own or a subordinate's: SKP Saya or SKP Bawahan. */
const SKP_SECTION = ['/skp', '/skp-bawahan']

const ADMIN: Peran[] = ['admin_instansi', 'admin_nasional']

/** Pages inside the logged-in layout. To add a feature page: add one entry here (keep the order of the menu). */
export const appRoutes: AppRoute[] = [
  {
    path: '/',
    element: lazyPage(() => import('../features/beranda/components/BerandaPage.tsx'), 'BerandaPage'),
    labelKey: 'beranda:nav',
    icon: IconHome,
  },
  {
    path: '/skp',
    element: lazyPage(() => import('../features/skp/components/SkpSayaPage.tsx'), 'SkpSayaPage'),
    labelKey: 'skp:nav',
    icon: IconClipboardList,
    roles: ['pegawai'],
  },
  {
    path: '/skp/:id',
    element: lazyPage(() => import('../features/skp/components/SkpDetailPage.tsx'), 'SkpDetailPage'),
    section: SKP_SECTION,
  },
  {
    path: '/skp/:id/keselarasan',
    element: lazyPage(
      () => import('../features/kaskade/components/KeselarasanPage.tsx'),
      'KeselarasanSkpPage',
    ),
    section: SKP_SECTION,
  },
  {
    path: '/rhk/:id/keselarasan',
    element: lazyPage(
      () => import('../features/kaskade/components/KeselarasanPage.tsx'),
      'KeselarasanRhkPage',
    ),
    section: SKP_SECTION,
  },
  {
    path: '/skp-bawahan',
    element: lazyPage(
      () => import('../features/skp-bawahan/components/SkpBawahanPage.tsx'),
      'SkpBawahanPage',
    ),
    labelKey: 'skp-bawahan:nav',
    icon: IconUsersGroup,
    roles: ['atasan'],
  },
  {
    path: '/matriks-peran-hasil',
    element: lazyPage(
      () => import('../features/kaskade/components/MatriksPeranHasilPage.tsx'),
      'MatriksPeranHasilPage',
    ),
    labelKey: 'kaskade:mph.nav',
    icon: IconGridDots,
    roles: ['atasan'],
  },
  {
    path: '/tim-kerja',
    element: lazyPage(() => import('../features/kaskade/components/TimKerjaPage.tsx'), 'TimKerjaPage'),
    labelKey: 'kaskade:tim.nav',
    icon: IconAffiliate,
    roles: ['pegawai'],
  },
  {
    path: '/tim-kerja/:id',
    element: lazyPage(
      () => import('../features/kaskade/components/TimKerjaDetailPage.tsx'),
      'TimKerjaDetailPage',
    ),
    section: '/tim-kerja',
  },
  {
    path: '/dialog-kinerja',
    element: lazyPage(
      () => import('../features/dialog-kinerja/components/DialogKinerjaPage.tsx'),
      'DialogKinerjaPage',
    ),
    labelKey: 'dialog-kinerja:nav',
    icon: IconMessages,
    roles: ['pegawai'],
  },
  {
    path: '/dialog-kinerja/:id',
    element: lazyPage(
      () => import('../features/dialog-kinerja/components/DialogDetailPage.tsx'),
      'DialogDetailPage',
    ),
    section: '/dialog-kinerja',
  },
  {
    path: '/progres-harian',
    element: lazyPage(
      () => import('../features/progres-harian/components/ProgresHarianPage.tsx'),
      'ProgresHarianPage',
    ),
    labelKey: 'progres-harian:nav',
    icon: IconCalendarTime,
    roles: ['pegawai'],
  },
  {
    path: '/progres-harian/tinjauan',
    element: lazyPage(() => import('../features/progres-harian/components/TinjauanPage.tsx'), 'TinjauanPage'),
    labelKey: 'progres-harian:navTinjauan',
    icon: IconListCheck,
    roles: ['atasan'],
  },
  {
    path: '/realisasi',
    element: lazyPage(
      () => import('../features/realisasi/components/RealisasiSayaPage.tsx'),
      'RealisasiSayaPage',
    ),
    labelKey: 'realisasi:nav',
    icon: IconChartBar,
    roles: ['pegawai'],
  },
  {
    path: '/skp/:id/realisasi',
    element: lazyPage(() => import('../features/realisasi/components/RealisasiPage.tsx'), 'RealisasiPage'),
    section: ['/realisasi', '/realisasi-bawahan', '/admin/buka-kunci'],
  },
  {
    path: '/realisasi-bawahan',
    element: lazyPage(
      () => import('../features/realisasi/components/RealisasiBawahanPage.tsx'),
      'RealisasiBawahanPage',
    ),
    labelKey: 'realisasi:navBawahan',
    icon: IconReportAnalytics,
    roles: ['atasan'],
  },
  ...ruteEvaluasi,
  {
    path: '/notifikasi',
    element: lazyPage(() => import('../features/notifikasi/components/NotifikasiPage.tsx'), 'NotifikasiPage'),
    labelKey: 'notifikasi:nav',
    icon: IconBell,
    roles: ['pegawai'],
  },
  {
    path: '/profil',
    element: lazyPage(() => import('../features/profil/components/ProfilPage.tsx'), 'ProfilPage'),
    labelKey: 'profil:nav',
    icon: IconUser,
  },
  {
    path: '/admin/unor',
    element: lazyPage(() => import('../features/unor/components/UnorPage.tsx'), 'UnorPage'),
    labelKey: 'unor:nav',
    icon: IconSitemap,
    roles: ADMIN,
    group: 'admin',
  },
  {
    path: '/admin/pegawai',
    element: lazyPage(() => import('../features/pegawai/components/PegawaiListPage.tsx'), 'PegawaiListPage'),
    labelKey: 'pegawai:nav',
    icon: IconUsers,
    roles: ADMIN,
    group: 'admin',
  },
  {
    path: '/admin/pegawai/:id',
    element: lazyPage(
      () => import('../features/pegawai/components/PegawaiDetailPage.tsx'),
      'PegawaiDetailPage',
    ),
    roles: ADMIN,
    section: '/admin/pegawai',
  },
  {
    path: '/admin/pegawai/:id/angka-kredit',
    element: lazyPage(
      () => import('../features/angka-kredit/components/AngkaKreditPage.tsx'),
      'AngkaKreditPage',
    ),
    roles: ADMIN,
    section: '/admin/pegawai',
  },
  {
    // a pimpinan's read-only list of one unit below them, opened from the Beranda's completion counts
    path: '/unit/pegawai',
    element: lazyPage(() => import('../features/pegawai/components/PegawaiUnitPage.tsx'), 'PegawaiUnitPage'),
    roles: ['pegawai'],
    section: '/',
  },
  {
    path: '/admin/impor',
    element: lazyPage(() => import('../features/impor/components/ImporPage.tsx'), 'ImporPage'),
    labelKey: 'impor:nav',
    icon: IconFileImport,
    roles: ADMIN,
    group: 'admin',
  },
  {
    path: '/admin/audit',
    element: lazyPage(() => import('../features/audit/components/AuditPage.tsx'), 'AuditPage'),
    labelKey: 'audit:nav',
    icon: IconHistory,
    roles: ADMIN,
    group: 'admin',
  },
  {
    path: '/admin/instansi',
    element: lazyPage(() => import('../features/instansi/components/InstansiPage.tsx'), 'InstansiPage'),
    labelKey: 'instansi:nav',
    icon: IconBuildingCommunity,
    roles: ADMIN,
    group: 'admin',
  },
  {
    path: '/admin/buka-kunci',
    element: lazyPage(() => import('../features/realisasi/components/BukaKunciPage.tsx'), 'BukaKunciPage'),
    labelKey: 'realisasi:navBukaKunci',
    icon: IconLockOpen,
    roles: ['admin_instansi'],
    group: 'admin',
  },
  {
    path: '/admin/koefisien-ak',
    element: lazyPage(
      () => import('../features/angka-kredit/components/KoefisienAkPage.tsx'),
      'KoefisienAkPage',
    ),
    labelKey: 'angka-kredit:navKoefisien',
    icon: IconMathFunction,
    roles: ['admin_nasional'],
    group: 'admin',
  },
  {
    path: '/admin/pengaturan',
    element: lazyPage(() => import('../features/pengaturan/components/PengaturanPage.tsx'), 'PengaturanPage'),
    labelKey: 'pengaturan:nav',
    icon: IconCalendarCog,
    roles: ADMIN,
    group: 'admin',
  },
]

/** Small widgets in the header, before the language switch (e.g. a notification bell), by role. */
export interface HeaderWidget {
  key: string
  element: ReactNode
  roles?: Peran[]
}
export const headerWidgets: HeaderWidget[] = [
  {
    key: 'notifikasi',
    element: <NotifikasiBadge />,
    roles: ['pegawai'],
  },
]

/** Pages outside the login (no layout, no session needed). */
export const publicRoutes: AppRoute[] = [
  {
    path: '/login',
    element: lazyPage(() => import('../features/auth/components/LoginPage.tsx'), 'LoginPage'),
  },
]
