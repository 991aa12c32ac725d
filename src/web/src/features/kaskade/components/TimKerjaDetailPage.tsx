import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core'
import { IconArrowLeft, IconPencil } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { TimKerjaDetail } from '../../../../../shared/kaskade.ts'
import { InfoList } from '../../../components/InfoList.tsx'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { formatNip } from '../../../lib/format.ts'
import { useTimKerja } from '../api/tim-kerja.ts'
import { AnggotaSection } from './AnggotaSection.tsx'
import { TimKerjaFormModal } from './TimKerjaFormModal.tsx'

function Isi({ tim }: { tim: TimKerjaDetail }) {
  const { t } = useTranslation('kaskade')
  const [ubah, setUbah] = useState(false)
  // the server's answer (tim-kerja.policy.ts): the creator, the ketua and admins manage a team
  const kelola = tim.aksi.kelola
  return (
    <Stack gap="md">
      <PageHeader
        title={tim.nama}
        description={tim.deskripsi ?? undefined}
        actions={
          kelola && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={() => setUbah(true)}
              data-testid="tim-ubah"
            >
              {t('tim.ubah')}
            </Button>
          )
        }
      />
      <Card withBorder padding="md">
        <InfoList
          items={[
            { label: t('tahun'), value: tim.tahun },
            { label: t('tim.ketua'), value: `${tim.ketua.nama} (${formatNip(tim.ketua.nip)})` },
            {
              label: t('tim.rhk'),
              value: tim.rhk?.deskripsi ?? (
                <Text size="sm" c="dimmed">
                  {t('tim.tanpaRhk')}
                </Text>
              ),
            },
          ]}
        />
      </Card>
      <AnggotaSection tim={tim} kelola={kelola} />
      <TimKerjaFormModal opened={ubah} tahun={tim.tahun} tim={tim} onClose={() => setUbah(false)} />
    </Stack>
  )
}

/** /tim-kerja/:id — a team, its members and their team IKI. */
export function TimKerjaDetailPage() {
  const { t } = useTranslation('kaskade')
  const { id = '' } = useParams()
  const tim = useTimKerja(id)
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/tim-kerja" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('tim.kembali')}
        </Group>
      </Anchor>
      <QueryState query={tim}>{(d) => <Isi tim={d} />}</QueryState>
    </Stack>
  )
}
