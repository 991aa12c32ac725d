/**
 * What other modules (riwayat) read of the documents: the documents issued about a pegawai, the final
 * summaries issued for a list of evaluations, and the bundle renderer. Callers check who may read.
 */
export { listDokumenPegawai } from './evaluasi-dokumen.repository.ts'
export { evaluasiDokumenService } from './evaluasi-dokumen.service.ts'
export { renderBundelPdf } from './ringkasan-pdf.ts'
