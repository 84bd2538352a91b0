-- The dashboard's heat maps group the risks not closed by cell: with these they read an index, not the table
-- (MeasurementBenchmark: 100,000 risks).
create index risk_inherent_cell on risk (status, likelihood, impact);
create index risk_residual_cell on risk (status, residual_likelihood, residual_impact);
-- The process dashboard: open tasks per step, and the tasks completed in the period for the cycle times, each read
-- from the index alone.
create index user_task_step_open on user_task (state, process_id, element_id, due_at, name);
create index user_task_completed on user_task (state, closed_at, process_id, element_id, created_at, name);
