import { z } from 'zod';

// Zod 4 compiles object parsers with `new Function`, probing first whether
// eval is allowed; under the reference server's CSP (script-src 'self', no
// 'unsafe-eval') the probe alone is a reported violation on every page.
// Object schemas read the flag when they are built, so main.tsx imports this
// module before any module that defines a schema.
z.config({ jitless: true });
