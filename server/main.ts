import { fileURLToPath } from 'node:url';
import { CliError, run } from './cli';

/**
 * The reference server's entry point (`npm run serve`, or
 * `node dist-server/main.js` once built). SIGTERM and SIGINT close it
 * gracefully: no new connections, in-flight answers finish; a second
 * Ctrl-C ends the process at once.
 */
try {
  const result = await run(process.argv.slice(2), {
    env: process.env,
    // `npm run serve` builds the app next to the server, into dist-server/public.
    defaultStaticDir: fileURLToPath(new URL('./public', import.meta.url)),
  });
  if (result) {
    let closing = false;
    const stop = (signal: NodeJS.Signals) => {
      // A repeated SIGTERM (the launcher forwards one its group also got)
      // changes nothing; a second Ctrl-C means now.
      if (closing) {
        if (signal === 'SIGINT') process.exit(130);
        return;
      }
      closing = true;
      console.log(`${signal}: closing, in-flight requests finish first`);
      result.server.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  }
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  console.error(error.message);
  process.exitCode = error.exitCode;
}
