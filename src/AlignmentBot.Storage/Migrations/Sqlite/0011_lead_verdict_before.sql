-- What a lead was before its current verdict (decision, reason, note, stage, follow-up, who decided and when), kept with
-- the verdict so taking it back later by naming the lead ("can you undo the rejection on 1155?") restores it exactly, as
-- the verdict card's Undo does from its own data. Empty for verdicts from before this and for leads never decided in chat.
ALTER TABLE leads ADD COLUMN before_decision TEXT NULL;
ALTER TABLE leads ADD COLUMN before_rejection_reason TEXT NULL;
ALTER TABLE leads ADD COLUMN before_reason_note TEXT NULL;
ALTER TABLE leads ADD COLUMN before_stage TEXT NULL;
ALTER TABLE leads ADD COLUMN before_first_follow_up_at TEXT NULL;
ALTER TABLE leads ADD COLUMN before_decided_at TEXT NULL;
ALTER TABLE leads ADD COLUMN before_decided_by TEXT NULL;
ALTER TABLE leads ADD COLUMN before_decided_by_id TEXT NULL;
