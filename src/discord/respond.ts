// Sending to Discord: reply, defer, edit, follow up. Every message goes out with `allowedMentions: { parse: [] }`,
// so nothing an article or a user wrote can ping anyone. An interaction that expired (10062) or was already
// answered (40060) is logged, never a crash; a handler error becomes an ephemeral apology with a short error id.
import {
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponent,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type Interaction,
  type MessageMentionOptions,
  MessageFlags,
  type RepliableInteraction,
  RESTJSONErrorCodes,
} from 'discord.js';
import type { CommandOptions } from '../command.ts';
import { type Logger, newErrorId } from '../log.ts';
import type { Reply } from '../reply/model.ts';
import { type DiscordContext, shouldDefer, viewOf } from './context.ts';
import { pageOptions, pagerRow } from './paging.ts';
import { notice, type RenderedMessage, renderReply } from './render.ts';

/** Mentions nobody: sent with every reply, edit and follow-up. */
export const NO_MENTIONS: MessageMentionOptions = Object.freeze({ parse: [] }) as MessageMentionOptions;

export type Outcome =
  | 'answer'
  | 'list'
  | 'info'
  | 'empty'
  | 'error'
  | 'choices'
  | 'page'
  | 'cooldown'
  | 'refused'
  | 'expired'
  | 'already-acknowledged'
  | 'failed'
  | 'unknown-command';

const outcomes = new WeakMap<Interaction, Outcome>();

export function setOutcome(interaction: Interaction, outcome: Outcome): void {
  outcomes.set(interaction, outcome);
}

export function outcomeOf(interaction: Interaction): Outcome | undefined {
  return outcomes.get(interaction);
}

/** 10062 Unknown interaction (expired, or answered elsewhere) or 40060 already acknowledged; null otherwise. */
export function ignorableCode(err: unknown): 10062 | 40060 | null {
  if (!(err instanceof DiscordAPIError)) return null;
  if (err.code === RESTJSONErrorCodes.UnknownInteraction) return 10062;
  if (err.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged) return 40060;
  return null;
}

/** Runs a send; an expired or already answered interaction is logged and reported as false. */
async function guarded(
  interaction: Interaction,
  log: Logger,
  what: string,
  send: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (err) {
    const code = ignorableCode(err);
    if (code === null) throw err;
    setOutcome(interaction, code === 10062 ? 'expired' : 'already-acknowledged');
    log.warn(
      { interaction: interaction.id, code, what },
      code === 10062 ? 'interaction expired before we answered' : 'interaction already acknowledged',
    );
    return false;
  }
}

export interface MessagePayload extends RenderedMessage {
  components?: APIActionRowComponent<APIButtonComponent>[];
}

/** Sends the answer: a reply, or an edit of the deferred reply, or a follow-up when already answered. */
export async function send(
  interaction: RepliableInteraction,
  log: Logger,
  message: MessagePayload,
  opts: { ephemeral?: boolean } = {},
): Promise<boolean> {
  const body = { ...message, components: message.components ?? [], allowedMentions: NO_MENTIONS };
  const flags = opts.ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.deferred && !interaction.replied) {
    // Deferred privately, or a public answer to a public deferral: the answer takes the "thinking…" message's place.
    if (!flags || interaction.ephemeral) return guarded(interaction, log, 'editReply', () => interaction.editReply(body));
    // The deferred "thinking…" message is public and can't become ephemeral: answer privately, then remove it.
    const sent = await guarded(interaction, log, 'followUp', () => interaction.followUp({ ...body, flags }));
    if (sent) await guarded(interaction, log, 'deleteReply', () => interaction.deleteReply());
    return sent;
  }
  if (interaction.replied || interaction.deferred) {
    return guarded(interaction, log, 'followUp', () => interaction.followUp({ ...body, ...(flags ? { flags } : {}) }));
  }
  return guarded(interaction, log, 'reply', () => interaction.reply({ ...body, ...(flags ? { flags } : {}) }));
}

