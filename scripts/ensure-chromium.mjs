// @ts-check
/**
 * Makes sure a Chromium exists for the browser tests (see chromium.mjs for where we look).
 * On a fresh Debian machine running as root (CI), installs Debian's `chromium` package.
 * Exit code 0: a Chromium is available. Exit code 1: there is none, and we say how to get one.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChromium } from './chromium.mjs';

const HOW_TO_GET_ONE =
  "install Debian's chromium (sudo apt-get install chromium) or set CHROME_PATH to a Chromium/Chrome binary";

/**
 * @param {string} name
 * @returns {string | null} the first executable called `name` on $PATH
 */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this folder
    }
  }
  return null;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @returns {boolean} whether it exited with code 0
 */
function run(command, args) {
  console.log(`ensure-chromium: $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: false,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) {
    console.error(`ensure-chromium: could not run ${command}: ${result.error.message}`);
    return false;
  }
  if (result.status !== 0) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited with ${result.status}`;
    console.error(`ensure-chromium: ${command} ${how}`);
    return false;
  }
  return true;
}

/** @param {string} path */
function found(path) {
  console.log(`ensure-chromium: using ${path}`);
  process.exit(0);
}

const chromeFromEnv = process.env.CHROME_PATH;
const existing = findChromium();
if (chromeFromEnv && existing !== chromeFromEnv) {
  console.warn(
    `ensure-chromium: CHROME_PATH=${chromeFromEnv} is not an executable file; ignoring it`,
  );
}
if (existing) found(existing);

const aptGet = onPath('apt-get');
const isRoot = process.getuid?.() === 0;
if (isRoot && aptGet) {
  console.log(
    "ensure-chromium: no Chromium found; installing Debian's chromium package with apt-get (this takes a minute)",
  );
  const installed = run(aptGet, ['update']) && run(aptGet, ['install', '-y', 'chromium']);
  const afterInstall = findChromium();
  if (afterInstall) found(afterInstall);
  console.error(
    installed
      ? 'ensure-chromium: apt-get installed chromium, but no Chromium binary was found afterwards'
      : 'ensure-chromium: installing chromium with apt-get failed',
  );
} else {
  const why = !isRoot ? 'not running as root' : 'apt-get is not available';
  console.error(`ensure-chromium: no Chromium found, and cannot install one (${why}).`);
}
console.error(`ensure-chromium: to run the browser tests, ${HOW_TO_GET_ONE}.`);
process.exit(1);
