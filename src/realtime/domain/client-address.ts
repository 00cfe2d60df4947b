/**
 * The client's address as Express sees it with `trust proxy: 'loopback'` (app.setup.ts): the socket's peer,
 * unless that is a loopback proxy, in which case X-Forwarded-For is read from the right, skipping loopback
 * hops, and the first other address is the client's (all loopback: the leftmost). Pure.
 */
export function isLoopback(address: string): boolean {
  const a = address.replace(/^::ffff:/i, '');
  return a === '::1' || /^127\.\d+\.\d+\.\d+$/.test(a);
}

export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined): string {
  const remote = peer ?? '';
  if (!isLoopback(remote) || forwardedFor === undefined) return remote;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map((s) => s.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!isLoopback(hops[i])) return hops[i];
  return hops[0] ?? remote;
}
