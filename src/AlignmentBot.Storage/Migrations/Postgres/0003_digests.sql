-- Weekly digests: which conversation gets which audience's digest when, a delivery record per
-- subscription and period (what makes a digest at-most-once), and company holidays.
-- Then the tables of Quartz.NET's ADO.NET job store, so the digest triggers survive restarts and
-- several instances share them as one cluster.

-- The address is the channel-neutral ConversationAddress as JSON; conversation_key is its Key, so
-- "the digests of this channel" is one indexed lookup and a channel has one subscription per audience.
-- time_of_day stays "HH:mm" text, exactly as the schedule is written and compared.
CREATE TABLE digest_subscriptions (
    workspace_id        text NOT NULL,
    id                  uuid NOT NULL,
    audience            text NOT NULL,
    channel_id          text NOT NULL,
    conversation_key    text NOT NULL,
    address             text NOT NULL,
    day_of_week         text NOT NULL,
    time_of_day         text NOT NULL,
    time_zone           text NOT NULL,
    every_weeks         integer NOT NULL,
    week_start          text NOT NULL,
    anchor_date         date NULL,
    created_at          timestamptz NOT NULL,
    created_by          text NOT NULL,
    schedule_changed_at timestamptz NOT NULL,
    changed_by          text NOT NULL,
    PRIMARY KEY (workspace_id, id),
    UNIQUE (workspace_id, conversation_key, audience)
);

-- One row per subscription and period, inserted before the post ('Sending') and completed after it
-- ('Sent' with the platform's message id). The primary key is the at-most-once guarantee: a second
-- claim for the same period fails, whichever instance or retry makes it. Every later change is a
-- compare-and-set on (state, attempts, claimed_by).
CREATE TABLE digest_deliveries (
    workspace_id    text NOT NULL,
    subscription_id uuid NOT NULL,
    period_key      text NOT NULL,
    due_at          timestamptz NOT NULL,
    due_date        date NOT NULL,
    state           text NOT NULL,
    attempts        integer NOT NULL,
    updated_at      timestamptz NOT NULL,
    claimed_at      timestamptz NULL,
    claimed_by      text NULL,
    next_attempt_at timestamptz NULL,
    message_id      text NULL,
    detail          text NULL,
    PRIMARY KEY (workspace_id, subscription_id, period_key),
    FOREIGN KEY (workspace_id, subscription_id) REFERENCES digest_subscriptions (workspace_id, id) ON DELETE CASCADE
);
CREATE INDEX ix_digest_deliveries_due ON digest_deliveries (workspace_id, subscription_id, due_at);
CREATE INDEX ix_digest_deliveries_state ON digest_deliveries (workspace_id, state, next_attempt_at);

CREATE TABLE digest_holidays (
    workspace_id text NOT NULL,
    holiday_date date NOT NULL,
    name         text NULL,
    added_by     text NOT NULL,
    added_at     timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, holiday_date)
);

-- Quartz.NET 4.7 ADO.NET job store (table prefix QRTZ_, which PostgreSQL folds to qrtz_ as Quartz's own
-- unquoted statements do), laid out as the create_postgres.sql script Quartz 4.7.3 embeds for its
-- PostgreSQL delegate. Quartz validates these tables at start-up (SchemaProvisioning.Validate) and never
-- creates or alters them itself: a Quartz upgrade that adds a column comes with a migration here.

CREATE TABLE qrtz_job_details (
  sched_name text not null,
  job_name text not null,
  job_group text not null,
  description text null,
  job_class_name text not null,
  is_durable bool not null,
  is_nonconcurrent bool not null,
  is_update_data bool not null,
  requests_recovery bool not null,
  job_data bytea null,
  primary key (sched_name,job_name,job_group)
);

