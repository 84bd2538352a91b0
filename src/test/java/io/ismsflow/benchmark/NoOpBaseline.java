package io.ismsflow.benchmark;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.ismsflow.engine.ProcessModels;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Supplier;

/**
 * What the engine alone does with a process: the same model, deployed to the same engine as a copy whose process id,
 * job types and start message carry a {@code noop-} prefix, so the app's workers never see it. Every job of the copy,
 * user tasks included, is completed at once without touching the database; the variables the gateways, timers and
 * multi-instance need come with the start message, chosen to walk the same happy path as the real run.
 */
final class NoOpBaseline implements AutoCloseable {

    private static final String PREFIX = "noop-";
    private static final String USER_TASK_TYPE = "user-task";
    private static final Pattern USER_TASK = Pattern.compile("<userTask\\b([^>]*)>(.*?)</userTask>", Pattern.DOTALL);

    private final CamundaClient camunda;
    private final String startMessage;
    private final AtomicInteger finished = new AtomicInteger();
    private final List<JobWorker> workers = new ArrayList<>();

    /**
     * @param file the model's file in {@code bpmn/}
     * @param lastJobType the job type of the process's last step: completing it counts the instance as finished
     */
    NoOpBaseline(CamundaClient camunda, ProcessModels models, String file, String lastJobType) {
        this.camunda = camunda;
        BpmnModelInstance model = userTasksAsServiceTasks(models.forInMemoryEngine().get(file));
        Set<String> jobTypes = new TreeSet<>();
        for (ZeebeTaskDefinition task : model.getModelElementsByType(ZeebeTaskDefinition.class)) {
            jobTypes.add(task.getType());
            task.setType(PREFIX + task.getType());
        }
        model.getModelElementsByType(Process.class).forEach(process -> process.setId(PREFIX + process.getId()));
        Message message = model.getModelElementsByType(Message.class).iterator().next();
        startMessage = PREFIX + message.getName();
        message.setName(startMessage);
        camunda.newDeployResourceCommand().addProcessModel(model, PREFIX + file).send().join();
        for (String type : jobTypes) {
            boolean last = type.equals(lastJobType);
            workers.add(camunda.newWorker().jobType(PREFIX + type).handler((client, job) -> {
                client.newCompleteCommand(job).send().join();
                if (last) {
                    finished.incrementAndGet();
                }
            }).timeout(Duration.ofMinutes(1)).open());
        }
    }

    /** Starts {@code count} instances and waits until all have reached their last step; returns the time taken in ns. */
    long run(int count, IntFunction<Map<String, Object>> startVariables, Duration patience, Supplier<Object> incidents, Runnable eachPoll) {
        int before = finished.get();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            camunda.newPublishMessageCommand().messageName(startMessage).correlationKey(PREFIX + System.nanoTime() + "-" + i)
                    .timeToLive(Duration.ZERO).variables(startVariables.apply(i)).send().join();
        }
        Drive.awaitCount(() -> finished.get() - before, count, patience, "no-op " + startMessage, incidents, eachPoll);
        return System.nanoTime() - start;
    }

    /**
     * The engine gives every job-worker user task the one job type the app's task inbox takes, so the copy's user
     * tasks become service tasks of a type of their own (their boundary events, loops and flows stay as they are).
     */
    private static BpmnModelInstance userTasksAsServiceTasks(BpmnModelInstance model) {
        Matcher task = USER_TASK.matcher(Bpmn.convertToString(model));
        StringBuilder xml = new StringBuilder();
        while (task.find()) {
            String body = task.group(2).replaceAll("<zeebe:(assignmentDefinition|taskSchedule|priorityDefinition)[^>]*/>", "")
                    .replaceFirst("<extensionElements>", "<extensionElements><zeebe:taskDefinition type=\"" + USER_TASK_TYPE + "\"/>");
            task.appendReplacement(xml, Matcher.quoteReplacement("<serviceTask" + task.group(1) + ">" + body + "</serviceTask>"));
        }
        task.appendTail(xml);
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        workers.forEach(JobWorker::close);
    }
}
