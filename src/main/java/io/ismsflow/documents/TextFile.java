package io.ismsflow.documents;

/** A version's text as uploaded: kept in the evidence store, its SHA-256 with it. */
public record TextFile(String filename, byte[] content) {
}
