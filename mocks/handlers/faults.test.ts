// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { server } from '../node';
import { faultHandlers } from './faults';

describe('faultHandlers', () => {
  it('fails the named resource the given number of times, then lets it through', async () => {
    server.use(...faultHandlers('?mock-fail=meta:2'));
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push((await fetch('http://localhost/api/meta')).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('ignores unknown resources and malformed counts', () => {
    expect(faultHandlers('?mock-fail=nothing,trade:x,meta:0')).toEqual([]);
    expect(faultHandlers('')).toEqual([]);
  });
});
