import { publicUrl, qrSvg } from '../web/qr-svg';

/** The address a phone opens from the paper ticket's QR code. */
export function ticketStatusUrl(publicBaseUrl: string, ref: { id: number; token: string }): string {
  return publicUrl(publicBaseUrl, `/t/${ref.id}?token=${encodeURIComponent(ref.token)}`);
}

/** An SVG QR code of the ticket's status page. */
export function ticketQrSvg(publicBaseUrl: string, ref: { id: number; token: string }): Promise<string> {
  return qrSvg(ticketStatusUrl(publicBaseUrl, ref));
}
