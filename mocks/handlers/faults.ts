import {
  delay,
  http,
  HttpResponse,
  type HttpResponseResolver,
  type JsonBodyType,
  type RequestHandler,
} from 'msw';
import type { ApiErrorBody } from '@/api/schemas/common';
import { serviceAnswer } from './all';
import {
  ANSWER_FAULT_NAMES,
  ANSWER_FAULTS,
  type AnswerFault,
  tradeEndpointOf,
  TRADE_ENDPOINTS,
  type TradeEndpoint,
} from './answer-faults';

/*
 * Demo-only fault injection, for showing and testing failing panels:
 * `?mock-fail=TARGET[:FAULT][:COUNT]`, several comma-separated. See
 * `parseFaultSpec` for the syntax and README.md for the list. Nothing in the
 * product reads this; a real-backend build holds none of it.
 */

/** What each target covers; `trade` is every trade aggregate and the records. */
const TARGETS = {
  trade: '*/api/trade/*',
  totals: '*/api/trade/totals',
  monthly: '*/api/trade/monthly',
  'by-sector': '*/api/trade/by-sector',
  'by-pair': '*/api/trade/by-pair',
  records: '*/api/trade/records',
  meta: '*/api/meta',
  regions: '*/api/regions',
  sectors: '*/api/sectors',
  cooperation: '*/api/cooperation',
  'user-data': '*/api/user-data',
} as const;
export type FaultTarget = keyof typeof TARGETS;

/** Faults of the transport: the status, the body or the connection is wrong. */
export const TRANSPORT_FAULT_NAMES = [
  '400',
  '404',
  '500',
  '502',
  '503',
  'network',
  'cut',
  'hang',
  'invalid-json',
  'html',
  'schema',
  'empty',
  'huge',
] as const;
type TransportFault = (typeof TRANSPORT_FAULT_NAMES)[number];
export type FaultName = TransportFault | AnswerFault;

export type FaultSpec = {
  target: FaultTarget;
  fault: FaultName;
  /** Requests that fail before requests pass through again; Infinity: all. */
  count: number;
};

const FAULT_NAMES: readonly string[] = [
  ...TRANSPORT_FAULT_NAMES,
  ...ANSWER_FAULT_NAMES,
];

function isTarget(name: string): name is FaultTarget {
  return Object.hasOwn(TARGETS, name);
}

function isFault(name: string): name is FaultName {
  return FAULT_NAMES.includes(name);
}

function isAnswerFault(fault: FaultName): fault is AnswerFault {
  return (ANSWER_FAULT_NAMES as readonly string[]).includes(fault);
}

function isTradeEndpoint(target: FaultTarget): target is TradeEndpoint {
  return (TRADE_ENDPOINTS as readonly string[]).includes(target);
}

/** A positive whole count, or null. */
function countOf(text: string): number | null {
  if (!/^\d+$/.test(text)) return null;
  const count = Number(text);
  return count > 0 ? count : null;
}

/** An answer fault applies to trade targets, and to an endpoint only if it knows it. */
function applies(target: FaultTarget, fault: FaultName): boolean {
  if (!isAnswerFault(fault)) return true;
  if (target === 'trade') return true;
  return isTradeEndpoint(target) && ANSWER_FAULTS[target][fault] !== undefined;
}

/**
 * `?mock-fail=TARGET[:FAULT][:COUNT],…`. Without a fault the target answers
 * 503; without a count it fails for good. A second part that names a fault
 * is the fault (`totals:500`), any other number the count (`trade:6`, the
 * old form). Several entries may name the same target: they apply in turn,
 * each for its count (`totals:404:1,totals:html:1`). Unknown targets or
 * faults, malformed counts and answer faults of an endpoint that has no
 * such answer are ignored.
 */
export function parseFaultSpec(search: string): FaultSpec[] {
  const spec = new URLSearchParams(search).get('mock-fail');
  if (!spec) return [];
  return spec.split(',').flatMap((part): FaultSpec[] => {
    const [target = '', ...rest] = part.trim().split(':');
    if (!isTarget(target) || rest.length > 2) return [];
    const [second, third] = rest;
    let fault: FaultName = '503';
    let count: number | null = Infinity;
    if (second !== undefined && isFault(second)) {
      fault = second;
      if (third !== undefined) count = countOf(third);
    } else if (second !== undefined) {
      if (third !== undefined) return [];
      count = countOf(second);
    }
    if (count === null || !applies(target, fault)) return [];
    return [{ target, fault, count }];
  });
}

