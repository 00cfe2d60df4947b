// 指挥调度 (/dispatch): the dispatcher's live board of resident requests.
import { startDispatchBoard } from '../dispatch/dispatch-board';

startDispatchBoard();
