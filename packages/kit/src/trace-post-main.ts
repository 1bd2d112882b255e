// The post step every action runs when its job was cancelled (dist/trace-post; trace-post.ts says why).
import { runnerLog } from './action.js';
import { sendSpooledTrace } from './trace-post.js';

await sendSpooledTrace(process.env, runnerLog);
