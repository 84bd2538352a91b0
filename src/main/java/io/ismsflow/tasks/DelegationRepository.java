package io.ismsflow.tasks;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DelegationRepository extends ListCrudRepository<Delegation, Long> {

    @Query("select * from delegation where delegate = :delegate and revoked_at is null and starts_on <= :day and ends_on >= :day")
    List<Delegation> findActiveFor(String delegate, LocalDate day);

    @Query("select * from delegation where delegator = :person or delegate = :person order by starts_on desc, id desc")
    List<Delegation> findInvolving(String person);
}
