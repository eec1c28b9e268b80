// Speakers: the noun phrases that attribute a quote and their resolution to the name the article introduced.
// The code lives in the mentions stage (mentions/) and the attribution sieve (attribution/); this module keeps
// the old import path.
export { classify } from './mentions/classify.ts';
export { isNameTok, isSpeechVerb, nameRunEnd, collectBackward } from './mentions/phrase.ts';
export type { Gender, Resolved, SpeakerKind, SpeakerRef } from './mentions/phrase.ts';
export { PeopleRegistry, type PersonEntry } from './mentions/registry.ts';
export { SpeakerResolver } from './attribution/resolver.ts';
export { clauseSubject, subjectAfter, subjectAtStart, subjectBefore } from './attribution/subject.ts';
