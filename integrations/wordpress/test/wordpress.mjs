// A real WordPress for the plugin's test, from Debian's packages, started and stopped by the test:
// MariaDB with a throw-away data folder, and `php -S` serving Debian's /usr/share/wordpress through
// a temporary folder that holds its own wp-config.php and wp-content (see router.php). Nothing is
// written to /etc/wordpress, /var/lib/wordpress or the system database; stop() ends both servers
// by their process ids and removes the folder.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const WORDPRESS_DIR = '/usr/share/wordpress';
/** What the test installs with apt-get when something is missing. */
export const PACKAGES = ['wordpress', 'php-cli', 'php-mysql', 'mariadb-server'];
const HERE = fileURLToPath(new URL('.', import.meta.url));
const MARIADBD = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((path) => existsSync(path)) ?? 'mariadbd';

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Debian packages this machine lacks for the test. */
export function missingPackages() {
  const missing = [];
  if (!existsSync(join(WORDPRESS_DIR, 'wp-includes/version.php'))) missing.push('wordpress');
  if (!onPath('php')) missing.push('php-cli', 'php-mysql');
  else if (!/^mysqli$/m.test(spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout)) missing.push('php-mysql');
  if (!existsSync(MARIADBD) || !onPath('mariadb-install-db')) missing.push('mariadb-server');
  return missing;
}

/** Installs missing packages as root; otherwise prints the command and exits 1. */
export function ensurePackages() {
  const missing = missingPackages();
  if (!missing.length) return;
  const command = `apt-get update && apt-get install -y ${PACKAGES.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(
      `[wordpress-test] This machine lacks ${missing.join(', ')}. Install them with:\n  sudo sh -c '${command}'`,
    );
    process.exit(1);
  }
  console.log(`[wordpress-test] Installing ${PACKAGES.join(' ')} with apt-get (missing: ${missing.join(', ')}).`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...PACKAGES]]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) {
      console.error(`[wordpress-test] "apt-get ${args.join(' ')}" failed. Run:\n  ${command}`);
      process.exit(1);
    }
  }
}

/** `preferred` if nothing listens there, else the next free port after it. */
export async function freePort(preferred) {
  for (let port = preferred; port < preferred + 50; port++) {
    const free = await new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`[wordpress-test] no free port from ${preferred} to ${preferred + 49}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what, test, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await test()) return;
    await sleep(150);
  }
  throw new Error(`[wordpress-test] timed out waiting for ${what}`);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  if (result.status !== 0)
    throw new Error(
      `[wordpress-test] ${cmd} ${args.join(' ')} failed (${result.status}):\n${result.stderr || result.stdout}`,
    );
  return result.stdout;
}

/**
 * Ends a child by its pid (with `group`, the process group it leads: php -S and its workers):
 * SIGTERM, then SIGKILL if it has not exited after `graceMs`.
 */
async function end(child, { group = false, graceMs = 5000 } = {}) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (name) => {
    try {
      process.kill(group ? -child.pid : child.pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  if (await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)])) {
    if (group) signal('SIGKILL'); // any worker left behind
    return;
  }
  signal('SIGKILL');
  await exited;
}

/**
 * Starts MariaDB and WordPress and installs WordPress with the given users.
 * @param {{ port: number, dbPort: number, admin: {login: string, password: string}, users: {login: string, password: string, role: string}[], onSite?: (site: object) => void }} options
 */
