import type { Agreement } from '../agreements/schema';
import { scopeItemNamed, type ScopeMatch } from '../agreements/scope-items';
import { fold } from './fold';
import { LABEL_THRESHOLD } from './kinds';
import type { Scores } from './rules';
import type { Sentence } from './sentences';

// What the agreement changes about the labels: a requested item the scope lists as a deliverable is not a scope
// change, one it lists as excluded is one even without a cue phrase; a revision request past the rounds included is
// endless revisions, and one inside them, in a thread whose every earlier message was a round, is not. The item
// matching is the one behind the panel's scope fact (scope-items.ts, through facts.ts), so the panel's fact and the
// label always agree.

export interface GroundingContext {
  agreement: Agreement;
  sentences: Sentence[];
  /** The same sentences folded (the cue reader's): what the revision words are looked for in. */
  folded: readonly string[];
  prior?: string[];
  /** The cue rules' own scores: a count the client states ("the fifth round") stands whatever the thread shows. */
  rules?: Scores;
}

// A message asking for changes to delivered work, in any of the three languages, read folded (lower case, accents
// off: "cámbielos", "mové"): the words for a round of changes, and the verbs and comparatives clients change delivered
// work with ("swap the salmon dishes", "make Saturday shorter", "la isla más chica", "改成红色", "字體大返啲").
const REVISION_REQUEST = new RegExp(
  [
    "\\b(?:changes?|changed|feedback|notes|tweaks?|revisions?|edits|amends|corrections?|redo|re-do|another round|one more pass)\\b",
    // The edits themselves, in their forms: "swap", "moved", "dropping the back-off sets", "take it in", "let it out".
    '\\b(?:swap|switch|move|reword|rewrite|rework|rejig|adjust|replace|remove|drop|shorten|lengthen|simplify|correct|fix|widen|enlarge|resize|reorder|rearrange|loosen|tighten|soften|brighten|lighten|darken|thicken|straighten|tone down|take (?:it|them|this|that) (?:in|up|out|off)|take (?:out|off|away) (?:the|that|this|these|those)|let (?:it|them) (?:out|down))(?:s|es|d|ed|ing|ped|ping)?\\b',
    '\\b(?:instead|rather than|back to|spelt wrong|misspelt|misspelled|typo)\\b',
    '\\b(?:bigger|smaller|larger|shorter|(?<!no )longer|wider|narrower|taller|thinner|thicker|lighter|darker|brighter|paler|warmer|cooler|softer|bolder|simpler|cleaner|plainer|deeper|tighter|looser)\\b',
    // "Make the letters red", "could the teddy be sitting", "the date should be in Welsh", "X, not Y", "too long".
    '\\bmake (?:it|them|this|that|the|these|those|each|every|all)\\b|\\b(?:can|could) (?:the|it|they|this|that|these|those) (?:[a-z-]+ ){0,3}be\\b',
    "\\b(?:should|needs? to|has to|must) (?:be|go|read|say|show|match|sit)\\b|, not (?:the|a|an|just|in|on|at)\\b|\\btoo (?:long|short|big|small|tight|loose|bright|dark|light|pale|high|low|wide|narrow|busy|plain|thin|thick|stiff|heavy)\\b",
    '\\b(?:cambios|comentarios|correcciones|retoques?|revision|ronda)\\b',
    '\\b(?:cambi[aeo]\\w*|muev[aeo]\\w*|mov(?:er|iendo|amos|elo|ela|elos|elas|erlo|erla|erlos|erlas)|quit[aeo]\\w*|sac(?:a|as|ale|alo|ala|alos|alas|ar|arle|arlo|arla|arles|en|uen|que|quen)|pon(?:la|lo|las|los|le|les|ele|elo|ela|ga|gan|ganle|ganlo|gale|er|erle|erlo|erla)?|agrega|agregue|agreguen|anade|anadan|baj(?:a|ala|alo|alas|alos|arle|arles|en|ar)|sub(?:e|ila|ilo|an|anlo|ir|irle|irles|irla|irlo|irlas|irlos|ele|eles)|achica|achiquen|agranda|agranden|proba|prueba|pruebe|probemos|ajust[aeo]\\w*|modific\\w*|reemplaz\\w*|sustitu\\w*|rehac\\w*|corrig\\w*|correg\\w*|corrij\\w*|reescrib\\w*|reorganiz\\w*|rearm\\w*|suprim\\w*|elimin\\w*|reduc\\w*|amplia\\w*|amplie\\w*|acort\\w*|alarg\\w*|afloj\\w*|estir\\w*|iguala\\w*|repet\\w*|repit\\w*|repas\\w*|retoc\\w*|arregl\\w*)\\b',
    '\\b(?:en vez de|en lugar de|volver a|vuelvan a|volvemos a|volvamos a|mas (?:grande|chic|pequen|cort|larg|fin|grues|alt|baj|ancho|ancha|angost|profund|clar|oscur|simple)\\w*|(?<!\\ba |\\bal |\\blo )menos (?!que\\b)\\w+)',
    // "Quedan largas", "está muy oscuro", "mejor en rojo", "que sea cuadrado", "y no al centro", "pasarlas al jueves".
    '\\b(?:qued\\w* (?:[a-z]+ ){0,2}|muy |demasiado )(?:larg|cort|just|grand|chic|apretad|floj|anch|oscur|clar|torcid|abombad|pequen)\\w*|\\b(?:esta|estan|es|son|se ve|se ven) (?:muy|demasiado) [a-z]+',
    '\\b(?:debe|deben|tiene que|tienen que|podria|podrian) (?:ser|ir|llegar|quedar|llevar|estar)\\b|\\b(?:la|lo|las|los) (?:queremos|quiero|quisiera|quisieramos) (?:con|en|sin|mas|menos)\\b',
    '\\bmejor (?:pon\\w*|en|con|sin|sea|el|la|los|las)\\b|\\bque (?:sea|sean|vaya|vayan|lleve|lleven|quede|queden|salga|salgan)\\b|(?:,|\\by) no (?:al|a la|a|en|arriba|abajo)\\b|\\bpas\\w* al\\b|\\b(?:hay|habria|toca) que \\w+(?:le|les|la|lo|las|los)\\b',
    '修改|改一下|改成|改回|换成|換成|换个|換個|换回|換回|调整|調整|修改意见|修改意見|反馈|反饋|再改|挪|删|刪|放大|缩小|縮小|压缩|壓縮|缩短|縮短|轉做|搬去|大返',
    '改(?:短|长|長|大|小|细|細|粗|亮|暗|口语|口語)|再[\\u3400-\\u9fff]一[点點些]|[大小亮暗细細粗短长長宽寬窄浅淺深]一[点點些]',
  ].join('|'),
);
const REQUEST_MARKER =
  /\?|？|\b(?:can|could|would) you\b|\bplease\b|\bwe(?:'d| would) like\b|\bwe need\b|\b(?:podr[ií]as|puedes|podéis|pod[eé]is|necesitamos|queremos)\b|能不能|可以|麻烦|麻煩|帮|幫|需要|想要/i;
// Requests that do not ask but direct or announce a choice, read folded: "kindly distribute", "we went with Chantilly
// Lace for the ceiling", "le dejo la escritura para que la inscriba", "那天你过来现场盯一下吧". A sentence naming an
// excluded item this way asks for it as much as a question does.
const DIRECTS = new RegExp(
  [
    "\\b(?:kindly|we went with|go ahead|start (?:it|on it|them)|we(?:'ll| will) have|i(?:'d| would) like|(?:we|i)(?:'d| would) love|need you to|make sure|let's|do it|get (?:it|them) done)\\b",
    "\\bwe(?:'ve| have)? (?:settled on|finali[sz]ed|decided on|chosen|picked|gone with)\\b",
    '\\b(?:para que (?:me |nos |lo |la |los |las |le |les )?[a-z]+|quiero|quieren|queremos|me gustaria|nos gustaria|necesito|ojala|habria que|tendria que|fijate|fijese|te encargo|le encargo)\\b',
    '吧|请|請|烦请|煩請|直接|想要|想请|想請|让你|讓你|给我|給我',
  ].join('|'),
);
const MAX_REQUEST_SENTENCES = 20;

// The panel classifies each client message of a thread with every one before it (analyze-thread.ts), so without this a
// thread of n messages is read n²/2 times (400 messages of 2 KB: 1.5 s). Whether a message asks for changes is kept
// for the usual mail (a few hundred messages of under 16,000 characters, so the strings kept stay a few megabytes).
const askedForChanges = new Map<string, boolean>();
const REMEMBERED_MESSAGES = 500;
const REMEMBERED_LENGTH = 16_000;

function asksForChanges(message: string): boolean {
  let asked = askedForChanges.get(message);
  if (asked === undefined) {
    asked = REVISION_REQUEST.test(fold(message));
    if (message.length <= REMEMBERED_LENGTH) {
      if (askedForChanges.size >= REMEMBERED_MESSAGES) askedForChanges.clear();
      askedForChanges.set(message, asked);
    }
  }
  return asked;
}

export function groundInAgreement(scores: Scores, ctx: GroundingContext): { roundsUsed: number | undefined } {
  groundScope(scores, ctx);
  return { roundsUsed: groundRounds(scores, ctx) };
}

type Scope = NonNullable<Agreement['scope']>;

/** The scope item the sentences name: what the panel's scope fact names for the same evidence (facts.ts). */
function namedIn(scope: Scope, evidence: string[]): ScopeMatch | undefined {
  return scopeItemNamed(scope, evidence.join('\n'));
}

function groundScope(scores: Scores, ctx: GroundingContext): void {
  const scope = ctx.agreement.scope;
  if (!scope || (scope.deliverables.length === 0 && scope.exclusions.length === 0)) return;
  const current = scores.get('scope_change');
  if (current) {
    const named = namedIn(scope, [...current.sentences].map((i) => ctx.sentences[i]!.text));
    if (named?.excluded) current.score = Math.max(current.score, 0.9);
    else if (named) scores.delete('scope_change');
    return;
  }
  if (scope.exclusions.length === 0) return;
  let checked = 0;
  for (let i = 0; i < ctx.sentences.length && checked < MAX_REQUEST_SENTENCES; i++) {
    const s = ctx.sentences[i]!.text;
    if (!REQUEST_MARKER.test(s) && !DIRECTS.test(ctx.folded[i]!)) continue;
    checked++;
    if (namedIn(scope, [s])?.excluded) {
      scores.set('scope_change', { score: 0.8, sentences: new Set([i]) });
      return;
    }
  }
}

function groundRounds(scores: Scores, ctx: GroundingContext): number | undefined {
  const included = ctx.agreement.scope?.revisionRounds;
  if (included === undefined) return undefined;
  const asking = ctx.folded.map((f, i) => (REVISION_REQUEST.test(f) ? i : -1)).filter((i) => i >= 0);
  const earlier = (ctx.prior ?? []).filter((m) => typeof m === 'string' && asksForChanges(m)).length;
  const used = earlier + (asking.length > 0 ? 1 : 0);
  if (asking.length > 0 && used > included) {
    const s = scores.get('endless_revisions') ?? { score: 0, sentences: new Set<number>() };
    s.score = Math.max(s.score, 0.8);
    for (const i of asking) s.sentences.add(i);
    scores.set('endless_revisions', s);
  } else if (asking.length > 0 && ctx.prior && earlier === ctx.prior.length && !((ctx.rules?.get('endless_revisions')?.score ?? 0) >= LABEL_THRESHOLD)) {
    // Every earlier message of the thread asked for changes, so the count cannot be short: a round the agreement still
    // includes is not one too many, and the label must not contradict the panel's "round 2 of 2 included". (Where an
    // earlier message was not read as a round, the count may be short, and the label stands.)
    scores.delete('endless_revisions');
  }
  return ctx.prior || asking.length > 0 ? used : undefined;
}
