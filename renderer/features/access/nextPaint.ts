/** Lets the browser paint a "working…" state before a blocking computation (the Argon2id KDF). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}
