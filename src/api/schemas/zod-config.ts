import { z } from 'zod/mini';
import { en } from 'zod/locales';

// Zod's global settings, for every place that builds or reads a schema: the
// client, the service (reference server and demo backend), the import
// worker and the tests. Every schema module imports this one first through
// common.ts; main.tsx imports it before anything else, for the client's
// schemas that do not use common.ts.
//
// English issue messages: zod/mini registers none (classic zod registered
// these), and the service's 400 messages and the client's shape errors quote
// them.
//
// Jitless: Zod 4 compiles object parsers with `new Function`, probing first
// whether eval is allowed; under the reference server's CSP (script-src
// 'self', no 'unsafe-eval') the probe alone is a reported violation on every
// page. Object schemas read the flag when they are built, hence the order.
z.config({ ...en(), jitless: true });
