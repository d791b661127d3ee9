// Preloaded with `node --import`: appends the URL of every module the process
// loads (import and require alike) to the file named by RECORD_LOADS.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const file = process.env.RECORD_LOADS;
registerHooks({
  load(url, context, next) {
    if (file) appendFileSync(file, `${url}\n`);
    return next(url, context);
  },
});
