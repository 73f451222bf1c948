/** The calls of encryption at rest: status, unlock with the passphrase, lock now. */
import type { Handlers } from './dispatch';

type EncryptionHandlers = Pick<
  Handlers,
  'encryption.status' | 'encryption.unlock' | 'encryption.lock'
>;

export const encryptionHandlers: EncryptionHandlers = {
  'encryption.status': async (_input, context) => context.session.encryption,
  'encryption.unlock': async (input, context) =>
    (await context.session.unlock(input.passphrase)).info,
  'encryption.lock': async (_input, context) => {
    await context.session.lock();
    return context.session.encryption;
  },
};
