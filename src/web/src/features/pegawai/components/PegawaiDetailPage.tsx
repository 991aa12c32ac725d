import { Anchor, Badge, Button, Grid, Group, Stack } from '@mantine/core'
import { IconArrowLeft, IconHistory } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { formatNip, namaLengkap } from '../../../lib/format.ts'
import { usePegawaiDetail } from '../../../lib/queries.ts'
import { AkunCard } from './AkunCard.tsx'
import { AtasanSection } from './AtasanSection.tsx'
import { PegawaiDataCard } from './PegawaiDataCard.tsx'
import { RiwayatSection } from './RiwayatSection.tsx'

/** Admin: one pegawai — data, account, atasan (with overrides) and assignment history. */
export function PegawaiDetailPage() {
  const { t } = useTranslation('pegawai')
  const { t: tc } = useTranslation()
  const { id = '' } = useParams()
  const pegawai = usePegawaiDetail(id)
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/admin/pegawai" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden />
          {t('detail.kembali')}
        </Group>
      </Anchor>
      <QueryState query={pegawai}>
        {(p) => (
          <>
            <PageHeader
              title={namaLengkap(p)}
              actions={
                <Group gap="xs">
                  <Button
                    component={Link}
                    to={`/riwayat/${p.id}`}
                    variant="default"
                    size="sm"
                    data-testid="pegawai-riwayat-kinerja"
                  >
                    {t('riwayat:nav')}
                  </Button>
                  <Button
                    component={Link}
                    to={`/admin/pegawai/${p.id}/angka-kredit`}
                    variant="default"
                    size="sm"
                    data-testid="pegawai-angka-kredit"
                  >
                    {t('angka-kredit:nav')}
                  </Button>
                  <Button
                    component={Link}
                    to={`/admin/audit?entitas=pegawai&entitasId=${p.id}`}
                    variant="default"
                    size="sm"
                    leftSection={<IconHistory size={16} />}
                  >
                    {t('detail.riwayatPerubahan')}
                  </Button>
                </Group>
              }
              description={
                <Group gap="xs" component="span">
                  <span>
                    {tc('field.nip')} {formatNip(p.nip)}
                  </span>
                  <Badge color={p.status === 'aktif' ? 'green' : 'gray'} component="span">
                    {tc(`enum.statusKepegawaian.${p.status}`)}
                  </Badge>
                </Group>
              }
            />
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, lg: 6 }}>
                <Stack gap="lg">
                  <PegawaiDataCard pegawai={p} />
                  <AkunCard pegawai={p} />
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 6 }}>
                <AtasanSection pegawaiId={p.id} instansiId={p.instansiId} />
              </Grid.Col>
              <Grid.Col span={12}>
                <RiwayatSection pegawaiId={p.id} instansiId={p.instansiId} />
              </Grid.Col>
            </Grid>
          </>
        )}
      </QueryState>
    </Stack>
  )
}
