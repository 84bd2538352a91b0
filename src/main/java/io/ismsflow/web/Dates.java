package io.ismsflow.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Dates and times as the reader expects them: in their language (the browser's Accept-Language) and their time
 * zone (cookie {@code tz}, which the pages set from the browser's setting; UTC until then). Pages call it as
 * {@code @dates}.
 */
@Component("dates")
public class Dates {

    static final String ZONE_COOKIE = "tz";

    public String dateTime(TemporalAccessor moment) {
        ZonedDateTime local = inZone(moment);
        return local == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).format(local);
    }

    public String date(TemporalAccessor day) {
        if (day instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale()).format(date);
        }
        ZonedDateTime local = inZone(day);
        return local == null ? "" : date(local.toLocalDate());
    }

    /** An ISO 8601 period in words: P12M is "12 months", P1Y6M "1 year 6 months". */
    public String period(String iso) {
        Period period = Period.parse(iso);
        StringBuilder words = new StringBuilder();
        append(words, period.getYears(), "year");
        append(words, period.getMonths(), "month");
        append(words, period.getDays(), "day");
        return words.isEmpty() ? "0 days" : words.toString();
    }

    /** A duration in words, to the two largest units: "2 days 4 hours", "35 minutes", "under a minute". */
    public String duration(Duration duration) {
        StringBuilder words = new StringBuilder();
        long days = duration.toDays();
        int hours = duration.toHoursPart();
        int minutes = duration.toMinutesPart();
        if (days > 0) {
            append(words, (int) days, "day");
            append(words, hours, "hour");
        } else if (hours > 0) {
            append(words, hours, "hour");
            append(words, minutes, "minute");
        } else {
            append(words, minutes, "minute");
        }
        return words.isEmpty() ? "under a minute" : words.toString();
    }

    private static void append(StringBuilder words, int amount, String unit) {
        if (amount != 0) {
            words.append(words.isEmpty() ? "" : " ").append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
        }
    }

    public ZoneId zone() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if (request.getCookies() != null) {
                return Arrays.stream(request.getCookies()).filter(cookie -> ZONE_COOKIE.equals(cookie.getName()))
                        .map(Cookie::getValue).map(Dates::zoneOrNull).filter(zone -> zone != null).findFirst().orElse(ZoneOffset.UTC);
            }
        }
        return ZoneOffset.UTC;
    }

    private ZonedDateTime inZone(TemporalAccessor moment) {
        return switch (moment) {
            case null -> null;
            case Instant instant -> instant.atZone(zone());
            case OffsetDateTime offset -> offset.atZoneSameInstant(zone());
            case ZonedDateTime zoned -> zoned.withZoneSameInstant(zone());
            default -> Instant.from(moment).atZone(zone());
        };
    }

    private static ZoneId zoneOrNull(String id) {
        try {
            return ZoneId.of(java.net.URLDecoder.decode(id, java.nio.charset.StandardCharsets.UTF_8));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
