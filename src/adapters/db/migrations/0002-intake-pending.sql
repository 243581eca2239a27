-- A message is stored by the watcher before it is parsed (so it may leave INBOX at once):
-- kind 'pending' and status 'received' until an intake worker has read it.
ALTER TABLE messages DROP CONSTRAINT messages_kind_check;
ALTER TABLE messages ADD CONSTRAINT messages_kind_check
  CHECK (kind IN ('pending', 'request', 'reply', 'automatic', 'pec-receipt', 'not-a-request', 'unreadable'));
ALTER TABLE messages DROP CONSTRAINT messages_status_check;
ALTER TABLE messages ADD CONSTRAINT messages_status_check
  CHECK (status IN ('received', 'processed', 'ignored', 'needs-review', 'failed'));
CREATE INDEX messages_status_received_idx ON messages (received_at) WHERE status = 'received';
