// Which required fields of FORM.md a request still lacks.
import { REQUIRED_PATHS, type LabRequest } from './types.ts';

type RequiredPath = (typeof REQUIRED_PATHS)[number];

const IS_MISSING: Record<RequiredPath, (request: LabRequest) => boolean> = {
  // An unmatched or ambiguous Comune is not missing: it carries a warning instead.
  'request.comune': (request) => !request.comune.name,
  'request.contact.name': (request) => !request.contact.name,
  'request.contact.email': (request) => !request.contact.email,
  'request.labs': (request) => request.labs.length === 0,
  'request.needs': (request) => !request.needs,
};

/** The dotted paths of the required fields that are absent, in the order of REQUIRED_PATHS. */
export function findMissing(request: LabRequest): string[] {
  return REQUIRED_PATHS.filter((path) => IS_MISSING[path](request));
}
