import { UserError } from '@goship/kit';
import { parseGoEnv } from '../../../../packages/go/src/compile/toolchain.js';

describe('parseGoEnv', () => {
  it('returns the variables of a real `go env -json` answer', () => {
    // go1.26.8 `go env -json GOVERSION GOHOSTOS` on linux/amd64
    const out = '{\n\t"GOHOSTOS": "linux",\n\t"GOVERSION": "go1.26.8"\n}\n';
    expect(parseGoEnv('/opt/go/bin/go', out)).toEqual({ GOHOSTOS: 'linux', GOVERSION: 'go1.26.8' });
  });

  it.each([
    [
      '\ngo1.22.12\n\n\n',
      /\/opt\/go\/bin\/go is not a working Go toolchain: `go env -json` printed "go1\.22\.12"/,
    ],
    ['', /printed nothing instead of JSON/],
    ['["GOOS"]', /printed "\["GOOS"\]" instead of JSON/],
  ])('names the toolchain when it answers %j', (out, message) => {
    const run = () => parseGoEnv('/opt/go/bin/go', out);
    expect(run).toThrow(UserError);
    expect(run).toThrow(message);
  });
});
