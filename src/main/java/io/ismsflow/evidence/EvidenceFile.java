package io.ismsflow.evidence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * One evidence file as uploaded: its name, what it really is, its SHA-256, who uploaded it when, and the record it
 * belongs to. Never deleted; a newer version supersedes it, and both stay downloadable.
 */
public class EvidenceFile {

    @Id
    private Long id;
    private String ownerType;
    private String ownerId;
    private String filename;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String storageKey;
    private String uploadedBy;
    private Instant uploadedAt;
    private Long supersedes;
    private Long supersededBy;
    private Instant supersededAt;
    @Version
    private Long version;

    @PersistenceCreator
    EvidenceFile() {
    }

    static EvidenceFile uploaded(Upload upload, SniffedType type, String sha256, String storageKey, String by, Instant at, Long supersedes) {
        EvidenceFile file = new EvidenceFile();
        file.ownerType = upload.ownerType();
        file.ownerId = upload.ownerId();
        file.filename = upload.filename();
        file.contentType = type.mediaType();
        file.sizeBytes = upload.content().length;
        file.sha256 = sha256;
        file.storageKey = storageKey;
        file.uploadedBy = by;
        file.uploadedAt = at;
        file.supersedes = supersedes;
        return file;
    }

    boolean supersededBy(long newer, Instant at) {
        if (supersededBy != null) {
            return false;
        }
        supersededBy = newer;
        supersededAt = at;
        return true;
    }

    /** What a record's audit trail keeps of the file it attached: which file, under what name, with what hash. */
    public java.util.Map<String, Object> trailFacts() {
        return java.util.Map.of("file", filename, "evidenceFile", id, "sha256", sha256);
    }

    public Long getId() { return id; }
    public String getOwnerType() { return ownerType; }
    public String getOwnerId() { return ownerId; }
    public String getFilename() { return filename; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    String getStorageKey() { return storageKey; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public Long getSupersedes() { return supersedes; }
    public Long getSupersededBy() { return supersededBy; }
    public Instant getSupersededAt() { return supersededAt; }
    public boolean isCurrent() { return supersededBy == null; }
    public Long getVersion() { return version; }
}
