import { describe, expect, it } from 'vitest';
import {
  eventInRange,
  eventMonths,
  eventsOfArea,
  eventStatus,
  markerMonth,
  sortEvents,
} from './events';

describe('event dates by precision', () => {
  it.each([
    [
      { date: '2023-11-09', precision: 'day' as const },
      { from: '2023-11', to: '2023-11' },
      '2023-11',
    ],
    [
      { date: '2003-04', precision: 'month' as const },
      { from: '2003-04', to: '2003-04' },
      '2003-04',
    ],
    [
      { date: '2017', precision: 'year' as const },
      { from: '2017-01', to: '2017-12' },
      null,
    ],
  ])('%j covers %j and is marked at %s', (event, months, marker) => {
    expect(eventMonths(event)).toEqual(months);
    expect(markerMonth(event)).toBe(marker);
  });

  it('places a month-precision event only in its month, never on a made-up day', () => {
    const event = { date: '2018-06', precision: 'month' as const };
    expect(eventInRange(event, { from: '2018-06', to: '2018-06' })).toBe(true);
    expect(eventInRange(event, { from: '2018-07', to: '2018-12' })).toBe(false);
  });

  it('counts a year-precision event in any range overlapping its year', () => {
    const event = { date: '2017', precision: 'year' as const };
    expect(eventInRange(event, { from: '2017-11', to: '2018-02' })).toBe(true);
    expect(eventInRange(event, { from: '2018-01', to: '2018-12' })).toBe(false);
  });
});

describe('eventStatus', () => {
  const planned = {
    date: '2026-09',
    precision: 'month' as const,
    status: 'planned' as const,
  };
  it.each([
    ['2026-08-31', 'planned'],
    ['2026-09-30', 'planned'],
    ['2026-11-26', 'unconfirmed'],
  ])('a forum planned for Sep 2026 is %s → %s', (today, expected) => {
    expect(eventStatus(planned, today)).toBe(expected);
  });

  it('keeps a held event held', () => {
    expect(
      eventStatus(
        { date: '2023-11-09', precision: 'day', status: 'held' },
        '2020-01-01',
      ),
    ).toBe('held');
  });
});

describe('sortEvents and eventsOfArea', () => {
  const events = [
    { id: 'E3', date: '2023-11-09', areas: ['trade-fairs' as const] },
    { id: 'E1', date: '2017', areas: ['culture' as const] },
    {
      id: 'E2',
      date: '2023-06',
      areas: ['culture' as const, 'trade-fairs' as const],
    },
  ];
  it('orders chronologically', () => {
    expect(sortEvents(events).map((e) => e.id)).toEqual(['E1', 'E2', 'E3']);
  });
  it('filters by area, or keeps all for null', () => {
    expect(eventsOfArea(events, 'culture').map((e) => e.id)).toEqual([
      'E1',
      'E2',
    ]);
    expect(eventsOfArea(events, null)).toHaveLength(3);
    expect(eventsOfArea(events, 'honey')).toEqual([]);
  });
});
