package io.ismsflow.escalation;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface EscalationRepository extends ListCrudRepository<Escalation, Long> {

    boolean existsByJobKey(long jobKey);

    List<Escalation> findByProcessInstanceKeyOrderById(long processInstanceKey);

    List<Escalation> findByProcessInstanceKeyAndTaskElementIdAndResolvedAtIsNull(long processInstanceKey, String taskElementId);

    List<Escalation> findByResolvedAtIsNullOrderByIdDesc();
}
