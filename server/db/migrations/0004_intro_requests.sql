-- Intro requests end to end (issue 13). A request whose flag leaves the requester's view (made
-- private, narrowed away from their teams, removed) closes: a fifth state, as final as
-- introduced and declined. The flag's owner (or an admin) closes it, and may do nothing else to
-- it; to do so they read the requests about their own flags (they are synced only to the one who
-- asked and the one asked).
ALTER TABLE intro_requests DROP CONSTRAINT intro_requests_state_check;
ALTER TABLE intro_requests ADD CONSTRAINT intro_requests_state_check
  CHECK (state IN ('sent', 'asked-first', 'introduced', 'declined', 'closed'));
CREATE INDEX intro_requests_relationship ON intro_requests (relationship_id);

DROP POLICY intros_read ON intro_requests;
CREATE POLICY intros_read ON intro_requests FOR SELECT TO warmline_app
  USING (requester_id = (SELECT warmline_user()) OR holder_id = (SELECT warmline_user())
    OR requester_id = (SELECT warmline_managed_user()) OR holder_id = (SELECT warmline_managed_user())
    OR (SELECT warmline_is_admin())
    OR EXISTS (SELECT 1 FROM relationships r WHERE r.id = intro_requests.relationship_id AND r.owner_id = (SELECT warmline_user())));
CREATE POLICY intros_close ON intro_requests FOR UPDATE TO warmline_app
  USING ((SELECT warmline_is_admin())
    OR EXISTS (SELECT 1 FROM relationships r WHERE r.id = intro_requests.relationship_id AND r.owner_id = (SELECT warmline_user())))
  WITH CHECK (state = 'closed');
