package io.ismsflow.web;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;

/** What is wrong with a page form's fields, by field name, for the messages next to them. */
public final class FormProblems {

    private FormProblems() {
    }

    /** Values that did not convert (a letter in a number field) and the record's constraint violations, the first per field. */
    public static Map<String, String> of(BindingResult binding, Collection<? extends ConstraintViolation<?>> violations) {
        Map<String, String> problems = new TreeMap<>();
        binding.getFieldErrors().forEach(error -> problems.putIfAbsent(error.getField(), "is not a valid value"));
        violations.forEach(violation -> problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
        return problems;
    }

    /** The problems as one sentence, for a notice on the page a form came from: "title must not be blank; due …". */
    public static String inOneLine(Map<String, String> problems) {
        return problems.entrySet().stream().map(problem -> problem.getKey() + " " + problem.getValue()).collect(Collectors.joining("; "));
    }
}
