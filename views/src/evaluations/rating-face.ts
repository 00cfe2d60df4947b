// A rating face as an inline SVG (colours in rating.css by score).
import { html, type TemplateResult } from 'lit-html';
import type { Score } from '../../../src/evaluations/domain/score';
import { mouthPath } from './rating-scale';

export function face(score: Score): TemplateResult {
  return html`<svg viewBox="0 0 100 100" aria-hidden="true" class="rt-face rt-face-${score}">
    <circle cx="50" cy="50" r="46" class="rt-face-bg"></circle>
    <circle cx="34" cy="40" r="6" class="rt-face-eye"></circle>
    <circle cx="66" cy="40" r="6" class="rt-face-eye"></circle>
    <path d=${mouthPath(score)} class="rt-face-mouth"></path>
  </svg>`;
}
