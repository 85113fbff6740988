-- Isolation by the database (PostgreSQL's row-level security). Requests run as warmline_app, a
-- role that is neither superuser nor BYPASSRLS, with who is asking set per transaction:
--   warmline.user_id          the caller
--   warmline.role             rep | marketer | admin
--   warmline.team_ids         the caller's teams (comma-separated uuids)
--   warmline.editor_team_ids  the teams whose library the caller edits (marketers and admins)
--   warmline.spaces           the sync spaces the caller reads
--   warmline.managed_user     the user an admin is changing or removing in this transaction
-- The owner (the connecting user) is not subject to these policies: only migrations, sign-in,
-- joining, the CLI, export/import and housekeeping run as the owner.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'warmline_app') THEN
    CREATE ROLE warmline_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another database of this cluster made it at the same moment
END $$;
-- The connecting user switches to it per transaction (SET LOCAL ROLE), so must be a member; an
-- administrator may have granted that already (then no CREATEROLE is needed here).
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'warmline_app', 'MEMBER') THEN
    EXECUTE format('GRANT warmline_app TO %I', current_user);
  END IF;
END $$;

CREATE FUNCTION warmline_setting(name text) RETURNS text LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting(name, true), '') $$;
CREATE FUNCTION warmline_user() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT warmline_setting('warmline.user_id')::uuid $$;
CREATE FUNCTION warmline_is_admin() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT coalesce(warmline_setting('warmline.role') = 'admin', false) $$;
CREATE FUNCTION warmline_teams() RETURNS uuid[] LANGUAGE sql STABLE AS
  $$ SELECT coalesce(string_to_array(warmline_setting('warmline.team_ids'), ',')::uuid[], '{}') $$;
CREATE FUNCTION warmline_editor_teams() RETURNS uuid[] LANGUAGE sql STABLE AS
  $$ SELECT coalesce(string_to_array(warmline_setting('warmline.editor_team_ids'), ',')::uuid[], '{}') $$;
CREATE FUNCTION warmline_spaces() RETURNS text[] LANGUAGE sql STABLE AS
  $$ SELECT coalesce(string_to_array(warmline_setting('warmline.spaces'), ','), '{}') $$;
CREATE FUNCTION warmline_managed_user() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT CASE WHEN warmline_is_admin() THEN warmline_setting('warmline.managed_user')::uuid END $$;

GRANT USAGE ON SCHEMA public TO warmline_app;
GRANT SELECT ON server_meta, spaces, sync_entries TO warmline_app;
GRANT SELECT, UPDATE ON users, tokens TO warmline_app;
GRANT SELECT, INSERT ON teams, invites, activities, feedback, audit_log TO warmline_app;
GRANT SELECT, INSERT, DELETE ON memberships TO warmline_app;
GRANT SELECT, INSERT, UPDATE ON applied_mutations TO warmline_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON relationships, content_items, intro_requests TO warmline_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO warmline_app;

