package io.ismsflow.evidence;

/** What a file's bytes show it to be, whatever its name or the browser claimed. */
record SniffedType(String mediaType) {
}
