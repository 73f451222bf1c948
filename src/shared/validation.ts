/**
 * Turning zod's findings into the plain sentences of a `validation` error, one per field,
 * the same way for every transport and for the CLI.
 */
import type { z } from 'zod';
import { CasefileError, type FieldProblem } from './errors';

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: plainMessage(issue),
  }));
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'This is required.'
        : `This should be ${article(issue.expected)}.`;
    case 'invalid_value':
      return `Choose one of: ${issue.values.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.`;
    case 'too_big':
      return issue.message.startsWith('Too big') ? `This is too long or too large.` : issue.message;
    case 'too_small':
      return issue.message.startsWith('Too small')
        ? `This is too short or too small.`
        : issue.message;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'yes or no',
    array: 'a list',
    object: 'a group of fields',
  };
  return words[expected] ?? expected;
}

/** Parses input or throws a `validation` CasefileError listing every problem. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what = 'The input',
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = fieldProblems(result.error);
  const first = fields[0];
  const where = first && first.path ? ` (${first.path})` : '';
  throw new CasefileError(
    'validation',
    `${what} has ${fields.length === 1 ? 'a problem' : `${fields.length} problems`}: ${first?.message ?? 'invalid'}${where}`,
    { fields },
  );
}
