package io.ismsflow.documents;

/** How widely a document may be shared (Annex A 5.12). */
public enum Classification {
    PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED
}
