package io.ismsflow.soa;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SoaIssueRepository extends ListCrudRepository<SoaIssue, Long> {

    List<SoaIssue> findAllByOrderByIdDesc();

    Optional<SoaIssue> findFirstByStatusOrderByNumberDesc(SoaIssueStatus status);

    @Query("select * from soa_issue where open_issue = 1")
    Optional<SoaIssue> findOpen();

    @Query("select coalesce(max(number), 0) from soa_issue")
    int highestNumber();
}
