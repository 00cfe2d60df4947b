import { startPad, type PadData } from '../evaluations/pad-page';
import { pageData } from '../lib/dom';

startPad(pageData<PadData>());
