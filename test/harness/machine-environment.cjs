/*
 * The suites' test environment: Node's, plus
 * - a temporary directory of the suite's own as TMPDIR (os.tmpdir()), removed when the suite ends: the
 *   workspaces, runner homes and tool caches a suite makes (a Go toolchain is ~250 MB) never pile up across
 *   runs on one machine;
 * - for the e2e suites (testEnvironmentOptions.machineLock), a machine-wide reader/writer lock so suites run at once
 * (jest --maxWorkers, scripts/test.sh) while the few that need the machine to themselves run alone. A suite
 * says so in its first docblock, with the reason:
 *
 *   /**
 *    * @goship-alone restarts the shared API server
 *    *\/
 *
 * Every other suite holds the lock shared. The lock is flock(1) on one file (util-linux, installed by
 * test/infra/install-apt), held by a child process for the suite's lifetime: the kernel releases it when
 * the worker dies, so a crashed suite never wedges the run. A suite waiting to run alone waits until the
 * suites holding the lock finish; jest then starts the others after it.
 * CommonJS: jest loads a test environment before any transform applies.
 */
const { spawn } = require('node:child_process');
const { chmodSync, mkdirSync, mkdtempSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

const LOCK = join(process.env.GOSHIP_STATE ?? '/tmp/goship-infra', '.machine.lock');

/** Holds the lock (shared or exclusive) until release() is called; resolves once it is held. */
function hold(exclusive) {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  const child = spawn('flock', [exclusive ? '--exclusive' : '--shared', LOCK, '-c', 'echo held; exec cat'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', (e) => reject(new Error(`machine lock: cannot run flock: ${e.message}`)));
    child.once('exit', (code) => reject(new Error(`machine lock: flock exited (${code}) before holding ${LOCK}`)));
    child.stdout.once('data', () => {
      child.removeAllListeners('exit');
      resolve(() => new Promise((done) => {
        child.once('exit', () => done());
        child.stdin.end();
      }));
    });
  });
}

class MachineEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.alone = context.docblockPragmas['goship-alone'];
    this.machineLock = config.projectConfig.testEnvironmentOptions?.machineLock === true;
  }

  async setup() {
    await super.setup();
    // Short (unix socket paths inside it stay well under 108 bytes); os.tmpdir() reads process.env at each call.
    this.previousTmpdir = process.env.TMPDIR;
    this.tmpdir = mkdtempSync(join(this.previousTmpdir ?? '/tmp', 'gs-'));
    // Modes as /tmp's own: programs a suite starts as another user (tinyproxy drops to its user) reach their
    // files inside, as they did under /tmp.
    chmodSync(this.tmpdir, 0o1777);
    process.env.TMPDIR = this.tmpdir;
    if (!this.machineLock) return;
    const exclusive = this.alone !== undefined;
    if (exclusive) process.stderr.write(`waiting to run alone (${this.alone})\n`);
    this.release = await hold(exclusive);
  }

  async teardown() {
    await this.release?.();
    if (this.previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = this.previousTmpdir;
    if (this.tmpdir && process.env.GOSHIP_KEEP_TMP !== '1') rmSync(this.tmpdir, { recursive: true, force: true });
    await super.teardown();
  }
}

module.exports = MachineEnvironment;
