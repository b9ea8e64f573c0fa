// What the PDF renderer's client says when its worker fails (English: the type source). Errors the
// worker itself reports (from shared/pdf) keep their own wording.
export const en = {
  workerStopped: 'The PDF worker stopped unexpectedly.',
  unreadableReply: 'The PDF worker sent a message that could not be read.',
  queueStopped: 'The PDF renderer was stopped.'
}
