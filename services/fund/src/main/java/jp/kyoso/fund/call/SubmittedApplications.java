package jp.kyoso.fund.call;

import java.util.UUID;

/**
 * How many applications were submitted to a call (eligible or not), which closing it announces. Answered by the
 * applications feature; an interface here, so calls do not depend on applications while applications read calls.
 */
public interface SubmittedApplications {

    long countOf(UUID callId);
}
