package vn.qcdc.flow.reminder;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for {@link DueReminders}. */
@Configuration
@EnableScheduling
class ReminderScheduling {
}
