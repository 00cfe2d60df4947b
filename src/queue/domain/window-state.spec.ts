import type { WindowStatus } from '../../halls/domain/window-kind';
import { nextWindowStatus, WindowCommand, windowTransition } from './window-state';

describe('window state machine', () => {
  it.each<[WindowStatus, WindowCommand, WindowStatus | null]>([
    ['closed', 'open', 'open'],
    ['closed', 'pause', null],
    ['closed', 'resume', null],
    ['closed', 'close', null],
    ['open', 'open', null],
    ['open', 'pause', 'paused'],
    ['open', 'resume', null],
    ['open', 'close', 'closed'],
    ['paused', 'open', null],
    ['paused', 'pause', null],
    ['paused', 'resume', 'open'],
    ['paused', 'close', 'closed'],
  ])('%s --%s--> %s', (from, command, to) => {
    expect(windowTransition(from, command)).toBe(to);
    if (to) expect(nextWindowStatus(from, command)).toBe(to);
    else expect(() => nextWindowStatus(from, command)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
  });
});
