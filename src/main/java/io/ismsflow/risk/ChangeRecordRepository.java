package io.ismsflow.risk;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ChangeRecordRepository extends ListCrudRepository<ChangeRecord, Long> {

    List<ChangeRecord> findAllByOrderByIdDesc();
}
