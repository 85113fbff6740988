-- Warmline Team's store. SQL within PostgreSQL 15 (PGlite is a newer major: use nothing newer).

CREATE TABLE server_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
-- A new epoch makes every client resync: a fresh database, or one restored from an export.
INSERT INTO server_meta (key, value) VALUES ('epoch', gen_random_uuid()::text);

CREATE TABLE teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX teams_name ON teams (lower(name));

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  email text CHECK (length(email) <= 200),
  role text NOT NULL CHECK (role IN ('rep', 'marketer', 'admin')),
  -- Bumped by every change of role or teams: a cursor made before it answers "resync".
  access_rev integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  removed_at timestamptz
);

CREATE TABLE memberships (
  user_id uuid NOT NULL REFERENCES users (id),
  team_id uuid NOT NULL REFERENCES teams (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, team_id)
);
CREATE INDEX memberships_team ON memberships (team_id);

-- Per-browser tokens, stored only as SHA-256 hashes.
CREATE TABLE tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  hash text NOT NULL UNIQUE,
  device text CHECK (length(device) <= 100),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX tokens_user ON tokens (user_id);

-- One-time codes: invites (a new user) and device codes (another browser of a user).
CREATE TABLE invites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  hash text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('invite', 'device')),
  team_id uuid REFERENCES teams (id),
  role text CHECK (role IN ('rep', 'marketer', 'admin')),
  name text CHECK (length(name) BETWEEN 1 AND 200),
  email text CHECK (length(email) <= 200),
  user_id uuid REFERENCES users (id),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CHECK ((kind = 'invite' AND team_id IS NOT NULL AND role IS NOT NULL AND name IS NOT NULL)
      OR (kind = 'device' AND user_id IS NOT NULL))
);

-- Attempts per client address and time window, shared by every instance.
CREATE TABLE rate_limits (
  bucket text NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (bucket, window_start)
);

-- Records keep the pack's fields in `data`; columns hold what the server decides and filters on.
CREATE TABLE relationships (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 128),
  owner_id uuid NOT NULL REFERENCES users (id),
  share text NOT NULL CHECK (share IN ('team', 'private')),
  narrowed_team_ids uuid[],
  -- The teams it is shared with now: the owner's teams (within narrowed_team_ids); empty if private.
  team_ids uuid[] NOT NULL DEFAULT '{}',
  data jsonb NOT NULL,
  rev integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id)
);
CREATE INDEX relationships_owner ON relationships (owner_id);
CREATE INDEX relationships_teams ON relationships USING gin (team_ids);

CREATE TABLE content_items (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 128),
  team_id uuid REFERENCES teams (id), -- NULL: in every team's library
  status text NOT NULL CHECK (status IN ('draft', 'approved', 'retired')),
  data jsonb NOT NULL,
  rev integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users (id),
  updated_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX content_items_team ON content_items (team_id);

-- Append-only events. team_ids: the actor's teams when it happened (for insights).
CREATE TABLE activities (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 128),
  actor_id uuid NOT NULL REFERENCES users (id),
  team_ids uuid[] NOT NULL,
  action text NOT NULL,
  content_id text,
  profile_key text NOT NULL,
  at timestamptz NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activities_actor ON activities (actor_id);
CREATE INDEX activities_teams ON activities USING gin (team_ids);

CREATE TABLE feedback (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 128),
  actor_id uuid NOT NULL REFERENCES users (id),
  team_ids uuid[] NOT NULL,
  verdict text NOT NULL,
  content_id text NOT NULL,
  objection_tag text,
  at timestamptz NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feedback_actor ON feedback (actor_id);
CREATE INDEX feedback_teams ON feedback USING gin (team_ids);

CREATE TABLE intro_requests (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 128),
  relationship_id text NOT NULL,
  requester_id uuid NOT NULL REFERENCES users (id),
  holder_id uuid NOT NULL REFERENCES users (id),
  state text NOT NULL CHECK (state IN ('sent', 'asked-first', 'introduced', 'declined')),
  note text CHECK (length(note) <= 1000),
  data jsonb NOT NULL,
  rev integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX intro_requests_requester ON intro_requests (requester_id);
CREATE INDEX intro_requests_holder ON intro_requests (holder_id);

-- Each write's who, when, what, before and after, in the write's own transaction.
CREATE TABLE audit_log (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid REFERENCES users (id),
  actor_name text NOT NULL,
  action text NOT NULL,
  kind text NOT NULL,
  record_id text NOT NULL,
  before jsonb,
  after jsonb
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);

-- A push mutation's answer, kept so a retry of the same id gets the same answer.
CREATE TABLE applied_mutations (
  user_id uuid NOT NULL REFERENCES users (id),
  mutation_id text NOT NULL,
  result jsonb,
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, mutation_id)
);

-- Sync (Replicache's per-space versions): a space is what one audience sees (a team, its
-- library editors, every team, one user). Its version is bumped inside each write transaction
-- while holding the space's row lock, so versions follow commit order and a cursor never skips.
CREATE TABLE spaces (
  key text PRIMARY KEY,
  version bigint NOT NULL DEFAULT 0,
  -- Entries of deleted records up to this version were purged: older cursors must resync.
  purged_through bigint NOT NULL DEFAULT 0
);

-- The latest change of each record in each space it is (or was) in.
CREATE TABLE sync_entries (
  space text NOT NULL,
  kind text NOT NULL,
  record_id text NOT NULL,
  version bigint NOT NULL,
  gone boolean NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (space, kind, record_id)
);
CREATE INDEX sync_entries_version ON sync_entries (space, version);
