package io.ismsflow.evidence;

/**
 * Where the bytes of evidence files live. The default keeps them in MySQL ({@link DatabaseEvidenceStore}); an
 * S3-compatible store can take its place by providing another bean. Content is written once and never changed.
 */
public interface EvidenceStore {

    /** Stores the content under a new key and returns the key. */
    String put(byte[] content);

    byte[] get(String storageKey);
}
