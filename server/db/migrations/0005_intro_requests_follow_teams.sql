-- Intro requests follow people's teams. When an admin moves someone out of a team, the open
-- requests they made about flags they can no longer see close, as when a flag leaves their view
-- (0004). The admin may not read those flags (shared with teams the admin need not be in), so
-- this function reads them as the owner: only for the user the admin is managing (none otherwise),
-- closing only that user's open requests about flags now out of their view, and returning what it
-- closed for the sync changes and the audit log.
CREATE FUNCTION warmline_close_requests_out_of_view()
RETURNS TABLE (id text, requester_id text, holder_id text, relationship_id text)
LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
  UPDATE intro_requests i SET state = 'closed', rev = i.rev + 1, updated_at = now()
  FROM relationships r
  WHERE i.requester_id = warmline_managed_user()
    AND i.state IN ('sent', 'asked-first')
    AND r.id = i.relationship_id
    AND r.owner_id <> i.requester_id
    AND NOT (r.share = 'team' AND r.team_ids && ARRAY(SELECT m.team_id FROM memberships m WHERE m.user_id = i.requester_id))
  RETURNING i.id, i.requester_id::text, i.holder_id::text, i.relationship_id
$$;
REVOKE ALL ON FUNCTION warmline_close_requests_out_of_view() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION warmline_close_requests_out_of_view() TO warmline_app;
