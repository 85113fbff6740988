/**
 * npm run --silent server:invite -- --team "<team>" --role rep|marketer|admin --name "<name>"
 *   [--email <email>] [--hours <valid for>]
 * Makes the team if needed; prints the one-time code alone on the last line.
 */
import { InviteRequest, type CodeResponse } from '../../lib/model/index.ts';
import { createInvite } from '../auth/invites.ts';
import { configFromEnv } from '../config.ts';
import { CLI_ACTOR } from '../http/routes/local.ts';
import { parseArgs, UsageError } from './args.ts';
import { runCommand } from './run.ts';
import { askServer, storeAccess } from './store-access.ts';

const USAGE = 'npm run --silent server:invite -- --team "<team>" --role rep|marketer|admin --name "<name>" [--email <email>] [--hours <n>]';

await runCommand(USAGE, async () => {
  const args = parseArgs(process.argv.slice(2), ['team', 'role', 'name', 'email', 'hours']);
  const parsed = InviteRequest.safeParse({
    team: args.team,
    role: args.role,
    name: args.name,
    email: args.email,
    expiresInHours: args.hours === undefined ? undefined : Number(args.hours),
  });
  if (!parsed.success) {
    const flag = (path: string) => (path === 'expiresInHours' ? 'hours' : path);
    throw new UsageError(parsed.error.issues.map((issue) => `--${flag(issue.path.join('.'))}: ${issue.message}`).join('\n'));
  }
  const request = parsed.data;
  const access = await storeAccess(configFromEnv());
  let invite: CodeResponse;
  if (access.kind === 'server') {
    invite = (await (await askServer(access, '/v1/local/invites', { method: 'POST', body: JSON.stringify(request) })).json()) as CodeResponse;
  } else {
    try {
      invite = await access.db.transaction((tx) => createInvite(tx, CLI_ACTOR, request));
    } finally {
      await access.done();
    }
  }
  console.log(`Invite for ${request.name} (${request.role}, team "${request.team}"), valid until ${invite.expiresAt}.`);
  console.log("Paste it, with this server's URL, in Warmline's options page (Team tab). It works once.");
  console.log(invite.code);
});
