package io.ismsflow.approval;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param due how long the approvers have to decide on a proposed version */
@ConfigurationProperties("isms.approval")
public record ApprovalProperties(Duration due) {
}
