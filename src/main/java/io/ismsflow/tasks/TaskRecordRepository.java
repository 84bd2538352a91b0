package io.ismsflow.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TaskRecordRepository extends ListCrudRepository<TaskRecord, Long> {

    List<TaskRecord> findByStateOrderByTaskKey(TaskRecord.State state);

    long countByStateAndDueAtBefore(TaskRecord.State state, Instant moment);

    @Query("select completed_by from user_task where process_instance_key = :processInstanceKey and state = 'COMPLETED'"
            + " and completed_by is not null order by closed_at desc, task_key desc limit 1")
    Optional<String> lastCompleterIn(long processInstanceKey);
}
