import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { redact } from '../../src/log.js';
import { describeProxy, proxyAwareFetch, proxySettings, redactProxyUrl } from '../../src/network/proxy-fetch.js';

describe('proxySettings', () => {
  it('is null when no proxy variable is set, and then the built-in fetch is used', () => {
    expect(proxySettings({})).toBeNull();
    expect(proxySettings({ NO_PROXY: 'localhost', HTTP_PROXY: '', https_proxy: '  ' })).toBeNull();
    expect(proxyAwareFetch({})).toBe(globalThis.fetch);
    expect(proxyAwareFetch({ NO_PROXY: '*' })).toBe(globalThis.fetch);
  });

  it('reads the lowercase spelling first, as curl and undici do', () => {
    expect(proxySettings({ HTTPS_PROXY: 'http://upper:3128', https_proxy: 'http://lower:3128', NO_PROXY: 'a', no_proxy: 'b' })).toEqual({
      httpProxy: null,
      httpsProxy: 'http://lower:3128/',
      noProxy: 'b',
    });
    expect(proxySettings({ HTTP_PROXY: 'http://only-http:8080' })).toEqual({ httpProxy: 'http://only-http:8080/', httpsProxy: null, noProxy: '' });
  });

  it('takes a proxy written without a scheme as http://', () => {
    expect(proxySettings({ HTTPS_PROXY: 'proxy.corp.example:3128' })?.httpsProxy).toBe('http://proxy.corp.example:3128/');
  });

  it('refuses a value that is not an http(s) proxy URL, without echoing it', () => {
    const bad = () => proxySettings({ HTTPS_PROXY: 'http://user:pw@[not a host' });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/^Invalid HTTPS_PROXY: is not a proxy URL/);
    expect(bad).not.toThrow(/pw/);
    expect(() => proxySettings({ HTTP_PROXY: 'socks5://127.0.0.1:1080' })).toThrow(/Invalid HTTP_PROXY: uses socks5/);
  });

  it('keeps credentials out of what it logs, and registers them as secrets', () => {
    const settings = proxySettings({ HTTPS_PROXY: 'http://build%40corp:p%40ss-w0rd@proxy.corp.example:3128', NO_PROXY: '.corp.example,localhost' })!;
    expect(redactProxyUrl(settings.httpsProxy!)).toBe('http://***@proxy.corp.example:3128/');
    expect(redactProxyUrl('http://proxy:3128')).toBe('http://proxy:3128/');
    const line = describeProxy(settings);
    expect(line).toBe('https:// through http://***@proxy.corp.example:3128/, http:// directly; not for NO_PROXY hosts (.corp.example,localhost)');
    expect(redact('auth p@ss-w0rd / p%40ss-w0rd failed')).toBe('auth *** / *** failed');
  });
});
