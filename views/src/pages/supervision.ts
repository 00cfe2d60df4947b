// 电子监察 (/supervision): live lights, 督办意见 and the figures.
import { startSupervisionPage } from '../supervision/page';

startSupervisionPage();
