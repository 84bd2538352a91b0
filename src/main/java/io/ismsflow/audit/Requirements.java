package io.ismsflow.audit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The requirements audits are planned and checked against: ISO/IEC 27001:2022 clauses ("9.2") and Annex A controls
 * ("A.5.15"), and the organisation's own documents from the policy register ("POL-001").
 */
final class Requirements {

    static final Pattern CLAUSE = Pattern.compile("(4|5|6|7|8|9|10)(\\.\\d){1,2}");
    static final Pattern CONTROL = Pattern.compile("A\\.[5-8]\\.\\d{1,2}");
    static final Pattern DOCUMENT = Pattern.compile("[A-Z]{3}-\\d{3}");

    /** Clauses first in the standard's order, then controls, then documents. */
    static final Comparator<String> ORDER = Comparator.comparing(Requirements::rank)
            .thenComparing(Requirements::numbers, Arrays::compare).thenComparing(Comparator.naturalOrder());

    private static final Map<String, String> CLAUSES = Map.ofEntries(
            Map.entry("4.1", "Understanding the organization and its context"),
            Map.entry("4.2", "Understanding the needs and expectations of interested parties"),
            Map.entry("4.3", "Determining the scope of the ISMS"),
            Map.entry("4.4", "Information security management system"),
            Map.entry("5.1", "Leadership and commitment"),
            Map.entry("5.2", "Policy"),
            Map.entry("5.3", "Organizational roles, responsibilities and authorities"),
            Map.entry("6.1.1", "Actions to address risks and opportunities: general"),
            Map.entry("6.1.2", "Information security risk assessment"),
            Map.entry("6.1.3", "Information security risk treatment"),
            Map.entry("6.2", "Information security objectives and planning to achieve them"),
            Map.entry("6.3", "Planning of changes"),
            Map.entry("7.1", "Resources"),
            Map.entry("7.2", "Competence"),
            Map.entry("7.3", "Awareness"),
            Map.entry("7.4", "Communication"),
            Map.entry("7.5", "Documented information"),
            Map.entry("8.1", "Operational planning and control"),
            Map.entry("8.2", "Information security risk assessment (operation)"),
            Map.entry("8.3", "Information security risk treatment (operation)"),
            Map.entry("9.1", "Monitoring, measurement, analysis and evaluation"),
            Map.entry("9.2", "Internal audit"),
            Map.entry("9.3", "Management review"),
            Map.entry("10.1", "Continual improvement"),
            Map.entry("10.2", "Nonconformity and corrective action"));

    private Requirements() {
    }

    static boolean isControl(String requirement) {
        return CONTROL.matcher(requirement).matches();
    }

    static boolean isDocument(String requirement) {
        return DOCUMENT.matcher(requirement).matches();
    }

    static boolean isKnownForm(String requirement) {
        return CLAUSE.matcher(requirement).matches() && CLAUSES.containsKey(requirement) || isControl(requirement) || isDocument(requirement);
    }

    /** "A.5.15" → "5.15", the SoA's id. */
    static String controlId(String requirement) {
        return requirement.substring(2);
    }

    /** "5.15" → "A.5.15". */
    static String ofControl(String controlId) {
        return "A." + controlId;
    }

    static Optional<String> clauseTitle(String clause) {
        return Optional.ofNullable(CLAUSES.get(clause));
    }

    private static int rank(String requirement) {
        return isControl(requirement) ? 1 : isDocument(requirement) ? 2 : 0;
    }

    private static int[] numbers(String requirement) {
        String digits = requirement.replaceAll("[^0-9.]", "").replaceAll("^\\.+", "");
        return digits.isEmpty() ? new int[0] : Arrays.stream(digits.split("\\.")).filter(part -> !part.isEmpty()).mapToInt(Integer::parseInt).toArray();
    }
}
