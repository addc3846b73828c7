/** Loopback addresses (127.0.0.0/8, ::1, and IPv4-mapped 127.x), as sockets and URLs write them. */
export function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}
