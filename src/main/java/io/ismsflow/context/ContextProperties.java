package io.ismsflow.context;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param scopeApprovalDue how long top management has to approve a new version of the ISMS scope */
@ConfigurationProperties("isms.context")
public record ContextProperties(Duration scopeApprovalDue) {
}
