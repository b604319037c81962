import { describe, expect, it } from 'vitest';
import { checkExposure, isLoopback, tokenMatches } from '../../../../viz/server/security.ts';

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['example.org', false],
    ['127.0.0.1.example.org', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});

describe('checkExposure', () => {
  it('allows loopback without a token', () => {
    expect(() => checkExposure('127.0.0.1', undefined)).not.toThrow();
  });
  it('refuses another host without a token', () => {
    expect(() => checkExposure('0.0.0.0', undefined)).toThrow(
      expect.objectContaining({ name: 'ConfigError', code: 'SERVER_TOKEN_REQUIRED' }),
    );
  });
  it('accepts another host with a long token', () => {
    expect(() => checkExposure('0.0.0.0', 'a-long-enough-secret-token')).not.toThrow();
  });
  it('refuses a short token', () => {
    expect(() => checkExposure('127.0.0.1', 'short')).toThrow(
      expect.objectContaining({ code: 'SERVER_TOKEN_WEAK' }),
    );
  });
});

describe('tokenMatches', () => {
  it('compares whole tokens of any length', () => {
    expect(tokenMatches('secret-token-123456', 'secret-token-123456')).toBe(true);
    expect(tokenMatches('secret-token-12345', 'secret-token-123456')).toBe(false);
    expect(tokenMatches('', 'secret-token-123456')).toBe(false);
    expect(tokenMatches('secret-token-123457', 'secret-token-123456')).toBe(false);
  });
});
