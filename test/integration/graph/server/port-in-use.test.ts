// Start refuses clearly when another program holds the port; stop and status on a stopped server.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../../../core/config.ts';
import { silentLogger } from '../../../../core/log.ts';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../../../graph/server/index.ts';

describe('local server on a port taken by another program', () => {
  const server = net.createServer();
  let config: Config;
  let home: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-port-'));
    const base = loadConfig();
    config = {
      ...base,
      home,
      neo4j: {
        ...base.neo4j,
        uri: `bolt://127.0.0.1:${port}`,
        password: undefined,
        local: true,
        localPort: port,
      },
    };
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('status says stopped and that the port is taken', async () => {
    expect(await localNeo4jStatus(config)).toMatchObject({
      state: 'stopped',
      portTaken: true,
      pid: undefined,
    });
  });

  it('start fails with PORT_IN_USE before building or spawning anything', async () => {
    await expect(startLocalNeo4j(config, silentLogger)).rejects.toMatchObject({
      name: 'ConfigError',
      code: 'PORT_IN_USE',
    });
    expect(fs.existsSync(path.join(home, 'neo4j', 'neo4j.pid'))).toBe(false);
    expect(fs.existsSync(path.join(home, 'neo4j', 'start.lock'))).toBe(false);
  });

  it('stop on a server that is not running reports it and succeeds', async () => {
    expect(await stopLocalNeo4j(config, silentLogger)).toMatchObject({ wasRunning: false, killed: false });
  });
});
