package io.ismsflow.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewActionRepository extends ListCrudRepository<ReviewAction, Long> {

    List<ReviewAction> findByReviewOrderById(long review);

    List<ReviewAction> findAllByOrderById();

    Optional<ReviewAction> findByCode(String code);
}
