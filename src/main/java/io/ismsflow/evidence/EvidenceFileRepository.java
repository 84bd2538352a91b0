package io.ismsflow.evidence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EvidenceFileRepository extends ListCrudRepository<EvidenceFile, Long> {

    List<EvidenceFile> findByOwnerTypeAndOwnerIdOrderById(String ownerType, String ownerId);

    List<EvidenceFile> findTop200ByUploadedAtGreaterThanEqualAndUploadedAtLessThanAndIdGreaterThanOrderById(Instant from, Instant to, long after);

    @Query("select coalesce(sum(size_bytes), 0) from evidence_file where uploaded_at >= :from and uploaded_at < :to")
    long bytesUploadedBetween(Instant from, Instant to);
}
