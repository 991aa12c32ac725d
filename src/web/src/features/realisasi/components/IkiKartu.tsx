import {
  Badge,
  Button,
  Collapse,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconPaperclip, IconTarget } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IkiPelaksanaanView } from '../../../../../shared/pelaksanaan.ts'
import { BuktiDukung } from '../../../components/bukti/BuktiDukung.tsx'
import { isApiError } from '../../../lib/api.ts'
import { formatAngka } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useHapusRealisasi, useIsiRealisasi } from '../api/pelaksanaan.ts'
import { CapaianBadge } from './CapaianBadge.tsx'
import { TargetModal } from './TargetModal.tsx'

interface Props {
  skpId: string
  periode: string
  iki: IkiPelaksanaanView
  bisaIsi: boolean
  bisaUbahTarget: boolean
}

const labelTarget = (t: { min: number; max: number | null } | null, satuan: string | null) =>
  t
    ? `${formatAngka(t.min)}${t.max !== null && t.max !== t.min ? `–${formatAngka(t.max)}` : ''} ${satuan ?? ''}`.trim()
    : '—'

/** One IKI of the period: target, realisasi input (a number, or words for a kualitatif IKI), capaian, evidence. */
export function IkiKartu({ skpId, periode, iki, bisaIsi, bisaUbahTarget }: Props) {
  const { t } = useTranslation('realisasi')
  const r = iki.realisasi
  const [nilai, setNilai] = useState<number | string>(r?.nilai ?? '')
  const [nilaiTeks, setNilaiTeks] = useState(r?.nilaiTeks ?? '')
  const [catatan, setCatatan] = useState(r?.catatan ?? '')
  const [galat, setGalat] = useState<Record<string, string>>({})
  const [buktiBuka, bukti] = useDisclosure(false)
  const [targetBuka, target] = useDisclosure(false)
  const isi = useIsiRealisasi(skpId)
  const qc = useQueryClient()
  const hapus = useHapusRealisasi(skpId)

  const simpan = () => {
    setGalat({})
    isi.mutate(
      {
        ikiId: iki.id,
        periode,
        isi: {
          ...(iki.kualitatif ? { nilaiTeks } : { nilai: nilai === '' ? null : Number(nilai) }),
          catatan: catatan || null,
          versi: r?.versi,
        },
      },
      {
        onSuccess: () => notifySuccess(t('iki.tersimpan')),
        onError: (e) => {
          const per: Record<string, string> = {}
          if (isApiError(e)) for (const f of e.errors) per[f.path] = f.message
          per._ = isApiError(e) && e.errors.length === 0 ? e.message : ''
          setGalat(per)
        },
      },
    )
  }

  return (
    <Paper withBorder p="sm" radius="md" data-testid={`iki-${iki.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={500} size="sm" style={{ flex: 1 }}>
            {iki.indikator}
          </Text>
          {iki.kualitatif ? (
            <Badge variant="light" color="gray">
              {t('iki.kualitatif')}
            </Badge>
          ) : (
            <CapaianBadge capaian={iki.capaian} testId={`capaian-${iki.id}`} />
          )}
        </Group>
        <Group gap="md" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('iki.target')}:{' '}
            <Text span fw={500} c="var(--mantine-color-text)">
              {iki.kualitatif ? iki.targetPeriodeTeks : labelTarget(iki.targetPeriode, iki.satuan)}
            </Text>
            {iki.targetDiubah && ` (${t('iki.diubah')})`}
          </Text>
          <Text size="xs" c="dimmed">
            {t('iki.targetTahun')}: {iki.targetLabel}
          </Text>
          {iki.polaritas === 'turun' && (
            <Badge size="xs" variant="outline">
              {t('iki.polaritasTurun')}
            </Badge>
          )}
        </Group>
        {!iki.kualitatif && (
          <Text size="xs" c="dimmed" data-testid={`capaian-tahun-${iki.id}`}>
            {t('iki.capaianTahun')}:{' '}
            {iki.tahunan.capaian === null ? '—' : `${formatAngka(iki.tahunan.capaian)} %`} (
            {labelTarget(
              iki.tahunan.realisasi === null ? null : { min: iki.tahunan.realisasi, max: null },
              iki.satuan,
            )}
            )
          </Text>
        )}
        {bisaIsi ? (
          <Stack gap={6}>
            {iki.kualitatif ? (
              <Textarea
                label={t('iki.realisasiTeks')}
                value={nilaiTeks}
                onChange={(e) => setNilaiTeks(e.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={2000}
                error={galat.nilaiTeks}
                data-testid={`realisasi-teks-${iki.id}`}
              />
            ) : (
              <NumberInput
                label={`${t('iki.realisasi')}${iki.satuan ? ` (${iki.satuan})` : ''}`}
                value={nilai}
                onChange={setNilai}
                decimalSeparator=","
                thousandSeparator="."
                inputMode="decimal"
                error={galat.nilai}
                data-testid={`realisasi-nilai-${iki.id}`}
              />
            )}
            <TextInput
              label={t('iki.catatan')}
              value={catatan}
              onChange={(e) => setCatatan(e.currentTarget.value)}
              maxLength={2000}
              error={galat.catatan}
            />
            {galat._ && (
              <Text size="sm" c="red" role="alert">
                {galat._}
              </Text>
            )}
            <Group gap="xs">
              <Button
                size="sm"
                onClick={simpan}
                loading={isi.isPending}
                data-testid={`realisasi-simpan-${iki.id}`}
              >
                {t('iki.simpan')}
              </Button>
              {r && (
                <Button
                  size="sm"
                  variant="subtle"
                  color="gray"
                  loading={hapus.isPending}
                  onClick={() => hapus.mutate({ ikiId: iki.id, periode }, { onError: notifyError })}
                >
                  {t('iki.hapus')}
                </Button>
              )}
            </Group>
          </Stack>
        ) : (
          <Text size="sm" data-testid={`realisasi-baca-${iki.id}`}>
            {t('iki.realisasi')}:{' '}
            {r ? (r.nilaiTeks ?? `${formatAngka(r.nilai ?? 0)} ${iki.satuan ?? ''}`) : t('iki.belum')}
            {r?.catatan && (
              <Text span c="dimmed" size="xs">
                {' '}
                · {r.catatan}
              </Text>
            )}
          </Text>
        )}
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPaperclip size={14} />}
            onClick={bukti.toggle}
            data-testid={`bukti-buka-${iki.id}`}
          >
            {t('iki.bukti', { jumlah: iki.jumlahBukti })}
          </Button>
          {bisaUbahTarget && (
            <Button size="xs" variant="subtle" leftSection={<IconTarget size={14} />} onClick={target.open}>
              {t('iki.ubahTarget')}
            </Button>
          )}
        </Group>
        <Collapse expanded={buktiBuka} keepMounted={false}>
          <BuktiDukung
            skpId={skpId}
            ikiId={iki.id}
            periode={periode}
            onBerubah={() => void qc.invalidateQueries({ queryKey: ['pelaksanaan', skpId] })}
          />
        </Collapse>
      </Stack>
      {targetBuka && <TargetModal skpId={skpId} periode={periode} iki={iki} onClose={target.close} />}
    </Paper>
  )
}
