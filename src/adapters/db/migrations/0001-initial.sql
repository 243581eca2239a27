-- Records of the intake service. BullMQ holds the work; these tables hold what happened.

CREATE TABLE requests (
  id                bigserial PRIMARY KEY,
  code              text NOT NULL UNIQUE,               -- C4C-<year>-<5 digits>
  year              int NOT NULL,
  status            text NOT NULL,
  comune_name       text,
  comune_istat      text,
  province          text,
  region            text,
  lab_codes         text[] NOT NULL DEFAULT '{}',
  contact_email     text,
  reply_to          text,                               -- where answers to the Comune go
  needs_review      boolean NOT NULL DEFAULT false,
  data              jsonb NOT NULL,                     -- LabRequest
  missing           jsonb NOT NULL DEFAULT '[]',
  warnings          jsonb NOT NULL DEFAULT '[]',
  source_message_id bigint,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX requests_status_idx ON requests (status);
CREATE INDEX requests_created_at_idx ON requests (created_at);

CREATE TABLE request_code_counters (
  year int PRIMARY KEY,
  last int NOT NULL
);

CREATE TABLE messages (
  id           bigserial PRIMARY KEY,
  mailbox      text,
  uid_validity bigint,
  uid          bigint,
  message_id   text,
  dedupe_key   text NOT NULL,                           -- Message-ID, or sha256:<hex> of the raw bytes
  content_hash text,
  from_address text,
  subject      text,
  sent_at      timestamptz,                             -- the Date header
  received_at  timestamptz NOT NULL DEFAULT now(),
  kind         text NOT NULL CHECK (kind IN ('request', 'reply', 'automatic', 'pec-receipt', 'not-a-request', 'unreadable')),
  reason       text,
  status       text NOT NULL CHECK (status IN ('processed', 'ignored', 'needs-review', 'failed')),
  parsed       jsonb,                                   -- ParsedMessage
  raw          bytea,                                   -- null once retention purged it
  raw_size     int,
  request_id   bigint REFERENCES requests (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT messages_dedupe_key_key UNIQUE (dedupe_key)
);
CREATE UNIQUE INDEX messages_source_key ON messages (mailbox, uid_validity, uid) WHERE uid IS NOT NULL;
CREATE INDEX messages_request_id_idx ON messages (request_id);
CREATE INDEX messages_received_at_idx ON messages (received_at);

ALTER TABLE requests
  ADD CONSTRAINT requests_source_message_id_fkey FOREIGN KEY (source_message_id) REFERENCES messages (id);

CREATE TABLE request_events (
  id         bigserial PRIMARY KEY,
  request_id bigint NOT NULL REFERENCES requests (id),
  type       text NOT NULL,
  actor      text NOT NULL,                             -- system | comune | expert:<id> | user:<name>
  details    jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX request_events_request_idx ON request_events (request_id, created_at);

CREATE TABLE outbox (
  id                bigserial PRIMARY KEY,
  message_id        text NOT NULL UNIQUE,               -- deterministic, with angle brackets
  request_id        bigint REFERENCES requests (id),
  template          text NOT NULL,
  to_address        text NOT NULL,
  from_address      text NOT NULL,
  subject           text NOT NULL,
  in_reply_to       text,
  references_header text,
  headers           jsonb NOT NULL DEFAULT '{}',
  text_body         text NOT NULL,
  html_body         text,
  attachments       jsonb NOT NULL DEFAULT '[]',        -- [{ name, contentType, base64 }], small files only
  status            text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts          int NOT NULL DEFAULT 0,
  last_error        text,
  claimed_at        timestamptz,                        -- when the current send attempt started
  created_at        timestamptz NOT NULL DEFAULT now(),
  sent_at           timestamptz,
  smtp_response     text
);
CREATE INDEX outbox_status_idx ON outbox (status);
CREATE INDEX outbox_request_id_idx ON outbox (request_id);

CREATE TABLE mailbox_state (
  mailbox       text PRIMARY KEY,
  uid_validity  bigint,
  last_uid      bigint,
  last_check_at timestamptz,
  last_error    text,
  connected     boolean NOT NULL DEFAULT false,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
