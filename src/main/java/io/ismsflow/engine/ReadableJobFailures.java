package io.ismsflow.engine;

import io.camunda.client.api.command.FailJobCommandStep1.FailJobCommandStep2;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.CommandWrapper;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * How a worker's failure reaches the engine. The SDK's default puts the stack trace into the job's error message,
 * which is what Operate shows as the incident; here the message is one readable sentence instead:
 * <ul>
 * <li>a failure a worker raised on purpose ({@link JobInput#incident}) keeps its message and its retries;</li>
 * <li>anything unexpected fails the job with one retry less and a pause ({@code isms.jobs.retry-backoff}),
 *     with a message naming the step and the cause;</li>
 * <li>BPMN errors go to the model's error events unchanged.</li>
 * </ul>
 */
@Component
class ReadableJobFailures implements JobExceptionHandlingStrategy {

    private static final Logger log = LoggerFactory.getLogger(ReadableJobFailures.class);

    private final JobExceptionHandlingStrategy bpmnErrors;
    private final CommandExceptionHandlingStrategy commands;
    private final MetricsRecorder metrics;
    private final Duration retryBackoff;

    ReadableJobFailures(CommandExceptionHandlingStrategy commands, MetricsRecorder metrics,
                        @Value("${isms.jobs.retry-backoff}") Duration retryBackoff) {
        this.bpmnErrors = new DefaultJobExceptionHandlingStrategy(commands, metrics);
        this.commands = commands;
        this.metrics = metrics;
        this.retryBackoff = retryBackoff;
    }

    @Override
    public void handleException(Exception exception, ExceptionHandlingContext context) throws Exception {
        if (exception instanceof BpmnError) {
            bpmnErrors.handleException(exception, context);
            return;
        }
        var job = context.job();
        FailJobCommandStep2 fail;
        if (exception instanceof JobError jobError) {
            fail = context.jobClient().newFailCommand(job.getKey())
                    .retries(jobError.getRetries() != null ? jobError.getRetries() : job.getRetries() - 1)
                    .errorMessage(jobError.getErrorMessage());
        } else {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
            fail = context.jobClient().newFailCommand(job.getKey())
                    .retries(Math.max(job.getRetries() - 1, 0))
                    .errorMessage("%s (step '%s') failed: %s".formatted(job.getBpmnProcessId(), job.getElementId(),
                            cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()))
                    .retryBackoff(retryBackoff);
        }
        log.warn("Job {} ({}) of process instance {} failed", job.getKey(), job.getType(), job.getProcessInstanceKey(), exception);
        new CommandWrapper(fail, job, commands, metrics, context.jobWorkerValue().getMaxRetries())
                .executeAsyncWithMetrics("camunda.job.invocations", "failed", job.getType());
    }
}
