import { pageData } from '../lib/dom';
import { type BoardData, startBoard } from '../queue/board-page';

startBoard(pageData<BoardData>());
