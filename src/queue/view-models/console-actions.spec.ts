import { actionForKey, CONSOLE_ACTIONS, ConsoleState, isActionEnabled } from './console-actions';

const enabled = (state: ConsoleState) => CONSOLE_ACTIONS.filter((a) => isActionEnabled(a.when, state)).map((a) => a.id).sort();
const st = (windowStatus: ConsoleState['windowStatus'], ticketStatus: ConsoleState['ticketStatus'], heldCount = 0, mine = true): ConsoleState => ({ windowStatus, ticketStatus, heldCount, mine });

describe('console actions', () => {
  it.each([
    ['closed window', st('closed', null), ['open']],
    ['open, free', st('open', null), ['callNext', 'close', 'pause']],
    ['open, free, one on hold', st('open', null, 1), ['callNext', 'close', 'pause', 'unhold']],
    ['open, called', st('open', 'called'), ['noShow', 'pause', 'recall', 'start', 'transfer']],
    ['open, serving', st('open', 'serving', 2), ['finish', 'hold', 'pause', 'transfer']],
    ['paused, free', st('paused', null), ['close', 'resume']],
    ['paused, serving', st('paused', 'serving'), ['finish', 'hold', 'resume', 'transfer']],
    ['someone else’s window', st('open', 'called', 0, false), []],
  ] as const)('%s', (_name, state, ids) => {
    expect(enabled(state)).toEqual([...ids].sort());
  });

  it.each([
    ['F1', st('open', null), 'callNext'],
    ['n', st('open', null), 'callNext'],
    ['N', st('open', null), 'callNext'],
    ['n', st('open', 'called'), null],
    ['r', st('open', 'called'), 'recall'],
    ['p', st('open', 'serving'), 'pause'],
    ['P', st('paused', null), 'resume'],
    ['o', st('closed', null), 'open'],
    ['u', st('open', null, 0), null],
    ['u', st('open', null, 1), 'unhold'],
    ['q', st('open', null), null],
  ] as const)('key %s in %j', (key, state, id) => {
    expect(actionForKey(key, state)?.id ?? null).toBe(id);
  });

  it('has unique ids and shows a hint for every shortcut', () => {
    expect(new Set(CONSOLE_ACTIONS.map((a) => a.id)).size).toBe(CONSOLE_ACTIONS.length);
    for (const a of CONSOLE_ACTIONS) expect(a.keys.length === 0).toBe(a.keyHint === '');
  });
});
