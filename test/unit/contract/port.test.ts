// The port's variable (port-env) and the container args (args) as the stages read them, and $(NAME) as
// the kubelet expands a container's args (the listening check must start the process the pod starts).
import { InputError, Inputs, objectInputs } from '@goship/kit';
import {
  argsInput,
  expandArgs,
  PORT_ENV,
  portEnvInput,
  portInEnv,
} from '../../../packages/contract/src/index';

const inputs = (values: Record<string, string>) => new Inputs(objectInputs(values));

describe('port-env', () => {
  test('empty is PORT; a variable name is taken as written', () => {
    expect(portEnvInput(inputs({}))).toBe(PORT_ENV);
    expect(portEnvInput(inputs({ 'port-env': '' }))).toBe('PORT');
    expect(portEnvInput(inputs({ 'port-env': 'APP_PORT' }))).toBe('APP_PORT');
    expect(portEnvInput(inputs({ 'port-env': 'server_port' }))).toBe('server_port');
  });

  test.each(['APP-PORT', '9PORT', 'PORT=8080', 'APP PORT'])(
    '%j is refused, naming the input and the form',
    (v) => {
      let err: unknown;
      try {
        portEnvInput(inputs({ 'port-env': v }));
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).input).toBe('port-env');
      expect((err as InputError).message).toBe(
        `Input 'port-env': '${v}' is not an environment variable name. Expected an environment variable name such as PORT, APP_PORT or SERVER_PORT.`,
      );
    },
  );

  test("an image's Env by the variable's name, not a prefix of another", () => {
    const env = ['PATH=/bin', 'APP_PORT_X=1', 'APP_PORT=9000', 'PORT=8080'];
    expect(portInEnv(env)).toBe('8080');
    expect(portInEnv(env, 'APP_PORT')).toBe('9000');
    expect(portInEnv(env, 'SERVER_PORT')).toBeUndefined();
  });
});

describe('args', () => {
  test('one argument per line, kept whole (spaces and commas inside)', () => {
    expect(argsInput(inputs({ args: '--port=$(PORT)\n--name=a b,c\n\n-v' }))).toEqual([
      '--port=$(PORT)',
      '--name=a b,c',
      '-v',
    ]);
    expect(argsInput(inputs({}))).toEqual([]);
  });

  test('an unclosed $( is refused, naming the input', () => {
    expect(() => argsInput(inputs({ args: '--port=$(PORT' }))).toThrow(
      "Input 'args': '--port=$(PORT' opens $( without closing it. Expected one argument per line, $(NAME) for an environment variable, such as --port=$(PORT).",
    );
  });

  test('$(NAME) expanded as the kubelet does: $$ escapes, unknown names stay, a lone $ is itself', () => {
    const env = { PORT: '8080', APP_PORT: '9000' };
    expect(expandArgs('--port=$(PORT)', env)).toBe('--port=8080');
    expect(expandArgs('-listen=:$(APP_PORT)', env)).toBe('-listen=:9000');
    expect(expandArgs('$(MISSING)-$(PORT)', env)).toBe('$(MISSING)-8080');
    expect(expandArgs('$$(PORT)', env)).toBe('$(PORT)');
    expect(expandArgs('cost $5 $', env)).toBe('cost $5 $');
    expect(expandArgs('$(PORT', env)).toBe('$(PORT');
  });
});
