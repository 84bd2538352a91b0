package io.ismsflow.web;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Input that failed checks which bean validation cannot express; answered with 400 naming each field. */
public class InvalidFieldsException extends RuntimeException {

    private final SortedMap<String, String> problems;

    public InvalidFieldsException(Map<String, String> problems) {
        super("Invalid input: " + problems);
        this.problems = new TreeMap<>(problems);
    }

    public SortedMap<String, String> problems() {
        return problems;
    }
}
