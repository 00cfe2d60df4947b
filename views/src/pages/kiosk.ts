import { pageData } from '../lib/dom';
import { type KioskData, startKiosk } from '../queue/kiosk-page';

startKiosk(pageData<KioskData>());
