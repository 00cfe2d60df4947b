import QRCode from 'qrcode';

/** The address a phone opens from the paper ticket's QR code. */
export function ticketStatusUrl(publicBaseUrl: string, ref: { id: number; token: string }): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/t/${ref.id}?token=${encodeURIComponent(ref.token)}`;
}

/** An SVG QR code of the ticket's status page; medium error correction survives a creased receipt. */
export function ticketQrSvg(publicBaseUrl: string, ref: { id: number; token: string }): Promise<string> {
  return QRCode.toString(ticketStatusUrl(publicBaseUrl, ref), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}
