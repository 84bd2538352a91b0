package io.ismsflow.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AuditRepository extends ListCrudRepository<Audit, Long> {

    Optional<Audit> findByCode(String code);

    List<Audit> findByProgrammeOrderByWindowStartAscCode(long programme);

    /** The area's audits that reported, the latest first: when it was last audited and what its last audit found. */
    @Query("select * from audit where area = :area and state in ('REPORTED', 'CLOSED') order by reported_at desc")
    List<Audit> findReportedOfArea(long area);

    Optional<Audit> findFirstByReportedAtIsNotNullOrderByReportedAtDesc();

    @Query("select * from audit where reported_at >= :since order by reported_at")
    List<Audit> findReportedSince(Instant since);
}
