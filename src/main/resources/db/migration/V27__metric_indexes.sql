-- The automatic metrics count over whole registers once a day and whenever a dashboard asks. Measured with
-- MeasurementBenchmark on 100,000 risks and 20,000 nonconformities (README, "Benchmarks"): without these, the risk
-- metrics scan the whole table (p95 10–13 ms); with them each is an index range count.
create index risk_acceptance on risk (acceptance, status);
-- Serves the daily due-review scan (status = 'OPEN' and next_review_due <= day) as well; the single-column index
-- it replaces did not know the status.
create index risk_due_review on risk (status, next_review_due);
drop index risk_next_review_due on risk;
create index nonconformity_open on nonconformity (state, severity, raised_at);
create index nonconformity_closed on nonconformity (closed_at, raised_at);
create index corrective_action_done on corrective_action (implemented_at, due_date);
create index escalation_open on escalation (level, resolved_at);
