// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { LocalizedText } from '@/api/schemas/common';
import {
  COOPERATION_AREAS,
  cooperationAreaSchema,
  cooperationEventSchema,
  cooperationResponseSchema,
  type CooperationEvent,
} from '@/api/schemas/cooperation';
import {
  cooperationEvents,
  cooperationForPair,
  eventRegions,
} from './cooperation';
import { cooperationAreas } from './data/cooperation-areas';

function eventById(id: string): CooperationEvent {
  const event = cooperationEvents.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

function figureIds(areaId: string): string[] {
  const area = cooperationAreas.find((a) => a.id === areaId);
  return area ? area.figures.map((f) => f.id) : [];
}

const allFigures = cooperationAreas.flatMap((area) => area.figures);

describe('cooperation areas', () => {
  test('every area parses with the wire schema', () => {
    for (const area of cooperationAreas) cooperationAreaSchema.parse(area);
  });

  test('are the seven release areas in the release order', () => {
    expect(cooperationAreas.map((a) => a.id)).toEqual([
      'trade-fairs',
      'culture',
      'tourism',
      'honey',
      'maral',
      'agriculture',
      'joint-projects',
    ]);
    expect(cooperationAreas.map((a) => a.id)).toEqual([...COOPERATION_AREAS]);
  });

  test.each([
    ['trade-fairs', ['F02']],
    ['culture', ['F17', 'F24']],
    ['tourism', []],
    ['honey', ['F18', 'F19']],
    ['maral', ['F22', 'F21']],
    ['agriculture', ['F10', 'F12']],
    ['joint-projects', []],
  ])('%s carries the cited figures %j', (areaId, ids) => {
    expect(figureIds(areaId)).toEqual(ids);
  });

  test('honey has both 2024 outputs with their sources', () => {
    const honey = cooperationAreas.find((a) => a.id === 'honey');
    expect(
      honey?.figures.map(({ value, unit, period, sourceUrl }) => ({
        value,
        unit,
        period,
        sourceUrl,
      })),
    ).toEqual([
      {
        value: 2_898.5,
        unit: 't',
        period: '2024',
        sourceUrl: 'https://kazpravda.kz/n/v-vko-uvelichivayut-eksport-meda/',
      },
      {
        value: 5_465,
        unit: 't',
        period: '2024',
        sourceUrl: 'https://ria.ru/20251203/altay-2059452078.html',
      },
    ]);
  });

  test('every figure id is unique and cites an http(s) URL', () => {
    const ids = allFigures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const figure of allFigures) {
      expect(figure.id).toMatch(/^F\d{2}$/);
      expect(['http:', 'https:']).toContain(new URL(figure.sourceUrl).protocol);
    }
  });

  test('the figures whose source disagrees or is approximate carry a caveat', () => {
    for (const id of ['F02', 'F17', 'F24', 'F22', 'F21', 'F10', 'F12']) {
      expect(allFigures.find((f) => f.id === id)?.caveat).not.toBeNull();
    }
  });

  test('areas without a verified figure say so; culture and fairs name their gaps', () => {
    const caveatsOf = (id: string) =>
      cooperationAreas.find((a) => a.id === id)?.caveats.map((c) => c.en);
    expect(caveatsOf('tourism')).toEqual([
      expect.stringContaining('No verified figure'),
    ]);
    expect(caveatsOf('culture')).toEqual([
      expect.stringContaining('after 2018'),
    ]);
    expect(caveatsOf('trade-fairs')).toEqual([
      expect.stringContaining('No list of specific fairs'),
    ]);
  });
});

