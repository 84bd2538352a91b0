package io.ismsflow.engine;

import java.time.Duration;
import java.util.Map;

/**
 * A message for the engine that a database change decided on: it starts or moves a process. Handed to the
 * {@link EngineOutbox} inside the transaction of that change.
 *
 * @param correlationKey a business reference (a nonconformity's reference, a risk code), never an engine key
 * @param messageId lets the engine drop a second copy while the first is buffered
 * @param timeToLive zero for a start message: kept longer, a copy refused while an instance runs would start a
 *                   second instance when the first ends
 */
public record ProcessMessage(String name, String correlationKey, String messageId, Map<String, Object> variables,
                             Duration timeToLive) {

    public static ProcessMessage start(String name, String correlationKey, Map<String, Object> variables) {
        return new ProcessMessage(name, correlationKey, name + ":" + correlationKey, variables, Duration.ZERO);
    }

    /**
     * A message to an instance that waits for it, kept by the engine for the given time in case the instance is not
     * waiting yet; published twice, the engine keeps one.
     */
    public static ProcessMessage correlate(String name, String correlationKey, Map<String, Object> variables, Duration timeToLive) {
        return new ProcessMessage(name, correlationKey, name + ":" + correlationKey, variables, timeToLive);
    }
}
