import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * Loads a browser script from views/assets the way a page does (it attaches itself to window.OneWindow),
 * so specs can run the page rules against the server's own functions. Results are made plain data.
 */
export function loadBrowserAsset<T>(file: string, name: string): T {
  const window: { OneWindow?: Record<string, unknown> } = {};
  const source = readFileSync(join(__dirname, '..', '..', '..', 'views', 'assets', file), 'utf8');
  new Function('window', source)(window);
  const api = window.OneWindow?.[name];
  if (!api) throw new Error(`${file} did not define OneWindow.${name}`);
  return api as T;
}

/** Round-trips through JSON: what a page would receive, and plain objects for toEqual. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
