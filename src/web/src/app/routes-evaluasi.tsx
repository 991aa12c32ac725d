import {
  IconBuildingSkyscraper,
  IconCertificate,
  IconChartHistogram,
  IconChecklist,
  IconCoin,
  IconGavel,
  IconScale,
  IconStars,
  IconTimeline,
  IconTrendingUp,
} from '@tabler/icons-react'
import { lazyPage } from './lazy-page.tsx'
import type { Peran } from '../../../shared/akun.ts'
import type { AppRoute } from './routes.tsx'

// routes.tsx imports this file, so its constants are not readable here while modules load
const ADMIN: Peran[] = ['admin_instansi', 'admin_nasional']

/** The evaluation pages (DOMAIN §5–7): penilaian, predikat organisasi and the curve, tindak lanjut, keberatan, riwayat. */
export const ruteEvaluasi: AppRoute[] = [
  {
    path: '/penilaian-saya',
    element: lazyPage(
      () => import('../features/penilaian/components/PenilaianSayaPage.tsx'),
      'PenilaianSayaPage',
    ),
    labelKey: 'penilaian:navSaya',
    icon: IconStars,
    roles: ['pegawai'],
  },
  {
    path: '/penilaian',
    element: lazyPage(
      () => import('../features/penilaian/components/PenilaianBawahanPage.tsx'),
      'PenilaianBawahanPage',
    ),
    labelKey: 'penilaian:nav',
    icon: IconChecklist,
    roles: ['atasan'],
  },
  {
    path: '/penilaian/delegasi',
    element: lazyPage(() => import('../features/penilaian/components/DelegasiPage.tsx'), 'DelegasiPage'),
    roles: ['atasan', 'admin_instansi'],
    section: '/penilaian',
  },
  {
    path: '/evaluasi/:id',
    element: lazyPage(() => import('../features/penilaian/components/EvaluasiPage.tsx'), 'EvaluasiPage'),
    section: ['/penilaian', '/penilaian-saya'],
  },
  {
    path: '/angka-kredit',
    element: lazyPage(
      () => import('../features/angka-kredit/components/AngkaKreditPage.tsx'),
      'AngkaKreditPage',
    ),
    labelKey: 'angka-kredit:nav',
    icon: IconCertificate,
    roles: ['pegawai'],
  },
  {
    path: '/perbaikan',
    element: lazyPage(() => import('../features/perbaikan/components/PerbaikanPage.tsx'), 'PerbaikanPage'),
    labelKey: 'perbaikan:nav',
    icon: IconTrendingUp,
    // the penilai follows up, the admin records for them, the pegawai reads their own (PP 30/2019)
    roles: ['pegawai', 'admin_instansi'],
  },
  {
    path: '/perbaikan/:id',
    element: lazyPage(
      () => import('../features/perbaikan/components/PerbaikanDetailPage.tsx'),
      'PerbaikanDetailPage',
    ),
    section: '/perbaikan',
  },
  {
    path: '/tunjangan',
    element: lazyPage(() => import('../features/tunjangan/components/TunjanganPage.tsx'), 'TunjanganPage'),
    labelKey: 'tunjangan:nav',
    icon: IconCoin,
    roles: ['pimpinan', 'admin_instansi'],
  },
  {
    path: '/predikat-organisasi',
    element: lazyPage(
      () => import('../features/kurva/components/PredikatOrganisasiPage.tsx'),
      'PredikatOrganisasiPage',
    ),
    labelKey: 'kurva:navPredikat',
    icon: IconBuildingSkyscraper,
    roles: ['atasan', 'pimpinan', 'admin_instansi'],
  },
  {
    path: '/kalibrasi',
    element: lazyPage(() => import('../features/kurva/components/KalibrasiPage.tsx'), 'KalibrasiPage'),
    labelKey: 'kurva:navKalibrasi',
    icon: IconScale,
    roles: ['atasan', 'pimpinan', 'admin_instansi', 'admin_nasional'],
  },
  {
    path: '/kurva',
    element: lazyPage(
      () => import('../features/kurva/components/MonitoringKurvaPage.tsx'),
      'MonitoringKurvaPage',
    ),
    labelKey: 'kurva:navMonitoring',
    icon: IconChartHistogram,
    roles: ['atasan', 'pimpinan', 'admin_instansi', 'admin_nasional'],
  },
  {
    path: '/keberatan',
    element: lazyPage(() => import('../features/keberatan/components/KeberatanPage.tsx'), 'KeberatanPage'),
    labelKey: 'keberatan:nav',
    icon: IconGavel,
    roles: ['pegawai', ...ADMIN],
  },
  {
    path: '/keberatan/baru',
    element: lazyPage(
      () => import('../features/keberatan/components/KeberatanBaruPage.tsx'),
      'KeberatanBaruPage',
    ),
    section: '/keberatan',
  },
  {
    path: '/keberatan/:id',
    element: lazyPage(
      () => import('../features/keberatan/components/KeberatanDetailPage.tsx'),
      'KeberatanDetailPage',
    ),
    section: '/keberatan',
  },
  {
    path: '/riwayat',
    element: lazyPage(() => import('../features/riwayat/components/RiwayatPage.tsx'), 'RiwayatPage'),
    labelKey: 'riwayat:nav',
    icon: IconTimeline,
    roles: ['pegawai'],
  },
  {
    path: '/riwayat/:pegawaiId',
    element: lazyPage(() => import('../features/riwayat/components/RiwayatPage.tsx'), 'RiwayatPage'),
    section: '/riwayat',
  },
]