CREATE TABLE qrtz_triggers (
  sched_name text not null,
  trigger_name text not null,
  trigger_group text not null,
  job_name text not null,
  job_group text not null,
  description text null,
  next_fire_time bigint null,
  prev_fire_time bigint null,
  priority integer null,
  trigger_state text not null,
  trigger_type text not null,
  start_time bigint not null,
  end_time bigint null,
  calendar_name text null,
  misfire_instr smallint null,
  misfire_orig_fire_time bigint null,
  execution_group varchar(200) null,
  preferred_node varchar(200) null,
  preferred_node_auto bool not null default false,
  retry_policy varchar(250) null,
  retry_attempt integer null,
  continues_trigger_name text null,
  continues_trigger_group text null,
  continuation_condition integer null,
  overlap_policy integer null,
  pause_reason varchar(250) null,
  paused_by varchar(200) null,
  paused_at bigint null,
  misfire_threshold bigint null,
  fixed_delay bool null,
  job_data bytea null,
  primary key (sched_name,trigger_name,trigger_group),
  foreign key (sched_name,job_name,job_group) references qrtz_job_details (sched_name,job_name,job_group)
);

CREATE TABLE qrtz_simple_triggers (
  sched_name text not null,
  trigger_name text not null,
  trigger_group text not null,
  repeat_count bigint not null,
  repeat_interval bigint not null,
  times_triggered bigint not null,
  primary key (sched_name,trigger_name,trigger_group),
  foreign key (sched_name,trigger_name,trigger_group) references qrtz_triggers (sched_name,trigger_name,trigger_group) on delete cascade
);

CREATE TABLE qrtz_cron_triggers (
  sched_name text not null,
  trigger_name text not null,
  trigger_group text not null,
  cron_expression text not null,
  time_zone_id text,
  primary key (sched_name,trigger_name,trigger_group),
  foreign key (sched_name,trigger_name,trigger_group) references qrtz_triggers (sched_name,trigger_name,trigger_group) on delete cascade
);

CREATE TABLE qrtz_simprop_triggers (
  sched_name text not null,
  trigger_name text not null,
  trigger_group text not null,
  str_prop_1 text null,
  str_prop_2 text null,
  str_prop_3 text null,
  int_prop_1 integer null,
  int_prop_2 integer null,
  long_prop_1 bigint null,
  long_prop_2 bigint null,
  dec_prop_1 numeric null,
  dec_prop_2 numeric null,
  bool_prop_1 bool null,
  bool_prop_2 bool null,
  time_zone_id text null,
  primary key (sched_name,trigger_name,trigger_group),
  foreign key (sched_name,trigger_name,trigger_group) references qrtz_triggers (sched_name,trigger_name,trigger_group) on delete cascade
);

CREATE TABLE qrtz_blob_triggers (
  sched_name text not null,
  trigger_name text not null,
  trigger_group text not null,
  blob_data bytea null,
  primary key (sched_name,trigger_name,trigger_group),
  foreign key (sched_name,trigger_name,trigger_group) references qrtz_triggers (sched_name,trigger_name,trigger_group) on delete cascade
);

CREATE TABLE qrtz_calendars (
  sched_name text not null,
  calendar_name text not null,
  calendar bytea not null,
  primary key (sched_name,calendar_name)
);

CREATE TABLE qrtz_paused_trigger_grps (
  sched_name text not null,
  trigger_group text not null,
  pause_reason varchar(250) null,
  paused_by varchar(200) null,
  paused_at bigint null,
  primary key (sched_name,trigger_group)
);

CREATE TABLE qrtz_paused_job_grps (
  sched_name text not null,
  job_group text not null,
  pause_reason varchar(250) null,
  paused_by varchar(200) null,
  paused_at bigint null,
  primary key (sched_name,job_group)
);

CREATE TABLE qrtz_fired_triggers (
  sched_name text not null,
  entry_id text not null,
  trigger_name text not null,
  trigger_group text not null,
  instance_name text not null,
  fired_time bigint not null,
  sched_time bigint not null,
  priority integer not null,
  state text not null,
  job_name text null,
  job_group text null,
  is_nonconcurrent bool not null,
  requests_recovery bool null,
  execution_group varchar(200) null,
  progress integer null,
  progress_message varchar(250) null,
  interrupt_requested_time bigint null,
  primary key (sched_name,entry_id)
);

