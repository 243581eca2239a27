-- Offers of a request to ANCI experts, and their answers. At most one open offer per request.
CREATE TABLE assignments (
  id               bigserial PRIMARY KEY,
  request_id       bigint NOT NULL REFERENCES requests (id),
  expert_id        text NOT NULL,
  lab_code         text,
  status           text NOT NULL CHECK (status IN ('offered', 'accepted', 'declined', 'expired', 'cancelled')),
  offered_at       timestamptz NOT NULL DEFAULT now(),
  answer_by        timestamptz,
  answered_at      timestamptz,
  reminded_at      timestamptz,
  answered_via     text,                                 -- reply | link | secretariat | timeout
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX assignments_one_open_offer ON assignments (request_id) WHERE status = 'offered';
CREATE INDEX assignments_expert_status_idx ON assignments (expert_id, status);
CREATE INDEX assignments_request_idx ON assignments (request_id);
