/**
 * Where the command line gets passphrases: CASEFILE_PASSPHRASE (and CASEFILE_NEW_PASSPHRASE
 * for a change) for scripts, else a prompt in the terminal that does not echo what is typed.
 */
import { UsageError, type CliIo } from './output';

export const PASSPHRASE_VARIABLE = 'CASEFILE_PASSPHRASE';
export const NEW_PASSPHRASE_VARIABLE = 'CASEFILE_NEW_PASSPHRASE';
const RECOVERY_KEY_VARIABLE = 'CASEFILE_RECOVERY_KEY';

/** The passphrase of an encrypted archive, asked for once per run however often it is needed. */
export function currentPassphraseSource(io: CliIo): () => Promise<string> {
  let answer: Promise<string> | undefined;
  return () => {
    answer ??=
      fromEnvironment(PASSPHRASE_VARIABLE) ?? askHidden('Passphrase: ', io, PASSPHRASE_VARIABLE);
    return answer;
  };
}

/** A passphrase being chosen: from the environment, or typed twice to catch a typo. */
export async function newPassphrase(io: CliIo, variable: string): Promise<string> {
  const given = fromEnvironment(variable);
  if (given) return given;
  const first = await askHidden('New passphrase (at least 8 characters): ', io, variable);
  const second = await askHidden('The same passphrase again: ', io, variable);
  if (first !== second) throw new UsageError('The two passphrases differ; nothing was changed.');
  return first;
}

/** The recovery key, for a forgotten passphrase. */
export function recoveryKey(io: CliIo): Promise<string> {
  return (
    fromEnvironment(RECOVERY_KEY_VARIABLE) ?? askHidden('Recovery key: ', io, RECOVERY_KEY_VARIABLE)
  );
}

function fromEnvironment(variable: string): Promise<string> | undefined {
  const value = process.env[variable];
  return value ? Promise.resolve(value) : undefined;
}

/** Reads a line from the terminal without showing it. */
function askHidden(question: string, io: CliIo, variable: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    return Promise.reject(
      new UsageError(
        `This needs a secret that is typed in a terminal; from a script, set ${variable}.`,
      ),
    );
  }
  io.err.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      io.err.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(typed);
          return;
        }
        if (char === '\u0003' || char === '\u0004') {
          finish();
          reject(new UsageError('Cancelled; nothing was changed.'));
          return;
        }
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += char;
      }
    };
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}

export const BUNDLE_PASSPHRASE_VARIABLE = 'CASEFILE_BUNDLE_PASSPHRASE';

/** The passphrase of an encrypted archive bundle being read. */
export function bundlePassphrase(io: CliIo): Promise<string> {
  return (
    fromEnvironment(BUNDLE_PASSPHRASE_VARIABLE) ??
    askHidden('Passphrase of the bundle: ', io, BUNDLE_PASSPHRASE_VARIABLE)
  );
}
