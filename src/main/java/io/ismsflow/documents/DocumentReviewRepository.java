package io.ismsflow.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface DocumentReviewRepository extends ListCrudRepository<DocumentReview, Long> {

    Optional<DocumentReview> findByProcessInstanceKeyAndRound(long processInstanceKey, int round);

    List<DocumentReview> findByDocumentOrderByIdDesc(long document);

    List<DocumentReview> findByReviewedAtGreaterThanEqualAndReviewedAtLessThanOrderById(Instant from, Instant to);
}
