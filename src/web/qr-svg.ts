import QRCode from 'qrcode';

/** An address under the public base URL, however the base is written (with or without a trailing slash). */
export function publicUrl(publicBaseUrl: string, path: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}${path}`;
}

/** An SVG QR code of an address; medium error correction survives a creased receipt or a folded A4 sheet. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}
