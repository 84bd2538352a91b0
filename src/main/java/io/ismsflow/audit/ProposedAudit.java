package io.ismsflow.audit;

import java.time.LocalDate;
import java.util.List;

/** An audit the programme's planning proposes for an area, with its score and the reasons a person can check. */
public record ProposedAudit(long areaId, String areaName, int score, List<String> reasons, LocalDate windowStart, LocalDate windowEnd) {
}
