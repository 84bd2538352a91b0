package io.ismsflow.soa;

import java.util.List;

/**
 * Records elsewhere that say how a control is implemented (the policies that implement it, for instance), shown on
 * the control's page as its documented evidence. Modules that own such records implement it; the SoA knows none.
 */
public interface ControlReferences {

    List<Reference> referencesTo(String controlId);

    /**
     * @param kind what the record is ("Topic-specific policy")
     * @param state its state as people read it ("Approved, v3")
     */
    record Reference(String kind, String title, String link, String state) {
    }
}
