package io.ismsflow.evidence;

import io.ismsflow.shared.Keyset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence store's API (7.5): files are taken once (checked for size and for what they really are, their
 * SHA-256 recorded with who uploaded them when and the record they belong to), read back byte for byte, and never
 * deleted: a new version supersedes a file, and both stay downloadable. Depends on no other module; the modules
 * that attach evidence record that in their own trail.
 */
@Service
@Transactional
public class EvidenceFiles {

    private static final Pattern OWNER_TYPE = Pattern.compile("[a-z][a-z-]{1,39}");
    private static final Pattern OWNER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");

    private final EvidenceFileRepository files;
    private final EvidenceStore store;
    private final ContentSniffer sniffer;
    private final EvidenceProperties properties;
    private final Clock clock;

    EvidenceFiles(EvidenceFileRepository files, EvidenceStore store, ContentSniffer sniffer, EvidenceProperties properties, Clock clock) {
        this.files = files;
        this.store = store;
        this.sniffer = sniffer;
        this.properties = properties;
        this.clock = clock;
    }

    public EvidenceFile upload(Upload upload, String uploadedBy) {
        return keep(upload, uploadedBy, null);
    }

    /** A new version of a file, for the same record; the earlier one stays downloadable, marked superseded. */
    public EvidenceFile supersede(long id, String filename, byte[] content, String uploadedBy) {
        EvidenceFile earlier = get(id);
        if (!earlier.isCurrent()) {
            throw new EvidenceRefusedException(409, earlier.getFilename() + " was superseded already by file " + earlier.getSupersededBy()
                    + ": supersede that one");
        }
        EvidenceFile newer = keep(new Upload(earlier.getOwnerType(), earlier.getOwnerId(), filename, content), uploadedBy, id);
        earlier.supersededBy(newer.getId(), clock.instant());
        files.save(earlier);
        return newer;
    }

    @Transactional(readOnly = true)
    public EvidenceFile get(long id) {
        return files.findById(id).orElseThrow(() -> new NoSuchElementException("Evidence file " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public byte[] content(long id) {
        return store.get(get(id).getStorageKey());
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> of(String ownerType, String ownerId) {
        return files.findByOwnerTypeAndOwnerIdOrderById(ownerType, ownerId);
    }

    /** Each file uploaded in [from, to), oldest first, a page at a time. */
    @Transactional(readOnly = true)
    public void forEachUploadedBetween(Instant from, Instant to, Consumer<EvidenceFile> each) {
        Keyset.forEachRow(after -> files.findTop200ByUploadedAtGreaterThanEqualAndUploadedAtLessThanAndIdGreaterThanOrderById(from, to, after),
                200, EvidenceFile::getId, each);
    }

    @Transactional(readOnly = true)
    public long bytesUploadedBetween(Instant from, Instant to) {
        return files.bytesUploadedBetween(from, to);
    }

    private EvidenceFile keep(Upload upload, String uploadedBy, Long supersedes) {
        if (upload.ownerType() == null || !OWNER_TYPE.matcher(upload.ownerType()).matches()
                || upload.ownerId() == null || !OWNER_ID.matcher(upload.ownerId()).matches()) {
            throw new EvidenceRefusedException(400, "Name the record the file belongs to: its type (e.g. corrective-action) and its id");
        }
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw new EvidenceRefusedException(400, "The file is empty");
        }
        if (content.length > properties.maxSize().toBytes()) {
            throw new EvidenceRefusedException(413, "The file has %d MB; evidence files may have at most %d MB"
                    .formatted(Math.ceilDiv(content.length, 1024 * 1024), properties.maxSize().toMegabytes()));
        }
        String filename = Filenames.sanitised(upload.filename());
        SniffedType type = sniffer.sniff(filename, content);
        String key = store.put(content);
        return files.save(EvidenceFile.uploaded(new Upload(upload.ownerType(), upload.ownerId(), filename, content), type,
                sha256(content), key, uploadedBy, clock.instant(), supersedes));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No SHA-256 in this JVM", e);
        }
    }
}
