// The local launcher: start is idempotent, status reports it, Bolt is on loopback only and auth is on.
import os from 'node:os';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../core/log.ts';
import {
  localNeo4jStatus,
  localPaths,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../../../graph/server/index.ts';
import { localTestServerConfig } from '../../../setup/neo4j.ts';
import fs from 'node:fs';

const config = localTestServerConfig();
const log = createLogger({ level: 'silent' });
let startedHere = false;

describe('local Neo4j server (port 7688, home .kg/test)', () => {
  beforeAll(async () => {
    // Running already in mode 'local' (global setup); in the other modes this test starts its own.
    const first = await startLocalNeo4j(config, log);
    startedHere = !first.alreadyRunning;
  });
  afterAll(async () => {
    if (startedHere) await stopLocalNeo4j(config, log);
  });

  it('start on a running server returns quickly and says so', async () => {
    const again = await startLocalNeo4j(config, log);
    expect(again.alreadyRunning).toBe(true);
    expect(again.elapsedMs).toBeLessThan(10_000);
  });

  it('status reports it running with its pid', async () => {
    const status = await localNeo4jStatus(config);
    expect(status).toMatchObject({ state: 'running', uri: 'bolt://127.0.0.1:7688', portTaken: false });
    expect(status.pid).toBeGreaterThan(0);
  });

  it('keeps the password file private (mode 0600)', () => {
    expect(fs.statSync(localPaths(config).passwordFile).mode & 0o777).toBe(0o600);
  });

  it('refuses a connection without credentials', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:7688');
    try {
      await expect(driver.session().run('RETURN 1')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await driver.close();
    }
  });

  it('listens on 127.0.0.1 only (not on the other interfaces)', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    expect(external, 'this machine has a non-loopback IPv4 address to test with').toBeDefined();
    const driver = neo4j.driver(`bolt://${external}:7688`, undefined, { connectionTimeout: 3_000 });
    try {
      await expect(driver.session().run('RETURN 1')).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    } finally {
      await driver.close();
    }
  });
});
