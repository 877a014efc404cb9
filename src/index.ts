import { actionDeps, actionIO } from './action/runtime.js';
import { run } from './main.js';
await run(actionDeps(), actionIO());
