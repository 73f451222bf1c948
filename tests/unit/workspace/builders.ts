/** Small record builders for the workspace tests: fictional people, fixed timestamps. */
import {
  Address,
  Case,
  Event,
  Facility,
  Letter,
  Person,
  type FieldsOf,
} from '../../../src/shared/records';
import type { WorkspaceData } from '../../../src/main/workspace/workspace-data';

const ADDED = '2024-01-01T09:00:00.000Z';

function meta(id: string, at = ADDED) {
  return { id, createdAt: at, updatedAt: at };
}

export function person(id: string, fields: Partial<FieldsOf<'person'>> = {}, at?: string) {
  return Person.parse({
    name: id,
    role: 'prisoner',
    status: 'pre-trial',
    ...fields,
    ...meta(id, at),
  });
}

export function facility(id: string, fields: Partial<FieldsOf<'facility'>> = {}) {
  return Facility.parse({ code: id, ...fields, ...meta(id) });
}

export function address(id: string, fields: FieldsOf<'address'>) {
  return Address.parse({ ...fields, ...meta(id) });
}

export function letter(id: string, fields: FieldsOf<'letter'>, at?: string) {
  return Letter.parse({ ...fields, ...meta(id, at) });
}

export function caseOf(id: string, fields: FieldsOf<'case'>) {
  return Case.parse({ ...fields, ...meta(id) });
}

export function event(id: string, fields: FieldsOf<'event'>) {
  return Event.parse({ ...fields, ...meta(id) });
}

export function workspace(data: Partial<WorkspaceData>): WorkspaceData {
  return {
    persons: [],
    facilities: [],
    addresses: [],
    cases: [],
    events: [],
    letters: [],
    articles: [],
    documents: [],
    ...data,
  };
}
