/** The calls of a person's page beside the record itself: the photo and the profile's figures. */
import { removePersonPhoto, setPersonPhoto } from '../workspace/person-photo';
import { personProfile } from '../workspace/person-profile';
import type { Handlers } from './dispatch';

type ProfileHandlers = Pick<
  Handlers,
  'persons.setPhoto' | 'persons.removePhoto' | 'workspace.profile'
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
};
