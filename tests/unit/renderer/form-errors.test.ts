/** API errors turned into inline form errors. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/renderer/src/api-error';
import {
  formErrorsOf,
  hasErrors,
  localErrors,
  NO_ERRORS,
} from '../../../src/renderer/src/lib/form-errors';

const FIELDS = ['name', 'nativeName', 'aliases', 'birthDate', 'address.lines'];

function validation(fields: { path: string; message: string }[], message = 'Check the form.') {
  return new ApiError({ code: 'validation', message, details: { fields } });
}

describe('formErrorsOf', () => {
  it('puts each problem next to its field', () => {
    const errors = formErrorsOf(
      validation([
        { path: 'name', message: 'The name is required.' },
        { path: 'birthDate', message: 'This date does not exist in the calendar.' },
      ]),
      FIELDS,
    );
    expect(errors).toEqual({
      fields: {
        name: 'The name is required.',
        birthDate: 'This date does not exist in the calendar.',
      },
      general: [],
    });
    expect(hasErrors(errors)).toBe(true);
  });

  it('finds the field of a deeper path and of an update (fields.…)', () => {
    const errors = formErrorsOf(
      validation([
        { path: 'fields.aliases.2', message: 'An alias is at most 300 characters.' },
        { path: 'address.lines.0', message: 'An address line must fit on one line.' },
      ]),
      FIELDS,
    );
    expect(errors.fields).toEqual({
      aliases: 'An alias is at most 300 characters.',
      'address.lines': 'An address line must fit on one line.',
    });
  });

  it('keeps the first problem of a field', () => {
    const errors = formErrorsOf(
      validation([
        { path: 'aliases.0', message: 'First.' },
        { path: 'aliases.1', message: 'Second.' },
      ]),
      FIELDS,
    );
    expect(errors.fields).toEqual({ aliases: 'First.' });
  });

  it('says problems of fields the form does not have once, above it', () => {
    const errors = formErrorsOf(
      validation([
        { path: 'sharing', message: 'Choose a sharing level.' },
        { path: 'photoId', message: 'Choose a sharing level.' },
      ]),
      FIELDS,
    );
    expect(errors).toEqual({ fields: {}, general: ['Choose a sharing level.'] });
  });

  it('says the message of an error without field details', () => {
    const error = new ApiError({
      code: 'not-found',
      message: 'This person is not in the archive.',
    });
    expect(formErrorsOf(error, FIELDS)).toEqual({
      fields: {},
      general: ['This person is not in the archive.'],
    });
  });

  it('says the message of any other error, or a plain sentence', () => {
    expect(formErrorsOf(new Error('Disk full.'), FIELDS).general).toEqual(['Disk full.']);
    expect(formErrorsOf('weird', FIELDS).general).toEqual(['Something went wrong.']);
  });
});

describe('localErrors', () => {
  it('keeps the fields that have a problem', () => {
    const errors = localErrors({ birthDate: 'Write the date as dd.mm.yyyy.', name: undefined });
    expect(errors).toEqual({ fields: { birthDate: 'Write the date as dd.mm.yyyy.' }, general: [] });
    expect(hasErrors(localErrors({ name: undefined }))).toBe(false);
    expect(hasErrors(NO_ERRORS)).toBe(false);
  });
});
