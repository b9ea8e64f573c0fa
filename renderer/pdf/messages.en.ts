// What the PDF renderer's client says when its worker fails (English: the type source). Errors the
// worker itself reports (from shared/pdf) keep their own wording.
export const en = {
  workerStopped: 'The PDF worker stopped unexpectedly.',
  unreadableReply: 'The PDF worker sent a message that could not be read.',
  queueStopped: 'The PDF renderer was stopped.',
  // Saving a PDF (usePdfSave), the same words wherever a PDF is saved.
  pdfFonts: 'Preparing fonts…',
  pdfLayout: 'Laying out…',
  pdfWriting: 'Writing the PDF…',
  pdfSaving: 'Saving the PDF…',
  pdfCancel: 'Cancel',
  pdfCancelled: 'The PDF was cancelled. Nothing was saved.',
  pdfFailed: 'The PDF could not be made: {reason} Nothing was saved.',
  pdfSaveFailed: 'The PDF could not be saved: {reason} Nothing was saved.',
  pdfSaved: 'Saved {fileName}.',
  pdfSaveCancelled: 'Saving cancelled. Nothing was saved.',
}
