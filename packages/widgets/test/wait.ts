/** Resolves when `predicate` holds, polling every animation frame; rejects after `timeout` ms. */
export async function waitFor(predicate: () => unknown, message = 'condition', timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
