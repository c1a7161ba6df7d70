package jp.kyoso.events.portal;

import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;

/** What every account event says about the account after the change; consumers handle them alike. */
public interface AccountEvent extends DomainEvent {

    String accountId();

    String username();

    List<String> roles();

    String organisationId();

    boolean active();
}
