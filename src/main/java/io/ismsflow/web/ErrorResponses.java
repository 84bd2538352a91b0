package io.ismsflow.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that reach the servlet container rather than a controller (a URL the firewall rejects, an unknown page,
 * {@code /error} asked for directly): problem details for the API, an error page for people. Replaces Spring
 * Boot's whitelabel page and its JSON.
 */
@Controller
class ErrorResponses implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String detail = message instanceof String text && !text.isBlank() && !status.is5xxServerError() ? text : switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case BAD_REQUEST -> "The address or the request is malformed.";
            case FORBIDDEN -> "Your role does not allow this.";
            case METHOD_NOT_ALLOWED -> "This address does not take this method.";
            default -> status.is5xxServerError() ? "Something went wrong on our side; it has been logged." : status.getReasonPhrase();
        };
        if (uri != null && uri.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("reason", status.getReasonPhrase());
        page.addObject("detail", detail);
        return page;
    }

    /** The status the failed request ended with; none when {@code /error} was asked for directly, which is no page. */
    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
