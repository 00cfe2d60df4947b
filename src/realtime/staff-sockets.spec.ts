import { StaffSocketRegistry } from './staff-sockets';

const socket = () => ({ disconnect: jest.fn() });

describe('StaffSocketRegistry', () => {
  it.each([
    ['an older version is closed', 3, 4, true],
    ['the current version stays', 4, 4, false],
    ['a newer version stays', 5, 4, false],
  ])('%s', (_name, connectedWith, validVersion, closed) => {
    const registry = new StaffSocketRegistry();
    const s = socket();
    registry.add(7, connectedWith, s);
    expect(registry.revoke(7, validVersion)).toBe(closed ? 1 : 0);
    expect(s.disconnect).toHaveBeenCalledTimes(closed ? 1 : 0);
  });

  it('touches only the revoked user and forgets removed sockets', () => {
    const registry = new StaffSocketRegistry();
    const [a, b, gone] = [socket(), socket(), socket()];
    registry.add(1, 0, a);
    registry.add(2, 0, b);
    registry.add(1, 0, gone);
    registry.remove(1, gone);
    expect(registry.revoke(1, 1)).toBe(1);
    expect(a.disconnect).toHaveBeenCalledWith(true);
    expect(b.disconnect).not.toHaveBeenCalled();
    expect(gone.disconnect).not.toHaveBeenCalled();
    expect(registry.revoke(1, 1)).toBe(0);
  });
});
