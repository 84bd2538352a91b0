package io.ismsflow.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DocumentRepository extends ListCrudRepository<Document, Long> {

    Optional<Document> findByCode(String code);

    long countByStatus(DocumentStatus status);

    Optional<Document> findFirstByTypeAndStatusOrderById(DocumentType type, DocumentStatus status);

    List<Document> findAllByOrderById();

    @Query("select * from document where status = 'APPROVED' and next_review_on <= :day order by next_review_on, id")
    List<Document> findDueForReview(LocalDate day);

    @Query("select d.* from document d join document_control c on c.document = d.id where c.control_id = :controlId order by d.id")
    List<Document> findImplementing(String controlId);
}
