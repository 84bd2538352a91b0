package io.ismsflow.risk;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RiskRepository extends ListCrudRepository<Risk, Long> {

    List<Risk> findAllByOrderById();

    /** Ids only: loading the risks themselves would read each one's linked controls with a query of its own. */
    @Query("select id from risk where id > :after order by id limit 500")
    List<Long> idsAfter(long after);

    long countByStatusNot(RiskStatus status);

    Optional<Risk> findByCode(String code);

    @Query("select * from risk where next_review_due <= :day and status = 'OPEN' order by id")
    List<Risk> findDueForReview(LocalDate day);

    @Query("""
            select distinct r.* from risk r join risk_control rc on rc.risk_id = r.id
            where rc.control in (:controls) and r.status <> 'CLOSED' order by r.id""")
    List<Risk> findOpenOnControls(Collection<String> controls);
}