describe('cooperation events', () => {
  test('every event parses with the wire schema', () => {
    for (const event of cooperationEvents) cooperationEventSchema.parse(event);
  });

  test('are the 21 rows of events.csv as E01…E21 in file order', () => {
    expect(cooperationEvents.map((e) => e.id)).toEqual(
      Array.from(
        { length: 21 },
        (_, i) => `E${String(i + 1).padStart(2, '0')}`,
      ),
    );
    expect(Object.keys(eventRegions)).toEqual(
      cooperationEvents.map((e) => e.id),
    );
  });

  test.each([
    ['E01', '2003-04', 'month', 'Omsk'],
    ['E02', '2003', 'year', 'Barnaul'],
    ['E05', '2017', 'year', 'Urumqi'],
    ['E15', '2023-11-09', 'day', 'Kostanay'],
    ['E16', '2023-12-15', 'day', 'Ankara'],
    ['E21', '2026-09', 'month', 'Omsk'],
  ])(
    '%s keeps the CSV date %s at %s precision in %s',
    (id, date, precision, place) => {
      const event = eventById(id);
      expect(event.date).toBe(date);
      expect(event.precision).toBe(precision);
      expect(event.place.en).toBe(place);
    },
  );

  test('only the XXII Forum is planned', () => {
    expect(
      cooperationEvents.filter((e) => e.status === 'planned').map((e) => e.id),
    ).toEqual(['E21']);
    expect(eventById('E21').caveat?.en).toMatch(/planned/);
  });

  test('the XIX Forum maps to fairs and joint projects, with the meeting day unconfirmed', () => {
    const forum = eventById('E15');
    expect(forum.areas).toEqual(['trade-fairs', 'joint-projects']);
    expect(forum.caveat?.en).toMatch(/not confirmed/);
    expect(eventRegions.E15).toBe('KZ-63|RU-ALT');
  });

  test('the Cambridge exhibition row flags the London claim', () => {
    expect(eventById('E09').caveat?.en).toMatch(/London/);
    expect(eventById('E09').place.kk).toBe('Кембридж (Ұлыбритания)');
  });

  test('appointments and the Abai split belong to no area', () => {
    for (const id of ['E11', 'E14', 'E18'])
      expect(eventById(id).areas).toEqual([]);
  });
});

describe('translations', () => {
  const texts: [string, LocalizedText][] = [
    ...cooperationAreas.flatMap((a): [string, LocalizedText][] => [
      [`${a.id} summary`, a.summary],
      ...a.caveats.map((c, i): [string, LocalizedText] => [
        `${a.id} caveat ${i}`,
        c,
      ]),
      ...a.figures.map((f): [string, LocalizedText] => [
        `${f.id} label`,
        f.label,
      ]),
    ]),
    ...cooperationEvents.flatMap((e): [string, LocalizedText][] => [
      [`${e.id} title`, e.title],
      ...(e.note ? [[`${e.id} note`, e.note] as [string, LocalizedText]] : []),
      ...(e.caveat
        ? [[`${e.id} caveat`, e.caveat] as [string, LocalizedText]]
        : []),
    ]),
  ];

  test.each(texts)(
    '%s has a Kazakh text distinct from the Russian',
    (_, text) => {
      expect(text.kk).not.toBe(text.ru);
      expect(text.kk).not.toBe(text.en);
    },
  );
});

describe('cooperationForPair', () => {
  test('serves every area and figure, and the pair’s events by date, for KZ-63~RU-ALT', () => {
    const response = cooperationResponseSchema.parse(
      cooperationForPair('KZ-63~RU-ALT'),
    );
    expect(response.pair).toBe('KZ-63~RU-ALT');
    expect(response.areas).toEqual(cooperationAreas);
    const dates = response.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    // Every row names KZ-63 or RU-ALT or has a wide scope, so all 21 apply.
    expect(response.events).toHaveLength(21);
    expect(response.events[0]?.id).toBe('E02');
  });

  test('matches region codes whole: RU-AL does not pick up RU-ALT figures', () => {
    const response = cooperationForPair('KZ-63~RU-AL');
    const ids = response.areas.flatMap((a) => a.figures.map((f) => f.id));
    expect(ids).toContain('F21');
    expect(ids).not.toContain('F17');
    expect(ids).not.toContain('F19');
    expect(response.areas).toHaveLength(7);
  });

  test('a pair far from the Altai keeps all areas but no figures, and only wide-scope events', () => {
    const response = cooperationForPair('KZ-39~RU-ORE');
    expect(response.areas.map((a) => a.id)).toEqual([...COOPERATION_AREAS]);
    expect(response.areas.every((a) => a.figures.length === 0)).toBe(true);
    // Five forums, two Kazakhstan-wide exhibitions, two multilateral council meetings.
    expect(response.events).toHaveLength(9);
    for (const event of response.events) {
      expect(['RU-KZ', 'KZ', 'multi']).toContain(eventRegions[event.id]);
    }
  });

  test('Abai region with Altai Krai gets the Altai Krai figures and its own agreement', () => {
    const response = cooperationForPair('KZ-10~RU-ALT');
    const ids = response.areas.flatMap((a) => a.figures.map((f) => f.id));
    expect(ids).toEqual(['F02', 'F17', 'F19', 'F22', 'F10', 'F12']);
    expect(response.events.map((e) => e.id)).toContain('E12');
  });
});
