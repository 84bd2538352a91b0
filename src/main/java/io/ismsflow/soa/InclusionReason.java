package io.ismsflow.soa;

/** Why a control is in the SoA: a risk treatment, a law, a contract, or a business requirement. */
public enum InclusionReason {
    RISK, LEGAL, CONTRACTUAL, BUSINESS
}
