// What the bundle builder's client says when its worker fails (English: the type source). Errors the
// worker itself reports (from shared/pdf/bundle) keep their own wording.
export const en = {
  workerStopped: 'The bundle worker stopped unexpectedly (perhaps out of memory). Try again with fewer exhibits or a smaller size limit.',
  unreadableReply: 'The bundle worker sent a message that could not be read.',
  queueStopped: 'The bundle builder was stopped.'
}
