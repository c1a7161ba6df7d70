package jp.kyoso.portal.account;

import java.util.Optional;
import java.util.UUID;

/** Co-creation's word on a city department a staff account is bound to. */
public interface DepartmentDirectory {

    /**
     * @return the organisation when it is an approved co-creation organisation of type CITY_DEPARTMENT, else empty
     * @throws Unreachable when co-creation cannot answer
     */
    Optional<Organisation> approvedDepartment(UUID organisationId, String bearerToken, String acceptLanguage);

    /** Co-creation could not be asked; nothing was changed. */
    final class Unreachable extends RuntimeException {
        public Unreachable(Throwable cause) {
            super("co-creation could not be reached", cause);
        }
    }
}
