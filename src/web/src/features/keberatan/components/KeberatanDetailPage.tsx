import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconDownload, IconGavel } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { KeberatanDetail } from '../../../../../shared/keberatan.ts'
import { InfoList } from '../../../components/InfoList.tsx'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { formatTanggal } from '../../../lib/format.ts'
import { urlSurat, useKeberatan } from '../api/keberatan.ts'
import { EvaluasiRingkas } from './EvaluasiRingkas.tsx'
import { LabelPeriode, StatusKeberatan } from './KeberatanLabel.tsx'
import { KomentarKeberatan } from './KomentarKeberatan.tsx'
import { PutusanForm } from './PutusanForm.tsx'

/** The decision as recorded: final, who decided (or recorded it for the official), the letter. */
function Putusan({ k }: { k: KeberatanDetail }) {
  const { t } = useTranslation('keberatan')
  const p = k.putusan
  if (!p) return null
  const rating = (r: string | null) => (r ? t(`common:rating.${r}`) : '—')
  return (
    <Card withBorder padding="md" data-testid="keberatan-putusan">
      <Stack gap="xs">
        <Group gap="xs">
          <IconGavel size={20} aria-hidden />
          <Title order={2} size="h4">
            {t('putusan')}: {t(`keputusan.${p.keputusan}`)}
          </Title>
        </Group>
        <InfoList
          items={[
            { label: t('ratingHasil'), value: rating(p.ratingHasil) },
            { label: t('ratingPerilaku'), value: rating(p.ratingPerilaku) },
            { label: t('predikatLabel'), value: p.predikat ? t(`common:predikat.${p.predikat}`) : '—' },
            {
              label: t('alasanKeputusan'),
              value: <Text style={{ whiteSpace: 'pre-wrap' }}>{p.alasan}</Text>,
            },
          ]}
        />
        <Text size="sm" c="dimmed">
          {p.atasNama
            ? t('atasNama', { nama: p.olehNama ?? '—' })
            : t('olehNama', { nama: p.olehNama ?? '—', tanggal: formatTanggal(p.diputuskanAt) })}
        </Text>
        {p.evaluasiBaruId && (
          <Text size="sm">
            {t('versiBaru')}{' '}
            <Anchor
              component={Link}
              to={`/evaluasi/${p.evaluasiBaruId}`}
              data-testid="keberatan-evaluasi-baru"
            >
              {t('lihatEvaluasiBaru')}
            </Anchor>
          </Text>
        )}
        {k.aksi.unduhSurat && (
          <Button
            component="a"
            href={urlSurat(k.id)}
            variant="default"
            leftSection={<IconDownload size={16} />}
            style={{ alignSelf: 'flex-start' }}
            data-testid="keberatan-unduh-surat"
          >
            {t('unduhSurat')}
          </Button>
        )}
        <Alert color="blue" variant="light">
          {t('putusanFinal')}
        </Alert>
      </Stack>
    </Card>
  )
}

function Isi({ k }: { k: KeberatanDetail }) {
  const { t } = useTranslation('keberatan')
  return (
    <Stack gap="md">
      <PageHeader
        title={`${t('nav')} · ${k.pegawai.nama}`}
        description={<LabelPeriode periode={k.periode} tahun={k.tahun} versi={k.versi} />}
      />
      <Group gap="xs">
        <StatusKeberatan k={k} />
        {k.menunggu && (
          <Text size="sm" c="orange" fw={600}>
            {t('menunggu')}
          </Text>
        )}
      </Group>
      {k.aksi.putuskan && <PutusanForm k={k} atasNama={false} />}
      {k.aksi.putuskanAtasNama && <PutusanForm k={k} atasNama />}
      <Putusan k={k} />
      <Card withBorder padding="md">
        <InfoList
          items={[
            { label: t('pegawai'), value: k.pegawai.nama },
            {
              label: t('alasan'),
              value: <Text style={{ whiteSpace: 'pre-wrap' }}>{k.alasan}</Text>,
            },
            ...(k.usulRatingHasil
              ? [{ label: t('usulHasil'), value: t(`common:rating.${k.usulRatingHasil}`) }]
              : []),
            ...(k.usulRatingPerilaku
              ? [{ label: t('usulPerilaku'), value: t(`common:rating.${k.usulRatingPerilaku}`) }]
              : []),
          ]}
        />
      </Card>
      <EvaluasiRingkas
        e={k.evaluasi}
        batas={k.batas}
        pemutus={{ nama: k.pemutus.nama, nonAsn: k.pemutusNonAsn }}
      />
      <Anchor component={Link} to={`/evaluasi/${k.evaluasi.id}`} size="sm">
        {t('lihatEvaluasi')}
      </Anchor>
      <KomentarKeberatan k={k} />
      <Anchor component={Link} to="/keberatan" size="sm">
        {t('kembali')}
      </Anchor>
    </Stack>
  )
}

/** One keberatan: the statements of both sides, the decision form for the decider, the final decision. */
export function KeberatanDetailPage() {
  const { id = '' } = useParams()
  const keberatan = useKeberatan(id)
  return <QueryState query={keberatan}>{(k) => <Isi k={k} />}</QueryState>
}
