import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LABEL_JENIS_PENUGASAN } from '../../../../../domain/labels.ts'
import { AtasanCard } from '../../../components/AtasanCard.tsx'
import { InfoList } from '../../../components/InfoList.tsx'
import { PageHeader } from '../../../components/PageHeader.tsx'
import { QueryState } from '../../../components/QueryState.tsx'
import { formatNip, formatTanggal, labelOf, namaLengkap } from '../../../lib/format.ts'
import { useAtasan, usePegawaiDetail } from '../../../lib/queries.ts'
import { useMe } from '../../../lib/session.tsx'
import { GantiPasswordForm } from './GantiPasswordForm.tsx'
import { PreferensiSurelCard } from './PreferensiSurelCard.tsx'

function AkunCard() {
  const { t } = useTranslation('profil')
  const { t: tc } = useTranslation()
  const me = useMe()
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        {t('akun')}
      </Title>
      <InfoList
        items={[
          { label: t('username'), value: me.akun.username },
          { label: tc('field.nama'), value: me.akun.nama },
          { label: tc('field.instansi'), value: me.instansi?.nama },
          {
            label: t('peran'),
            value: (
              <Group gap={4}>
                {me.peran.map((p) => (
                  <Badge key={p} variant="light">
                    {tc(`peran.${p}`)}
                  </Badge>
                ))}
              </Group>
            ),
          },
        ]}
      />
    </Card>
  )
}

function PegawaiCard({ pegawaiId }: { pegawaiId: string }) {
  const { t } = useTranslation('profil')
  const { t: tc } = useTranslation()
  const pegawai = usePegawaiDetail(pegawaiId)
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        {t('dataPegawai')}
      </Title>
      <QueryState query={pegawai}>
        {(p) => (
          <Stack gap="sm">
            <InfoList
              items={[
                { label: tc('field.nama'), value: namaLengkap(p) },
                { label: tc('field.nip'), value: formatNip(p.nip) },
                { label: t('jenisKelamin'), value: tc(`enum.jenisKelamin.${p.jenisKelamin}`) },
                {
                  label: t('tempatTanggalLahir'),
                  value: [p.tempatLahir, formatTanggal(p.tanggalLahir)].filter(Boolean).join(', '),
                },
                { label: tc('field.jenisAsn'), value: tc(`enum.jenisAsn.${p.jenisAsn}`) },
                { label: tc('field.pangkat'), value: [p.pangkat, p.golongan].filter(Boolean).join(', ') },
                { label: tc('field.status'), value: tc(`enum.statusKepegawaian.${p.status}`) },
                { label: t('email'), value: p.email },
                { label: t('jabatan'), value: p.penugasanSaatIni?.jabatan.nama ?? t('tidakAdaJabatan') },
                { label: tc('field.unor'), value: p.penugasanSaatIni?.unor.nama },
                {
                  label: t('jenisPenugasan'),
                  value: p.penugasanSaatIni && labelOf(LABEL_JENIS_PENUGASAN[p.penugasanSaatIni.jenis]),
                },
                { label: t('sejak'), value: formatTanggal(p.penugasanSaatIni?.mulai) },
              ]}
            />
            <Text size="xs" c="dimmed">
              {t('koreksi')}
            </Text>
          </Stack>
        )}
      </QueryState>
    </Card>
  )
}

function AtasanSaya({ pegawaiId }: { pegawaiId: string }) {
  const atasan = useAtasan(pegawaiId)
  return (
    <Card withBorder padding="lg">
      <QueryState query={atasan}>{(a) => <AtasanCard atasan={a} />}</QueryState>
    </Card>
  )
}

/** Own account and employee data, atasan langsung and atasan penilai, change password, mail preferences. */
export function ProfilPage() {
  const { t } = useTranslation('profil')
  const me = useMe()
  return (
    <Stack gap="lg">
      <PageHeader title={t('judul')} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="lg">
          <AkunCard />
          {me.pegawai && <PegawaiCard pegawaiId={me.pegawai.id} />}
        </Stack>
        <Stack gap="lg">
          {me.pegawai && <AtasanSaya pegawaiId={me.pegawai.id} />}
          <GantiPasswordForm />
          {me.pegawai && <PreferensiSurelCard />}
        </Stack>
      </SimpleGrid>
    </Stack>
  )
}
