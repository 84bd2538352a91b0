package io.ismsflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * How the API says no, as problem details: 401 to a caller who is not signed in (no login page, and no Basic
 * challenge, so a browser never pops up its own dialog and caches credentials), 403 to one who may not. A state
 * change without credentials fails the CSRF check before authentication; that caller is told to sign in too.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in, or send HTTP Basic credentials with the request");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        if (e instanceof CsrfException && SecurityContextHolder.getContext().getAuthentication() == null) {
            commence(request, response, null);
        } else if (e instanceof CsrfException) {
            write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "The request lacks a valid CSRF token");
        } else {
            write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Your role does not allow this");
        }
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}".formatted(title, status, detail));
    }
}
