/** What the start log says once the server listens: where it is and which page goes on which screen, in a few lines. */
export interface StartFacts {
  /** Host and port the server listens on (HOST, PORT as bound). */
  host: string;
  port: number;
  /** PUBLIC_BASE_URL, or http://HOST:PORT when unset. */
  publicBaseUrl: string;
  publicBaseUrlSet: boolean;
  /** The machine's own IPv4 addresses (used when HOST listens on every interface). */
  lanAddresses: string[];
  database: string;
  halls: { code: string; name: string }[];
}

const ANY_HOST = new Set(['0.0.0.0', '::', '']);

export function startBanner(f: StartFacts): string[] {
  const own = `http://${f.host.includes(':') ? `[${f.host}]` : f.host}:${f.port}`;
  const reachable = ANY_HOST.has(f.host) ? f.lanAddresses.map((a) => `http://${a}:${f.port}`) : [own];
  const base = f.publicBaseUrl.replace(/\/$/, '');
  const lines = [`OneWindow listening on ${own} (${f.database})`];
  if (reachable.length > 0 && reachable.join() !== own) lines.push(`  reachable at ${reachable.join(', ')}`);
  lines.push(`  residents' QR codes point at ${base}${f.publicBaseUrlSet ? '' : ' (PUBLIC_BASE_URL not set)'}`);
  lines.push(`  every page: ${base}/`);
  if (f.halls.length === 0) lines.push(`  no hall yet: sign in at ${base}/admin/halls and create one`);
  for (const hall of f.halls.slice(0, 5)) {
    const h = encodeURIComponent(hall.code);
    lines.push(`  ${hall.code} ${hall.name}: board ${base}/board/${h}, kiosk ${base}/kiosk/${h}, console ${base}/console/${h}, window screen ${base}/window/${h}/1, pad ${base}/pad/${h}/1`);
  }
  if (f.halls.length > 5) lines.push(`  … and ${f.halls.length - 5} more halls (see ${base}/)`);
  lines.push(`  staff: inbox ${base}/inbox, supervision ${base}/supervision, admin ${base}/admin (halls, users, devices, catalogue, calendar, audit), API docs ${base}/api/docs`);
  return lines;
}
