import { Anchor, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { EvaluasiBukaKembali, type EvaluasiDetail } from '../../../../../shared/penilaian.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { CountedTextarea } from '../../../components/CountedText.tsx'
import { FormError } from '../../../components/FormError.tsx'
import { apiUrl } from '../../../lib/api.ts'
import { formatTanggal } from '../../../lib/format.ts'
import { useForm } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useBukaKembali, useTerima } from '../api/penilaian.ts'
import { namaPeriode, PredikatBadge, RatingBadge, StatusEvaluasiBadge } from './Lencana.tsx'

/** The pegawai's and the atasan penilai's steps after finalisation, and the documents (from `aksi`). */
export function TindakanLanjut({ d }: { d: EvaluasiDetail }) {
  const { t } = useTranslation('penilaian')
  const terima = useTerima(d.id)
  const [buka, setBuka] = useState(false)
  const dokumen = d.status !== 'draft'
  const ada =
    dokumen || d.aksi.includes('terima') || d.aksi.includes('keberatan') || d.aksi.includes('buka_kembali')
  if (!ada) return null
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="tindak-judul">
      <Title order={2} size="h4" id="tindak-judul" mb="xs">
        {t('form.tindakLanjut')}
      </Title>
      <Stack gap="sm">
        {d.batasKeberatan && d.aksi.includes('keberatan') && (
          <Text size="sm" data-testid="batas-keberatan">
            {t('form.batasKeberatan', { tanggal: formatTanggal(d.batasKeberatan) })}
          </Text>
        )}
        <Group gap="xs">
          {d.aksi.includes('terima') && (
            <ConfirmButton
              color="green"
              title={t('form.terima')}
              message={t('form.terimaPesan')}
              confirmLabel={t('form.terima')}
              onConfirm={() =>
                terima.mutateAsync({ revisi: d.revisi }).then(
                  () => notifySuccess(t('form.diterima')),
                  (err: unknown) => notifyError(err),
                )
              }
              data-testid="evaluasi-terima"
            >
              {t('form.terima')}
            </ConfirmButton>
          )}
          {d.aksi.includes('keberatan') && (
            <Button
              component={Link}
              to={`/keberatan/baru?evaluasi=${d.id}`}
              variant="light"
              color="orange"
              data-testid="evaluasi-keberatan"
            >
              {t('form.keberatan')}
            </Button>
          )}
          {d.aksi.includes('buka_kembali') && (
            <Button
              variant="light"
              color="red"
              onClick={() => setBuka(true)}
              data-testid="evaluasi-buka-kembali"
            >
              {t('form.bukaKembali')}
            </Button>
          )}
        </Group>
        {dokumen && (
          <Group gap="xs">
            <Button
              component="a"
              href={apiUrl(`/evaluasi/${d.id}/dokumen/evaluasi.pdf`)}
              variant="default"
              leftSection={<IconDownload size={16} />}
              data-testid="unduh-evaluasi"
            >
              {t('form.unduhEvaluasi')}
            </Button>
            <Button
              component="a"
              href={apiUrl(`/evaluasi/${d.id}/dokumen/ringkasan.pdf`)}
              variant="default"
              leftSection={<IconDownload size={16} />}
              data-testid="unduh-ringkasan"
            >
              {t('form.unduhRingkasan')}
            </Button>
          </Group>
        )}
      </Stack>
      <BukaKembaliModal d={d} opened={buka} onClose={() => setBuka(false)} />
    </Card>
  )
}

