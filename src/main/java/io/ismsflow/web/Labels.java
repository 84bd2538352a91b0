package io.ismsflow.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words people read for the values the app stores: enum constants and audit-trail actions, from
 * {@code messages.properties}; a value without a message is spelled out ("AWAITING_EFFECTIVENESS" becomes
 * "Awaiting effectiveness"), never shown raw. Pages call it as {@code @labels}.
 */
@Component("labels")
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return messages.getMessage(value.getDeclaringClass().getSimpleName() + "." + value.name(), null, spelledOut(value.name()),
                LocaleContextHolder.getLocale());
    }

    /** A value known only by its enum's simple name and constant, e.g. ("Level", "REMINDER"). */
    public String of(String type, String constant) {
        return constant == null ? "" : messages.getMessage(type + "." + constant, null, spelledOut(constant), LocaleContextHolder.getLocale());
    }

    /** What a person did, as a phrase: "reassessed the risk". */
    public String action(String entityType, String action) {
        return messages.getMessage("trail." + entityType + "." + action, null, spelledOut(action).toLowerCase(Locale.ROOT),
                LocaleContextHolder.getLocale());
    }

    /** A field name as words: "residualLikelihood" becomes "residual likelihood". */
    public static String field(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    static String spelledOut(String constant) {
        String words = constant.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
