package io.ismsflow.evidence;

/** A file the store does not take: too large (413), or not what its name says or not a kind of document it keeps (415). */
public class EvidenceRefusedException extends RuntimeException {

    private final int status;

    EvidenceRefusedException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
