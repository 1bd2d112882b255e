// What a process says when it cannot open its port, as Go, Node.js and nginx print it (the lines are
// the runtimes' own messages), and the output made fit for an error message.
import {
  isPrivilegedRefusal,
  parseListenFailure,
  sanitizeOutput,
} from '../../../packages/oci/src/sandbox/index';

describe('a failed listen read from the output', () => {
  test.each([
    // Go's log.Fatal(srv.ListenAndServe()) as a non-root User
    ['2026/12/07 11:00:00 listen tcp :80: bind: permission denied', ':80', 80, 'permission denied'],
    // Go's panic(err)
    [
      'panic: listen tcp 0.0.0.0:443: bind: permission denied\n\ngoroutine 1 [running]:',
      '0.0.0.0:443',
      443,
      'permission denied',
    ],
    [
      'listen tcp4 127.0.0.1:8080: bind: address already in use',
      '127.0.0.1:8080',
      8080,
      'address already in use',
    ],
    ['listen tcp [::]:80: bind: permission denied', '[::]:80', 80, 'permission denied'],
    ['listen tcp: address 99999: invalid port', undefined, undefined, undefined],
    // Node.js
    ['Error: listen EACCES: permission denied 0.0.0.0:80', '0.0.0.0:80', 80, 'permission denied'],
    ['Error: listen EADDRINUSE: address already in use :::3000', ':::3000', 3000, 'address already in use'],
    // nginx
    [
      'nginx: [emerg] bind() to 0.0.0.0:80 failed (13: Permission denied)',
      '0.0.0.0:80',
      80,
      'permission denied',
    ],
  ])('%j', (output, address, port, reason) => {
    const f = parseListenFailure(`starting\n${output}\n`);
    if (address === undefined) return expect(f).toBeUndefined();
    expect(f).toMatchObject({ address, port, reason });
  });

  test('nothing about a listen: undefined', () => {
    expect(parseListenFailure('open /etc/app.yaml: no such file or directory\n')).toBeUndefined();
    expect(parseListenFailure('')).toBeUndefined();
  });

  test('the last failure wins (a retry on another port)', () => {
    const f = parseListenFailure(
      'listen tcp :80: bind: permission denied\nlisten tcp :81: bind: permission denied',
    );
    expect(f?.port).toBe(81);
  });

  test('privileged: below 1024 and refused for permission', () => {
    const at = (line: string) => parseListenFailure(line)!;
    expect(isPrivilegedRefusal(at('listen tcp :80: bind: permission denied'))).toBe(true);
    expect(isPrivilegedRefusal(at('listen EACCES: permission denied 0.0.0.0:1023'))).toBe(true);
    expect(isPrivilegedRefusal(at('listen tcp :1024: bind: permission denied'))).toBe(false);
    expect(isPrivilegedRefusal(at('listen tcp :80: bind: address already in use'))).toBe(false);
  });
});

describe('the output in a message', () => {
  test('terminal escapes and control characters removed; a workflow command cannot start a line', () => {
    expect(sanitizeOutput('\x1b[31mred\x1b[0m\r\n::add-mask::x\n\x07bell\x00')).toBe(
      'red\n: :add-mask::x\nbell',
    );
  });

  test('the last lines only, each at most 200 characters', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n');
    expect(sanitizeOutput(lines, 3)).toBe('line 47\nline 48\nline 49');
    expect(sanitizeOutput('x'.repeat(500))).toBe(`${'x'.repeat(200)}…`);
  });
});