CREATE TABLE qrtz_scheduler_state (
  sched_name text not null,
  instance_name text not null,
  last_checkin_time bigint not null,
  checkin_interval bigint not null,
  quartz_version varchar(20) null,
  primary key (sched_name,instance_name)
);

CREATE TABLE qrtz_locks (
  sched_name text not null,
  lock_name text not null,
  primary key (sched_name,lock_name)
);

CREATE TABLE qrtz_execution_history (
  sched_name text not null,
  entry_id text not null,
  instance_name text not null,
  job_name text not null,
  job_group text not null,
  trigger_name text not null,
  trigger_group text not null,
  fired_time bigint not null,
  run_time bigint not null,
  succeeded bool not null,
  error_message text null,
  retry_attempt integer not null default 0,
  retry_scheduled bool not null default false,
  execution_log text null,
  result integer null,
  summary text null,
  metrics text null,
  manual bool null,
  fire_instance_id text null,
  job_input text null,
  job_input_too_large bool null,
  primary key (sched_name,entry_id)
);

CREATE TABLE qrtz_misfire_history (
  sched_name text not null,
  entry_id text not null,
  instance_name text not null,
  trigger_name text not null,
  trigger_group text not null,
  job_name text null,
  job_group text null,
  misfire_time bigint not null,
  sched_time bigint null,
  reason integer null,
  primary key (sched_name,entry_id)
);

CREATE TABLE qrtz_job_status (
  sched_name text not null,
  job_group text not null,
  job_name text not null,
  first_fired_time bigint not null,
  last_fired_time bigint not null,
  last_result integer not null,
  last_run_time bigint not null,
  last_instance_name text not null,
  last_entry_id text null,
  last_summary text null,
  last_success_time bigint null,
  last_failure_time bigint null,
  last_failure_message text null,
  consecutive_failures integer not null default 0,
  run_count bigint not null default 0,
  failure_count bigint not null default 0,
  primary key (sched_name,job_group,job_name)
);

CREATE INDEX idx_qrtz_j_g_n ON qrtz_job_details (sched_name, job_group, job_name);

CREATE INDEX idx_qrtz_t_j ON qrtz_triggers (sched_name, job_name, job_group);

CREATE INDEX idx_qrtz_t_g_n ON qrtz_triggers (sched_name, trigger_group, trigger_name);

CREATE INDEX idx_qrtz_t_c ON qrtz_triggers (sched_name, calendar_name);

CREATE INDEX idx_qrtz_t_nft_st ON qrtz_triggers (sched_name, trigger_state, next_fire_time asc, priority desc, misfire_instr);

CREATE INDEX idx_qrtz_ft_inst_job_req_rcvry ON qrtz_fired_triggers (sched_name, instance_name, requests_recovery);

CREATE INDEX idx_qrtz_ft_j_g ON qrtz_fired_triggers (sched_name, job_name, job_group);

CREATE INDEX idx_qrtz_ft_t_g ON qrtz_fired_triggers (sched_name, trigger_name, trigger_group);

CREATE INDEX idx_qrtz_eh_fired_time ON qrtz_execution_history (sched_name, fired_time);

CREATE INDEX idx_qrtz_eh_inst ON qrtz_execution_history (sched_name, instance_name);

CREATE INDEX idx_qrtz_mh_misfire_time ON qrtz_misfire_history (sched_name, misfire_time);

CREATE INDEX idx_qrtz_mh_inst ON qrtz_misfire_history (sched_name, instance_name);

CREATE INDEX idx_qrtz_eh_job_time ON qrtz_execution_history (sched_name, job_group, job_name, fired_time);

CREATE INDEX idx_qrtz_eh_fire_inst ON qrtz_execution_history (sched_name, fire_instance_id);

CREATE INDEX idx_qrtz_eh_trig_time ON qrtz_execution_history (sched_name, trigger_group, trigger_name, fired_time);
