package io.ismsflow.risk;

import io.camunda.client.CamundaClient;
import io.ismsflow.web.ConflictException;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Starts risk reviews (8.2). The review process has a message start event correlated by the risk code: Zeebe
 * starts no second instance for a risk while one is active, so the daily scan, several app instances and a
 * person pressing "review now" never produce two reviews of the same risk. The message lives for no time,
 * so a start refused that way is not buffered and replayed after the running review ends.
 */
@Service
public class RiskReviews {

    public static final String PROCESS_ID = "risk-review";
    static final String MESSAGE = "risk-review-due";

    private final CamundaClient camunda;
    private final RiskRegister register;

    RiskReviews(CamundaClient camunda, RiskRegister register) {
        this.camunda = camunda;
        this.register = register;
    }

    public void start(long riskId, String startedBy) {
        Risk risk = register.get(riskId);
        if (risk.getStatus() == RiskStatus.UNDER_REVIEW) {
            throw new ReviewAlreadyRunningException(risk.getCode());
        }
        publishDue(risk, startedBy);
    }

    void publishDue(Risk risk, String startedBy) {
        camunda.newPublishMessageCommand()
                .messageName(MESSAGE)
                .correlationKey(risk.getCode())
                .timeToLive(Duration.ZERO)
                .variables(Map.of("riskId", risk.getId(), "startedBy", startedBy))
                .send()
                .join();
    }

    public static class ReviewAlreadyRunningException extends ConflictException {
        ReviewAlreadyRunningException(String riskCode) {
            super("A review of risk " + riskCode + " is already running");
        }
    }
}
