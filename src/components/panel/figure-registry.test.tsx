import { describe, expect, it } from 'vitest';
import { createFigureRegistry } from './figure-registry';

describe('createFigureRegistry', () => {
  it('answers at once for a part that announced, with its latest figure', async () => {
    const registry = createFigureRegistry();
    const first = () => <svg />;
    const second = () => <svg />;
    registry.announce('trend', first);
    registry.announce('trend', second);
    expect(await registry.figureOf('trend')).toBe(second);
  });

  it('waits for a part that has not announced yet, then resolves every waiter', async () => {
    const registry = createFigureRegistry();
    const waiters = [registry.figureOf('trend'), registry.figureOf('trend')];
    registry.announce('trend', null);
    expect(await Promise.all(waiters)).toEqual([null, null]);
  });
});
