import { Alert, Anchor, Group, List, Stack } from '@mantine/core'
import { IconAlertTriangle, IconArrowLeft, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { KeselarasanSkp } from '../../../../../shared/kaskade.ts'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { EmptyState, QueryState } from '../../../components/QueryState.tsx'
import { useKeselarasanRhk, useKeselarasanSkp } from '../api/keselarasan.ts'
import { PohonKeselarasan } from './PohonKeselarasan.tsx'

function KembaliKeSkp({ skpId }: { skpId: string }) {
  const { t } = useTranslation('kaskade')
  return (
    <Anchor component={Link} to={`/skp/${skpId}`} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('selaras.kembaliSkp')}
      </Group>
    </Anchor>
  )
}

function Terpotong({ ya }: { ya: boolean }) {
  const { t } = useTranslation('kaskade')
  if (!ya) return null
  return (
    <Alert color="yellow" icon={<IconInfoCircle size={18} />}>
      {t('selaras.terpotong')}
    </Alert>
  )
}

function IsiSkp({ data }: { data: KeselarasanSkp }) {
  const { t } = useTranslation('kaskade')
  if (data.items.length === 0) return <EmptyState message={t('selaras.kosong')} />
  return (
    <Stack gap="md">
      <Terpotong ya={data.terpotong} />
      {data.tanpaKontributor.length > 0 && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={18} />}
          title={t('selaras.tanpaKontributorJudul')}
          data-testid="selaras-tanpa-kontributor"
        >
          {t('selaras.tanpaKontributorBantuan')}
          <List size="sm" mt={4}>
            {data.tanpaKontributor.map((r) => (
              <List.Item key={r.rhkId}>{r.deskripsi}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {data.items.map((item) => (
        <PohonKeselarasan key={item.node.rhkId} item={item} />
      ))}
    </Stack>
  )
}

/** /skp/:id/keselarasan — the alignment tree of every RHK of an SKP. */
export function KeselarasanSkpPage() {
  const { t } = useTranslation('kaskade')
  const { id = '' } = useParams()
  const data = useKeselarasanSkp(id)
  return (
    <Stack gap="md">
      <KembaliKeSkp skpId={id} />
      <PageHeader title={t('selaras.judulSkp')} description={t('selaras.deskripsi')} />
      <QueryState query={data}>{(d) => <IsiSkp data={d} />}</QueryState>
    </Stack>
  )
}

/** /rhk/:id/keselarasan — the alignment tree from one RHK. */
export function KeselarasanRhkPage() {
  const { t } = useTranslation('kaskade')
  const { id = '' } = useParams()
  const data = useKeselarasanRhk(id)
  return (
    <Stack gap="md">
      {data.data && <KembaliKeSkp skpId={data.data.node.skpId} />}
      <PageHeader title={t('selaras.judulRhk')} description={t('selaras.deskripsi')} />
      <QueryState query={data}>
        {(d) => (
          <Stack gap="md">
            <Terpotong ya={d.terpotong} />
            <PohonKeselarasan item={d} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  )
}
