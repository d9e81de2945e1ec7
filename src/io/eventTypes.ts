// How ACLED's and UCDP GED's categories become the app's: relation types from
// event types, actor kinds from actor types and names, and the words for their
// precision codes. One table per question, each keyed by the format's own value
// in lower case, so the README's table and the readers cannot drift apart.
// (GDELT's CAMEO table is in cameoTypes.ts.)
//
// The types ACLED needs beyond the built-in ones are declared in ACLED_TYPES; a
// dataset may later replace any of them by declaring a type of the same id.

import { GENERIC_TYPE, type RelationType } from '../model/relationTypes';
import type { ActorKind } from '../model/types';

/** Two parties reach an agreement (ACLED "Strategic developments / Agreement"): cooperative words. */
export const AGREES_WITH: RelationType = {
  id: 'agrees-with',
  label: 'agrees with',
  sign: 1,
  directed: false,
  kind: 'verbal',
  description: 'reaches an agreement with (a ceasefire, a prisoner exchange, a handover)',
};

/** The types ACLED's table uses beyond the built-in ones: pass to eventsToDataset as relationTypes. */
export const ACLED_TYPES: RelationType[] = [AGREES_WITH];

/**
 * ACLED event_type → relation type. actor1 is the relation's source, actor2 its target.
 * Battles are fights (undirected); explosions and violence against civilians are
 * strikes by actor1 on actor2; protests and riots oppose actor2 (the police that
 * intervened, a government); strategic developments are neutral unless the
 * sub-event type says more (ACLED_SUB_EVENT_TYPES).
 */
export const ACLED_EVENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['battles', 'fights'],
  ['explosions/remote violence', 'strikes'],
  ['violence against civilians', 'strikes'],
  ['protests', 'opposes'],
  ['riots', 'opposes'],
  ['strategic developments', GENERIC_TYPE],
]);

/** ACLED "event_type / sub_event_type" → relation type, where the sub-event type decides (it wins). */
export const ACLED_SUB_EVENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['strategic developments / agreement', AGREES_WITH.id],
]);

/** The relation type of an ACLED event; undefined when the event type is not in the table. */
export function acledRelationType(eventType: string, subEventType: string): string | undefined {
  const event = eventType.trim().toLowerCase();
  return ACLED_SUB_EVENT_TYPES.get(`${event} / ${subEventType.trim().toLowerCase()}`) ?? ACLED_EVENT_TYPES.get(event);
}

/**
 * ACLED inter1/inter2 → actor kind: the older files' codes (1-8) and the current
 * files' words. Rioters, protesters, civilians and external or other forces are
 * organisations; foreign militaries among the last are caught by their name
 * (kindByName) before this table is read.
 */
export const ACLED_INTER_KINDS: ReadonlyMap<string, ActorKind> = new Map<string, ActorKind>([
  ['1', 'state-institution'],
  ['2', 'armed-group'],
  ['3', 'armed-group'],
  ['4', 'armed-group'],
  ['5', 'organisation'],
  ['6', 'organisation'],
  ['7', 'organisation'],
  ['8', 'organisation'],
  ['state forces', 'state-institution'],
  ['rebel group', 'armed-group'],
  ['political militia', 'armed-group'],
  ['identity militia', 'armed-group'],
  ['rioters', 'organisation'],
  ['protesters', 'organisation'],
  ['civilians', 'organisation'],
  ['external/other forces', 'organisation'],
]);

/**
 * An actor's kind from its name alone, as both formats name states and their forces:
 * "Military Forces of Syria (2000-2024)" and "Police Forces of Iraq (2020-)" are
 * state institutions, "Government of Syria" a state, "Civilians (Syria)" civilians.
 */
export function kindByName(name: string): ActorKind | undefined {
  const n = name.trim().toLowerCase();
  if (/^(military|police) forces of /.test(n)) return 'state-institution';
  if (/^government of /.test(n)) return 'state';
  if (n === 'civilians' || n.startsWith('civilians (')) return 'organisation';
  return undefined;
}

/** An ACLED actor's kind: its name, then its inter code; undefined when the code is not in the table. */
export function acledActorKind(name: string, inter: string): ActorKind | undefined {
  return kindByName(name) ?? ACLED_INTER_KINDS.get(inter.trim().toLowerCase());
}

/**
 * An actor named in assoc_actor_1/2: by its name, else its main actor's kind, except
 * that the militias fighting beside state forces are armed groups, not the state's
 * own institutions (Hezbollah beside the Syrian army).
 */
export function acledAssociateKind(name: string, main: ActorKind): ActorKind {
  return kindByName(name) ?? (main === 'state' || main === 'state-institution' ? 'armed-group' : main);
}

/** ACLED time_precision → what the note says of the day (1, the day itself, says nothing). */
export const ACLED_TIME_PRECISION: ReadonlyMap<string, string> = new Map([
  ['2', 'day approximate (time precision 2: the week is known)'],
  ['3', 'day approximate (time precision 3: only the month is known)'],
]);

/** UCDP GED type_of_violence → relation type and the words for it. side_a is the source, side_b the target. */
export const UCDP_VIOLENCE_TYPES: ReadonlyMap<string, { type: string; label: string }> = new Map([
  ['1', { type: 'fights', label: 'State-based violence' }],
  ['2', { type: 'fights', label: 'Non-state violence' }],
  ['3', { type: 'strikes', label: 'One-sided violence' }],
]);

/** A UCDP side's kind: "Government of X" a state, "Civilians" civilians, anyone else an armed group. */
export function ucdpActorKind(name: string): ActorKind {
  return kindByName(name) ?? 'armed-group';
}

/** UCDP GED event_clarity → words. */
export const UCDP_EVENT_CLARITY: ReadonlyMap<string, string> = new Map([
  ['1', 'high'],
  ['2', 'low: an aggregate of events reported together'],
]);

/** UCDP GED date_prec → words. */
export const UCDP_DATE_PRECISION: ReadonlyMap<string, string> = new Map([
  ['1', 'the exact day'],
  ['2', 'a range of 2 to 6 days'],
  ['3', 'the week'],
  ['4', 'a range of 8 to 30 days, or the month'],
  ['5', 'more than a month, or the year'],
]);
