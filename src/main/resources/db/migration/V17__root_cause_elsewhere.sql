-- 10.2 b3: each root-cause analysis says whether a similar nonconformity exists or could occur elsewhere, and where.
-- Analyses recorded before this question was asked keep null.
alter table root_cause_analysis add column could_occur_elsewhere boolean;
alter table root_cause_analysis add column elsewhere varchar(2000);
