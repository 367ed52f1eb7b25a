using System.Collections.Generic;

namespace FormFactory.Intake.Storage
{
    /// <summary>One step of the schema; applied once, in order, and recorded in <c>schema_migrations</c>.</summary>
    /// <param name="Version">Its number: the order of application.</param>
    /// <param name="Name">What it does.</param>
    /// <param name="Sql">Its statements, separated by <c>;</c>; <c>{blob}</c> stands for the dialect's byte type.</param>
    public sealed record Migration(int Version, string Name, string Sql);

    /// <summary>
    /// The schema of both stores, written once in the SQL both dialects speak (times as Unix milliseconds, so no
    /// time zone or text format differs between them). Never edit a released migration: add the next one.
    /// </summary>
    public static class Migrations
    {
        /// <summary>Every migration in order.</summary>
        public static IReadOnlyList<Migration> All { get; } = new[]
        {
            new Migration(1, "submissions, attachments, delivery outbox, events, idempotency keys", @"
CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  tenant TEXT NOT NULL,
  service TEXT NOT NULL,
  version TEXT NOT NULL,
  language TEXT NOT NULL,
  reference TEXT NOT NULL,
  received_at BIGINT NOT NULL,
  encoding TEXT NOT NULL,
  state TEXT NOT NULL,
  state_changed_at BIGINT NOT NULL,
  status_token_sha256 TEXT NOT NULL UNIQUE,
  data_json TEXT NULL,
  purged_at BIGINT NULL,
  UNIQUE (tenant, reference));
CREATE TABLE attachments (
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  ordinal INTEGER NOT NULL,
  path TEXT NOT NULL,
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  content {blob} NULL,
  PRIMARY KEY (submission_id, ordinal));
CREATE TABLE outbox (
  submission_id TEXT PRIMARY KEY REFERENCES submissions (id),
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  next_attempt_at BIGINT NOT NULL,
  locked_until BIGINT NULL,
  last_error TEXT NULL);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE TABLE submission_events (
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  seq INTEGER NOT NULL,
  at BIGINT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT NULL,
  PRIMARY KEY (submission_id, seq));
CREATE TABLE idempotency_keys (
  tenant TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  body_sha256 TEXT NOT NULL,
  submission_id TEXT NOT NULL,
  reference TEXT NOT NULL,
  status_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (tenant, idempotency_key));
CREATE TABLE health_probe (
  host TEXT PRIMARY KEY,
  at BIGINT NOT NULL)"),
        };
    }
}
