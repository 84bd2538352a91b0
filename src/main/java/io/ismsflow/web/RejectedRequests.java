package io.ismsflow.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat rejects before they reach the app (a NUL or an encoded slash in the path) get the same answers
 * as the app's own errors: a problem detail under {@code /api}, a plain page elsewhere; never Tomcat's report page.
 */
@Component
class RejectedRequests implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    private static final String DETAIL = "The address or the request is malformed.";

    static String problem(String title, int status) {
        return "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}".formatted(title, status, DETAIL);
    }

    static String page(String title) {
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s · ISMS Flow</title>"
                + "<link rel=\"stylesheet\" href=\"/css/isms.css\"></head><body><main><h2>%s</h2><p>%s</p>"
                + "<p><a href=\"/tasks\">Back to your tasks</a></p></main></body></html>").formatted(title, title, DETAIL);
    }

    public static class ProblemReportValve extends ErrorReportValve {

        public ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String uri = request.getDecodedRequestURI() == null ? request.getRequestURI() : request.getDecodedRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            try {
                response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.TEXT_HTML_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? problem(title, status) : page(title));
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response was committed: nothing left to tell it.
            }
        }
    }
}
