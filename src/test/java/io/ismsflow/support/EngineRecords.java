package io.ismsflow.support;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

/** What the in-memory engine recorded about a process instance: whether it ended, its incidents, its elements. */
public final class EngineRecords {

    private final ZeebeTestEngine engine;

    public EngineRecords(ZeebeTestEngine engine) {
        this.engine = engine;
    }

    public boolean isCompleted(long processInstanceKey) {
        return completedElements(processInstanceKey).stream()
                .anyMatch(record -> record.getValue().getBpmnElementType() == BpmnElementType.PROCESS);
    }

    /** How many instances of the process started, ended or not. */
    public long startedInstances(String bpmnProcessId) {
        return StreamSupport.stream(stream().processInstanceRecords().spliterator(), false)
                .filter(record -> record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
                .filter(record -> record.getValue().getBpmnElementType() == BpmnElementType.PROCESS)
                .filter(record -> record.getValue().getBpmnProcessId().equals(bpmnProcessId))
                .count();
    }

    /** Whether the instance has entered the element (a timer that is now counting, a task that is open). */
    public boolean hasEntered(long processInstanceKey, String elementId) {
        return StreamSupport.stream(stream().processInstanceRecords().spliterator(), false)
                .filter(record -> record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
                .anyMatch(record -> record.getValue().getProcessInstanceKey() == processInstanceKey
                        && record.getValue().getElementId().equals(elementId));
    }

    /** Ids of the elements of the instance that completed, in order, with repeats for loops. */
    public List<String> completedElementIds(long processInstanceKey) {
        return completedElements(processInstanceKey).stream().map(record -> record.getValue().getElementId()).toList();
    }

    public List<String> incidentMessages(long processInstanceKey) {
        return StreamSupport.stream(stream().incidentRecords().spliterator(), false)
                .filter(record -> record.getIntent() == IncidentIntent.CREATED)
                .filter(record -> record.getValue().getProcessInstanceKey() == processInstanceKey)
                .map(record -> record.getValue().getErrorMessage())
                .toList();
    }

    /** Every incident the engine raised, with its element: why a run of many instances stopped. */
    public List<String> allIncidentMessages() {
        return StreamSupport.stream(stream().incidentRecords().spliterator(), false)
                .filter(record -> record.getIntent() == IncidentIntent.CREATED)
                .map(record -> record.getValue().getElementId() + ": " + record.getValue().getErrorMessage())
                .distinct()
                .toList();
    }

    /** The error messages of the failed attempts of a job type in the instance (failures with retries left). */
    public List<String> jobFailures(long processInstanceKey, String jobType) {
        return StreamSupport.stream(stream().jobRecords().spliterator(), false)
                .filter(record -> record.getIntent() == JobIntent.FAILED)
                .filter(record -> record.getValue().getProcessInstanceKey() == processInstanceKey)
                .filter(record -> record.getValue().getType().equals(jobType))
                .map(record -> record.getValue().getErrorMessage())
                .toList();
    }

    /** When the instance's timers were set to fire, in the order they started counting. */
    public List<Instant> timerDueDates(long processInstanceKey) {
        return StreamSupport.stream(stream().timerRecords().spliterator(), false)
                .filter(record -> record.getIntent() == TimerIntent.CREATED)
                .filter(record -> record.getValue().getProcessInstanceKey() == processInstanceKey)
                .map(record -> Instant.ofEpochMilli(record.getValue().getDueDate()))
                .toList();
    }

    private List<Record<io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue>> completedElements(long processInstanceKey) {
        return StreamSupport.stream(stream().processInstanceRecords().spliterator(), false)
                .filter(record -> record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                .filter(record -> record.getValue().getProcessInstanceKey() == processInstanceKey)
                .toList();
    }

    private RecordStream stream() {
        return RecordStream.of(engine.getRecordStreamSource());
    }
}
