import { Card, Stack, Stepper, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImporReport, JenisImpor, ModeImpor } from '../../../../../shared/impor.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState } from '../../../components/QueryState.tsx'
import { useInstansiAktif } from '../../../lib/instansi-aktif.tsx'
import { notifySuccess } from '../../../lib/notify.ts'
import { useImpor } from '../api/impor.ts'
import { HasilImpor } from './HasilImpor.tsx'
import { LangkahBerkas } from './LangkahBerkas.tsx'
import { LaporanValidasi } from './LaporanValidasi.tsx'
import { RiwayatImpor } from './RiwayatImpor.tsx'

const LANGKAH = ['langkah.berkas', 'langkah.periksa', 'langkah.hasil'] as const

/** Choose file → validate (report) → import all or the valid rows → result. The same file is re-sent. */
function Wizard({ instansiId }: { instansiId: string }) {
  const { t } = useTranslation('impor')
  const impor = useImpor(instansiId)
  const [jenis, setJenis] = useState<JenisImpor>('pegawai')
  const [file, setFile] = useState<File | null>(null)
  const [validasi, setValidasi] = useState<ImporReport | null>(null)
  const [hasil, setHasil] = useState<ImporReport | null>(null)
  const step = hasil ? 2 : validasi ? 1 : 0
  const phone = useMediaQuery('(max-width: 36em)')

  const kirim = async (mode: ModeImpor) => {
    if (!file) return
    const report = await impor.mutateAsync({ jenis, mode, file })
    if (mode === 'validasi') return setValidasi(report)
    // A rejected "import all" (data changed since the check) goes back to the report.
    if (report.status === 'ditolak') return setValidasi(report)
    setHasil(report)
    notifySuccess(t('selesai'))
  }
  const jalankan = (mode: ModeImpor) => kirim(mode).catch(() => undefined)
  const ulang = () => {
    impor.reset()
    setValidasi(null)
    setHasil(null)
    setFile(null)
  }

  return (
    <Card withBorder padding="lg">
      {phone && (
        <Text size="sm" fw={600} mb="xs">
          {t('langkah.keN', { n: step + 1, label: t(LANGKAH[step]) })}
        </Text>
      )}
      <Stepper active={step} size="sm" allowNextStepsSelect={false} wrap={false}>
        <Stepper.Step
          label={phone ? undefined : t('langkah.berkas')}
          description={phone ? undefined : t('langkah.berkasDesc')}
          aria-label={t('langkah.berkas')}
        >
          <LangkahBerkas
            jenis={jenis}
            file={file}
            onJenis={setJenis}
            onFile={(f) => {
              setFile(f)
              impor.reset()
            }}
            onPeriksa={() => void jalankan('validasi')}
            loading={impor.isPending}
            error={impor.error?.message ?? null}
          />
        </Stepper.Step>
        <Stepper.Step
          label={phone ? undefined : t('langkah.periksa')}
          description={phone ? undefined : t('langkah.periksaDesc')}
          aria-label={t('langkah.periksa')}
        >
          {validasi && (
            <LaporanValidasi
              report={validasi}
              loading={impor.isPending}
              error={impor.error?.message ?? null}
              onImporSemua={() => void jalankan('semua')}
              onImporValid={() => kirim('valid_saja')}
              onGanti={ulang}
            />
          )}
        </Stepper.Step>
        <Stepper.Step
          label={phone ? undefined : t('langkah.hasil')}
          description={phone ? undefined : t('langkah.hasilDesc')}
          aria-label={t('langkah.hasil')}
        >
          {hasil && <HasilImpor report={hasil} onLagi={ulang} />}
        </Stepper.Step>
      </Stepper>
    </Card>
  )
}

/** Admin: import pegawai or unor from CSV/XLSX with a validation report first; import history. */
export function ImporPage() {
  const { t } = useTranslation('impor')
  const { t: tc } = useTranslation()
  const { instansiId } = useInstansiAktif()
  return (
    <>
      <PageHeader title={t('judul')} description={t('deskripsi')} />
      {instansiId ? (
        <Stack gap="lg">
          <Wizard key={instansiId} instansiId={instansiId} />
          <RiwayatImpor instansiId={instansiId} />
        </Stack>
      ) : (
        <EmptyState message={tc('error.pilihInstansiDulu')} />
      )}
    </>
  )
}
