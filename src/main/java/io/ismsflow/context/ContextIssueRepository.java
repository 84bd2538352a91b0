package io.ismsflow.context;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ContextIssueRepository extends ListCrudRepository<ContextIssue, Long> {

    List<ContextIssue> findAllByOrderById();
}
