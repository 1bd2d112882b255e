import { netrcSecrets, parseNetrc, UserError } from '@goship/kit';

const PASSWORD = 'ghp_0123456789abcdefABCDEF';

describe('parseNetrc', () => {
  test('entries over lines and on one line, account ignored, a macdef body skipped, hosts lower-cased', () => {
    const text = [
      'machine GitHub.com',
      `  login x-access-token password ${PASSWORD}`,
      'macdef init',
      'machine not-an-entry login a password b',
      '',
      'machine proxy.corp.example:8443 login ci account ops password p4ssw0rd-long',
    ].join('\n');
    expect(parseNetrc(text)).toEqual([
      { machine: 'github.com', login: 'x-access-token', password: PASSWORD, line: 1 },
      { machine: 'proxy.corp.example:8443', login: 'ci', password: 'p4ssw0rd-long', line: 6 },
    ]);
    expect(parseNetrc('  \n')).toEqual([]);
  });

  test.each([
    [`default login me password ${PASSWORD}`, "Input 'netrc': line 1 has a 'default' entry"],
    [
      `machine https://github.com login me password ${PASSWORD}`,
      "machine 'https://github.com' is not a host name",
    ],
    ['machine github.com login me', 'machine github.com (line 1) has no password'],
    [`machine github.com password ${PASSWORD}`, 'machine github.com (line 1) has no login'],
    [`login me password ${PASSWORD}`, "line 1: 'login' comes before any machine"],
    ['machine github.com login me password', "line 1: 'password' has no value after it"],
    [`machine github.com login me ${PASSWORD}`, 'line 1 has a word that is not a netrc keyword'],
  ])('%j is refused: %s, without the password', (text, message) => {
    let error: unknown;
    try {
      parseNetrc(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain(PASSWORD);
  });

  test('every problem at once, each with its line', () => {
    expect(() => parseNetrc('machine a.example login x\nmachine b/c login y password z123456789\n')).toThrow(
      /2 problems[\s\S]*machine a\.example \(line 1\) has no password[\s\S]*line 2: machine 'b\/c' is not a host name/,
    );
  });

  test('the secrets to mask: the password, URL-encoded, and login:password in base64', () => {
    const [entry] = parseNetrc('machine h.example login u password p@ss/w0rd');
    expect(netrcSecrets([entry!])).toEqual([
      'p@ss/w0rd',
      'p%40ss%2Fw0rd',
      Buffer.from('u:p@ss/w0rd').toString('base64'),
    ]);
  });
});
