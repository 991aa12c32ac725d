import { Alert, Anchor, Badge, Button, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { AnggotaInput, type TimKerjaDetail } from '../../../../../shared/kaskade.ts'
import { ConfirmButton } from '../../../components/ConfirmButton.tsx'
import { CountedTextInput, panjangTeks } from '../../../components/CountedText.tsx'
import { formatNip } from '../../../lib/format.ts'
import { maxLengthOf } from '../../../lib/max-length.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.ts'
import { useAnggotaTim } from '../api/tim-kerja.ts'
import { PegawaiPilih } from './PegawaiPilih.tsx'
import { StatusSkpBadge } from './StatusSkpBadge.tsx'

type Anggota = TimKerjaDetail['anggota'][number]
const MAKS_PERAN = maxLengthOf(AnggotaInput, 'peran')

function BarisAnggota({ tim, a, kelola }: { tim: TimKerjaDetail; a: Anggota; kelola: boolean }) {
  const { t } = useTranslation('kaskade')
  const { keluarkan } = useAnggotaTim(tim.id)
  return (
    <Card withBorder padding="sm" component="li" data-testid="tim-anggota" data-terpenuhi={a.terpenuhi}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} style={{ flex: '1 1 14rem' }}>
          <Text fw={600} size="sm">
            {a.skpId ? (
              <Anchor component={Link} to={`/skp/${a.skpId}`} inherit>
                {a.nama}
              </Anchor>
            ) : (
              a.nama
            )}
          </Text>
          <Text size="xs" c="dimmed">
            {formatNip(a.nip)}
            {a.jabatan ? ` · ${a.jabatan}` : ''}
            {a.peran ? ` · ${a.peran}` : ''}
          </Text>
        </Stack>
        <Group gap={6}>
          <StatusSkpBadge status={a.skpStatus} size="sm" />
          <Badge color={a.terpenuhi ? 'green' : 'red'} variant="light" size="sm">
            {t(a.terpenuhi ? 'tim.terpenuhi' : 'tim.belumTerpenuhi')}
          </Badge>
          {kelola && (
            <ConfirmButton
              size="compact-xs"
              variant="subtle"
              message={t('tim.keluarkanKonfirmasi', { nama: a.nama })}
              onConfirm={() =>
                keluarkan
                  .mutateAsync(a.pegawaiId)
                  .then(() => notifySuccess(t('tim.suksesAnggota')), notifyError)
              }
              aria-label={t('tim.keluarkan', { nama: a.nama })}
            >
              {t('tim.keluarkanTombol')}
            </ConfirmButton>
          )}
        </Group>
      </Group>
      {a.iki.length > 0 && (
        <List size="xs" mt={4}>
          {a.iki.map((i) => (
            <List.Item key={i.ikiId}>
              {i.indikator} — <strong>{i.target}</strong>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  )
}

function TambahAnggota({ tim }: { tim: TimKerjaDetail }) {
  const { t } = useTranslation('kaskade')
  const { tambah } = useAnggotaTim(tim.id)
  const [pegawaiId, setPegawaiId] = useState<string | null>(null)
  const [peran, setPeran] = useState('')
  const kirim = () =>
    pegawaiId &&
    tambah.mutate(
      { pegawaiId, peran: peran.trim() || null },
      {
        onSuccess: () => {
          notifySuccess(t('tim.suksesAnggota'))
          setPegawaiId(null)
          setPeran('')
        },
        onError: notifyError,
      },
    )
  return (
    <Grid gap="sm" align="flex-end">
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <PegawaiPilih
          label={t('tim.pegawai')}
          tahun={tim.tahun}
          value={pegawaiId}
          onChange={setPegawaiId}
          kecuali={tim.anggota.map((a) => a.pegawaiId)}
          data-testid="tim-anggota-pegawai"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <CountedTextInput
          label={t('tim.peranAnggota')}
          max={MAKS_PERAN}
          value={peran}
          onChange={(e) => setPeran(e.currentTarget.value)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 3 }}>
        <Button
          fullWidth
          leftSection={<IconUserPlus size={16} />}
          disabled={!pegawaiId || panjangTeks(peran) > MAKS_PERAN}
          loading={tambah.isPending}
          onClick={kirim}
          data-testid="tim-anggota-tambah"
        >
          {t('tim.tambahAnggota')}
        </Button>
      </Grid.Col>
    </Grid>
  )
}

/** Members with their SKP status and whether their SKP carries an IKI for the team (DOMAIN §2). */
export function AnggotaSection({ tim, kelola }: { tim: TimKerjaDetail; kelola: boolean }) {
  const { t } = useTranslation('kaskade')
  const kurang = tim.anggota.filter((a) => !a.terpenuhi).length
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="tim-anggota-judul">
      <Title order={2} size="h4" mb="sm" id="tim-anggota-judul">
        {t('tim.anggota')} ({tim.anggota.length})
      </Title>
      <Stack gap="sm">
        {kurang > 0 && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="xs">
            <Text size="sm">{t('tim.belumTerpenuhiBantuan')}</Text>
          </Alert>
        )}
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('tim.anggota')}
        >
          {tim.anggota.map((a) => (
            <BarisAnggota key={a.pegawaiId} tim={tim} a={a} kelola={kelola} />
          ))}
        </Stack>
        {kelola && <TambahAnggota tim={tim} />}
      </Stack>
    </Card>
  )
}