-- Sync bookkeeping (a space's version and which records changed in it; no record data) is
-- written only through this function, as the owner: a writer may have to mark a change in a
-- space it does not read (an intro request lands in its holder's space).
CREATE FUNCTION warmline_touch(p_space text, p_kinds text[], p_ids text[], p_gone boolean[])
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  n integer := cardinality(p_ids);
  head bigint;
BEGIN
  -- The row lock taken here is held to commit: versions in a space follow commit order.
  INSERT INTO spaces AS s (key, version) VALUES (p_space, n)
    ON CONFLICT (key) DO UPDATE SET version = s.version + n
    RETURNING s.version INTO head;
  INSERT INTO sync_entries AS e (space, kind, record_id, version, gone, changed_at)
    SELECT p_space, x.kind, x.id, head - n + x.ord, x.gone, now()
    FROM unnest(p_kinds, p_ids, p_gone) WITH ORDINALITY AS x(kind, id, gone, ord)
    ON CONFLICT (space, kind, record_id)
    DO UPDATE SET version = excluded.version, gone = excluded.gone, changed_at = excluded.changed_at;
  RETURN head;
END $$;
REVOKE ALL ON FUNCTION warmline_touch(text, text[], text[], boolean[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION warmline_touch(text, text[], text[], boolean[]) TO warmline_app;

ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE invites ENABLE ROW LEVEL SECURITY;
ALTER TABLE relationships ENABLE ROW LEVEL SECURITY;
ALTER TABLE content_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE activities ENABLE ROW LEVEL SECURITY;
ALTER TABLE feedback ENABLE ROW LEVEL SECURITY;
ALTER TABLE intro_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE applied_mutations ENABLE ROW LEVEL SECURITY;
ALTER TABLE spaces ENABLE ROW LEVEL SECURITY;
ALTER TABLE sync_entries ENABLE ROW LEVEL SECURITY;

-- Organisation: your teams and teammates; admins see and manage everyone.
CREATE POLICY teams_read ON teams FOR SELECT TO warmline_app
  USING (id = ANY ((SELECT warmline_teams())::uuid[]) OR (SELECT warmline_is_admin()));
CREATE POLICY teams_add ON teams FOR INSERT TO warmline_app
  WITH CHECK ((SELECT warmline_is_admin()));

CREATE POLICY memberships_read ON memberships FOR SELECT TO warmline_app
  USING (user_id = (SELECT warmline_user()) OR team_id = ANY ((SELECT warmline_teams())::uuid[]) OR (SELECT warmline_is_admin()));
CREATE POLICY memberships_add ON memberships FOR INSERT TO warmline_app
  WITH CHECK ((SELECT warmline_is_admin()));
CREATE POLICY memberships_remove ON memberships FOR DELETE TO warmline_app
  USING ((SELECT warmline_is_admin()));

CREATE POLICY users_read ON users FOR SELECT TO warmline_app
  USING (id = (SELECT warmline_user()) OR (SELECT warmline_is_admin())
    OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.team_id = ANY ((SELECT warmline_teams())::uuid[])));
CREATE POLICY users_edit ON users FOR UPDATE TO warmline_app
  USING ((SELECT warmline_is_admin())) WITH CHECK ((SELECT warmline_is_admin()));

CREATE POLICY tokens_read ON tokens FOR SELECT TO warmline_app
  USING (user_id = (SELECT warmline_user()) OR (SELECT warmline_is_admin()));
CREATE POLICY tokens_revoke ON tokens FOR UPDATE TO warmline_app
  USING (user_id = (SELECT warmline_user()) OR (SELECT warmline_is_admin()))
  WITH CHECK (user_id = (SELECT warmline_user()) OR (SELECT warmline_is_admin()));

CREATE POLICY invites_read ON invites FOR SELECT TO warmline_app
  USING (created_by = (SELECT warmline_user()) OR (SELECT warmline_is_admin()));
CREATE POLICY invites_add ON invites FOR INSERT TO warmline_app
  WITH CHECK (created_by = (SELECT warmline_user())
    AND ((kind = 'device' AND user_id = (SELECT warmline_user())) OR (kind = 'invite' AND (SELECT warmline_is_admin()))));

-- Flags: shared with teams, or private to their owner. Owners edit theirs; admins edit shared
-- flags of their teams, and any flag of the user they are managing.
CREATE POLICY relationships_read ON relationships FOR SELECT TO warmline_app
  USING (owner_id = (SELECT warmline_user())
    OR (share = 'team' AND team_ids && (SELECT warmline_teams()))
    OR owner_id = (SELECT warmline_managed_user()));
CREATE POLICY relationships_add ON relationships FOR INSERT TO warmline_app
  WITH CHECK (owner_id = (SELECT warmline_user()) AND team_ids <@ (SELECT warmline_teams()));
CREATE POLICY relationships_edit ON relationships FOR UPDATE TO warmline_app
  USING (owner_id = (SELECT warmline_user())
    OR ((SELECT warmline_is_admin()) AND share = 'team' AND team_ids && (SELECT warmline_teams()))
    OR owner_id = (SELECT warmline_managed_user()))
  WITH CHECK ((owner_id = (SELECT warmline_user()) AND team_ids <@ (SELECT warmline_teams()))
    OR ((SELECT warmline_is_admin()) AND share = 'team' AND team_ids && (SELECT warmline_teams()))
    OR (SELECT warmline_managed_user()) IS NOT NULL);
CREATE POLICY relationships_remove ON relationships FOR DELETE TO warmline_app
  USING (owner_id = (SELECT warmline_user())
    OR ((SELECT warmline_is_admin()) AND share = 'team' AND team_ids && (SELECT warmline_teams()))
    OR owner_id = (SELECT warmline_managed_user()));

-- Library: reps read what is approved; marketers and admins read and edit all of their teams'.
-- Items for every team (team_id NULL) are written by admins.
CREATE POLICY content_read ON content_items FOR SELECT TO warmline_app
  USING ((status = 'approved' AND (team_id IS NULL OR team_id = ANY ((SELECT warmline_teams())::uuid[])))
    OR team_id = ANY ((SELECT warmline_editor_teams())::uuid[])
    OR (team_id IS NULL AND cardinality((SELECT warmline_editor_teams())) > 0));
CREATE POLICY content_add ON content_items FOR INSERT TO warmline_app
  WITH CHECK (team_id = ANY ((SELECT warmline_editor_teams())::uuid[]) OR (team_id IS NULL AND (SELECT warmline_is_admin())));
CREATE POLICY content_edit ON content_items FOR UPDATE TO warmline_app
  USING (team_id = ANY ((SELECT warmline_editor_teams())::uuid[]) OR (team_id IS NULL AND (SELECT warmline_is_admin())))
  WITH CHECK (team_id = ANY ((SELECT warmline_editor_teams())::uuid[]) OR (team_id IS NULL AND (SELECT warmline_is_admin())));
CREATE POLICY content_remove ON content_items FOR DELETE TO warmline_app
  USING (team_id = ANY ((SELECT warmline_editor_teams())::uuid[]) OR (team_id IS NULL AND (SELECT warmline_is_admin())));

-- Events: your own; marketers and admins read their teams' (insights are aggregated from them).
CREATE POLICY activities_read ON activities FOR SELECT TO warmline_app
  USING (actor_id = (SELECT warmline_user()) OR team_ids && (SELECT warmline_editor_teams()));
CREATE POLICY activities_add ON activities FOR INSERT TO warmline_app
  WITH CHECK (actor_id = (SELECT warmline_user()) AND team_ids <@ (SELECT warmline_teams()));
CREATE POLICY feedback_read ON feedback FOR SELECT TO warmline_app
  USING (actor_id = (SELECT warmline_user()) OR team_ids && (SELECT warmline_editor_teams()));
CREATE POLICY feedback_add ON feedback FOR INSERT TO warmline_app
  WITH CHECK (actor_id = (SELECT warmline_user()) AND team_ids <@ (SELECT warmline_teams()));

-- Intro requests: between the one who asks and the one who holds the relationship.
CREATE POLICY intros_read ON intro_requests FOR SELECT TO warmline_app
  USING (requester_id = (SELECT warmline_user()) OR holder_id = (SELECT warmline_user())
    OR requester_id = (SELECT warmline_managed_user()) OR holder_id = (SELECT warmline_managed_user()));
CREATE POLICY intros_add ON intro_requests FOR INSERT TO warmline_app
  WITH CHECK (requester_id = (SELECT warmline_user()) AND holder_id <> (SELECT warmline_user()));
CREATE POLICY intros_answer ON intro_requests FOR UPDATE TO warmline_app
  USING (holder_id = (SELECT warmline_user())) WITH CHECK (holder_id = (SELECT warmline_user()));
CREATE POLICY intros_remove ON intro_requests FOR DELETE TO warmline_app
  USING (requester_id = (SELECT warmline_managed_user()) OR holder_id = (SELECT warmline_managed_user()));

CREATE POLICY audit_read ON audit_log FOR SELECT TO warmline_app USING ((SELECT warmline_is_admin()));
CREATE POLICY audit_add ON audit_log FOR INSERT TO warmline_app WITH CHECK (actor_id = (SELECT warmline_user()));

CREATE POLICY mutations_own ON applied_mutations FOR ALL TO warmline_app
  USING (user_id = (SELECT warmline_user())) WITH CHECK (user_id = (SELECT warmline_user()));

CREATE POLICY spaces_read ON spaces FOR SELECT TO warmline_app
  USING (key = ANY ((SELECT warmline_spaces())::text[]));
CREATE POLICY entries_read ON sync_entries FOR SELECT TO warmline_app
  USING (space = ANY ((SELECT warmline_spaces())::text[]));
