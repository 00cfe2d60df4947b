// The QR poster (/requests/qr): its print button (the CSP allows no inline handlers).
import { $ } from '../lib/dom';

$('#rp-print').addEventListener('click', () => window.print());
