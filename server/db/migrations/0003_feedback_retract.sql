-- A rep's Undo of a verdict they just gave (the push mutation feedback.retract, issue 12): their
-- own verdict, and the activity that stands for it, within 10 minutes of when the server took it.
-- Older verdicts stay: what was reported to marketing is not rewritten later.
GRANT DELETE ON activities, feedback TO warmline_app;
CREATE POLICY feedback_retract ON feedback FOR DELETE TO warmline_app
  USING (actor_id = (SELECT warmline_user()) AND created_at > now() - interval '10 minutes');
CREATE POLICY activities_retract ON activities FOR DELETE TO warmline_app
  USING (actor_id = (SELECT warmline_user()) AND action = 'feedback' AND created_at > now() - interval '10 minutes');