/** A short ephemeral text (cooldown, refusal, apology). */
export function sendNotice(interaction: RepliableInteraction, log: Logger, text: string): Promise<boolean> {
  return send(interaction, log, { content: notice(text), embeds: [] }, { ephemeral: true });
}

/** Acknowledges now and answers later (Discord shows "thinking…"). */
export function defer(
  interaction: RepliableInteraction,
  log: Logger,
  opts: { ephemeral?: boolean } = {},
): Promise<boolean> {
  if (interaction.deferred || interaction.replied) return Promise.resolve(true);
  return guarded(interaction, log, 'deferReply', () =>
    interaction.deferReply(opts.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  );
}

/** A short id tying an apology to its log line. */

/** Logs the full error and tells the user, ephemerally, that something went wrong (with the error id). */
export async function apologize(interaction: Interaction, log: Logger, err: unknown): Promise<string> {
  const errorId = newErrorId();
  setOutcome(interaction, 'failed');
  log.error({ err, errorId, interaction: interaction.id }, 'command failed');
  if (!interaction.isRepliable()) return errorId;
  try {
    await sendNotice(
      interaction,
      log,
      `Sorry, something went wrong on my side (error id ${errorId}). Please try again in a moment.`,
    );
  } catch (sendErr) {
    log.error({ err: sendErr, errorId }, 'could not send the apology');
  }
  return errorId;
}

/** Answers an autocomplete with at most 25 choices of at most 100 characters (name and value). */
export async function respondChoices(
  interaction: AutocompleteInteraction,
  log: Logger,
  choices: { name: string; value: string }[],
): Promise<boolean> {
  const seen = new Set<string>();
  const clean: APIApplicationCommandOptionChoice<string>[] = [];
  for (const c of choices) {
    const name = cut100(c.name.replace(/\s+/g, ' ').trim());
    const value = cut100(c.value);
    if (!name || !value || seen.has(value)) continue;
    seen.add(value);
    clean.push({ name, value });
    if (clean.length === 25) break;
  }
  setOutcome(interaction, 'choices');
  if (interaction.responded) return false;
  return guarded(interaction, log, 'respond', () => interaction.respond(clean));
}

function cut100(s: string): string {
  if (s.length <= 100) return s;
  const head = s.slice(0, 99);
  const space = head.lastIndexOf(' ');
  return `${(space > 60 ? head.slice(0, space) : head).trimEnd()}…`;
}

/**
 * The usual path of a slash command: defer when the answer may be slow, build the reply, render it (with pager
 * buttons when it has pages), and send it. Errors and empty answers are shown only to the asker.
 */
export async function answerCommand(
  interaction: ChatInputCommandInteraction,
  ctx: DiscordContext,
  build: (view: { page: number; pageSize?: number }) => Reply,
  opts: { question?: string; paged?: CommandOptions } = {},
): Promise<void> {
  const command = interaction.commandName;
  if (shouldDefer(ctx, command) && !(await defer(interaction, ctx.log))) return;
  const t0 = performance.now();
  const reply = build(viewOf(ctx, 1));
  ctx.lastAnswerMs.set(command, performance.now() - t0);
  setOutcome(interaction, reply.tone);
  const row = opts.paged
    ? pagerRow(reply.pager, { command, userId: interaction.user.id, opts: pageOptions(opts.paged) }, ctx.library)
    : null;
  const message: MessagePayload = { ...renderReply(reply, { question: opts.question }), components: row ? [row] : [] };
  await send(interaction, ctx.log, message, { ephemeral: reply.tone === 'error' });
}

/** Shows another page in place of the current one (the button's message is updated). */
export async function updatePage(
  interaction: ButtonInteraction,
  log: Logger,
  message: MessagePayload,
): Promise<boolean> {
  setOutcome(interaction, 'page');
  const body = { ...message, components: message.components ?? [], allowedMentions: NO_MENTIONS };
  return guarded(interaction, log, 'update', () => interaction.update(body));
}
