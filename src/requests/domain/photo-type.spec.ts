import { photoType } from './photo-type';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('photoType', () => {
  it.each<[string, Uint8Array, string | null]>([
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'image/jpeg'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'image/png'],
    ['a WebP', bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WEBPVP8 ')), 'image/webp'],
    ['a RIFF that is not WebP (a WAV)', bytes(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WAVEfmt ')), null],
    ['a PNG cut short', bytes(0x89, 0x50, 0x4e, 0x47), null],
    ['a GIF', bytes(...ascii('GIF89a')), null],
    ['an HTML page named .jpg', bytes(...ascii('<html><script>')), null],
    ['a PDF', bytes(...ascii('%PDF-1.7')), null],
    ['nothing', bytes(), null],
  ])('%s → %s', (_, input, expected) => {
    expect(photoType(input)).toBe(expected);
  });
});
