package io.ismsflow.security;

import static io.ismsflow.security.Groups.AUDITORS;
import static io.ismsflow.security.Groups.ISMS_MANAGERS;
import static io.ismsflow.security.Groups.METRICS;
import static io.ismsflow.security.Groups.RISK_OWNERS;
import static io.ismsflow.security.Groups.TOP_MANAGEMENT;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what. People sign in with a form (users from {@code isms.users}) or, once an OpenID Connect client is
 * configured, through the identity provider; scripts call {@code /api/**} with HTTP Basic. Every endpoint has an
 * explicit rule and everything else is refused. Viewers read; the ISMS groups change what their role allows.
 * Whether a person may claim or complete a particular task is decided by the task list (assignee or candidate group).
 */
@Configuration
class SecurityConfiguration {

    private static final String[] CONTRIBUTORS = authorities(ISMS_MANAGERS, RISK_OWNERS, AUDITORS, TOP_MANAGEMENT);
    private static final String[] RISK_EDITORS = authorities(ISMS_MANAGERS, RISK_OWNERS);
    private static final String[] SOA_EDITORS = authorities(ISMS_MANAGERS);
    /** Who proposes new risk criteria (top management approves them) and approves a later review date. */
    private static final String[] CRITERIA_EDITORS = authorities(ISMS_MANAGERS);
    /** Who plans the audit programme and keeps the audit universe. */
    private static final String[] AUDIT_PLANNERS = authorities(ISMS_MANAGERS);
    /** Who records checklists and findings (the audit's own auditors, checked by the audit). */
    private static final String[] AUDITORS_ONLY = authorities(AUDITORS);
    /** Who prepares management reviews (9.3): commentary on the inputs. */
    private static final String[] REVIEW_PREPARERS = authorities(ISMS_MANAGERS);
    /** Who acknowledges reported audit results (9.2.2 c) and notes on a review's inputs. */
    private static final String[] TOP_MANAGEMENT_ONLY = authorities(TOP_MANAGEMENT);
    private static final String[] CONTEXT_EDITORS = authorities(ISMS_MANAGERS);
    /** Who records documents and changes what they are; owners revise their own and start their reviews. */
    private static final String[] DOCUMENT_EDITORS = authorities(ISMS_MANAGERS);
    /** Who decides for the organisation as a whole (the climate decision): the ISMS managers and top management. */
    private static final String[] DECIDERS = authorities(ISMS_MANAGERS, TOP_MANAGEMENT);
    /** Who exports the audit-period evidence pack (the whole period's trail): the ISMS managers, auditors and top management. */
    private static final String[] PACK_EXPORTERS = authorities(ISMS_MANAGERS, AUDITORS, TOP_MANAGEMENT);
    /** Who imports the risk register and the SoA from spreadsheets, many records at once. */
    private static final String[] IMPORTERS = authorities(ISMS_MANAGERS);
    private static final ProblemEntryPoint PROBLEMS = new ProblemEntryPoint();
    /** Signed-in people, not a monitoring account (the metrics group alone), which reads the Prometheus scrape only. */
    private static final WebExpressionAuthorizationManager PEOPLE = new WebExpressionAuthorizationManager(
            "isAuthenticated() and !(hasAuthority('%s') and authentication.authorities.size() == 1)".formatted(Groups.authority(METRICS)));
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** The actuator: health for everyone, the Prometheus scrape for the metrics group (HTTP Basic), nothing else. */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(GET, "/actuator/prometheus").hasAnyAuthority(authorities(METRICS))
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(PROBLEMS))
                .formLogin(form -> form.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(PROBLEMS).accessDeniedHandler(PROBLEMS))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SignInThrottle throttle) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/evidence-pack", "/api/evidence-packs", "/api/evidence-packs/**").hasAnyAuthority(PACK_EXPORTERS)
                        .requestMatchers(POST, "/api/imports/*").hasAnyAuthority(IMPORTERS)
                        .requestMatchers(GET, "/api/**").access(PEOPLE)
                        .requestMatchers(POST, "/api/risks/*/deferral", "/api/metrics", "/api/improvements/*/decision").hasAnyAuthority(CRITERIA_EDITORS)
                        .requestMatchers(POST, "/api/improvements").hasAnyAuthority(CONTRIBUTORS)
                        .requestMatchers(POST, "/api/objectives").hasAnyAuthority(DECIDERS)
                        .requestMatchers(POST, "/api/risks", "/api/risks/*/reviews", "/api/changes", "/api/risks/*/treatment-actions")
                        .hasAnyAuthority(RISK_EDITORS)
                        .requestMatchers(POST, "/api/risk-criteria").hasAnyAuthority(CRITERIA_EDITORS)
                        .requestMatchers(PUT, "/api/metrics/*", "/api/metrics/*/thresholds").hasAnyAuthority(CRITERIA_EDITORS)
                        .requestMatchers(POST, "/api/audit-programmes", "/api/audit-programmes/*/audits", "/api/audits/*/drop")
                        .hasAnyAuthority(AUDIT_PLANNERS)
                        .requestMatchers(PUT, "/api/audits/*/window", "/api/audit-universe").hasAnyAuthority(AUDIT_PLANNERS)
                        .requestMatchers(PUT, "/api/audits/*/checklist/*").hasAnyAuthority(AUDITORS_ONLY)
                        .requestMatchers(POST, "/api/audits/*/acknowledge").hasAnyAuthority(TOP_MANAGEMENT_ONLY)
                        .requestMatchers(POST, "/api/management-reviews").hasAnyAuthority(DECIDERS)
                        .requestMatchers(POST, "/api/audits/*/findings").hasAnyAuthority(AUDITORS_ONLY)
                        .requestMatchers(DELETE, "/api/audits/*/findings/*").hasAnyAuthority(AUDITORS_ONLY)
                        .requestMatchers(PUT, "/api/risks/*").hasAnyAuthority(RISK_EDITORS)
                        .requestMatchers(POST, "/api/controls", "/api/soa/issues").hasAnyAuthority(SOA_EDITORS)
                        .requestMatchers(PUT, "/api/controls/*").hasAnyAuthority(SOA_EDITORS)
                        .requestMatchers(POST, "/api/nonconformities").hasAnyAuthority(CONTRIBUTORS)
                        .requestMatchers(POST, "/api/context/issues", "/api/context/issues/*/retire", "/api/context/parties",
                                "/api/context/parties/*/retire", "/api/context/parties/*/feedback", "/api/context/roles", "/api/context/roles/*/retire",
                                "/api/context/scope/versions", "/api/context/scope/versions/*/submit")
                        .hasAnyAuthority(CONTEXT_EDITORS)
                        .requestMatchers(PUT, "/api/context/issues/*", "/api/context/parties/*", "/api/context/roles/*", "/api/context/scope/versions/*")
                        .hasAnyAuthority(CONTEXT_EDITORS)
                        .requestMatchers(POST, "/api/context/climate-decisions").hasAnyAuthority(DECIDERS)
                        .requestMatchers(POST, "/api/documents", "/api/documents/*/retire").hasAnyAuthority(DOCUMENT_EDITORS)
                        .requestMatchers(PUT, "/api/documents/*").hasAnyAuthority(DOCUMENT_EDITORS)
                        .requestMatchers(POST, "/api/documents/*/revisions", "/api/documents/*/reviews").hasAnyAuthority(CONTRIBUTORS)
                        .requestMatchers(POST, "/api/tasks/*/claim", "/api/tasks/*/unclaim", "/api/tasks/*/complete",
                                "/api/tasks/*/assign", "/api/delegations", "/api/delegations/*/revoke", "/api/evidence",
                                "/api/evidence/*/supersede")
                        .hasAnyAuthority(CONTRIBUTORS)
                        .requestMatchers(POST, "/api/notifications/*/read").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(PROBLEMS))
                .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .formLogin(form -> form.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(PROBLEMS).accessDeniedHandler(PROBLEMS))
                // Pages call the API with their session and the CSRF token; scripts send credentials with each request.
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(SecurityConfiguration::basicWithoutSession))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignInThrottle throttle, ObjectProvider<ClientRegistrationRepository> oidc)
            throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/vendor/**", "/favicon.ico", "/favicon.svg").permitAll()
                        .requestMatchers(GET, "/actuator/health").permitAll()
                        .requestMatchers(POST, "/tasks/*/claim", "/tasks/*/unclaim", "/nonconformities", "/delegations",
                                "/delegations/*/revoke").hasAnyAuthority(CONTRIBUTORS)
                        .requestMatchers(POST, "/risks/criteria", "/risks/*/deferral").hasAnyAuthority(CRITERIA_EDITORS)
                        .requestMatchers(POST, "/changes", "/risks/*/treatment-actions").hasAnyAuthority(RISK_EDITORS)
                        .requestMatchers(POST, "/improvements", "/metrics/*/periods/*/evidence").hasAnyAuthority(CONTRIBUTORS)
                        .requestMatchers(POST, "/improvements/*/decision", "/metrics", "/metrics/*", "/metrics/*/thresholds").hasAnyAuthority(CRITERIA_EDITORS)
                        .requestMatchers(GET, "/risks/criteria/new").hasAnyAuthority(CRITERIA_EDITORS)
                        .requestMatchers(POST, "/audit-programmes", "/audit-programmes/*/audits", "/audits/*/window", "/audits/*/drop",
                                "/audit-universe/*").hasAnyAuthority(AUDIT_PLANNERS)
                        .requestMatchers(POST, "/audits/*/acknowledge").hasAnyAuthority(TOP_MANAGEMENT_ONLY)
                        .requestMatchers(POST, "/management-reviews").hasAnyAuthority(DECIDERS)
                        .requestMatchers(POST, "/management-reviews/*/inputs/*/commentary").hasAnyAuthority(REVIEW_PREPARERS)
                        .requestMatchers(POST, "/management-reviews/*/inputs/*/notes").hasAnyAuthority(TOP_MANAGEMENT_ONLY)
                        .requestMatchers(POST, "/audits/*/checklist/*", "/audits/*/findings", "/audits/*/findings/*/remove",
                                "/audits/*/checklist/*/evidence").hasAnyAuthority(AUDITORS_ONLY)
                        .requestMatchers(POST, "/risks", "/risks/*", "/risks/*/reviews").hasAnyAuthority(RISK_EDITORS)
                        .requestMatchers(GET, "/risks/new", "/risks/*/edit").hasAnyAuthority(RISK_EDITORS)
                        .requestMatchers(POST, "/controls/*", "/controls/*/evidence", "/soa/issues").hasAnyAuthority(SOA_EDITORS)
                        .requestMatchers(POST, "/context/issues", "/context/issues/*", "/context/issues/*/retire", "/context/parties",
                                "/context/parties/*", "/context/parties/*/retire", "/context/parties/*/feedback", "/context/roles", "/context/roles/*",
                                "/context/roles/*/retire", "/context/scope/draft", "/context/scope/*/submit").hasAnyAuthority(CONTEXT_EDITORS)
                        .requestMatchers(GET, "/context/issues/new", "/context/issues/*/edit", "/context/parties/new",
                                "/context/parties/*/edit", "/context/roles/new", "/context/roles/*/edit", "/context/scope/draft").hasAnyAuthority(CONTEXT_EDITORS)
                        .requestMatchers(POST, "/context/climate").hasAnyAuthority(DECIDERS)
                        .requestMatchers(POST, "/documents", "/documents/*", "/documents/*/retire").hasAnyAuthority(DOCUMENT_EDITORS)
                        .requestMatchers(GET, "/documents/new", "/documents/*/edit").hasAnyAuthority(DOCUMENT_EDITORS)
                        .requestMatchers(POST, "/documents/*/revisions", "/documents/*/reviews").hasAnyAuthority(CONTRIBUTORS)
                        .requestMatchers(POST, "/corrective-actions/*/evidence").hasAnyAuthority(CONTRIBUTORS)
                        .requestMatchers(GET, "/controls/*/edit").hasAnyAuthority(SOA_EDITORS)
                        .requestMatchers("/evidence-packs").hasAnyAuthority(PACK_EXPORTERS)
                        .requestMatchers("/imports", "/imports/*").hasAnyAuthority(IMPORTERS)
                        .requestMatchers(POST, "/notifications/read", "/settings").authenticated()
                        // Every page, the API docs and Swagger UI: signed-in people read them (an address that is no page: 404).
                        .requestMatchers(GET, "/**").access(PEOPLE)
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .httpBasic(Customizer.withDefaults())
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(SecurityConfiguration::basicWithoutSession))
                .headers(SecurityConfiguration::headers);
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login"));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Users who sign in with the form: those of {@code isms.users} that have a password. */
    @Bean
    UserDetailsService users(IsmsUsers users) {
        return username -> users.find(username)
                .filter(user -> user.password() != null && !user.password().isBlank())
                .map(user -> User.withUsername(user.username()).password(user.password())
                        .authorities(authorities(user.groups().toArray(String[]::new))).build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /**
     * With OpenID Connect, groups come from a claim of the ID token ({@code isms.security.oidc-groups-claim},
     * default {@code groups}); a user listed in {@code isms.users} also gets the groups listed there.
     */
    @Bean
    GrantedAuthoritiesMapper oidcGroups(IsmsUsers users, @Value("${isms.security.oidc-groups-claim:groups}") String claim) {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Object groups = oidc.getIdToken().getClaims().get(claim);
                    if (groups instanceof Collection<?> names) {
                        names.forEach(name -> mapped.add(new SimpleGrantedAuthority(Groups.authority(name.toString()))));
                    }
                    users.find(oidc.getIdToken().getPreferredUsername()).ifPresent(user ->
                            user.groups().forEach(group -> mapped.add(new SimpleGrantedAuthority(Groups.authority(group)))));
                }
            }
            return mapped;
        };
    }

    /**
     * A script that authenticates every request with HTTP Basic and holds no session needs no CSRF token: a forged
     * cross-site request cannot set that header, and the API's 401 carries no Basic challenge for a browser to
     * cache. Any other request (a session cookie, a bearer token next to one) must carry the token.
     */
    private static boolean basicWithoutSession(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && request.getRequestedSessionId() == null;
    }

    /**
     * Pages load scripts, styles and fonts from this app only (form-js is served locally) and run no inline script;
     * no page may be framed; links to other sites carry no path of ours.
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }

    /** A URL the firewall rejects (a NUL, an encoded slash, a path parameter) is a 400, not a server error. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }

    private static String[] authorities(String... groups) {
        return java.util.Arrays.stream(groups).map(Groups::authority).toArray(String[]::new);
    }
}
