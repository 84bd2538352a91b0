package io.ismsflow.soa;

import java.util.Comparator;

/** Annex A in its own numbering (5.1, 5.2 … 5.10 … 8.34), then the organisation's own controls by id. */
final class SoaOrder {

    static final Comparator<Control> ORDER = Comparator
            .comparing(Control::getSource)
            .thenComparing(control -> numberPart(control.getId(), 0))
            .thenComparing(control -> numberPart(control.getId(), 1))
            .thenComparing(Control::getId);

    private SoaOrder() {
    }

    private static int numberPart(String id, int index) {
        String[] parts = id.split("[.-]");
        return parts.length > index && parts[index].chars().allMatch(Character::isDigit) ? Integer.parseInt(parts[index]) : 0;
    }
}
