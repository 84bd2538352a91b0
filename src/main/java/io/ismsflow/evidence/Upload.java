package io.ismsflow.evidence;

/** A file someone uploads as evidence for a record (its type and id, e.g. "corrective-action", "17"). */
public record Upload(String ownerType, String ownerId, String filename, byte[] content) {
}
