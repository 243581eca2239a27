-- The secretariat's dashboard: users, sessions, login throttling, audit log, and the
-- request columns the dashboard's actions set.

CREATE TABLE web_users (
  id            bigserial PRIMARY KEY,
  username      text NOT NULL UNIQUE,
  display_name  text NOT NULL,
  role          text NOT NULL CHECK (role IN ('admin', 'operator', 'readonly')),
  password_hash text NOT NULL,                          -- scrypt$N$r$p$salt$hash (base64)
  disabled      boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE web_sessions (
  id_hash      text PRIMARY KEY,                        -- sha256 of the cookie value: a leaked table opens no session
  user_id      bigint NOT NULL REFERENCES web_users (id) ON DELETE CASCADE,
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ip           text,
  user_agent   text
);
CREATE INDEX web_sessions_user_idx ON web_sessions (user_id);

CREATE TABLE web_login_failures (
  id         bigserial PRIMARY KEY,
  key        text NOT NULL,                             -- ip:<address> | user:<username>
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX web_login_failures_key_idx ON web_login_failures (key, created_at);

CREATE TABLE web_audit_log (
  id         bigserial PRIMARY KEY,
  actor      text NOT NULL,                             -- user:<name> | anonymous
  action     text NOT NULL,
  target     text,
  details    jsonb,
  ip         text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX web_audit_log_created_idx ON web_audit_log (created_at);

ALTER TABLE requests ADD COLUMN IF NOT EXISTS expert_id text;
ALTER TABLE requests ADD COLUMN IF NOT EXISTS lab_dates jsonb NOT NULL DEFAULT '[]';
