package io.ismsflow.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RiskRepository extends ListCrudRepository<Risk, Long> {

    List<Risk> findAllByOrderById();

    Optional<Risk> findByCode(String code);

    @Query("select * from risk where next_review_due <= :day and status = 'OPEN' order by id")
    List<Risk> findDueForReview(LocalDate day);
}
