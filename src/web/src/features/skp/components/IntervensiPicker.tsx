import { Alert, Loader, Select, Stack, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { KandidatIntervensiView, RhkView } from '../../../../../shared/skp.ts'
import { ErrorState } from '../../../components/QueryState.tsx'
import { useKandidatIntervensi } from '../api/skp.ts'

interface Props {
  skpId: string
  value: string | null
  onChange: (value: string | null) => void
  error?: string
  /** The RHK's current link, kept as an option when it is no longer a candidate (atasan SKP reopened). */
  lama: RhkView['intervensi']
}

/** DOMAIN §8: when there is nothing to choose, say why (and that the atasan was told). */
function AlasanKosong({ data }: { data: KandidatIntervensiView }) {
  const { t } = useTranslation('skp')
  const alasan = data.alasanKosong
  if (!alasan) return null
  const nama = data.atasan?.nama ?? t('intervensiKosong.atasanAnda')
  const diberiTahu = alasan === 'ATASAN_BELUM_PUNYA_SKP' || alasan === 'ATASAN_BELUM_DISETUJUI'
  const info = alasan === 'PIMPINAN_TERTINGGI'
  return (
    <Alert
      color={info ? 'blue' : 'yellow'}
      icon={<IconInfoCircle size={18} />}
      title={t(`intervensiKosong.${alasan}.judul`)}
      data-testid={info ? 'intervensi-tidak-perlu' : 'intervensi-kosong'}
      data-alasan={alasan}
    >
      <Text size="sm">{t(`intervensiKosong.${alasan}.isi`, { nama })}</Text>
      {diberiTahu && (
        <Text size="sm" fw={600} mt={4}>
          {t('intervensiKosong.diberiTahu')}
        </Text>
      )}
    </Alert>
  )
}

interface Label {
  grupAtasan: string
  grupTim: string
  lama: string
}

function opsi(data: KandidatIntervensiView, lama: Props['lama'], label: Label) {
  const item = (k: KandidatIntervensiView['kandidat'][number]) => ({ value: k.rhkId, label: k.deskripsi })
  const atasan = data.kandidat.filter((k) => k.sumber === 'atasan').map(item)
  const tim = data.kandidat.filter((k) => k.sumber === 'ketua_tim').map(item)
  if (lama && !data.kandidat.some((k) => k.rhkId === lama.rhkId))
    atasan.unshift({ value: lama.rhkId, label: `${lama.deskripsi} ${label.lama}` })
  return [
    ...(atasan.length ? [{ group: label.grupAtasan, items: atasan }] : []),
    ...(tim.length ? [{ group: label.grupTim, items: tim }] : []),
  ]
}

/** The intervensi picker: the atasan's (and team leader's) approved RHK from kandidat-intervensi. */
export function IntervensiPicker({ skpId, value, onChange, error, lama }: Props) {
  const { t } = useTranslation('skp')
  const kandidat = useKandidatIntervensi(skpId, true)
  if (kandidat.isPending) return <Loader size="sm" aria-label={t('rhk.intervensi')} />
  if (kandidat.isError) return <ErrorState error={kandidat.error} onRetry={() => void kandidat.refetch()} />
  const data = kandidat.data
  const groups = opsi(data, lama, {
    grupAtasan: t('rhk.grupAtasan', { nama: data.atasan?.nama ?? t('intervensiKosong.atasanAnda') }),
    grupTim: t('rhk.grupTim'),
    lama: t('rhk.intervensiLama'),
  })
  const terpilih = groups.flatMap((g) => g.items).find((o) => o.value === value)
  return (
    <Stack gap="xs">
      <AlasanKosong data={data} />
      {groups.length > 0 && (
        <Select
          label={t('rhk.intervensi')}
          description={t('rhk.intervensiBantuan')}
          placeholder={t('rhk.intervensiPlaceholder')}
          required={data.alasanKosong !== 'PIMPINAN_TERTINGGI'}
          searchable
          clearable
          data={groups}
          value={value}
          onChange={onChange}
          error={error}
          comboboxProps={{ withinPortal: true }}
          maxDropdownHeight={320}
          data-testid="rhk-intervensi"
        />
      )}
      {/* The input cuts a long description short: show it whole below. */}
      {terpilih && terpilih.label.length > 60 && (
        <Text size="xs" c="dimmed" data-testid="rhk-intervensi-terpilih">
          {terpilih.label}
        </Text>
      )}
      {groups.length === 0 && error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  )
}
