-- 10.2 b3: the nonconformities of the same area, newest first, are offered to the analyst of each new one; without
-- this index every analysis read every nonconformity.
create index nonconformity_area on nonconformity (area, id);
