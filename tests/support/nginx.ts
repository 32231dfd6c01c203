import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { projectRoot } from './paths.ts';

export interface NginxSite {
  origin: string;
  stop(): Promise<void>;
}

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on ${port}: ${log()}`);
}

/**
 * Serves a built site with Debian's nginx and the project's own snippet (nginx.conf at the root),
 * headers and CSP included, on a free loopback port. With a base path, the site sits under it and
 * the snippet's 404 page follows, as the snippet's comment tells deployers to do.
 */
export async function serveWithNginx(siteDir: string, basePath = '/'): Promise<NginxSite> {
  const work = mkdtempSync(path.join(tmpdir(), 'dossier-nginx-'));
  chmodSync(work, 0o755);
  const port = await freePort();
  const www = path.join(work, 'www');
  mkdirSync(www);
  const sub = basePath.replace(/^\/|\/$/g, '');
  if (sub) symlinkSync(siteDir, path.join(www, sub));
  const root = sub ? www : siteDir;
  let snippet = readFileSync(path.join(projectRoot, 'nginx.conf'), 'utf8');
  if (sub) snippet = snippet.replace('error_page 404 /404.html;', `error_page 404 /${sub}/404.html;`);
  writeFileSync(path.join(work, 'dossier.conf'), snippet);
  const temp = (name: string) => path.join(work, name);
  // Started as root, nginx hands its workers to an unprivileged user, who cannot read a site inside
  // a private (0700) checkout: keep them as the user running the tests. Not root: nginx ignores it.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
  writeFileSync(
    temp('nginx.conf'),
    `${user}worker_processes 1;
daemon off;
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${temp('dossier.conf')};
  }
}
`,
  );
  const child = spawn(NGINX, ['-c', temp('nginx.conf'), '-p', work], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  await waitForPort(port, child, () => output);
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      rmSync(work, { recursive: true, force: true });
    },
  };
}
