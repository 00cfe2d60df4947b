import { publicUrl, qrSvg } from '../web/qr-svg';

/** The report page a hall's poster opens: `/requests/new?hall=TC` under the public address. */
export function requestReportUrl(publicBaseUrl: string, hallCode: string): string {
  return publicUrl(publicBaseUrl, `/requests/new?hall=${encodeURIComponent(hallCode)}`);
}

/** The poster's QR code: an image of our own origin (the page CSP allows no data: images). */
export function requestReportQrSvg(publicBaseUrl: string, hallCode: string): Promise<string> {
  return qrSvg(requestReportUrl(publicBaseUrl, hallCode));
}
