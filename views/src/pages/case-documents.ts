// The printable documents of a case (受理 / 一次性告知 / 不予受理 / 容缺受理 / 办结通知书).
import { startDocumentPage } from '../documents/document-page';

startDocumentPage();