const encoder = new TextEncoder();
const JSON_HEADERS = { 'Content-Type': 'application/json' };

function errorBody(target: FaultTarget, fault: FaultName): ApiErrorBody {
  return {
    error: {
      code: 'injected_fault',
      message: `${target}: ${fault} injected by ?mock-fail`,
    },
  };
}

/** A body that starts as JSON and then breaks off: the connection dropped mid-way. */
function cutBody(): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    // The first read gets a piece; erroring in `start` would drop it unread.
    pull(controller) {
      if (sent) {
        controller.error(new TypeError('connection reset by ?mock-fail'));
        return;
      }
      sent = true;
      controller.enqueue(encoder.encode('{"current":{"from":"2023-01","to":'));
    },
  });
}

/** 5,000,000 characters of valid JSON: past the client's 4 MiB limit. */
export const HUGE_BODY_CHARS = 5_000_000;
let hugeBody: string | undefined;
function huge(): string {
  hugeBody ??= `{"padding":"${'x'.repeat(HUGE_BODY_CHARS - 14)}"}`;
  return hugeBody;
}

/** The response of a transport fault; `hang` never resolves. */
async function transportResponse(
  target: FaultTarget,
  fault: TransportFault,
): Promise<Response> {
  switch (fault) {
    case '400':
    case '404':
    case '500':
    case '503':
      return HttpResponse.json(errorBody(target, fault), {
        status: Number(fault),
      });
    case '502':
      // What a proxy in front of a dead backend sends.
      return HttpResponse.html(
        '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
        { status: 502 },
      );
    case 'network':
      return HttpResponse.error();
    case 'cut':
      return new HttpResponse(cutBody(), { headers: JSON_HEADERS });
    case 'hang':
      await delay('infinite');
      return HttpResponse.error();
    case 'invalid-json':
      return new HttpResponse('{"current": {"from": "2023-01", }', {
        headers: JSON_HEADERS,
      });
    case 'html':
      // What a static host's fallback to index.html sends.
      return HttpResponse.html(
        '<!doctype html><html><head><title>Border trade</title></head><body><div id="root"></div></body></html>',
      );
    case 'schema':
      return HttpResponse.json({ data: [], note: 'not the contract' });
    case 'empty':
      return new HttpResponse('', { headers: JSON_HEADERS });
    case 'huge':
      return new HttpResponse(huge(), { headers: JSON_HEADERS });
  }
}

type Spoiler = NonNullable<(typeof ANSWER_FAULTS)[TradeEndpoint][AnswerFault]>;

/** How `fault` spoils the answer to this request, or undefined: its endpoint has no such answer (`trade:foreign` spares totals). */
function spoilerFor(request: Request, fault: AnswerFault): Spoiler | undefined {
  const endpoint = tradeEndpointOf(request.url);
  return endpoint === null ? undefined : ANSWER_FAULTS[endpoint][fault];
}

/**
 * The service's own answer, spoilt. A refusal of the service (a 4xx for bad
 * parameters, say) is passed on as it is.
 */
async function spoiltAnswer(
  request: Request,
  spoil: Spoiler,
): Promise<Response> {
  const real = await serviceAnswer(request.clone());
  if (!real.ok) return real;
  const answer: unknown = await real.json();
  return HttpResponse.json(
    (await spoil(answer, { request, answer: serviceAnswer })) as JsonBodyType,
  );
}

function handlersOf({ target, fault, count }: FaultSpec): RequestHandler[] {
  let remaining = count;
  const resolver: HttpResponseResolver = ({ request }) => {
    // Spent: fall through to the next entry of the target, or the real handler.
    if (remaining <= 0) return undefined;
    if (isAnswerFault(fault)) {
      const spoil = spoilerFor(request, fault);
      if (!spoil) return undefined;
      remaining -= 1;
      return spoiltAnswer(request, spoil);
    }
    remaining -= 1;
    return transportResponse(target, fault);
  };
  const path = TARGETS[target];
  return target === 'user-data'
    ? [http.post(path, resolver), http.delete(path, resolver)]
    : [http.get(path, resolver)];
}

/** The handlers of `?mock-fail=…` in `search`, to go before the real ones. */
export function faultHandlers(search: string): RequestHandler[] {
  return parseFaultSpec(search).flatMap(handlersOf);
}
