/** Why a whole import stopped: the archive's own sentence, or a fixed one for an internal fault. */
import { describe, expect, it, vi } from 'vitest';
import { CasefileError } from '../../../src/shared/errors';
import { importStoppedReason } from '../../../src/main/importers/import-jobs';

describe('importStoppedReason', () => {
  it('passes the archive’s plain sentence on', () => {
    expect(
      importStoppedReason(
        new CasefileError('io', 'The disk is full; free some space and try again.'),
      ),
    ).toBe('The import stopped: The disk is full; free some space and try again.');
  });

  it('keeps an internal fault’s details (paths, stack) out of the window, and logs them', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fault = new TypeError(
      "Cannot read properties of undefined (reading 'at') in /home/secretary/tmp/x",
    );
    const reason = importStoppedReason(fault);
    expect(reason).toBe(
      'The import stopped because of an error inside Casefile; what was stored before it stays.',
    );
    expect(reason).not.toContain('/home');
    expect(log).toHaveBeenCalledWith('An import stopped:', fault);
    log.mockRestore();
  });
});