/** The atasan penilai reopens a final evaluation with a reason: a new draft version; the old stays readable. */
function BukaKembaliModal({
  d,
  opened,
  onClose,
}: {
  d: EvaluasiDetail
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation('penilaian')
  const navigate = useNavigate()
  const buka = useBukaKembali(d.id)
  const form = useForm({
    initialValues: { alasan: '' },
    schema: EvaluasiBukaKembali,
    transform: (v) => ({ ...v, revisi: d.revisi }),
    required: ['alasan'],
  })
  const kirim = form.onSubmit(async (data) => {
    const baru = await buka.mutateAsync(data)
    notifySuccess(t('form.dibukaKembali'))
    onClose()
    void navigate(`/evaluasi/${baru.id}`)
  })
  return (
    <Modal opened={opened} onClose={onClose} title={t('form.bukaKembali')} centered>
      <form onSubmit={kirim} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('form.bukaKembaliPesan')}</Text>
          <CountedTextarea
            label={t('form.bukaKembaliAlasan')}
            max={2000}
            autosize
            minRows={3}
            required
            {...form.field('alasan')}
            data-testid="buka-kembali-alasan"
          />
          <FormError message={form.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('delegasi.batal')}
            </Button>
            <Button type="submit" color="red" loading={buka.isPending} data-testid="buka-kembali-kirim">
              {t('form.bukaKembali')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

/** FINAL: every periodic evaluation of the year, the earlier penilai's included (DOMAIN §5). */
export function PeriodikPanel({ d }: { d: EvaluasiDetail }) {
  const { t } = useTranslation('penilaian')
  if (d.periode !== 'FINAL' || d.riwayatPeriodik.length === 0) return null
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="periodik-judul" data-testid="periodik">
      <Title order={2} size="h4" id="periodik-judul" mb="xs">
        {t('form.periodik')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('form.periode')}</Table.Th>
              <Table.Th>{t('form.periodikPenilai')}</Table.Th>
              <Table.Th>{t('form.ratingHasilPendek')}</Table.Th>
              <Table.Th>{t('form.ratingPerilakuPendek')}</Table.Th>
              <Table.Th>{t('form.predikat')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.riwayatPeriodik.map((p) => (
              <Table.Tr key={p.evaluasiId}>
                <Table.Td>
                  <Anchor component={Link} to={`/evaluasi/${p.evaluasiId}`} size="sm">
                    {namaPeriode(p.periode)}
                  </Anchor>{' '}
                  <StatusEvaluasiBadge status={p.status} size="xs" />
                </Table.Td>
                <Table.Td>{p.penilaiNama ?? '—'}</Table.Td>
                <Table.Td>
                  <RatingBadge rating={p.ratingHasil} size="sm" />
                </Table.Td>
                <Table.Td>
                  <RatingBadge rating={p.ratingPerilaku} size="sm" />
                </Table.Td>
                <Table.Td>
                  <PredikatBadge predikat={p.predikat} size="sm" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  )
}

/** Every version of this SKP and period, newest first; old versions stay readable (DOMAIN §7). */
export function RiwayatVersi({ d }: { d: EvaluasiDetail }) {
  const { t } = useTranslation('penilaian')
  if (d.versiLain.length <= 1 && !d.asal) return null
  return (
    <Card
      withBorder
      padding="sm"
      component="section"
      aria-labelledby="versi-judul"
      data-testid="riwayat-versi"
    >
      <Title order={2} size="h4" id="versi-judul" mb="xs">
        {t('form.riwayat')}
      </Title>
      {d.asal && (
        <Text size="sm" mb="xs">
          {t(`form.asal.${d.asal.oleh}`)}: {d.asal.alasan} ({d.asal.olehNama}, {formatTanggal(d.asal.pada)})
        </Text>
      )}
      <Stack gap={4} component="ul" m={0} pl="md">
        {d.versiLain.map((x) => (
          <li key={x.id}>
            <Group gap={6}>
              {x.id === d.id ? (
                <Text size="sm" fw={600}>
                  {t('form.versi', { versi: x.versi })} ({t('form.versiKini')})
                </Text>
              ) : (
                <Anchor component={Link} to={`/evaluasi/${x.id}`} size="sm">
                  {t('form.versi', { versi: x.versi })}
                </Anchor>
              )}
              <StatusEvaluasiBadge status={x.status} size="xs" />
            </Group>
          </li>
        ))}
      </Stack>
    </Card>
  )
}
