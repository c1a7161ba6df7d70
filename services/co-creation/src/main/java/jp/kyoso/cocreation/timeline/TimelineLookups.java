package jp.kyoso.cocreation.timeline;

import java.util.List;
import java.util.Optional;

/** What the timeline needs to know beyond an event: some events name an issue or a project, not the organisation. */
public interface TimelineLookups {

    /** The organisation that raised the issue, if a member organisation did. */
    Optional<String> issueOrganisation(String issueId);

    /** A collaboration project's start on each partner's timeline (its partners and its title). */
    List<TimelineEntry> projectStarts(String projectId);
}
