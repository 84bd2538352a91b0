package io.ismsflow.tasks;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface TaskRecordRepository extends ListCrudRepository<TaskRecord, Long> {

    List<TaskRecord> findByStateOrderByTaskKey(TaskRecord.State state);
}
