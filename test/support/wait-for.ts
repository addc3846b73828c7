/**
 * Waiting for a condition instead of sleeping a fixed time: polls `condition`
 * until it returns a truthy value (returned) or `timeoutMs` passes (throws,
 * naming what was awaited).
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  options: { what?: string; timeoutMs?: number; intervalMs?: number } = {},
): Promise<NonNullable<T>> {
  const { what = 'the condition', timeoutMs = 5000, intervalMs = 5 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
