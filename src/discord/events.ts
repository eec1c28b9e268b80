// Every interaction goes through here: slash commands (after the cooldown), autocomplete, and page buttons.
// One log line per interaction: kind, command, user, latency, outcome.
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { type DiscordCommand, type DiscordContext, viewOf } from './context.ts';
import { formatWait } from './cooldown.ts';
import { decodePageId, pagerRow } from './paging.ts';
import { renderReply } from './render.ts';
import { apologize, outcomeOf, respondChoices, sendNotice, setOutcome, updatePage } from './respond.ts';

export type CommandRegistry = (name: string) => DiscordCommand | undefined;

export async function handleInteraction(
  interaction: Interaction,
  shared: DiscordContext,
  find: CommandRegistry,
): Promise<void> {
  const t0 = performance.now();
  // Each server is answered from its own articles (plus the bundled ones); never another server's.
  const ctx: DiscordContext = shared.catalog
    ? { ...shared, library: shared.catalog.forGuild(interaction.guildId) }
    : shared;
  let kind = 'other';
  let command: string | undefined;
  let errorId: string | undefined;
  try {
    if (interaction.isChatInputCommand()) {
      kind = 'command';
      command = interaction.commandName;
      await runCommand(interaction, ctx, find);
    } else if (interaction.isAutocomplete()) {
      kind = 'autocomplete';
      command = interaction.commandName;
      await runAutocomplete(interaction, ctx, find);
    } else if (interaction.isButton()) {
      kind = 'button';
      command = decodePageId(interaction.customId)?.command;
      await turnPage(interaction, ctx, find);
    } else if (interaction.isRepliable()) {
      // Select menus, modal submits, context-menu commands: this bot registers none, but Discord shows "did not
      // respond" for anything left unanswered.
      kind = interaction.isMessageComponent()
        ? 'component'
        : interaction.isModalSubmit()
          ? 'modal'
          : interaction.isContextMenuCommand()
            ? 'context-menu'
            : 'other';
      setOutcome(interaction, 'refused');
      await sendNotice(interaction, ctx.log, 'That is not something this bot supports. Try /help.');
    } else {
      return;
    }
  } catch (err) {
    if (interaction.isAutocomplete()) {
      // An autocomplete cannot show an apology: answer with no choices and log.
      ctx.log.error({ err, command }, 'autocomplete failed');
      await respondChoices(interaction, ctx.log, []).catch(() => undefined);
      setOutcome(interaction, 'failed');
    } else {
      errorId = await apologize(interaction, ctx.log, err);
    }
  } finally {
    ctx.log.info(
      {
        kind,
        command,
        user: interaction.user.id,
        latencyMs: Math.round(performance.now() - t0),
        outcome: outcomeOf(interaction) ?? 'none',
        ...(interaction.isRepliable() && interaction.deferred ? { deferred: true } : {}),
        ...(errorId ? { errorId } : {}),
      },
      'interaction',
    );
  }
}

async function runCommand(interaction: ChatInputCommandInteraction, ctx: DiscordContext, find: CommandRegistry) {
  const cmd = find(interaction.commandName);
  if (!cmd) {
    setOutcome(interaction, 'unknown-command');
    await sendNotice(interaction, ctx.log, `I don't know /${interaction.commandName} (any more). Try /help.`);
    return;
  }
  if (await coolingDown(interaction, ctx)) return;
  await cmd.execute(interaction, ctx);
}

/** The per-user cooldown, shared by commands and buttons (a button re-runs a command); true when refused. */
async function coolingDown(interaction: ChatInputCommandInteraction | ButtonInteraction, ctx: DiscordContext) {
  const wait = ctx.cooldown.take(interaction.user.id);
  if (wait <= 0) return false;
  setOutcome(interaction, 'cooldown');
  await sendNotice(interaction, ctx.log, `Slow down a little: you can use a command again in ${formatWait(wait)}.`);
  return true;
}

/**
 * Whether the button pressed is one of the buttons of the bot's own message it came with. Discord only sends
 * those, so anything else is a forged payload (a custom_id made up to run a command without its limits).
 */
function ownButton(interaction: ButtonInteraction): boolean {
  const message = interaction.message as ButtonInteraction['message'] | undefined;
  if (!message || message.author?.id !== interaction.applicationId) return false;
  return message.components.some((row) =>
    'components' in row ? row.components.some((c) => 'customId' in c && c.customId === interaction.customId) : false,
  );
}

async function runAutocomplete(interaction: AutocompleteInteraction, ctx: DiscordContext, find: CommandRegistry) {
  const cmd = find(interaction.commandName);
  if (!cmd?.autocomplete) {
    await respondChoices(interaction, ctx.log, []);
    return;
  }
  await cmd.autocomplete(interaction, ctx);
}

/** A Previous/Next button: rebuilds the page from the state in its customId. */
async function turnPage(interaction: ButtonInteraction, ctx: DiscordContext, find: CommandRegistry) {
  const state = ownButton(interaction) ? decodePageId(interaction.customId, ctx.library) : null;
  const cmd = state ? find(state.command) : undefined;
  if (!state || !cmd) {
    setOutcome(interaction, 'refused');
    await sendNotice(interaction, ctx.log, 'These buttons no longer work. Run the command again.');
    return;
  }
  if (interaction.user.id !== state.userId) {
    setOutcome(interaction, 'refused');
    await sendNotice(
      interaction,
      ctx.log,
      `Only the person who ran /${state.command} can turn these pages. Run /${state.command} yourself to browse it.`,
    );
    return;
  }
  if (await coolingDown(interaction, ctx)) return;
  const reply = cmd.answer(ctx, state.opts, viewOf(ctx, state.page));
  const row = pagerRow(reply.pager, { command: state.command, userId: state.userId, opts: state.opts }, ctx.library);
  await updatePage(interaction, ctx.log, { ...renderReply(reply), components: row ? [row] : [] });
}
