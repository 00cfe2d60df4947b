import hbs from 'hbs';
import { adminNavLinks } from './admin-pages';

let registered = false;

/** Partials and helpers for every Handlebars view; registered once per process. */
export function registerViewHelpers(partialsDir: string): void {
  if (registered) return;
  registered = true;
  hbs.registerPartials(partialsDir);
  // Embeds a view-model in a page for its script; `<` is escaped so data can never close the script tag.
  hbs.registerHelper('json', (value: unknown) => new hbs.handlebars.SafeString(JSON.stringify(value ?? null).replace(/</g, '\\u003c')));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('adminNav', (current: unknown) => adminNavLinks(String(current ?? '')));
}
