package io.ismsflow.context;

/** Who an interested party is (4.2 a). */
public enum PartyKind {
    CUSTOMERS, REGULATOR, STAFF, SUPPLIERS, SHAREHOLDERS, PARTNERS, PUBLIC, OTHER
}
