import type { FastifyInstance } from 'fastify'
import type { AppDeps } from './deps.ts'
import { akunRoutes } from '../modules/akun/akun.routes.ts'
import { instansiRoutes } from '../modules/organisasi/instansi.routes.ts'
import { unorRoutes } from '../modules/organisasi/unor.routes.ts'
import { jabatanRoutes } from '../modules/organisasi/jabatan.routes.ts'
import { pegawaiRoutes } from '../modules/pegawai/pegawai.routes.ts'
import { penugasanRoutes } from '../modules/pegawai/penugasan.routes.ts'
import { atasanRoutes } from '../modules/pegawai/atasan.routes.ts'
import { auditRoutes } from '../modules/audit/audit.routes.ts'
import { pengaturanRoutes } from '../modules/skp/pengaturan.routes.ts'
import { skpRoutes } from '../modules/skp/skp.routes.ts'
import { skpAlurRoutes } from '../modules/skp/skp-alur.routes.ts'
import { skpRevisiRoutes } from '../modules/skp/skp-revisi.routes.ts'
import { rhkRoutes } from '../modules/skp/rhk.routes.ts'
import { skpBawahanRoutes } from '../modules/skp/skp-bawahan.routes.ts'
import { notifikasiRoutes } from '../modules/notifikasi/notifikasi.routes.ts'
import { imporRoutes } from '../modules/impor/impor.routes.ts'
import { matriksPeranHasilRoutes } from '../modules/kaskade/matriks-peran-hasil.routes.ts'
import { timKerjaRoutes } from '../modules/kaskade/tim-kerja.routes.ts'
import { keselarasanRoutes } from '../modules/kaskade/keselarasan.routes.ts'
import { dokumenRoutes, verifikasiPageRoutes } from '../modules/dokumen/dokumen.routes.ts'
import { evaluasiDokumenRoutes } from '../modules/dokumen/evaluasi-dokumen.routes.ts'
import { riwayatRoutes } from '../modules/riwayat/riwayat.routes.ts'
import { berandaRoutes } from '../modules/beranda/beranda.routes.ts'
import { buktiRoutes } from '../modules/bukti/bukti.routes.ts'
import { surelRoutes } from '../modules/surel/surel.routes.ts'
import { progresHarianRoutes } from '../modules/progres-harian/progres-harian.routes.ts'
import { langsungRoutes } from '../modules/langsung/langsung.routes.ts'
import { pelaksanaanRoutes } from '../modules/pelaksanaan/pelaksanaan.routes.ts'
import { umpanBalikRoutes } from '../modules/umpan-balik/umpan-balik.routes.ts'
import { dialogKinerjaRoutes } from '../modules/dialog-kinerja/dialog-kinerja.routes.ts'
import { penilaianRoutes } from '../modules/penilaian/penilaian.routes.ts'
import { angkaKreditRoutes } from '../modules/angka-kredit/angka-kredit.routes.ts'
import { keberatanRoutes } from '../modules/keberatan/keberatan.routes.ts'
import { perbaikanRoutes } from '../modules/perbaikan/perbaikan.routes.ts'
import { tunjanganRoutes } from '../modules/tunjangan/tunjangan.routes.ts'
import { eksporRoutes } from '../modules/ekspor/ekspor.routes.ts'
import { kurvaRoutes } from '../modules/kurva/kurva.routes.ts'

type Register = (app: FastifyInstance, deps: AppDeps) => Promise<void>

/** Every API module, mounted under /api/v1. One line per module. */
export const apiModules: Register[] = [
  akunRoutes,
  instansiRoutes,
  unorRoutes,
  jabatanRoutes,
  pegawaiRoutes,
  penugasanRoutes,
  atasanRoutes,
  auditRoutes,
  pengaturanRoutes,
  skpRoutes,
  skpAlurRoutes,
  skpRevisiRoutes,
  rhkRoutes,
  skpBawahanRoutes,
  notifikasiRoutes,
  imporRoutes,
  matriksPeranHasilRoutes,
  timKerjaRoutes,
  keselarasanRoutes,
  dokumenRoutes,
  evaluasiDokumenRoutes,
  riwayatRoutes,
  berandaRoutes,
  buktiRoutes,
  surelRoutes,
  progresHarianRoutes,
  langsungRoutes,
  umpanBalikRoutes,
  dialogKinerjaRoutes,
  penilaianRoutes,
  angkaKreditRoutes,
  perbaikanRoutes,
  keberatanRoutes,
  tunjanganRoutes,
  pelaksanaanRoutes,
  eksporRoutes,
  kurvaRoutes,
]

/** Routes outside /api/v1 (e.g. the public document verification page). */
export const publicModules: Register[] = [verifikasiPageRoutes]
