/**
 * The calls of a person's page beside the records themselves: the photo, the profile's
 * figures, and the scans kept with letters.
 */
import { attachLetterScan, detachLetterScan } from '../workspace/letter-scans';
import { removePersonPhoto, setPersonPhoto } from '../workspace/person-photo';
import { personProfile } from '../workspace/person-profile';
import type { Handlers } from './dispatch';

type ProfileHandlers = Pick<
  Handlers,
  | 'persons.setPhoto'
  | 'persons.removePhoto'
  | 'workspace.profile'
  | 'letters.attachScan'
  | 'letters.detachScan'
>;

export const profileHandlers: ProfileHandlers = {
  'persons.setPhoto': async (input, context) =>
    setPersonPhoto(context.session.current, input.personId, {
      name: input.fileName,
      bytes: Buffer.from(input.data, 'base64'),
    }),
  'persons.removePhoto': async (input, context) =>
    removePersonPhoto(context.session.current, input.personId),
  'workspace.profile': async (input, context) =>
    personProfile(context.session.current, input.personId),
  'letters.attachScan': async (input, context) =>
    attachLetterScan(context.session.current, input.letterId, {
      name: input.fileName,
      bytes: Buffer.from(input.data, 'base64'),
    }),
  'letters.detachScan': async (input, context) =>
    detachLetterScan(context.session.current, input.letterId, input.attachmentId),
};