export async function startWordPress({ port, dbPort, admin, users, onSite }) {
  const tmp = mkdtempSync(join(tmpdir(), 'ipt-wordpress-test-'));
  const url = `http://127.0.0.1:${port}`;
  const site = {
    url,
    tmp,
    root: join(tmp, 'wordpress'),
    phpLog: join(tmp, 'php.log'),
    debugLog: join(tmp, 'wordpress/wp-content/debug.log'),
    processes: [],
    socket: join(tmp, 'mysqld.sock'),
  };
  site.helper = (...args) => helper(site, ...args);
  // The caller gets the site before anything starts, so a signal mid-start can still stop it.
  onSite?.(site);
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? ['--user=root'] : [`--user=${userInfo().username}`];
  try {
    // MariaDB, in a data folder of its own.
    run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${join(tmp, 'db')}`,
      ...user,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    const dbLog = openSync(join(tmp, 'mariadb.log'), 'a');
    const mariadb = spawn(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${join(tmp, 'db')}`,
        `--socket=${site.socket}`,
        `--port=${dbPort}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${join(tmp, 'mysqld.pid')}`,
        '--skip-name-resolve',
        '--innodb-buffer-pool-size=32M',
        ...user,
      ],
      { stdio: ['ignore', dbLog, dbLog] },
    );
    closeSync(dbLog);
    site.processes.push(mariadb);
    await waitFor(
      'MariaDB',
      () =>
        spawnSync('mariadb-admin', ['--no-defaults', '-uroot', `--socket=${site.socket}`, 'ping'], { stdio: 'ignore' })
          .status === 0,
    );
    run('mariadb', [
      '--no-defaults',
      '-uroot',
      `--socket=${site.socket}`,
      '-e',
      "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';",
    ]);

    // WordPress: Debian's files by link, with this test's config and wp-content.
    const root = site.root;
    for (const dir of ['wp-content/plugins', 'wp-content/themes', 'wp-content/uploads', 'wp-content/mu-plugins'])
      mkdirSync(join(root, dir), { recursive: true });
    for (const entry of readdirSync(WORDPRESS_DIR)) {
      if (!['wp-config.php', 'wp-content'].includes(entry)) symlinkSync(join(WORDPRESS_DIR, entry), join(root, entry));
    }
    for (const theme of readdirSync(join(WORDPRESS_DIR, 'wp-content/themes'))) {
      symlinkSync(join(WORDPRESS_DIR, 'wp-content/themes', theme), join(root, 'wp-content/themes', theme));
    }
    // No mail server here: WordPress would try to mail the new admin.
    writeFileSync(
      join(root, 'wp-content/mu-plugins/ipt-test-environment.php'),
      "<?php\nadd_filter( 'pre_wp_mail', '__return_false' );\n",
    );
    const key = () => randomBytes(24).toString('hex');
    const keys = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ];
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
// The plugin test's WordPress (integrations/wordpress/test/wordpress.mjs); removed after the test.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', '127.0.0.1:${dbPort}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((name) => `define( '${name}', '${key()}' );`).join('\n')}
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
define( 'CONCATENATE_SCRIPTS', false );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', __DIR__ . '/wp-content/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
`,
    );
    const phpLog = openSync(site.phpLog, 'a');
    const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root, join(HERE, 'router.php')], {
      cwd: root,
      env: { ...process.env, IPT_WP_ROOT: root, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', phpLog, phpLog],
      // Its own process group, so stopping it stops its workers too.
      detached: true,
    });
    closeSync(phpLog);
    site.processes.push(php);
    await waitFor('the PHP server', async () => {
      try {
        await fetch(`${url}/wp-includes/images/blank.gif`);
        return true;
      } catch {
        return false;
      }
    });

    const form = new URLSearchParams({
      weblog_title: 'IPT widgets test',
      user_name: admin.login,
      admin_password: admin.password,
      admin_password2: admin.password,
      pw_weak: '1',
      admin_email: `${admin.login}@example.org`,
      blog_public: '0',
    });
    const install = await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body: form });
    const page = await install.text();
    if (!install.ok || !page.includes('Success!'))
      throw new Error(`[wordpress-test] WordPress did not install (HTTP ${install.status}):\n${page.slice(0, 2000)}`);
    site.users = {};
    for (const account of users) {
      site.users[account.login] = JSON.parse(
        site.helper('create-user', account.login, account.password, account.role, `${account.login}@example.org`),
      );
    }
    site.versions = JSON.parse(site.helper('versions'));
    return site;
  } catch (error) {
    await stopWordPress(site);
    throw error;
  }
}

/** Runs integrations/wordpress/test/wp-helper.php against the site. */
function helper(site, ...args) {
  const input = typeof args.at(-1) === 'object' ? JSON.stringify(args.pop()) : undefined;
  return run('php', [join(HERE, 'wp-helper.php'), site.root, ...args], {
    env: { ...process.env, IPT_WP_URL: site.url },
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Stops what startWordPress started (by process id) and removes its folder. */
export async function stopWordPress(site) {
  const [mariadb, php] = site.processes;
  await end(php, { group: true });
  if (mariadb && mariadb.exitCode === null) {
    spawnSync('mariadb-admin', ['--no-defaults', '-uroot', `--socket=${site.socket}`, 'shutdown'], {
      stdio: 'ignore',
      timeout: 10_000,
    });
    await end(mariadb, { graceMs: 10_000 });
  }
  if (!process.env.IPT_WP_KEEP) rmSync(site.tmp, { recursive: true, force: true });
}

export { helper as wpHelper };
