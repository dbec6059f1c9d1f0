/** Process wrapper for the `schotvrij` command (bundled to dist/node/cli.mjs). */
import { runCli } from './cli';

runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`schotvrij: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
