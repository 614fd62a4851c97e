package org.opencity.platform.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.opencity.shared.WorkingCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The city's working calendar. Public holidays (Tết moves every year) are configuration:
 * {@code opencity.calendar.holidays}. The one {@link Clock} every module reads the time from, so tests can move it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarConfiguration.CalendarProperties.class)
class CalendarConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    WorkingCalendar workingCalendar(CalendarProperties properties) {
        return WorkingCalendar.vietnam(Set.copyOf(properties.holidays() == null ? List.of() : properties.holidays()));
    }

    @ConfigurationProperties("opencity.calendar")
    record CalendarProperties(List<LocalDate> holidays) {}
}
