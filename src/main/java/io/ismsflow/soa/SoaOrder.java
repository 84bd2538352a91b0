package io.ismsflow.soa;

import java.util.Comparator;

/** Annex A in its own numbering (5.1, 5.2 … 5.10 … 8.34), then the organisation's own controls by id. */
public final class SoaOrder {

    /** Control ids in the SoA's order, for records that name controls (a policy's, a plan's). */
    public static final Comparator<String> IDS = Comparator
            .comparing((String id) -> !id.matches("\\d+\\.\\d+"))
            .thenComparing(id -> numberPart(id, 0))
            .thenComparing(id -> numberPart(id, 1))
            .thenComparing(Comparator.naturalOrder());

    static final Comparator<Control> ORDER = Comparator
            .comparing(Control::getSource)
            .thenComparing(Control::getId, IDS);

    private SoaOrder() {
    }

    private static int numberPart(String id, int index) {
        String[] parts = id.split("[.-]");
        return parts.length > index && parts[index].chars().allMatch(Character::isDigit) ? Integer.parseInt(parts[index]) : 0;
    }
}
