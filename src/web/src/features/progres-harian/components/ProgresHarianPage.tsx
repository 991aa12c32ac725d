import { Group, Stack, Text } from '@mantine/core'
import { IconSend } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProgresView } from '../../../../../shared/progres-harian.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useAjukanProgres, useProgresHarian } from '../api/progres.ts'
import { EntriForm, type Sasaran } from './EntriForm.tsx'
import { HariCard } from './HariCard.tsx'
import { jam, useMinggu } from './minggu.ts'
import { NavMinggu } from './NavMinggu.tsx'

/** The pegawai's week: days with their entries and hours, add/edit, submit a day or the whole week. */
export function ProgresHarianPage() {
  const { t } = useTranslation('progres-harian')
  const m = useMinggu()
  const data = useProgresHarian(m.mulai, m.selesai)
  const ajukan = useAjukanProgres()
  const [sasaran, setSasaran] = useState<Sasaran | null>(null)
  const kirim = async (entri: ProgresView[]) => {
    try {
      const r = await ajukan.mutateAsync(entri.map((e) => ({ id: e.id, versi: e.versi })))
      notifySuccess(t('diajukan', { jumlah: r.entri.length }))
    } catch (err) {
      notifyError(err)
    }
  }
  const semuaDraf = (data.data?.hari ?? []).flatMap((h) => h.entri.filter((e) => e.aksi.ajukan))
  const aksi = (
    <ConfirmButton
      color="blue"
      leftSection={<IconSend size={16} />}
      disabled={semuaDraf.length === 0}
      message={t('ajukanKonfirmasi', { jumlah: semuaDraf.length })}
      onConfirm={() => kirim(semuaDraf)}
      data-testid="progres-ajukan-minggu"
    >
      {t('ajukanMinggu', { jumlah: semuaDraf.length })}
    </ConfirmButton>
  )
  return (
    <>
      <PageHeader title={t('judul')} description={t('deskripsi')} actions={aksi} />
      <Group justify="space-between" mb="sm" gap="xs">
        <NavMinggu m={m} />
        {data.data && (
          <Text size="sm" c="dimmed">
            {t('minggu.total', { jam: jam(data.data.totalMenit) })}
          </Text>
        )}
      </Group>
      <QueryState query={data}>
        {(d) => (
          <Stack gap="sm" style={{ opacity: data.isPlaceholderData ? 0.6 : 1 }}>
            {d.hari.map((h) => (
              <HariCard
                key={h.tanggal}
                hari={h}
                onTambah={() => setSasaran({ tanggal: h.tanggal, skpId: h.skpId })}
                onUbah={(e) => setSasaran({ tanggal: e.tanggal, skpId: e.skpId, entri: e })}
                onAjukan={(entri) => void kirim(entri)}
              />
            ))}
          </Stack>
        )}
      </QueryState>
      <EntriForm sasaran={sasaran} onClose={() => setSasaran(null)} />
    </>
  )
}
