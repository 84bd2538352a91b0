package io.ismsflow.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.ismsflow.evidence.EvidenceRefusedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * How failures are answered, in one place: the HTTP API ({@code /api/**}) gets RFC 9457 problem details, where bad
 * input names each field at fault in {@code errors} so a form can show the message next to the field; a page gets
 * the app's error page with the same status and message (the servlet container's error dispatch, see
 * {@link ErrorResponses}).
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return answer(ex, invalid(errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return answer(ex, invalid(List.of(new FieldProblem(field, "has a value of the wrong type or an unknown value"))), request);
        }
        return answer(ex, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON"), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        if (!isApi(request) && ex instanceof MethodArgumentTypeMismatchException argument
                && argument.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return answer(ex, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such record."), request);
        }
        return answer(ex, invalid(List.of(new FieldProblem(field, "is not a valid value"))), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return answer(ex, invalid(errors), request);
    }

    /** A request parameter that breaks its constraint ({@code olderThanDays=-1}), named by the parameter. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> invalidParameters(ConstraintViolationException ex, WebRequest request) {
        return answer(ex, invalid(ex.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(lastNode(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList()), request);
    }

    /** A body that is no readable multipart request (no boundary, say): the API reads JSON only. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException ex, WebRequest request) {
        return answer(ex, ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The API reads application/json request bodies"), request);
    }

    /** A file the evidence store does not take: too large, or not what it claims to be. */
    @ExceptionHandler(EvidenceRefusedException.class)
    ResponseEntity<Object> refusedFile(EvidenceRefusedException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(ex.status()), ex.getMessage());
        problem.setProperty("errors", List.of(new FieldProblem("file", ex.getMessage())));
        return answer(ex, problem, request);
    }

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<Object> invalidFields(InvalidFieldsException ex, WebRequest request) {
        return answer(ex, invalid(ex.problems().entrySet().stream().map(e -> new FieldProblem(e.getKey(), e.getValue())).toList()), request);
    }

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<Object> refused(RefusedException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
        problem.setTitle("Not allowed");
        return answer(ex, problem, request);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Object> notFound(NoSuchElementException ex, WebRequest request) {
        return answer(ex, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setTitle("Changed by someone else");
        return answer(ex, problem, request);
    }

    /** Spring Data JDBC wraps what failed in a save: a stale version or a taken unique key is still a conflict. */
    @ExceptionHandler(DbActionExecutionException.class)
    ResponseEntity<Object> failedSave(DbActionExecutionException ex, WebRequest request) {
        if (ex.getCause() instanceof OptimisticLockingFailureException stale) {
            return staleVersion(stale, request);
        }
        if (ex.getCause() instanceof DuplicateKeyException) {
            return answer(ex, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A record with this key exists already"), request);
        }
        throw ex;
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex, WebRequest request) {
        return answer(ex, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage()), request);
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<Object> unavailable(ServiceUnavailableException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        problem.setTitle("A service ISMS Flow depends on refused");
        return answer(ex, problem, request);
    }

    /**
     * Every answer passes here: the API gets the problem detail, a page the error page (the container's error
     * dispatch renders {@link ErrorResponses} with this status and detail).
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        if (!isApi(request) && request instanceof ServletWebRequest servlet && servlet.getResponse() != null) {
            try {
                servlet.getResponse().sendError(status.value(), body instanceof ProblemDetail problem ? problem.getDetail() : null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    private ResponseEntity<Object> answer(Exception ex, ProblemDetail problem, WebRequest request) {
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    static boolean isApi(WebRequest request) {
        return request instanceof ServletWebRequest servlet && servlet.getRequest().getRequestURI().startsWith("/api/");
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; ")));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }
}
