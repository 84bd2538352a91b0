package io.ismsflow.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ManagementReviewRepository extends ListCrudRepository<ManagementReview, Long> {

    Optional<ManagementReview> findByPeriod(String period);

    List<ManagementReview> findAllByOrderByPlannedOnDescIdDesc();

    List<ManagementReview> findByInputsTakenAtGreaterThanEqualAndInputsTakenAtLessThanOrderByInputsTakenAt(Instant from, Instant to);

    /** The latest review held before the given one: the one whose figures the trend compares with. */
    @Query("select * from management_review where status = 'HELD' and id <> :id order by held_at desc limit 1")
    Optional<ManagementReview> findLastHeldBefore(long id);

    @Query("select count(*) from management_review where period like concat(:quarter, '-X%')")
    int countExtraordinaryIn(String quarter);
}
